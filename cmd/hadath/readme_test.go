package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

// readmePath is the repository's README, from this package's folder.
var readmePath = filepath.Join("..", "..", "README.md")

// sampleBlock finds the README's sample result: the JSON between the
// "<!-- sample -->" and "<!-- /sample -->" markers.
var sampleBlock = regexp.MustCompile("(?s)(<!-- sample -->\n```json\n)(.*?)(```\n<!-- /sample -->)")

// quickStart finds the first extract command of the README's quick start,
// the one whose output the sample shows.
var quickStart = regexp.MustCompile(`(?m)^go run \./cmd/hadath (extract [^\n]*)$`)

// sampleCount finds the sentence that says how many events the sample's
// document gives ("the first of its three events").
var sampleCount = regexp.MustCompile(`the first of its (\w+) events`)

// numberWords names the small numbers the README spells out.
var numberWords = []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// TestReadmeSample runs the quick start's extract command as the README
// gives it and checks that the README's sample is its output, abridged to
// the first event, and that the README says how many events there are.
// go test -run TestReadmeSample -update rewrites the sample.
func TestReadmeSample(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := quickStart.FindSubmatch(readme)
	if cmd == nil {
		t.Fatal("README: no `go run ./cmd/hadath extract ...` line in the quick start")
	}
	var args []string
	for _, a := range strings.Fields(string(cmd[1])) {
		// The README's paths are from the repository's root.
		if strings.Contains(a, "/") && !strings.HasPrefix(a, "-") {
			a = filepath.Join("..", "..", a)
		}
		args = append(args, a)
	}
	stdout, stderr, code := run(t, nil, nil, args...)
	if code != 0 {
		t.Fatalf("hadath %s: exit %d, stderr %q", cmd[1], code, stderr)
	}
	var res hadath.Result
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("hadath %s: output is not one JSON result: %v", cmd[1], err)
	}
	n := len(res.Events)
	if n == 0 {
		t.Fatalf("hadath %s: no events; the sample needs one", cmd[1])
	}
	res.Events = res.Events[:1]
	c := &extractConfig{Pretty: true}
	want, err := c.encode(&res)
	if err != nil {
		t.Fatal(err)
	}

	m := sampleBlock.FindSubmatchIndex(readme)
	if m == nil {
		t.Fatal("README: no <!-- sample --> ```json ... ``` <!-- /sample --> block")
	}
	got := readme[m[4]:m[5]]
	if *update {
		var out bytes.Buffer
		out.Write(readme[:m[4]])
		out.Write(want)
		out.Write(readme[m[5]:])
		if err := os.WriteFile(readmePath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got = want
	}
	if !bytes.Equal(got, want) {
		t.Errorf("README sample differs from the output of `hadath %s` (first event): %s\nrun go test ./cmd/hadath -run TestReadmeSample -update", cmd[1], firstDiff(got, want))
	}
	word := fmt.Sprint(n)
	if n < len(numberWords) {
		word = numberWords[n]
	}
	if said := sampleCount.FindSubmatch(readme); said == nil || string(said[1]) != word {
		t.Errorf("README: the sample's document gives %s events; the text before the sample should say \"the first of its %s events\"", word, word)
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d is %q; want %q", i+1, gl, wl)
		}
	}
	return "same lines"
}
