// Package lexicon holds hadath's event lexicons and their loader: the
// trigger words and phrases of the 16 PLOVER event types, the phrases that
// name how an event was carried out (its method), and the cue words the
// extractor reads around a trigger (negation, sources, casualties, claims,
// interceptions, places).
//
// The Arabic lexicons are tab-separated text files under data/ar, embedded
// in the binary; users add more files in the same formats from their own
// directories (see LoadArabic and README.md).
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"os"

	"github.com/hadath/hadath/lang/ar"
)

//go:embed data/ar/*.tsv
var arabicFS embed.FS

// Lexicon is a loaded set of Arabic triggers, method phrases and cues. It
// is built once by LoadArabic and then only read: it is safe for
// concurrent use.
type Lexicon struct {
	triggers *ar.Dict[*Trigger]
	methods  *ar.Dict[string]
	cues     *ar.Dict[string]

	// The same entries in one-lookup form for the matchers.
	tidx *index[*Trigger]
	midx *index[string]
	cidx *index[string]
	// heads files the one-word keys of the three indexes together.
	heads *headIndex
}

// LoadArabic loads the embedded Arabic lexicons, then the lexicon files of
// each directory in dirs on top of them, in order. In a directory, the
// files named triggers*.tsv, methods*.tsv and cues*.tsv are read (in name
// order); other files are left alone, so one directory can also hold
// gazetteer and actor files. A form written with a leading "!" removes
// that form from what was loaded before (for its type, method or class).
func LoadArabic(dirs ...string) (*Lexicon, error) {
	b := newBuilder()
	if err := b.loadFS(arabicFS, "data/ar", true); err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		if err := b.loadFS(os.DirFS(dir), ".", false); err != nil {
			return nil, fmt.Errorf("load lexicon dir %q: %w", dir, err)
		}
	}
	return b.build(), nil
}

// TriggerDict returns the trigger dictionary: every event trigger filed
// under the key of its form (NONE phrases left out). Its MatchAt does not
// read attached pronouns; Triggers does.
func (l *Lexicon) TriggerDict() *ar.Dict[*Trigger] { return l.triggers }

// MethodDict returns the method dictionary: method names filed under the
// keys of the phrases that imply them.
func (l *Lexicon) MethodDict() *ar.Dict[string] { return l.methods }

// CueDict returns the cue dictionary: cue classes filed under the keys of
// their forms.
func (l *Lexicon) CueDict() *ar.Dict[string] { return l.cues }

// files lists the lexicon files of fsys under dir, in name order, with
// their kinds. Files of other names are skipped.
func files(fsys fs.FS, dir string) ([]string, []kind, error) {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	var names []string
	var kinds []kind
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		if k, ok := fileKind(e.Name()); ok {
			names = append(names, e.Name())
			kinds = append(kinds, k)
		}
	}
	return names, kinds, nil
}
