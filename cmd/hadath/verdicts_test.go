package main

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/extract"
)

// TestReadVerdicts checks which reviewed records become lessons: every
// record judged right, a wrong type unless the note faults only its
// modality, and none from a document of an annotated set.
func TestReadVerdicts(t *testing.T) {
	row := func(doc, typ string, start int, verdict, note string) string {
		return fmt.Sprintf(`{"n":1,"doc_id":%q,"event":{"type":%q,"trigger":{"start":%d,"end":%d}},"review":{"type":%q,"note":%q}}`,
			doc, typ, start, start+4, verdict, note)
	}
	dir := t.TempDir()
	writeFile(t, dir, "review-a.jsonl", strings.Join([]string{
		row("d1", "ASSAULT", 10, "right", ""),
		row("d1", "CONSULT", 40, "wrong", "The meeting is only planned for next week."),
		row("d2", "ASSAULT", 0, "wrong", "A football match, not an attack."),
		row("d3", "PROTEST", 5, "right", ""),
	}, "\n")+"\n")
	writeFile(t, dir, "review-b.jsonl", row("d2", "ACCUSE", 20, "right", "")+"\n")
	writeFile(t, dir, "other.jsonl", row("d4", "ASSAULT", 0, "right", "")+"\n")
	got, err := readVerdicts(filepath.Join(dir, "review-*.jsonl"), map[string]bool{"d3": true})
	if err != nil {
		t.Fatal(err)
	}
	sp := func(s int) hadath.Span { return hadath.Span{Start: s, End: s + 4} }
	want := map[string][]extract.Verdict{
		"d1": {{Type: "ASSAULT", Span: sp(10), Right: true}},
		"d2": {{Type: "ASSAULT", Span: sp(0)}, {Type: "ACCUSE", Span: sp(20), Right: true}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("readVerdicts = %+v; want %+v", got, want)
	}

	for _, bad := range []string{
		`{"doc_id":"d1","event":{"type":"ASSAULT"},"review":{"type":"right"}}`,
		row("d1", "ASSAULT", 0, "maybe", ""),
		`not json`,
	} {
		d := t.TempDir()
		writeFile(t, d, "review-x.jsonl", bad+"\n")
		if _, err := readVerdicts(filepath.Join(d, "review-*.jsonl"), nil); err == nil {
			t.Errorf("readVerdicts(%q) = nil error; want one", bad)
		}
	}
}
