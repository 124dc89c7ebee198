package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
)

// kind is the kind of a lexicon file.
type kind uint8

const (
	triggerFile kind = iota // TYPE, METHOD, FLAGS, forms
	methodFile              // METHOD, forms
	cueFile                 // CLASS, forms
)

// fileKind returns the kind of the lexicon file called name, and false
// when name is not a lexicon file.
func fileKind(name string) (kind, bool) {
	if !strings.HasSuffix(name, ".tsv") {
		return 0, false
	}
	switch {
	case strings.HasPrefix(name, "triggers"):
		return triggerFile, true
	case strings.HasPrefix(name, "methods"):
		return methodFile, true
	case strings.HasPrefix(name, "cues"):
		return cueFile, true
	}
	return 0, false
}

// builder collects lexicon entries from files before the dictionaries are
// built.
type builder struct {
	trig *entries[*Trigger]
	meth *entries[string]
	cue  *entries[string]
}

func newBuilder() *builder {
	return &builder{trig: newEntries[*Trigger](), meth: newEntries[string](), cue: newEntries[string]()}
}

// loadFS reads the lexicon files of fsys under dir. With required set, a
// directory without a file of each kind is an error.
func (b *builder) loadFS(fsys fs.FS, dir string, required bool) error {
	names, kinds, err := files(fsys, dir)
	if err != nil {
		return err
	}
	var seen [3]bool
	for i, name := range names {
		data, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return err
		}
		if err := b.parse(name, string(data), kinds[i]); err != nil {
			return err
		}
		seen[kinds[i]] = true
	}
	if required && (!seen[triggerFile] || !seen[methodFile] || !seen[cueFile]) {
		return fmt.Errorf("lexicon dir %q: missing triggers, methods or cues file", dir)
	}
	return nil
}

// parse reads one lexicon file of kind k.
func (b *builder) parse(name, data string, k kind) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var err error
		switch k {
		case triggerFile:
			err = b.triggerLine(line)
		case methodFile:
			err = b.tagLine(line, b.meth, func(m string) bool { return MethodType(m) != "" }, "method")
		default:
			err = b.tagLine(line, b.cue, ValidCue, "cue class")
		}
		if err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// triggerLine reads TYPE, METHOD ("-" for none), FLAGS and forms.
func (b *builder) triggerLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 4 {
		return fmt.Errorf("want 4 tab-separated fields (TYPE, METHOD, FLAGS, forms), have %d", len(f))
	}
	typ, method, flags := strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])
	if typ != NoEvent && !ValidType(typ) {
		return fmt.Errorf("unknown event type %q", typ)
	}
	if method == "-" {
		method = ""
	}
	if !ValidMethod(typ, method) {
		return fmt.Errorf("method %q is not one of %s's", method, typ)
	}
	var proto Trigger
	if err := proto.setFlags(flags); err != nil {
		return err
	}
	return eachForm(f[3], func(form, key string, remove bool) {
		same := func(t *Trigger) bool { return t.Type == typ }
		if remove {
			b.trig.remove(key, same)
			return
		}
		// A NONE form replaces every trigger of its key, and a trigger
		// replaces a NONE form: a key is either an event or not.
		b.trig.remove(key, func(t *Trigger) bool { return (typ == NoEvent) != (t.Type == NoEvent) })
		t := proto
		t.Type, t.Method, t.Form = typ, method, form
		b.trig.put(key, form, &t, same)
	})
}

// tagLine reads a line of a methods or cues file: a tag and its forms.
func (b *builder) tagLine(line string, e *entries[string], valid func(string) bool, what string) error {
	f := strings.Split(line, "\t")
	if len(f) != 2 {
		return fmt.Errorf("want 2 tab-separated fields (%s, forms), have %d", what, len(f))
	}
	tag := strings.TrimSpace(f[0])
	if !valid(tag) {
		return fmt.Errorf("unknown %s %q", what, tag)
	}
	return eachForm(f[1], func(form, key string, remove bool) {
		same := func(v string) bool { return v == tag }
		if remove {
			e.remove(key, same)
			return
		}
		e.put(key, form, tag, same)
	})
}

// eachForm calls fn for each "|"-separated form of list with its key. A
// form written "!form" is passed with remove set. Forms whose key is empty
// or holds a one-letter word other than a digit (a proclitic, which the
// tokenizer never leaves alone) are errors.
func eachForm(list string, fn func(form, key string, remove bool)) error {
	for _, form := range strings.Split(list, "|") {
		form = strings.TrimSpace(form)
		remove := strings.HasPrefix(form, "!")
		if remove {
			form = strings.TrimSpace(form[1:])
		}
		key := ar.Key(form)
		if key == "" {
			return fmt.Errorf("empty form in %q", list)
		}
		for _, w := range strings.Split(key, " ") {
			if utf8.RuneCountInString(w) < 2 && (w[0] < '0' || w[0] > '9') {
				return fmt.Errorf("form %q: one-letter word %q never matches a token", form, w)
			}
		}
		fn(form, key, remove)
	}
	return nil
}

// build turns the collected entries into dictionaries and indexes.
func (b *builder) build() *Lexicon {
	b.addDuals()
	events := func(t *Trigger) bool { return t.Type != NoEvent }
	l := &Lexicon{
		triggers: b.trig.dict(events), methods: b.meth.dict(nil), cues: b.cue.dict(nil),
		tidx: b.trig.index(), midx: b.meth.index(), cidx: b.cue.index(),
	}
	l.tidx.pick = func(h *heads) *entry[*Trigger] { return h.trig }
	l.midx.pick = func(h *heads) *entry[string] { return h.meth }
	l.cidx.pick = func(h *heads) *entry[string] { return h.cue }
	l.heads = newHeadIndex(l.tidx, l.midx, l.cidx)
	return l
}
