package hadath

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// CheckActorName reports, as an EINVALID error, an actor name given to the
// filter of one role (dim: "actor", "target" or "claimed_by", as in
// StatsDimensions) that no stored event matches in that role, whatever
// its modality or date, with the closest names the store holds: a
// misspelt name would otherwise select nothing without a word. refs are
// what the name resolved to. Callers check only names that no dictionary
// knows: a known actor with no events is a valid question with an empty
// answer. label names the filter in the message ("--actor").
func CheckActorName(ctx context.Context, s Store, dim, label, name string, refs []ActorRef) error {
	var f Filter
	switch dim {
	case "actor":
		f.Actors = refs
	case "target":
		f.Targets = refs
	case "claimed_by":
		f.ClaimedBy = refs
	default:
		return fmt.Errorf("check actor name: unknown role %q", dim)
	}
	f.Limit = 1
	if _, n, err := s.Events(ctx, f); err != nil || n > 0 {
		return err
	}
	rows, err := s.Stats(ctx, Filter{}, StatsSpec{By: []string{dim}})
	if err != nil {
		return err
	}
	names := make([]string, 0, len(rows))
	for _, r := range rows {
		if len(r.Key) == 1 && r.Key[0] != "" {
			names = append(names, r.Key[0])
		}
	}
	msg := fmt.Sprintf("%s %q: no stored event names it", label, name)
	if close := Closest(name, names, 3); len(close) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", strings.Join(close, `", "`))
	}
	return Errorf(EINVALID, "%s", msg)
}

// maxSuggestRunes bounds the names Closest compares, which keeps each
// comparison cheap: no actor's name is longer.
const maxSuggestRunes = 120

// Closest returns up to n of names that are closest to s, by edit
// distance regardless of case, nearest first; a name further than a
// third of s's length (at least 2 edits) is not close. A name that
// contains s, or that s contains, is close. Names over maxSuggestRunes
// are not compared.
func Closest(s string, names []string, n int) []string {
	key := []rune(strings.ToLower(strings.TrimSpace(s)))
	if len(key) == 0 || len(key) > maxSuggestRunes || n <= 0 {
		return nil
	}
	limit := max(2, len(key)/3)
	type scored struct {
		name string
		d    int
	}
	var found []scored
	for _, name := range names {
		cand := []rune(strings.ToLower(name))
		if len(cand) > maxSuggestRunes {
			continue
		}
		d := editDistance(key, cand, limit)
		if d > limit && (len(key) >= 4 && strings.Contains(string(cand), string(key)) ||
			len(cand) >= 4 && strings.Contains(string(key), string(cand))) {
			d = limit
		}
		if d <= limit {
			found = append(found, scored{name, d})
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.name, b.name)
	})
	out := make([]string, 0, min(n, len(found)))
	for i := 0; i < len(found) && len(out) < n; i++ {
		if !slices.Contains(out, found[i].name) {
			out = append(out, found[i].name)
		}
	}
	return out
}

// editDistance returns the Levenshtein distance between a and b, or
// limit+1 as soon as it is sure to be more than limit; the cost is
// bounded by len(a) times len(b), and strings far apart in length are
// not compared at all.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
