package extract

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// Gold is one document's annotation in the gold format of the eval sets
// (eval/train.jsonl), as training reads it: the events with the phrases
// that mention them and the arguments the models learn to fill.
type Gold struct {
	DocID  string      `json:"doc_id"`
	Events []GoldEvent `json:"events"`
}

// GoldEvent is one annotated event.
type GoldEvent struct {
	Type      string            `json:"type"`
	Optional  bool              `json:"optional"`
	Modality  string            `json:"modality"`
	Mentions  []json.RawMessage `json:"mentions"`
	Actor     *GoldActor        `json:"actor"`
	Target    *GoldActor        `json:"target"`
	AltActors []GoldActor       `json:"alt_actors"`
	AltTarget []GoldActor       `json:"alt_targets"`

	spans []hadath.Span // the mentions, located in the text
}

// GoldActor is an annotated actor: its names and, for a generic one, its
// country and sector.
type GoldActor struct {
	Name    string   `json:"name"`
	NameAr  string   `json:"name_ar"`
	Aliases []string `json:"aliases"`
	Country string   `json:"country"`
	Sector  string   `json:"sector"`
	Generic bool     `json:"generic"`
}

// locate finds every mention of every event in text, as the referee
// does: the nth occurrence of the phrase (the first unless it says).
func (g *Gold) locate(text string) error {
	for i := range g.Events {
		ev := &g.Events[i]
		ev.spans = ev.spans[:0]
		for _, raw := range ev.Mentions {
			var m struct {
				Text string `json:"text"`
				Nth  int    `json:"nth"`
			}
			if err := json.Unmarshal(raw, &m.Text); err != nil {
				if err := json.Unmarshal(raw, &m); err != nil {
					return fmt.Errorf("doc %s: mention %s: %w", g.DocID, raw, err)
				}
			}
			pos := -1
			for n := 0; n <= m.Nth; n++ {
				k := strings.Index(text[pos+1:], m.Text)
				if k < 0 {
					return fmt.Errorf("doc %s: mention %q not in the text", g.DocID, m.Text)
				}
				pos += 1 + k
			}
			start := utf8.RuneCountInString(text[:pos])
			ev.spans = append(ev.spans, hadath.Span{Start: start, End: start + utf8.RuneCountInString(m.Text)})
		}
	}
	return nil
}

// within returns the annotation of the text from code point start to
// end, read alone: the events with a mention there, their spans shifted.
func (g *Gold) within(start, end int) *Gold {
	out := &Gold{DocID: g.DocID}
	for _, ev := range g.Events {
		var spans []hadath.Span
		for _, sp := range ev.spans {
			if sp.Start >= start && sp.End <= end {
				spans = append(spans, hadath.Span{Start: sp.Start - start, End: sp.End - start})
			}
		}
		if len(spans) > 0 {
			ev.spans = spans
			out.Events = append(out.Events, ev)
		}
	}
	return out
}

// eventAt returns the index of the required gold event of one of the
// types that has a mention overlapping sp, preferring type prefer, or -1.
// An optional event is no lesson either way: it gives -2 when it is the
// only one there.
func (g *Gold) eventAt(sp hadath.Span, ok func(typ string) bool, prefer string) int {
	best := -1
	for i := range g.Events {
		ev := &g.Events[i]
		if !ok(ev.Type) || !overlapsAny(ev.spans, sp) {
			continue
		}
		if ev.Optional {
			if best == -1 {
				best = -2
			}
			continue
		}
		if best < 0 || ev.Type == prefer && g.Events[best].Type != prefer {
			best = i
		}
	}
	return best
}

func overlapsAny(spans []hadath.Span, sp hadath.Span) bool {
	for _, s := range spans {
		if s.Overlaps(sp) {
			return true
		}
	}
	return false
}

// matches reports whether a coded actor is the annotated one, as the
// referee judges it: a shared name, or for a generic actor the same
// country and sector.
func (g *GoldActor) matches(a *hadath.Actor) bool {
	if g == nil || a == nil {
		return false
	}
	if g.Generic && g.Country == a.Country && g.Sector == a.Sector {
		return true
	}
	names := map[string]bool{}
	for _, n := range append([]string{g.Name, g.NameAr}, g.Aliases...) {
		if n = normName(n); n != "" {
			names[n] = true
		}
	}
	for _, n := range []string{a.Name, a.NameAr} {
		if n = normName(n); n != "" && names[n] {
			return true
		}
	}
	return false
}

// normName folds a name as the referee does: lower case, no leading
// "the" or "al", and "al-" joined to its word.
func normName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
	f := strings.Fields(s)
	if len(f) > 1 && (f[0] == "the" || f[0] == "al") {
		f = f[1:]
	}
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "al" {
			f[i+1] = "al" + f[i+1]
			f = append(f[:i], f[i+1:]...)
		}
	}
	return strings.Join(f, " ")
}

// anyMatches reports whether a coded actor matches the annotated one or
// one of its alternatives.
func anyMatches(g *GoldActor, alts []GoldActor, a *hadath.Actor) bool {
	if g.matches(a) {
		return true
	}
	for i := range alts {
		if alts[i].matches(a) {
			return true
		}
	}
	return false
}
