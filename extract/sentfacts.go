package extract

import (
	"strings"

	"github.com/hadath/hadath"
)

// sentFacts sums up one sentence for the questions every candidate in it
// asks. Each candidate used to scan its whole sentence for them, which
// made a long sentence dense with triggers cost its length squared; the
// facts are the same for every candidate of a sentence, so they are found
// once, on first use, and kept.
type sentFacts struct {
	done      bool
	cues      cue  // union of the cue classes of its tokens
	since     bool // a "since" date, or a word of "since"
	sinceDate bool // a "since" date
	date      bool // a date naming a day, month or year
	aggregate bool // aggregateSpan over the whole sentence
	// tollEnd is where the sentence's own casualties end: the start of a
	// running total ("، ليرتفع عدد القتلى منذ بداية الشهر إلى 240"),
	// else the sentence's end; tollAggregate is aggregateSpan before it.
	tollEnd       int
	tollAggregate bool
	// dateStarts are the first tokens of the dates that may date an
	// event of the sentence, in order: a day, month or year, not a span
	// since one, and not a year something is for ("لعام 2018").
	dateStarts []int
	// tolls are the counts its casualty cues give, found on first use.
	tolls *sentTolls
}

// facts returns the facts of sentence s, finding them on first use. The
// indexes they read are complete once analyze returns.
func (dc *doc) facts(s int) *sentFacts {
	if dc.sents == nil {
		dc.sents = make([]sentFacts, len(dc.x.Sentences))
	}
	f := &dc.sents[s]
	if f.done {
		return f
	}
	f.done = true
	sf, sl := dc.sentence(s)
	for i := sf; i < sl; i++ {
		f.cues |= dc.cueAt[i]
		if k := dc.dateAt[i]; k >= 0 {
			d := &dc.dates[k]
			f.sinceDate = f.sinceDate || d.Since
			f.since = f.since || d.Since && d.First == i
			f.date = f.date || d.Date != ""
			if d.First == i && d.Date != "" && !d.Since && !(d.Precision == hadath.DateYear && dc.prep(d.First, d.Start) == "ل") {
				f.dateStarts = append(f.dateStarts, i)
			}
		}
		f.since = f.since || sinceWord(dc.x.Tokens[i].Key())
	}
	f.aggregate = dc.aggregateSpan(sf, sl)
	f.tollEnd, f.tollAggregate = sl, f.aggregate
	if r := dc.runningTotal(sf, sl); r >= 0 {
		f.tollEnd, f.tollAggregate = r, dc.aggregateSpan(sf, r)
	}
	return f
}

// runningTotal returns the first token of a running total in tokens
// sf..sl-1, or -1: a word bringing a count to a new sum (ليرتفع، لتصل،
// مما يرفع) with a toll or a word of number within two words after it
// ("ليرتفع عدد القتلى", "لتصل حصيلة الضحايا"). The total is the sum of
// many happenings, not the toll of the one its sentence tells first.
func (dc *doc) runningTotal(sf, sl int) int {
	for i := sf; i < sl; i++ {
		if !dc.cueAt[i].has(cueRunning) || i > sf && dc.cueAt[i-1].has(cueRunning) {
			continue
		}
		for j := i + 1; j < min(sl, i+3); j++ {
			if dc.cueAt[j].has(cueKill|cueInjure) || totalWords[dc.x.Tokens[j].Key()] {
				return i
			}
		}
	}
	return -1
}

// totalWords are the folded nouns of a sum: عدد، إجمالي، مجموع.
var totalWords = set("عدد", "اجمالي", "مجموع")

// pluperfect reports whether sentence s is told in the past perfect: it
// opens with كان and has قد within its first words ("وكانت الشرطة قد
// اعتقلت ...", "وكان الهجوم الذي ... قد أسفر"). News tells that way what
// happened before the story, on a day it does not give.
func (dc *doc) pluperfect(s int) bool {
	sf, sl := dc.sentence(s)
	if sf >= sl || !kanaForms[strings.TrimPrefix(dc.x.Tokens[sf].Norm, "و")] {
		return false
	}
	for i := sf + 1; i < min(sl, sf+pluperfectReach); i++ {
		if dc.x.Tokens[i].Norm == "قد" {
			return true
		}
	}
	return false
}

// pluperfectReach is how many words after كان its قد may come.
const pluperfectReach = 16

// kanaForms are the past forms of كان that open a sentence in the past
// perfect, folded.
var kanaForms = map[string]bool{"كان": true, "كانت": true, "كانوا": true, "كانا": true, "كانتا": true}
