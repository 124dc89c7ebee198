package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplain prints the models' decisions about an invented article and
// the events they led to.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "strike.txt")
	text := "قصفت طائرات حربية مواقع للمسلحين في ريف إدلب يوم الأحد، ما أدى إلى مقتل خمسة منهم.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, nil, nil, "explain", "--published", "2018-05-01", "--top", "3", path)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q; want 0", code, stderr)
	}
	for _, want := range []string{"document strike.txt (published 2018-05-01)", `mention "قصفت" at 0: ASSAULT`, "modality", "1 events", "ASSAULT asserted"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("explain output lacks %q:\n%s", want, stdout)
		}
	}
	// With a floor above the event's confidence, it is listed as left out.
	high, stderr, code := run(t, nil, nil, "explain", "--published", "2018-05-01", "--min-confidence", "0.99", path)
	if code != 0 {
		t.Fatalf("--min-confidence 0.99: exit %d, stderr %q; want 0", code, stderr)
	}
	for _, want := range []string{"0 events", "1 left out, under the least confidence 0.99", "ASSAULT asserted"} {
		if !strings.Contains(high, want) {
			t.Errorf("explain --min-confidence 0.99 output lacks %q:\n%s", want, high)
		}
	}
	// Each decision lists at most --top features, each with a signed weight.
	lines := strings.Split(stdout, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "mention ") {
			continue
		}
		n := 0
		for _, f := range lines[i+1:] {
			if !strings.HasPrefix(f, "    ") {
				break
			}
			if s := strings.TrimSpace(f); s[0] != '+' && s[0] != '-' {
				t.Errorf("feature line %q has no signed weight", f)
			}
			n++
		}
		if n == 0 || n > 3 {
			t.Errorf("decision %q lists %d features; want 1 to 3", l, n)
		}
	}
}

func TestExplainErrors(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs.jsonl")
	if err := os.WriteFile(docs, []byte(`{"id":"a","text":"التقى الوزير نظيره في بغداد."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"explain"}, 2, "want one INPUT"},
		{[]string{"explain", "--top", "0", docs}, 2, "--top 0"},
		{[]string{"explain", "--id", "nope", docs}, 1, `no document "nope"`},
		{[]string{"explain", "--models", filepath.Join(dir, "none"), docs}, 1, "none"},
		{[]string{"train", "extra"}, 2, "train takes no arguments"},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, nil, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("hadath %q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
		}
	}
	stdout, _, code := run(t, nil, nil, "explain", "--id", "a", docs)
	if code != 0 || !strings.Contains(stdout, "document a") {
		t.Errorf("explain --id a: exit %d, output %q", code, stdout)
	}
	// Model files from elsewhere (here the committed ones) decide instead.
	models := filepath.Join("..", "..", "extract", "models")
	if out, _, code := run(t, nil, nil, "explain", "--models", models, docs); code != 0 || out != stdout {
		t.Errorf("explain --models %s: exit %d, output %q; want the built-in models' %q", models, code, out, stdout)
	}
}
