package actors

import (
	"fmt"
	"strings"

	"github.com/hadath/hadath/internal/bloom"
	"github.com/hadath/hadath/lang/ar"
)

// The kinds of words of names.tsv.
const (
	nameGiven = "given" // a given name, which opens a person's name
	nameLink  = "link"  // a word inside a name (بن، أبو، عبد)
	nameStop  = "stop"  // a word that ends a name before it
	// nameCommon is a word so common in the news that it is no part of
	// a name; it ends a name as a stop word does.
	nameCommon = "common"
)

// nameWords are the words of persons' names the dictionary does not list,
// by kind, folded (data/names.tsv).
type nameWords struct {
	given, link, stop map[string]bool
	// givenFilter is a quick "no" in front of given, which most words
	// of a text miss; built with the trie (seal).
	givenFilter bloom.Filter
}

// seal builds the filter of given names, once they are all read.
func (n *nameWords) seal() {
	n.givenFilter = bloom.New(len(n.given), 16)
	for w := range n.given {
		bloom.Add(n.givenFilter, w)
	}
}

// row files one row of names.tsv: a kind and its forms.
func (n *nameWords) row(f []string) error {
	if len(f) != 2 || f[1] == "" {
		return fmt.Errorf("want kind and forms, have %q", f)
	}
	var set *map[string]bool
	switch f[0] {
	case nameGiven:
		set = &n.given
	case nameLink:
		set = &n.link
	case nameStop, nameCommon:
		set = &n.stop
	default:
		return fmt.Errorf("unknown kind %q (want %s, %s, %s or %s)", f[0], nameGiven, nameLink, nameStop, nameCommon)
	}
	if *set == nil {
		*set = make(map[string]bool)
	}
	for _, form := range strings.Split(f[1], "|") {
		if w := ar.Fold(strings.TrimSpace(form)); w != "" {
			(*set)[w] = true
		}
	}
	return nil
}

// GivenName reports whether the folded word w is a given name that opens a
// person's name ("زياد", "أندرو").
func (d *Dict) GivenName(w string) bool {
	return bloom.MayHave(d.names.givenFilter, w) && d.names.given[w]
}

// NameLink reports whether the folded word w joins the words of a name
// and cannot end one ("بن", "أبو", "عبد").
func (d *Dict) NameLink(w string) bool { return d.names.link[w] }

// NameStop reports whether the folded word w cannot be part of a name
// after its given name: a function word, a verb of saying, a title.
func (d *Dict) NameStop(w string) bool { return d.names.stop[w] }
