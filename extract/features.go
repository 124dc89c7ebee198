package extract

import (
	"strconv"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
	"github.com/hadath/hadath/model"
)

// Features are named, binary, and cheap: strings such as "t=ASSAULT" or
// "w-1=قال". Each function below reads one kind of candidate and returns
// the features that hold for it; the models in decide.go weigh them.

// feats collects the features of one candidate: their hashes (see
// model.Hash), which the models look up, and, when training or
// explaining, their names. add appends a feature whose name is the
// concatenation of its parts, and addT also the same conjoined with the
// candidate's type ("ASSAULT|prep=على"), so that a cue can weigh
// differently per type.
type feats struct {
	typ   string
	typH  uint64 // the hash of typ and "|", where addT's names start
	names bool
	fs    []string
	hs    []uint64
	seen  [16]uint64 // a bit per hash mod 1024: most new features need no scan
}

// newFeats returns an empty feature set for a candidate of type typ,
// keeping names when dc is training or explaining.
func (dc *doc) newFeats(typ string, n int) feats {
	f := feats{typ: typ, typH: model.HashString(model.HashString(model.HashSeed, typ), "|"),
		names: dc.learn != nil || dc.trace != nil, hs: dc.hashBuf(n)}
	if f.names {
		f.fs = make([]string, 0, n)
	}
	return f
}

func (f *feats) add(parts ...string) {
	h := model.HashSeed
	for _, p := range parts {
		h = model.HashString(h, p)
	}
	if f.push(h) && f.names {
		f.fs = append(f.fs, strings.Join(parts, ""))
	}
}

func (f *feats) addT(parts ...string) {
	h, ht := model.HashSeed, f.typH
	for _, p := range parts {
		h, ht = model.HashString2(h, ht, p)
	}
	if f.push(h) && f.names {
		f.fs = append(f.fs, strings.Join(parts, ""))
	}
	if f.push(ht) && f.names {
		f.fs = append(f.fs, f.typ+"|"+strings.Join(parts, ""))
	}
}

// push appends hash h unless the set has it: a feature holds or not, so
// that coding weighs each once, as training does.
func (f *feats) push(h uint64) bool {
	w, bit := (h>>6)&15, uint64(1)<<(h&63)
	if f.seen[w]&bit != 0 {
		for _, x := range f.hs {
			if x == h {
				return false
			}
		}
	}
	f.seen[w] |= bit
	f.hs = append(f.hs, h)
	return true
}

func (f *feats) flag(on bool, s string) {
	if on {
		f.add(s)
	}
}

func (f *feats) flagT(on bool, s string) {
	if on {
		f.addT(s)
	}
}

// mentionProposal is what the rules say about a trigger they propose,
// beyond the candidate itself: the rule verdicts that used to drop it.
type mentionProposal struct {
	tm       *lexicon.TriggerMatch
	kept     bool   // the rules' own verdict
	why      string // why the rules would not report it
	governed bool   // after a preposition or a demonstrative
}

// mentionFeatures returns the features of a trigger candidate for the
// event-mention model: its word, its form, its syntax, what the rules made
// of it, the arguments found, the cues around it and where it stands.
func (dc *doc) mentionFeatures(c *cand, p *mentionProposal) feats {
	f := dc.newFeats(c.typ, 80)
	f.add("bias")
	f.add("t=", c.typ)
	f.add("f=", c.typ, "|", c.trig.Form)
	tok := &dc.x.Tokens[c.first]
	f.add("k=", c.typ, "|", dc.stemAt(c.first))
	f.addT("flags=", c.trig.Flags())
	for _, alt := range p.tm.Triggers {
		if alt.Type != c.typ {
			f.addT("alt=", alt.Type)
		}
	}
	f.flagT(imperfect(c.trig.Form) && c.trig.Verb, "imperfect")
	f.flagT(c.definite, "definite")
	f.flagT(c.anaphoric, "anaphoric")
	f.flagT(p.governed, "governed")
	f.flagT(c.clause, "clause")
	f.flagT(c.lone, "lone")
	f.flagT(c.dropped, "dropped")
	f.flagT(!p.kept, "rules-drop")
	f.addT("support=", strconv.Itoa(min(c.support, 4)))
	f.flagT(c.actor != nil, "has-actor")
	f.flagT(c.target != nil, "has-target")
	if c.actor != nil {
		f.addT("actor-sector=", c.actor.Sector)
	}
	if c.target != nil {
		f.addT("target-sector=", c.target.Sector)
	}
	f.flagT(c.place != nil, "has-place")
	f.flagT(c.method != "" && c.method != c.trig.Method, "has-method")
	f.flagT(c.date != nil && c.dateFromSent, "has-date")
	f.flagT(c.killed != nil || c.injured != nil, "has-casualties")
	f.addT("mod=", c.modality)
	if c.date != nil && c.dateFromSent && dc.hasPub {
		f.addT("date=", dateRelation(c.date.Date, dc))
	}
	sfs := dc.facts(c.sent)
	if sfs.since {
		f.addT("since") // "منذ 2015", "منذ سنوات": a span of time, not a day
	}
	f.flagT(sfs.aggregate, "aggregate")
	f.addT("sent=", sentBucket(dc, c.sent))
	if pr := dc.prep(c.first, tok.Start); pr != "" {
		f.addT("prep=", pr)
	}
	dc.cueFeatures(&f, c)
	dc.contextFeatures(&f, c.first, c.last)
	dc.windowFeatures(&f, c)
	return f
}

// bagWindow is how many words on each side of a trigger the mention model
// reads as a bag, each conjoined with the candidate's type: what the
// sentence is about around the trigger (a court, a match, a market, a
// front) beyond the two words next to it. Five cross-validated best of
// 3, 5, 8 and 15 (events 0.609 -> 0.614 at five, 0.610 to 0.611 at the
// others).
const bagWindow = 5

// classWindow is how many words on each side of a trigger the mention
// model reads the classes of: the classes group words by topic, and a
// topic shows further from the trigger than its words do. With the
// round's other changes, at 5, 8, 10 and 12: five folds 0.659, 0.659,
// 0.668, 0.665 (arguments 0.466, 0.471, 0.474, 0.472), held out 0.673,
// 0.677, 0.675, 0.677, dev 0.762, 0.770, 0.758, 0.750, sentences of the
// training split ASSAULT 0.703, 0.703, 0.710 and PROTEST 0.657, 0.647,
// 0.663 (twenty-seventh round).
const classWindow = 10

// windowFeatures adds the stems of the longer words within bagWindow of
// c's trigger, in its sentence, and the word classes (see wordclass) of
// those within classWindow: through the classes, what the model learns
// of a word carries to the words used like it, words the annotated
// stories never show included. The classes since the twenty-seventh
// round (512 classes of the words within four of each other): events on
// the five folds 0.654 -> 0.657, on the held-out documents 0.666 ->
// 0.672 and on dev 0.766 -> 0.761; attacks in the sentences of the
// training split 0.700 -> 0.705.
func (dc *doc) windowFeatures(f *feats, c *cand) {
	sf, sl := dc.sentence(c.sent)
	for i := max(sf, c.first-classWindow); i < min(sl, c.last+classWindow); i++ {
		if i >= c.first && i < c.last {
			continue
		}
		bag, class := dc.wordAt(i)
		if !bag {
			continue
		}
		if i >= c.first-bagWindow && i < c.last+bagWindow {
			f.addT("bw=", dc.stemAt(i))
		}
		if class >= 0 {
			f.addT("bc=", classNames[class])
		}
	}
}

// wordAt reports whether token i is a word windowFeatures reads (a word
// longer than two letters, not a form of كان), and its class, -1 for
// none. The answer is kept a document: each candidate near the token asks
// again.
func (dc *doc) wordAt(i int) (bag bool, class int) {
	const (
		unknown = iota
		skipped
		noClass
		firstClass
	)
	var w uint16
	if dc.words != nil {
		w = dc.words[i]
	}
	if w == unknown {
		w = skipped
		if t := &dc.x.Tokens[i]; t.Kind == ar.Word && len(t.Key()) > 4 && !auxiliary(t.Key()) {
			w = noClass
			if k, ok := dc.classes.Of(dc.stemAt(i)); ok {
				w = firstClass + uint16(k)
			}
		}
		if dc.words != nil {
			dc.words[i] = w
		}
	}
	return w != skipped, int(w) - firstClass
}

// auxiliary reports whether key is a form of كان (to be), which carries
// tense and mood, read by the modality cues, and says nothing of what the
// sentence is about: the past forms of kanaForms and the present ones.
func auxiliary(key string) bool {
	switch key {
	case "يكون", "تكون", "يكونوا", "تكونوا", "نكون", "اكون":
		return true
	}
	return kanaForms[key]
}

// cueFeatures adds the cue classes of the trigger's sentence, and of the
// three words before it.
func (dc *doc) cueFeatures(f *feats, c *cand) {
	sf, sl := dc.sentence(c.sent)
	sent, near := dc.facts(c.sent).cues, cue(0)
	for i := max(sf, c.first-3); i < min(sl, c.first); i++ {
		near |= dc.cueAt[i]
	}
	for j, k := range cueOrder {
		if sent.has(cueOrderBits[j]) {
			f.addT("sent-cue=", k)
		}
		if near.has(cueOrderBits[j]) {
			f.addT("near-cue=", k)
		}
	}
	methods := 0
	for i := max(sf, c.first-4); i < min(sl, c.last+10); i++ {
		if dc.methodAt[i] >= 0 && (i < c.first || i >= c.last) {
			methods++
		}
	}
	f.flagT(methods > 0, "method-near")
	f.flagT(dc.physical(c.first, c.last), "physical")
	f.flagT(dc.numAt[min(c.last, len(dc.numAt)-1)] >= 0 && c.last < len(dc.numAt), "num-after")
}

// sinceWord reports whether the folded word k is "since" (منذ, or مند
// misspelt), which opens a span of time. Every token of a sentence asks,
// so it compares rather than looking up a map.
func sinceWord(k string) bool { return k == "منذ" || k == "مند" }

// cueOrder lists the cue classes in a fixed order, for features.
var cueOrder = []string{"NEG", "FUT", "HYP", "SAY", "SOURCE", "CLAIM", "BLAME", "KILL", "INJURE",
	"CASUALTY_UNKNOWN", "INTERCEPT", "ANAPHOR", "AGGREGATE", "ACCIDENT", "THING", "HABIT"}

// cueOrderBits are the bits of the classes of cueOrder, in its order, so
// that the features of each candidate need no map lookup.
var cueOrderBits = func() []cue {
	bits := make([]cue, len(cueOrder))
	for j, k := range cueOrder {
		bits[j] = cueNames[k]
	}
	return bits
}()

// contextFeatures adds the words around tokens first..last-1, stemmed:
// two before, one after.
func (dc *doc) contextFeatures(f *feats, first, last int) {
	s := dc.x.Tokens[first].Sent
	for d, name := range [...]string{"w-2", "w-1"} {
		i := first - 2 + d
		if i < 0 || dc.x.Tokens[i].Sent != s {
			f.add(name, "=<s>")
			continue
		}
		f.addT(name, "=", dc.stemAt(i))
	}
	if last < len(dc.x.Tokens) && dc.x.Tokens[last].Sent == s {
		f.addT("w+1=", dc.stemAt(last))
	} else {
		f.add("w+1=</s>")
	}
}

// sentBucket names where sentence s stands: the headline, the lead, the
// first paragraphs or further on.
func sentBucket(dc *doc, s int) string {
	switch {
	case s < dc.headline:
		return "headline"
	case s == dc.headline:
		return "lead"
	case s <= dc.headline+3:
		return "early"
	}
	return "late"
}

// modalityFeatures returns the features of a kept mention for the
// modality model: the rules' guess and the words and cues before it.
func (dc *doc) modalityFeatures(c *cand) feats {
	f := dc.newFeats(c.typ, 40)
	f.add("bias")
	f.add("t=", c.typ)
	f.add("rule=", c.modality)
	f.flag(c.suspected, "suspected")
	f.flag(imperfect(c.trig.Form) && c.trig.Verb, "imperfect")
	f.flag(c.trig.Verb, "verb")
	f.flag(c.definite, "definite")
	sf, _ := dc.sentence(c.sent)
	for i := max(sf, c.first-6); i < c.first; i++ {
		f.add("before=", dc.stemAt(i))
		for j, k := range cueOrder[:4] {
			if dc.cueAt[i].has(cueOrderBits[j]) {
				f.add("cue-before=", k)
				if c.first-i <= 2 {
					f.add("cue-near=", k)
				}
			}
		}
	}
	f.add("sent=", sentBucket(dc, c.sent))
	if c.date != nil && dc.hasPub && c.dateFromSent {
		f.add("date=", dateRelation(c.date.Date, dc))
	}
	return f
}

// dateRelation says how an event's date stands to the publication date:
// after it, the same day or week, or long before.
func dateRelation(date string, dc *doc) string {
	pub := dc.pubDay
	dc.pastDays()
	switch {
	case date > pub:
		return "after"
	case date == pub:
		return "same-day"
	case date >= dc.weekAgo:
		return "week"
	case date >= dc.yearAgo:
		return "year"
	}
	return "older"
}

// pastDays sets dc.weekAgo and dc.yearAgo, once a document.
func (dc *doc) pastDays() {
	if dc.weekAgo == "" {
		dc.weekAgo = dc.pub.AddDate(0, 0, -7).Format("2006-01-02")
		dc.yearAgo = dc.pub.AddDate(-1, 0, 0).Format("2006-01-02")
	}
}

// corefFeatures returns the features of a pair of candidates of one type,
// a told before b, for the coreference model: what the rules say of them,
// how far apart they stand, and which of their arguments agree. rule is
// whether the rules propose a as b's antecedent, rank how many live events
// of the type were told between them.
func (dc *doc) corefFeatures(a, b *cand, rule bool, rank int) feats {
	f := dc.newFeats(b.typ, 44)
	f.add("bias")
	f.add("t=", b.typ)
	f.flagT(rule, "rule-pick")
	f.addT("rank=", strconv.Itoa(min(rank, 3)))
	f.flagT(sameClause(dc, a, b), "same-clause")
	f.flagT(b.anaphoric, "b-anaphoric")
	f.flagT(b.anaphoric && sameParties(a, b), "anaphoric-same-parties")
	f.flagT(compatible(a, b), "compatible")
	f.flagT(a.modality == b.modality, "same-modality")
	d := b.sent - a.sents[len(a.sents)-1]
	f.addT("dist=", strconv.Itoa(min(d, 4)))
	f.flagT(a.sents[0] < dc.headline, "a-headline")
	f.flagT(b.definite, "b-definite")
	f.flagT(b.lone, "b-lone")
	f.flagT(a.trig.Form == b.trig.Form, "same-form")
	// How many of the parties, places and days both name agree, and how
	// many differ (counted): one difference read wrong is common, two
	// rarely are.
	same, differ := 0, 0
	agree := func(name string, x, y, ok, counted bool) {
		if !x || !y {
			return
		}
		if ok {
			f.addT(name, "=same")
		} else {
			f.addT(name, "=differ")
		}
		if counted && ok {
			same++
		} else if counted {
			differ++
		}
	}
	agree("actor", a.actor != nil, b.actor != nil, a.actor != nil && b.actor != nil && sameSide(a.actor, b.actor), true)
	agree("target", a.target != nil, b.target != nil, a.target != nil && b.target != nil && sameSide(a.target, b.target), true)
	agree("place", a.place != nil, b.place != nil, a.place != nil && b.place != nil && samePlace(a.place, b.place), true)
	agree("method", a.method != "", b.method != "", methodsAgree(a.method, b.method), false)
	agree("date", a.dateFromSent, b.dateFromSent, a.date != nil && b.date != nil && datesAgree(a.date.Date, b.date.Date), true)
	agree("killed", a.killed != nil, b.killed != nil, a.killed != nil && b.killed != nil && sameToll(a.killed, b.killed), false)
	ns, nd := strconv.Itoa(min(same, 2)), strconv.Itoa(min(differ, 2))
	f.addT("agree=", ns, "/", nd)
	if b.clause || b.trig.Verb && !b.trig.Noun {
		f.addT("b-verb-agree=", ns, "/", nd)
	}
	return f
}

// relevanceFeatures returns the features of a whole document for the
// relevance model: which kinds of trigger it holds, in its headline and
// body, and how many.
func (dc *doc) relevanceFeatures() feats {
	f := dc.newFeats("", 40)
	f.add("bias")
	for k := range dc.trigs {
		tm := &dc.trigs[k]
		if len(tm.Triggers) == 0 {
			continue
		}
		tr := tm.Triggers[0]
		where := "body"
		if dc.x.Tokens[tm.First].Sent < dc.headline {
			where = "headline"
		}
		f.add("has=", tr.Type)
		f.add(where, "=", tr.Type)
		f.add("form=", tr.Form)
	}
	for i := range dc.actors {
		f.add("sector=", dc.actors[i].Actor.Sector)
	}
	f.flag(len(dc.places) > 0, "has-place")
	// The words of the headline and the lead: what the story is about.
	if len(dc.x.Sentences) > 0 {
		_, end := dc.sentence(min(dc.headline, len(dc.x.Sentences)-1))
		for i := 0; i < end; i++ {
			if t := &dc.x.Tokens[i]; t.Kind == ar.Word && len(t.Key()) > 4 {
				f.add("hw=", dc.stemAt(i))
			}
		}
	}
	return f
}

// sameToll reports whether two counts of the dead give the same number,
// or both give none ("سقوط قتلى").
func sameToll(a, b *hadath.Count) bool {
	if a.Count == nil || b.Count == nil {
		return a.Count == nil && b.Count == nil
	}
	return *a.Count == *b.Count
}
