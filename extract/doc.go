package extract

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
	"github.com/hadath/hadath/wordclass"
)

// doc is the working state of one document: its analyzed text, every
// mention found in it, and per-token indexes into those mentions.
type doc struct {
	src *hadath.Document
	x   *ar.Text
	// classes are the word classes of the extractor (wordAt).
	classes *wordclass.Classes
	pub     time.Time
	hasPub  bool
	// pubDay is pub as YYYY-MM-DD, formatted once.
	pubDay string
	// weekAgo and yearAgo are the days a week and a year before pub,
	// formatted on first use (dateRelation).
	weekAgo, yearAgo string

	places  []gazetteer.Mention
	actors  []actors.Mention
	dates   []ar.Date
	nums    []ar.Num
	trigs   []lexicon.TriggerMatch
	methods []lexicon.Tagged
	cues    []lexicon.Tagged

	// Per-token indexes: the mention covering token i, or -1.
	placeAt, actorAt, dateAt, numAt, methodAt, trigAt []int32
	// cueAt holds the cue classes of the cue phrases covering token i.
	cueAt []cue
	// stems holds the stem of token i's key once a feature has asked
	// for it ("" until then; see stemAt).
	stems []string
	// words holds what windowFeatures reads of token i once it has
	// asked (see wordAt).
	words []uint16

	// topCountry is the country the document names most (see
	// topCountry).
	topCountry string
	// headline is how many sentences the headline spans (0: none).
	headline int
	// learn gathers training examples (nil when coding).
	learn *learner
	// trace records the models' decisions (nil unless explaining).
	trace *Trace

	// refused are the verb candidates the mention model turned down
	// (not those a hard rule did): a count of times may still count
	// what such a verb tells ("استهدفوه خمس مرات" is no one attack).
	refused []*cand
	// venue is where the meeting the story tells of took place, or nil.
	venue *gazetteer.Mention
	// met marks the sentences that tell of a protest met by force
	// (protestsMet), filled on first use.
	met []bool
	// crowdOf is the country of the people the story's protests are of
	// (crowdCountry), found on first use when crowdOfDone.
	crowdOf     string
	crowdOfDone bool
	// sents holds what each sentence is found to hold, by sentence.
	sents []sentFacts
	// roleBuf is reused by the role decisions of dc's events.
	roleBuf roleBuf
	// cands is the chunk newCand cuts candidates from.
	cands []cand
	// probs receives the probabilities of a decision read at once.
	probs [4]float64
	// bufs backs the per-token indexes; release gives it back.
	bufs *docBufs
}

// docBufs holds the per-token indexes of a doc, reused from document to
// document: allocating and zeroing them anew costs more than refilling.
type docBufs struct {
	idx   []int32
	cueAt []cue
	stems []string
	words []uint16
	// hashes backs the feature hashes of the candidates (see hashBuf).
	hashes []uint64
	// roles backs doc.roleBuf: a document deciding many roles grew it.
	roles roleBuf
}

// docPool holds the docBufs given back by release.
var docPool = sync.Pool{New: func() any { return new(docBufs) }}

// grow returns (*s)[:n], first making *s large enough. What it returns
// holds the values of an earlier use: the caller fills it.
func grow[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	return (*s)[:n]
}

// hashBuf returns an empty slice with room for n feature hashes, cut
// from a buffer the document's candidates share and later documents
// reuse: feature hashes live no longer than the document. Appending past
// n moves the slice out of the buffer.
func (dc *doc) hashBuf(n int) []uint64 {
	if dc.bufs == nil {
		return make([]uint64, 0, n)
	}
	b := &dc.bufs.hashes
	if cap(*b)-len(*b) < n {
		// Twice the size each time, up to 512 KB, so that a long
		// document's next ones find room.
		*b = make([]uint64, 0, max(4096, n, min(2*cap(*b), 1<<16)))
	}
	k := len(*b)
	*b = (*b)[:k+n]
	return (*b)[k : k : k+n]
}

// release gives the tokens and the per-token indexes of dc back to their
// pools; dc must not be used after.
func (dc *doc) release() {
	dc.x.Release()
	if dc.bufs != nil {
		// The role buffers keep their room, not the document's
		// parties and features.
		rb := &dc.roleBuf
		clear(rb.cands[:cap(rb.cands)])
		clear(rb.scores[:cap(rb.scores)])
		dc.bufs.roles = *rb
		docPool.Put(dc.bufs)
		dc.bufs = nil
	}
}

// analyze runs every finder over the document and builds the indexes.
func (e *Extractor) analyze(d *hadath.Document) *doc {
	x := e.ar.AnalyzeReused(d.Text)
	dc := &doc{src: d, x: x, classes: e.classes}
	dc.headline = dc.headlineSents()
	dc.pub, dc.hasPub, _ = d.PublishedTime()
	dc.pubDay = dc.pub.Format("2006-01-02")
	dc.places = e.gaz.Find(x)
	dc.actors = e.actors.Find(x)
	dc.places, dc.actors = dropDateline(x, dc.headline, dc.places, dc.actors)
	dc.actors = dropPlacesAsParties(x, dc.actors)
	dc.actors = dropTownsAsStates(dc.places, dc.actors)
	dc.nums, dc.dates = x.NumbersAndDates(e.duals, dc.pub, dc.hasPub)
	dc.trigs, dc.methods, dc.cues = e.lex.Scan(x)
	dc.actors = dropVenuesAsParties(x, dc.places, dc.actors, dc.cues)
	capitalsOfParties(dc.places, dc.actors)
	dc.trigs = withSplitPhrases(x, dc.cues, dc.trigs)

	n := len(x.Tokens)
	dc.bufs = docPool.Get().(*docBufs)
	idx := grow(&dc.bufs.idx, 6*n)
	for i := range idx {
		idx[i] = -1
	}
	dc.placeAt, dc.actorAt, dc.dateAt = idx[:n], idx[n:2*n], idx[2*n:3*n]
	dc.numAt, dc.methodAt, dc.trigAt = idx[3*n:4*n], idx[4*n:5*n], idx[5*n:]
	mark(dc.placeAt, len(dc.places), func(k int) (int, int) { return dc.places[k].First, dc.places[k].Last })
	mark(dc.actorAt, len(dc.actors), func(k int) (int, int) { return dc.actors[k].First, dc.actors[k].Last })
	mark(dc.dateAt, len(dc.dates), func(k int) (int, int) { return dc.dates[k].First, dc.dates[k].Last })
	mark(dc.numAt, len(dc.nums), func(k int) (int, int) { return dc.nums[k].First, dc.nums[k].Last })
	mark(dc.methodAt, len(dc.methods), func(k int) (int, int) { return dc.methods[k].First, dc.methods[k].Last })
	mark(dc.trigAt, len(dc.trigs), func(k int) (int, int) { return dc.trigs[k].First, dc.trigs[k].Last })
	dc.cueAt = grow(&dc.bufs.cueAt, n)
	clear(dc.cueAt)
	dc.stems = grow(&dc.bufs.stems, n)
	clear(dc.stems)
	dc.words = grow(&dc.bufs.words, n)
	clear(dc.words)
	dc.bufs.hashes = dc.bufs.hashes[:0]
	dc.roleBuf = dc.bufs.roles
	for _, m := range dc.cues {
		var c cue
		for _, tag := range m.Tags {
			c |= cueNames[tag]
		}
		for i := m.First; i < m.Last && i < n; i++ {
			dc.cueAt[i] |= c
		}
	}
	// A capital or country named as a place (في القاهرة) is the scene,
	// not the government it can stand for (قالت القاهرة); so is any name
	// that is exactly a place's (شمال أربيل).
	// A state named inside a place is part of the place (في شمال
	// العراق، شرقي سوريا).
	for k := range dc.places {
		p := &dc.places[k]
		if !dc.isLocative(k) || dc.aimedAt(p.First, p.Start) {
			continue
		}
		for i := p.First; i < p.Last; i++ {
			a := dc.actorAt[i]
			if a < 0 {
				continue
			}
			m := &dc.actors[a]
			if m.First < p.First || m.Last > p.Last {
				break
			}
			if m.Actor.Kind == hadath.GPE || m.First == p.First && m.Last == p.Last {
				for j := m.First; j < m.Last; j++ {
					if dc.actorAt[j] == a {
						dc.actorAt[j] = -1
					}
				}
			}
			i = m.Last - 1
		}
	}
	dc.resolveGenerics()
	dc.topCountry = topCountry(dc.places, dc.sponsorPlace)
	dc.resolveCoalitions(e.actors)
	return dc
}

// sponsorPlace reports whether place mention k names who backs a party
// ("الميليشيات الموالية لإيران"، "الفصائل المدعومة من تركيا"): a state
// so named is not where the story happens.
func (dc *doc) sponsorPlace(k int) bool {
	a := dc.actorAt[dc.places[k].First]
	return a >= 0 && dc.sponsorOf(int(a))
}

// topCountry returns the country the places are in most often, the
// first to reach its count when two are named as often, or "" when
// none is in a country. The places skip reports count only when no
// other place is in a country. A document names few countries: a list
// of them with their counts costs less than a map.
func topCountry(places []gazetteer.Mention, skip func(int) bool) string {
	if top := tallyCountry(places, skip); top != "" || skip == nil {
		return top
	}
	return tallyCountry(places, nil)
}

// tallyCountry returns the country the places are in most often, the
// first to reach its count on a tie, leaving out those skip reports.
func tallyCountry(places []gazetteer.Mention, skip func(int) bool) string {
	type tally struct {
		iso string
		n   int
	}
	var buf [16]tally
	counts := buf[:0]
	top, topN := "", 0
	for k, m := range places {
		if m.Entry == nil || m.Entry.Country == "" || skip != nil && skip(k) {
			continue
		}
		c := m.Entry.Country
		k := 0
		for k < len(counts) && counts[k].iso != c {
			k++
		}
		if k == len(counts) {
			counts = append(counts, tally{iso: c})
		}
		if counts[k].n++; counts[k].n > topN {
			top, topN = c, counts[k].n
		}
	}
	return top
}

// resolveCoalitions reads a bare "التحالف" (قوات التحالف، غارات التحالف)
// as the coalition the story last named, or else as the coalition that
// fights in the country the story names most.
func (dc *doc) resolveCoalitions(d *actors.Dict) {
	last := d.Coalition(dc.topCountry) // coalitions.tsv
	for k := range dc.actors {
		m := &dc.actors[k]
		switch {
		case m.Entry != nil && m.Actor.Sector == hadath.SectorIGO && dc.coalition(m):
			last = m.Entry
		case last != nil && m.Entry == nil && m.Actor.Generic && m.Actor.Country == "" &&
			m.Actor.Sector == hadath.SectorIGO && dc.coalition(m):
			a := last.Actor()
			sp := dc.mentionSpan(m.First, m.Last, m.Start, m.End)
			a.Span = &sp
			m.Actor, m.Entry = a, last
		}
	}
}

// coalition reports whether an actor mention names a coalition: a word
// of it is تحالف.
func (dc *doc) coalition(m *actors.Mention) bool {
	for i := m.First; i < m.Last; i++ {
		if dc.x.Tokens[i].Key() == keyCoalition {
			return true
		}
	}
	return false
}

// keyCoalition is the dictionary key of تحالف.
var keyCoalition = ar.Key("تحالف")

// aimedAt reports whether the name at token first, code point start, is
// what a sanction, accusation or threat right before it is aimed at
// (عقوبات على روسيا، باللوم على إيران), not where it happened; after إلى
// only an accusation is aimed (أصابع الاتهام إلى روسيا).
func (dc *doc) aimedAt(first, start int) bool {
	prep := dc.prep(first, start)
	if prep != "علي" && prep != "الي" {
		return false
	}
	sf, _ := dc.sentence(dc.x.Tokens[first].Sent)
	for j := first - 1; j >= sf && j >= first-3; j-- {
		k := dc.trigAt[j]
		if k < 0 {
			continue
		}
		for _, tr := range dc.trigs[k].Triggers {
			switch tr.Type {
			case hadath.Accuse:
				return true
			case hadath.Sanction, hadath.Threaten:
				return prep == "علي"
			}
		}
		return false
	}
	return false
}

// resolveGenerics reads a bare collective noun for an armed group
// ("الميليشيات", "الجماعة") as the armed group the story last named.
func (dc *doc) resolveGenerics() {
	last := -1
	for k := range dc.actors {
		m := &dc.actors[k]
		switch {
		case m.Entry != nil && m.Actor.Sector == hadath.SectorArmedGroup && m.Actor.Kind != hadath.PER:
			last = k
		case last >= 0 && m.Entry == nil && m.Actor.Generic && m.Actor.Country == "" && m.Actor.Sector == hadath.SectorArmedGroup:
			a := dc.actors[last].Actor
			sp := dc.mentionSpan(m.First, m.Last, m.Start, m.End)
			a.Span = &sp
			m.Actor, m.Entry = a, dc.actors[last].Entry
		}
	}
}

// headlineSents returns how many sentences the headline, the title news
// pages put above the body, spans: the first sentence when it does not
// end in a full stop, else the sentences of a first line that does not
// ("مسيرات ضد الحكومة.. في يوم الاستقلال"); 0 for a text without one.
func (dc *doc) headlineSents() int {
	ss := dc.x.Sentences
	if len(ss) < 2 {
		return 0
	}
	if last := &dc.x.Tokens[ss[0].Last-1]; !closes(last) {
		return 1
	}
	src := dc.x.Src
	start := len(src) - len(strings.TrimLeft(src, " \t\r\n"))
	nl := strings.IndexByte(src[start:], '\n')
	if nl < 0 {
		return 0
	}
	nl += start
	n := 0
	for n < len(ss)-1 && ss[n].ByteEnd <= nl {
		n++
	}
	if n == 0 || closes(&dc.x.Tokens[ss[n-1].Last-1]) {
		return 0
	}
	return n
}

// closes reports whether token t is a full stop, question or
// exclamation mark.
func closes(t *ar.Token) bool {
	return t.Kind == ar.Punct && (t.Norm == "." || t.Norm == "؟" || t.Norm == "!")
}

// mark indexes n mentions, whose token ranges span gives, by token:
// idx[i] becomes the first mention covering token i.
func mark(idx []int32, n int, span func(k int) (first, last int)) {
	for k := range n {
		first, last := span(k)
		for i := first; i < last && i < len(idx); i++ {
			if idx[i] < 0 {
				idx[i] = int32(k)
			}
		}
	}
}

// sentence returns the token range of sentence s.
func (dc *doc) sentence(s int) (first, last int) {
	st := dc.x.Sentences[s]
	return st.First, st.Last
}

// span returns the Span of code points start..end, with its text cut from
// the original by the given byte offsets.
func (dc *doc) span(start, end, b, be int) hadath.Span {
	return hadath.Span{Start: start, End: end, Text: dc.x.Src[b:be]}
}

// tokSpan returns the span of tokens i..j (j exclusive).
func (dc *doc) tokSpan(i, j int) hadath.Span {
	t, u := &dc.x.Tokens[i], &dc.x.Tokens[j-1]
	return dc.span(t.Start, u.End, t.Byte, u.ByteEnd)
}

// sentSpan returns the span of sentence s.
func (dc *doc) sentSpan(s int) hadath.Span {
	st := dc.x.Sentences[s]
	return dc.span(st.Start, st.End, st.Byte, st.ByteEnd)
}

// byteAt returns the byte offset of code point cp, which must lie inside
// or at the end of token i.
func (dc *doc) byteAt(i, cp int) int {
	t := &dc.x.Tokens[i]
	if cp <= t.Start {
		return t.Byte
	}
	if cp >= t.End {
		return t.ByteEnd
	}
	b, c := t.Byte, t.Start
	for c < cp && b < t.ByteEnd {
		_, size := utf8.DecodeRuneInString(dc.x.Src[b:])
		b += size
		c++
	}
	return b
}

// mentionSpan returns the span start..end of a mention over tokens
// first..last-1.
func (dc *doc) mentionSpan(first, last, start, end int) hadath.Span {
	return dc.span(start, end, dc.byteAt(first, start), dc.byteAt(last-1, end))
}
