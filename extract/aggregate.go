package extract

import (
	"slices"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
)

// aggregates finds counts of many happenings and drops the triggers of
// the same clause, which name the aggregate rather than one event:
//
//   - a count of times or of event nouns over a stretch of time
//     ("attacked 143 times since October", "12 raids this month"), or
//     so many that no one event holds them ("100,000 air raids");
//   - an ordinal of occurrence ("for the third time in a week").
//
// An aggregate takes the type of the event word nearest its count; by
// holds, for each aggregate, that event word (nil: none), whose parties
// aggregateParties gives it once the models have settled them.
func (e *Extractor) aggregates(dc *doc, cs []*cand) (out []hadath.Aggregate, by []*cand) {
	var ix *aggIndex // built for the first count that may be one: most documents have none
	add := func(s, first, end int, n hadath.Count, kind string, own, told bool) {
		if ix == nil {
			ix = newAggIndex(cs)
		}
		if ag, c, ok := e.aggregate(dc, ix, s, first, end, n, kind, own, told); ok {
			if k := sameAggregate(out, ag); k >= 0 {
				joinAggregate(&out[k], ag)
				if by[k] == nil {
					by[k] = c
				}
			} else {
				out, by = append(out, ag), append(by, c)
			}
		}
	}
	// ordinal adds the aggregate counted by the ordinal v at tokens
	// first..end-1.
	// "للمرة الثالثة" tells the latest happening as well, which stands as
	// an event; "هي المرة الثالثة التي" points back to it.
	ordinal := func(first, end, v int) {
		sp := dc.tokSpan(first, end)
		told := strings.HasPrefix(strings.TrimPrefix(dc.x.Tokens[first].Norm, "و"), "لل")
		add(dc.x.Tokens[first].Sent, first, end, hadath.Count{Count: hadath.N(v), Qualifier: hadath.Exact, Text: sp.Text, Span: &sp}, "", false, told)
	}
	for k := range dc.nums {
		n := &dc.nums[k]
		if n.Vague || n.Last >= len(dc.x.Tokens) || !dc.cueAt[n.Last].has(cueAggregate|cueTimes|cueAggregateVague) {
			continue
		}
		s := dc.x.Tokens[n.First].Sent
		if !dc.cueAt[n.Last].has(cueTimes) && !dc.facts(s).sinceDate && !dc.sentenceHas(s, cuePeriod) && n.Value < manyEvents {
			continue // "12 غارة" on one day is a series, one event
		}
		kind, own := dc.countedKind(n.Last)
		add(s, n.First, n.Last+1, *dc.count(k), kind, own, false)
	}
	for k := range dc.nums {
		// اعتقلت منذ مطلع العام نحو 300 ناشط، أعدمت 37 شخصا منذ مطلع العام
		if dc.peopleHeldInPeriod(k) {
			n := &dc.nums[k]
			add(dc.x.Tokens[n.First].Sent, n.First, n.Last, *dc.count(k), hadath.Coerce, true, false)
		}
	}
	for i := range dc.x.Tokens {
		// للمرة الثالثة، المرة الرابعة
		if !dc.cueAt[i].has(cueTimes) || i+1 >= len(dc.x.Tokens) || dc.x.Tokens[i+1].Sent != dc.x.Tokens[i].Sent {
			continue
		}
		if v := ar.Ordinal(&dc.x.Tokens[i+1]); v >= 2 {
			ordinal(i, i+2, v)
		}
	}
	for i := 0; i < len(dc.x.Tokens); i++ {
		// الغارة الثالثة على البلدة منذ مطلع الشهر، الزيارة الثانية لرئيس الوزراء خلال شهر
		if s := dc.x.Tokens[i].Sent; !dc.sentenceHas(s, cuePeriod) {
			_, sl := dc.sentence(s)
			i = max(i, sl-1) // no stretch of time named: the next sentence
			continue
		}
		if v, ok := dc.nthInPeriod(i); ok {
			ordinal(i, i+1, v)
		}
	}
	return out, by
}

// aggregateParties gives each aggregate the actor and target of the event
// word its count goes with (by, parallel to ags), as the models settled
// them: those of the event it was joined to, or its own when the
// aggregate took it. The first actor of a count's sentence is as often
// the attacker as the attacked ("شن الطيران 300 غارة").
func (e *Extractor) aggregateParties(dc *doc, ags []hadath.Aggregate, by []*cand) {
	for i, c := range by {
		if c == nil {
			continue
		}
		for c.dead && c.host != nil {
			c = c.host
		}
		if c.dead && dc.learn == nil {
			e.decideRoles(dc, c) // taken by the aggregate: no event's roles were decided
		}
		ags[i].Actor, ags[i].Target = copyActor(c.actor), copyActor(c.target)
	}
}

// sameAggregate returns the index of the aggregate of out that gives the
// same count of happenings of the same type as ag over the same stretch
// of time (a headline and its body giving "300 غارة" twice), or -1.
func sameAggregate(out []hadath.Aggregate, ag hadath.Aggregate) int {
	for i := range out {
		o := &out[i]
		if o.Type != ag.Type || o.Count.Qualifier != ag.Count.Qualifier ||
			(o.Count.Count == nil) != (ag.Count.Count == nil) ||
			o.Count.Count != nil && *o.Count.Count != *ag.Count.Count {
			continue
		}
		if (o.Date == "") != (ag.Date == "") || !datesAgree(o.Date, ag.Date) || !datesAgree(o.DateEnd, ag.DateEnd) {
			continue // the same count of two stretches of time, or of one not said
		}
		return i
	}
	return -1
}

// joinAggregate joins ag to o, the same count told again: its evidence,
// and the dates and countries o left out.
func joinAggregate(o *hadath.Aggregate, ag hadath.Aggregate) {
	if len(ag.Date) > len(o.Date) {
		o.Date = ag.Date // "منذ مايو 2016" says more than "منذ 2016"
	}
	if len(ag.DateEnd) > len(o.DateEnd) {
		o.DateEnd = ag.DateEnd
	}
	for _, sp := range ag.Evidence {
		if !slices.Contains(o.Evidence, sp) {
			o.Evidence = append(o.Evidence, sp)
		}
	}
	for _, c := range ag.Countries {
		if !slices.Contains(o.Countries, c) {
			o.Countries = append(o.Countries, c)
		}
	}
}

// peopleHeldInPeriod reports whether number mention k counts the people
// that arrests or executions took over a stretch of time: a count of two
// or more whose noun names people (namesPeople), in a sentence that names
// a span since a date or a stretch of time (periodSpan), within
// heldWindow words after a COERCE trigger ("اعتقلت السلطات منذ مطلع العام
// نحو 800 شخص"). Each arrest is a happening, so the count is of
// happenings; the dead of a war, counted the same way, are not (casualty
// totals are no aggregate).
func (dc *doc) peopleHeldInPeriod(k int) bool {
	n := &dc.nums[k]
	if n.Vague && !manyWords[strings.TrimPrefix(dc.x.Tokens[n.First].Norm, "و")] || !n.Vague && n.Value < 2 ||
		n.Noun < 0 || n.Noun >= len(dc.x.Tokens) || !dc.namesPeople(n.Noun) {
		return false // "آلاف الأشخاص"، "عشرات الناشطين" count many; "عدة أشخاص" may be one raid
	}
	s := dc.x.Tokens[n.First].Sent
	if !dc.facts(s).sinceDate && !dc.periodSpan(s) && !dc.sinceOnset(s) {
		return false
	}
	// The nearest event word before the count, kept or not: the mention
	// model learns that a count over a stretch of time is no one event,
	// and says so.
	var near *lexicon.TriggerMatch
	for i := range dc.trigs {
		if t := &dc.trigs[i]; t.Last <= n.First && (near == nil || t.First > near.First) {
			near = t
		}
	}
	if near == nil || n.First-near.Last > heldWindow || dc.x.Tokens[near.First].Sent != s {
		return false
	}
	return slices.ContainsFunc(near.Triggers, func(t *lexicon.Trigger) bool { return t.Type == hadath.Coerce })
}

// manyWords are the folded plurals of tens, hundreds, thousands and
// millions that count vaguely but many (عشرات، مئات، آلاف).
var manyWords = set("عشرات", "مءات", "الاف", "ملايين")

// sinceOnset reports whether sentence s names a span since the start of
// something (منذ بدء الاحتجاجات، منذ توليه الرئاسة), with no date.
func (dc *doc) sinceOnset(s int) bool {
	sf, sl := dc.sentence(s)
	for i := sf; i+1 < sl; i++ {
		if sinceWord(dc.x.Tokens[i].Key()) && onsetWords[dc.x.Tokens[i+1].Key()] {
			return true
		}
	}
	return false
}

// periodSpan reports whether sentence s names a stretch of time: a
// period word with a span of time, a date or a number right after it
// ("خلال العام الماضي", "في غضون شهرين"; not "خلال الاحتجاجات").
func (dc *doc) periodSpan(s int) bool {
	if !dc.sentenceHas(s, cuePeriod) {
		return false
	}
	sf, sl := dc.sentence(s)
	for j := sf; j < sl; j++ {
		if dc.cueAt[j].has(cuePeriod) && dc.spanOfTime(j+1, s) {
			return true
		}
	}
	return false
}

// namesPeople reports whether token i names people: an actor the finder
// reads there, a noun of one person or a nisba ("شخصا", "طفل",
// "فلسطينيا").
func (dc *doc) namesPeople(i int) bool {
	return dc.actorAt[i] >= 0 || dc.cueAt[i].has(cueOnePerson) || singularNisba(dc.x.Tokens[i].Key())
}

// heldWindow is how many words may stand between an arrest or execution
// and the count of the people it took.
const heldWindow = 8

// nthWindow is how many tokens after an ordinal the stretch of time it
// counts in may be named.
const nthWindow = 10

// nthInPeriod reads an ordinal at token i that counts happenings over a
// stretch of time named after it in its sentence ("the third raid on the
// town since the start of the month", "the second visit within a
// month"): the count is the ordinal. The caller looks only in sentences
// that hold a period word. The stretch is a period word (خلال، منذ مطلع) with a span
// of time, a date or a number right after it ("خلال شهرين", not "خلال
// الاشتباك"). An ordinal after مرة is read by the loop over times; one
// that is part of a date or a name ("عبدالله الثاني"), or followed by
// another number before the stretch, is no count.
func (dc *doc) nthInPeriod(i int) (int, bool) {
	toks := dc.x.Tokens
	if dc.dateAt[i] >= 0 || dc.numAt[i] >= 0 || dc.actorAt[i] >= 0 || dc.placeAt[i] >= 0 ||
		i > 0 && (dc.cueAt[i-1].has(cueTimes) || dc.actorAt[i-1] >= 0 || dc.placeAt[i-1] >= 0) {
		return 0, false
	}
	s := toks[i].Sent
	v := ar.Ordinal(&toks[i])
	if v < 2 || v > 100 {
		return 0, false
	}
	for j := i + 1; j < len(toks) && j <= i+nthWindow && toks[j].Sent == s; j++ {
		if dc.numAt[j] >= 0 || isBreak(&toks[j]) {
			return 0, false
		}
		if dc.cueAt[j].has(cuePeriod) && dc.spanOfTime(j+1, s) {
			return v, true
		}
	}
	return 0, false
}

// spanOfTime reports whether one of the three tokens from j, in sentence
// s, names time: a span of it (أيام، شهرين، العام), a date or a number.
func (dc *doc) spanOfTime(j, s int) bool {
	toks := dc.x.Tokens
	for k := j; k < len(toks) && k < j+3 && toks[k].Sent == s; k++ {
		if dc.cueAt[k].has(cueThing) || dc.dateAt[k] >= 0 || dc.numAt[k] >= 0 {
			return true
		}
	}
	return false
}

// countedKind returns the type of event the aggregate word at token i
// counts, and whether the words of the count say it themselves (own): a
// trigger counted names its type (12 غارة، 5 تظاهرات); a word of
// frequency (12 مرة) or of no kind (12 حالة، 45 تحقيقا) counts what the
// trigger right after it names (14 واقعة قتل), after a preposition for a
// word of no kind (45 تحقيقا في عمليات قتل; not "عشر مرات عن التأييد",
// ten times the support), and otherwise nothing of its own (""): the
// count is of happenings only beside an event word. Any other aggregate
// word (هجوما، اعتداءات) counts attacks, unless an event word beside it
// says otherwise.
func (dc *doc) countedKind(i int) (kind string, own bool) {
	trigAt := func(j int) string {
		if j >= len(dc.x.Tokens) || dc.x.Tokens[j].Sent != dc.x.Tokens[i].Sent {
			return ""
		}
		if k := dc.trigAt[j]; k >= 0 && dc.trigs[k].First == j {
			for _, t := range dc.trigs[k].Triggers {
				if t.Type != lexicon.NoEvent {
					return t.Type
				}
			}
		}
		return ""
	}
	if !dc.cueAt[i].has(cueTimes | cueAggregateVague) {
		if t := trigAt(i); t != "" {
			return t, true
		}
		return hadath.Assault, false
	}
	if t := trigAt(i + 1); t != "" {
		return t, true
	}
	if dc.cueAt[i].has(cueAggregateVague) && i+1 < len(dc.x.Tokens) && aboutPrep(dc.x.Tokens[i+1].Norm) {
		if t := trigAt(i + 2); t != "" {
			return t, true
		}
	}
	return "", false
}

// aboutPrep reports whether a word is a preposition of what an
// investigation is about: في، عن، بشأن، حول.
func aboutPrep(w string) bool {
	return w == "في" || w == "عن" || w == "بشان" || w == "حول"
}

// manyEvents is the count of attacks or strikes beyond which they are no
// one series but many events, even with no stretch of time named.
const manyEvents = 50

// aggregate builds the aggregate whose count is at tokens first..end-1 of
// sentence s, reads its dates and places from the sentence, returns the
// event word the count goes with (nil: none), and
// drops the event words of its type near the count, unless told (the
// count tells the latest happening too). A count of times
// ("للمرة السادسة") is of happenings only near an event word (not of an
// election or a goal); a count whose words name what it counts (own)
// takes that kind, and one whose noun only suggests it takes kind when no
// event word is near ("" for none).
func (e *Extractor) aggregate(dc *doc, ix *aggIndex, s, first, end int, n hadath.Count, kind string, own, told bool) (hadath.Aggregate, *cand, bool) {
	typ := kind
	near := -1
	var by *cand // the event word the count goes with, whose parties it takes
	for _, c := range ix.near(s, first, 8) {
		if c.sent == s && !c.dead && (near < 0 || abs(c.first-first) < near) && abs(c.first-first) <= 8 {
			near, by = abs(c.first-first), c
			if !own {
				typ = c.typ
			}
		}
	}
	if near < 0 && kind == "" && dc.cueAt[end-1].has(cueTimes) {
		// "خمس مرات" counts what the verb before it tells, even if the
		// mention model took that verb for no single happening.
		for _, c := range dc.refused {
			if c.sent == s && c.first < first && first-c.first <= 8 && (near < 0 || first-c.first < near) {
				near, typ, by = first-c.first, c.typ, c
			}
		}
	}
	if near < 0 && kind == "" {
		return hadath.Aggregate{}, nil, false
	}
	ag := hadath.Aggregate{Type: typ, Count: n, Countries: []string{}}
	ag.Evidence = []hadath.Span{dc.tokSpan(first, end), dc.sentSpan(s)}
	as := ix.sentence(dc, s)
	ag.Date, ag.DateEnd = as.date, as.dateEnd
	ag.Countries = append(ag.Countries, as.countries...)
	if by != nil && by.typ != typ {
		by = nil // a count that names its own kind, beside a word of another
	}
	if ag.DateEnd == "" && ag.Date != "" && dc.hasPub {
		ag.DateEnd = dc.pubDay
	}
	// The event words of the clause name the aggregate, unless the count
	// tells the latest happening too.
	if !told {
		ix.drop(s, first, typ)
	}
	return ag, by, true
}

// copyActor returns a copy of a, or nil.
func copyActor(a *hadath.Actor) *hadath.Actor {
	if a == nil {
		return nil
	}
	c := *a
	return &c
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
