package ar

import (
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// Num is a count stated in a text: digits ("3 آلاف", "1.5 مليون"), number
// words ("ثلاثة وعشرون"), a dual noun ("جنديان" is 2) or a count without a
// number ("عشرات", "بضعة"), with the qualifier around it.
type Num struct {
	// First and Last are token indexes (Last exclusive) of the whole
	// expression, qualifier words included; Start and End the same in
	// code points.
	First, Last int
	Start, End  int
	// Value is the number, rounded; Float the number as written (1.5
	// million is 1500000 in both).
	Value int
	Float float64
	// Qualifier is one of hadath.Exact, AtLeast, MoreThan, About, UpTo.
	Qualifier string
	// Noun is the token index of the counted noun, or -1: the word right
	// after the number ("3 جنود"), after من ("3 من الجنود"), the dual noun
	// itself, or the noun before a definite number or واحد ("الجنود
	// الثلاثة"). It is a guess: the word after may be no noun.
	Noun int
	// Dual reports that the value 2 came from a dual noun.
	Dual bool
	// Vague reports a count without a number: عشرات, مئات, آلاف alone,
	// بضعة, عدة. Value is 0; docs/format.md codes such counts as qualifier
	// "unknown" with a null count.
	Vague bool
}

// sharedLexicon is the lexicon of number and date words, built on first
// use.
var sharedLexicon = sync.OnceValue(newLexicon)

// Numbers returns the counts stated in x, in text order, with the
// embedded dual noun list. Numbers that are part of a date ("7 أكتوبر",
// "عام 2005"), percentages, clock times and model numbers (F-16) are
// left out.
func (x *Text) Numbers() []Num { return x.NumbersWith(DefaultDuals(), nil) }

// NumbersWith is Numbers with the dual noun list d and the dates of x as
// found by Dates (with or without publication date: only their tokens
// count). When dates is nil, NumbersWith finds them itself.
func (x *Text) NumbersWith(d *Duals, dates []Date) []Num {
	buf := getReadings()
	defer putReadings(buf)
	buf.rd = sharedLexicon().readings(x, buf.rd)
	if dates == nil {
		ds := dateScan{x: x, rd: buf.rd}
		dates = ds.scan()
	}
	return x.numbers(d, buf, dates)
}

// NumbersAndDates returns what Dates(pub, hasPub) and NumbersWith(d,
// dates) return, reading the text's words once.
func (x *Text) NumbersAndDates(d *Duals, pub time.Time, hasPub bool) ([]Num, []Date) {
	buf := getReadings()
	defer putReadings(buf)
	buf.rd = sharedLexicon().readings(x, buf.rd)
	ds := newDateScan(x, buf.rd, pub, hasPub)
	dates := ds.scan()
	return x.numbers(d, buf, dates), dates
}

// numbers scans x for numbers outside dates, with readings in buf.
func (x *Text) numbers(d *Duals, buf *scratch, dates []Date) []Num {
	s := numScan{x: x, q: sharedLexicon().quals, duals: d, rd: buf.rd}
	if cap(buf.inDate) < len(x.Tokens) {
		buf.inDate = make([]bool, len(x.Tokens))
	}
	s.inDate = buf.inDate[:len(x.Tokens)]
	clear(s.inDate)
	for _, dt := range dates {
		for k := max(dt.First, 0); k < dt.Last && k < len(s.inDate); k++ {
			s.inDate[k] = true
		}
	}
	var out []Num
	for i := 0; i < len(x.Tokens); {
		if n, ok := s.at(i); ok {
			out = append(out, n)
			i = n.Last
			continue
		}
		i++
	}
	return out
}

// numScan holds the state of one Numbers call.
type numScan struct {
	x      *Text
	q      *qualifiers
	duals  *Duals
	rd     []reading
	inDate []bool
}

// at returns the number expression starting at token i, if any.
func (s *numScan) at(i int) (Num, bool) {
	t := &s.x.Tokens[i]
	r := s.rd[i]
	if t.Kind != Number && r.e == nil && (t.Kind != Word || !strings.HasSuffix(t.Norm, string(Noon))) {
		return Num{}, false // neither number, qualifier nor dual
	}
	n := Num{First: i, Qualifier: hadath.Exact, Noun: -1}
	j, conj := i, false
	if r.e == nil || r.e.fn&fnQual == 0 {
		// no qualifier
	} else if p, ok := startingAt(s.x, s.q.byFirst[r.e.word], i); ok {
		j = i + len(p.words)
		n.Qualifier = p.qualifier
		conj = hasConj(&s.x.Tokens[i], p.words[0])
	}
	c, ok := s.count(j)
	if !ok && j != i {
		n.Qualifier = hadath.Exact
		j, conj = i, false
		c, ok = s.count(j)
	}
	if !ok || s.excluded(j, c) || n.Qualifier == hadath.Exact && s.looksLikeYear(j, c) {
		return Num{}, false
	}
	n.Last, n.Float, n.Dual, n.Vague = c.last, c.val, c.dual, c.vague
	if math.Abs(c.val) < 1e15 {
		n.Value = int(math.Round(c.val))
	}
	if p, ok := startingAt(s.x, s.q.after, n.Last); ok {
		// "7 على الأقل": the qualifier right after the number.
		if n.Qualifier == hadath.Exact {
			n.Qualifier = p.qualifier
		}
		n.Last += len(p.words)
		if c.dual {
			n.Noun = j
		}
	} else if n.Noun = s.noun(j, c); n.Noun == n.Last {
		if p, ok := startingAt(s.x, s.q.after, n.Noun+1); ok {
			// "3 جنود على الأقل": the qualifier after the noun.
			if n.Qualifier == hadath.Exact {
				n.Qualifier = p.qualifier
			}
			n.Last = n.Noun + 1 + len(p.words)
		}
	}
	toks := s.x.Tokens
	n.Start, n.End = toks[n.First].Start, toks[n.Last-1].End
	if conj || j == i && s.rd[i].waw {
		n.Start = conjStart(s.x.Src, &toks[i]) // وثلاثة: the span leaves و out
	}
	return n, true
}

// count is a number read from tokens.
type count struct {
	val   float64
	last  int // index after its last token
	vague bool
	dual  bool
	// after reports a number that follows its noun: one with the article
	// (الجنود الثلاثة) and واحد.
	after bool
}

// count reads the number starting at token j: digits, number words or a
// dual noun.
func (s *numScan) count(j int) (count, bool) {
	toks := s.x.Tokens
	if j >= len(toks) || s.inDate[j] {
		return count{}, false
	}
	if toks[j].Kind == Number {
		return s.cardinal(j)
	}
	if r := s.rd[j]; r.e != nil && r.e.num != numNone {
		return s.cardinal(j)
	}
	if next, ok := s.repeatedDual(j); ok {
		// "مدنيين اثنين": a noun in the ending of the dual, made one by
		// the number two after it, whatever the list of duals holds.
		return count{val: 2, last: next, dual: true}, true
	}
	if s.duals.read(&toks[j]) || s.nisbaDual(j) {
		c := count{val: 2, last: j + 1, dual: true}
		// "جنديين اثنين": the number repeats the dual; "طائرتين
		// مروحيتين": an adjective agrees with it.
		if e, next, ok := s.elem(j + 1); ok && !e.waw && !e.art && e.class == numUnit && e.val == 2 {
			c.last = next
		} else if j+1 < len(toks) && s.duals.read(&toks[j+1]) && hasArticle(&toks[j+1]) == hasArticle(&toks[j]) {
			c.last = j + 2
		}
		return c, true
	}
	return count{}, false
}

// excluded reports numbers that are no counts: percentages, clock times,
// model numbers, and numbers after words such as الساعة or رقم.
func (s *numScan) excluded(j int, c count) bool {
	toks := s.x.Tokens
	if c.last < len(toks) {
		t := &toks[c.last]
		switch t.Norm {
		case "%", string(ArabicPercent):
			return true
		case ":":
			return c.last+1 < len(toks) && toks[c.last+1].Kind == Number && toks[c.last+1].Byte == t.ByteEnd
		case "-", "/":
			// 1-0, 3/4: scores and fractions, not counts.
			return t.Byte == toks[c.last-1].ByteEnd && c.last+1 < len(toks) && toks[c.last+1].Kind == Number && toks[c.last+1].Byte == t.ByteEnd
		}
		if s.isHundredWord(c.last) {
			return true // 20 بالمئة, 20 المئة
		}
		if t.Norm == "في" && s.isHundredWord(c.last+1) {
			return true // 20 في المئة
		}
		if toks[c.last].Kind == Latin && toks[c.last].Byte == toks[c.last-1].ByteEnd {
			return true // 4G
		}
	}
	if j > 0 {
		p := &toks[j-1]
		if p.ByteEnd == toks[j].Byte && (p.Kind == Latin || p.Kind == Word && toks[j].Kind == Number && !isProclitic(p.Norm) && !glued(p)) {
			return true // F16, كوفيد19
		}
		if (p.Norm == "-" || p.Norm == "/" || p.Norm == ":") && p.ByteEnd == toks[j].Byte && j > 1 && toks[j-2].ByteEnd == p.Byte {
			return true // F-16, 10:30, 3/4
		}
		for ki := range p.NumKeys() {
			k := p.KeyAt(ki)
			switch k {
			case "ساعه", "رقم", "ماده", "بند", "فقره", "قرار", "صفحه", "طريق", "غرفه", "لوحه", "جوله", "نسخه":
				return toks[j].Kind == Number
			case "مجموعه", "دول", "دوله", "مجلس":
				return s.rd[j].art // مجموعة السبع, مجموعة العشرين: names
			}
		}
	}
	return false
}

// looksLikeYear reports a four-digit number from 1950 to 2035 with no
// noun after it, which names a year ("مونديال روسيا 2018") more often
// than a count.
func (s *numScan) looksLikeYear(j int, c count) bool {
	t := &s.x.Tokens[j]
	if c.last != j+1 || t.Kind != Number || len(t.Norm) != 4 || c.val < 1950 || c.val > 2035 || c.val != math.Trunc(c.val) {
		return false
	}
	return c.last >= len(s.x.Tokens) || !s.nounLike(c.last)
}

// isHundredWord reports whether token k is المئة with the article or a
// preposition: the percent of "20 بالمئة".
func (s *numScan) isHundredWord(k int) bool {
	if k >= len(s.rd) {
		return false
	}
	r := s.rd[k]
	return r.e != nil && r.e.num == numHundred && r.e.numVal == 100 && !r.e.plural && (r.art || r.pre)
}

// noFunctionNoun lists folded function words that are never the counted
// noun after a number.
var noFunctionNoun = map[string]bool{
	"في": true, "علي": true, "الي": true, "عن": true, "منذ": true, "بعد": true,
	"قبل": true, "حتي": true, "خلال": true, "ان": true, "او": true, "ثم": true,
	"كما": true, "التي": true, "الذي": true, "الذين": true, "هذا": true, "هذه": true,
	"ذلك": true, "تلك": true, "بين": true, "مع": true, "عند": true, "لدي": true,
	"لا": true, "لم": true, "لن": true, "قد": true, "ما": true, "وفق": true,
	"حسب": true, "اي": true, "كل": true,
}

// isProclitic reports a folded one-letter word that is a proclitic
// written apart from the digits after it: و in "و3 آلاف".
// gluedBefore are folded words a number may be written against by a slip
// of the keyboard and still count what follows: "نحو50 شخصا"، "قتل3 جنود"،
// "في12 مدينة". After another word, the number is part of a name
// (كوفيد19).
var gluedBefore = map[string]bool{"في": true, "من": true, "الي": true, "علي": true, "عن": true, "نحو": true,
	"حوالي": true, "قرابه": true, "بين": true, "منذ": true, "قتل": true, "مقتل": true, "اصابه": true, "اكثر": true}

// glued reports whether token t, read through any of its keys, is one
// of gluedBefore ("وقتل3").
func glued(t *Token) bool {
	for ki := range t.NumKeys() {
		if gluedBefore[t.KeyAt(ki)] {
			return true
		}
	}
	return false
}

func isProclitic(w string) bool {
	switch w {
	case conjWaw, conjFeh, string(Beh), string(Lam), string(Kaf):
		return true
	}
	return false
}

// noun returns the token index of the noun counted by c, which starts at
// token j, or -1.
func (s *numScan) noun(j int, c count) int {
	toks := s.x.Tokens
	if c.dual {
		return j
	}
	if c.after {
		if p := j - 1; p >= 0 && s.nounLike(p) && toks[p].Sent == toks[j].Sent {
			return p
		}
		return -1
	}
	k := c.last
	if k < len(toks) && toks[k].Norm == "من" {
		k++ // partitive: 3 من الجنود
		if OpenQuote(toks, k) {
			k++ // a quoted party: 3 من "الحركة"
		}
	}
	if k < len(toks) && s.nounLike(k) && toks[k].Sent == toks[j].Sent {
		return k
	}
	return -1
}

// nounLike reports whether token k may be a counted noun: a word that is
// no function word, no number and no date word other than a period
// (سنوات), and that does not begin with و before a verb prefix or the
// article ("3 وأصيب", "3 والجنود").
func (s *numScan) nounLike(k int) bool {
	t := &s.x.Tokens[k]
	if t.Kind != Word || noFunctionNoun[t.Norm] {
		return false
	}
	if e := s.rd[k].e; e != nil && (e.num != numNone || e.date != dateNone && e.date != datePeriod || e.fn != 0) {
		return false
	}
	if rest, ok := strings.CutPrefix(t.Norm, conjWaw); ok && len(rest) >= 4 {
		switch r, _ := utf8.DecodeRuneInString(rest); r {
		case Alef, Yeh, Teh, Noon:
			return false
		}
	}
	return true
}

// Ordinal returns the value of an ordinal word ("الثالثة", "للمرة"
// excluded: the token itself must be the ordinal), or 0 when token t is
// none: "الثالثة" 3, "العاشر" 10.
func Ordinal(t *Token) int {
	if t.Kind != Word {
		return 0
	}
	l := sharedLexicon()
	if e := l.has(t.Norm); e != nil && e.ord > 0 {
		return e.ord
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		if e := l.has(k); e != nil && e.ord > 0 {
			return e.ord
		}
	}
	return 0
}
