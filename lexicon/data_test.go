package lexicon

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// line is one data line of an embedded lexicon file.
type line struct {
	pos    string // file:line
	fields []string
	forms  []string
}

// dataLines returns the data lines of the embedded files of kind k.
func dataLines(t *testing.T, k kind) []line {
	t.Helper()
	names, kinds, err := files(arabicFS, "data/ar")
	if err != nil {
		t.Fatal(err)
	}
	var out []line
	for i, name := range names {
		if kinds[i] != k {
			continue
		}
		data, err := fs.ReadFile(arabicFS, path.Join("data/ar", name))
		if err != nil {
			t.Fatal(err)
		}
		for n, s := range strings.Split(string(data), "\n") {
			if s == "" || strings.HasPrefix(s, "#") {
				continue
			}
			f := strings.Split(s, "\t")
			out = append(out, line{pos: fmt.Sprintf("%s:%d", name, n+1), fields: f[:len(f)-1],
				forms: strings.Split(f[len(f)-1], "|")})
		}
	}
	if len(out) == 0 {
		t.Fatalf("no lines of kind %d", k)
	}
	return out
}

func TestTriggerData(t *testing.T) {
	perType := map[string]int{}
	seen := map[string]string{} // type + key -> position
	kinds := map[string]map[string]bool{}
	for _, ln := range dataLines(t, triggerFile) {
		if len(ln.fields) != 3 {
			t.Errorf("%s: %d fields before the forms; want 3", ln.pos, len(ln.fields))
			continue
		}
		typ, method, flags := ln.fields[0], ln.fields[1], ln.fields[2]
		if typ != NoEvent && !ValidType(typ) {
			t.Errorf("%s: type %q is not a PLOVER type", ln.pos, typ)
		}
		if method != "-" && !ValidMethod(typ, method) {
			t.Errorf("%s: method %q is not one of %s's in docs/format.md", ln.pos, method, typ)
		}
		var tr Trigger
		if err := tr.setFlags(flags); err != nil {
			t.Errorf("%s: %v", ln.pos, err)
		}
		if typ == NoEvent && (method != "-" || flags != "-") {
			t.Errorf("%s: NONE forms take no method or flags", ln.pos)
		}
		for _, form := range ln.forms {
			key := ar.Key(form)
			if strings.TrimSpace(form) != form || key == "" {
				t.Errorf("%s: malformed form %q", ln.pos, form)
				continue
			}
			if at, dup := seen[typ+"|"+key]; dup {
				t.Errorf("%s: form %q (key %q) is already listed under %s at %s", ln.pos, form, key, typ, at)
			}
			seen[typ+"|"+key] = ln.pos
			perType[typ]++
			if kinds[key] == nil {
				kinds[key] = map[string]bool{}
			}
			kinds[key][typ] = true
		}
	}
	for _, typ := range hadath.EventTypes {
		if perType[typ] < 20 {
			t.Errorf("type %s has %d forms; want at least 20", typ, perType[typ])
		}
	}
	for key, types := range kinds {
		if types[NoEvent] && len(types) > 1 {
			t.Errorf("key %q is listed both as NONE and as an event type", key)
		}
	}
}

func TestTagData(t *testing.T) {
	for _, tc := range []struct {
		k     kind
		valid func(string) bool
	}{
		{methodFile, func(m string) bool { return MethodType(m) != "" }},
		{cueFile, ValidCue},
	} {
		seen := map[string]string{}
		for _, ln := range dataLines(t, tc.k) {
			if len(ln.fields) != 1 || !tc.valid(ln.fields[0]) {
				t.Errorf("%s: bad tag fields %q", ln.pos, ln.fields)
				continue
			}
			for _, form := range ln.forms {
				key := ar.Key(form)
				if key == "" || strings.TrimSpace(form) != form {
					t.Errorf("%s: malformed form %q", ln.pos, form)
				}
				if at, dup := seen[ln.fields[0]+"|"+key]; dup {
					t.Errorf("%s: form %q (key %q) is already listed under %s at %s", ln.pos, form, key, ln.fields[0], at)
				}
				seen[ln.fields[0]+"|"+key] = ln.pos
			}
		}
	}
}
