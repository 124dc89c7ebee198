package extract

// tollReach is how many words after a word of killing منذ may stand and
// still count its dead: the count, who they were, by whose fire, where
// ("وقتل 25 مدنيا بنيران القوات الحكومية قرب المعبر، منذ أن اندلعت").
const tollReach = 12

// tollSince reports whether c tells the dead (or wounded) counted since a
// day or a happening: a word of killing at its trigger or a few words
// before it
// (the fire that killed them: "قتل 120 مدنيا بنيران الجيش"), then منذ
// after it in its sentence ("مقتل 118 فلسطينيا منذ نهاية مارس"، "وقتل
// نحو 10 آلاف شخص منذ تدخل التحالف"). Such a toll is no one happening,
// and the annotation codes none (docs/annotation.md: a war's cumulative
// toll). Not منذ after a superlative ("في أعنف هجوم منذ سنوات"، "أكثر
// الأسابيع دموية منذ بدء الهجوم", rankedBefore), which dates nothing, nor
// before a length of time ("منذ ثلاثة أيام"، "منذ سنوات"), which may be the
// happening's own.
func (dc *doc) tollSince(c *cand) bool {
	toks := dc.x.Tokens
	sf, _ := dc.sentence(c.sent)
	k := -1
	for j := c.first; j >= max(sf, c.first-tollBack); j-- {
		if dc.cueAt[j].has(cueKill | cueInjure) {
			k = j
			break
		}
		if j < c.first && isBreak(&toks[j]) {
			break
		}
	}
	if k < 0 {
		return false
	}
	for i := max(k+1, c.last); i < min(len(toks), k+tollReach); i++ {
		t := &toks[i]
		if t.Sent != c.sent {
			return false
		}
		if i > k && dc.cueAt[i].has(cueRunning) || i > c.last && dc.cueAt[i].has(cueKill) {
			// "وبمقتل الشاب ترتفع إلى 40 حصيلة الضحايا منذ": the span
			// is the running total's; "مقتل 13 شخصا، وقتلت الشرطة":
			// another killing's clause.
			return false
		}
		if !sinceWord(t.Key()) {
			continue
		}
		if dc.rankedBefore(i, sf) {
			return false
		}
		if i+1 < len(toks) && (dc.numAt[i+1] >= 0 && !dc.startsDate(i+1) || lengthOfTime(toks[i+1].Key())) {
			return false
		}
		return true
	}
	return false
}

// tollBack is how many words before an attack's trigger the word of
// killing whose toll it tells may stand ("وقتل 120 مدنيا بنيران").
const tollBack = 6

// startsDate reports whether a date begins at token i.
func (dc *doc) startsDate(i int) bool {
	return dc.dateAt[i] >= 0 && dc.dates[dc.dateAt[i]].First == i
}

// lengthOfTime reports whether a folded word names a length of time
// (سنوات، أيام، عقود، ساعات): after منذ, a span rather than its start.
func lengthOfTime(w string) bool {
	switch w {
	case "سنوات", "سنين", "اعوام", "عقود", "عقدين", "ايام", "يومين", "ساعات", "ساعتين", "اسابيع", "اسبوعين", "اشهر", "شهور", "شهرين", "عامين", "سنتين", "دقائق", "فتره", "زمن", "وقت", "قرون", "عقد", "سنه", "عام", "يوم", "ساعه", "شهر", "اسبوع":
		return true
	}
	return false
}
