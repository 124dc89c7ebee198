package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// sampleFixture writes three documents and the results of a coding run
// over them (written by hand: six events, one of them future) and returns
// the two paths.
func sampleFixture(t *testing.T) (docs, results string) {
	t.Helper()
	dir := t.TempDir()
	docs = writeFile(t, dir, "docs.jsonl", `{"id":"d1","text":"اعتقلت الشرطة ناشطين في المدينة.","published":"2021-05-02","source":"Example Wire","title":"اعتقالات"}
{"id":"d2","text":"قصفت طائرات حربية قرية صغيرة، وسيزور الوزير المنطقة غدا.","published":"2021-05-03"}
{"id":"d3","text":"تظاهر المئات أمام البرلمان.","published":"2021-05-04"}
`)
	ev := func(id, typ, mod, trigger string) string {
		return `{"id":"` + id + `","type":"` + typ + `","modality":"` + mod + `","date":"2021-05-01","date_precision":"day",` +
			`"actor":{"name":"Police","country":"EG","sector":"police","generic":true},` +
			`"trigger":{"start":0,"end":3,"text":"` + trigger + `"},"evidence":[{"start":0,"end":10,"text":"جملة الدليل"}],"confidence":0.7}`
	}
	results = writeFile(t, dir, "run.jsonl", `{"doc_id":"d1","lang":"ar","events":[`+ev("a1", "COERCE", "asserted", "اعتقلت")+`,`+ev("a2", "ACCUSE", "asserted", "اتهم")+`],"aggregates":[]}
{"doc_id":"d2","lang":"ar","events":[`+ev("b1", "ASSAULT", "asserted", "قصفت")+`,`+ev("b2", "CONSULT", "future", "سيزور")+`,`+ev("b3", "ASSAULT", "", "غارة")+`],"aggregates":[]}

{"doc_id":"d3","lang":"ar","events":[`+strings.Replace(ev("c1", "PROTEST", "asserted", "تظاهر"), `"confidence":0.7`, `"confidence":0.3`, 1)+`],"aggregates":[]}
`)
	return docs, results
}

// sampleIDs runs sample with args and the fixture and returns the drawn
// events' ids in order, from the jsonl format.
func sampleIDs(t *testing.T, docs, results string, args ...string) []string {
	t.Helper()
	args = append([]string{"sample", "--format", "jsonl"}, args...)
	stdout, stderr, code := run(t, nil, nil, append(args, docs, results)...)
	if code != 0 {
		t.Fatalf("hadath %q: exit %d: %s", args, code, stderr)
	}
	var ids []string
	for i, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var l sampleLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		if l.N != i+1 || l.DocID == "" || l.Published == "" || l.Review.Type != "" {
			t.Errorf("line %d = %+v; want n %d, its document's id and date, an empty review", i+1, l, i+1)
		}
		ids = append(ids, l.Event.ID)
	}
	return ids
}

func TestSampleDraw(t *testing.T) {
	docs, results := sampleFixture(t)
	tests := []struct {
		args []string
		want int      // how many events are drawn
		only []string // when set, the ids the draw must hold (in any order)
	}{
		{[]string{"-n", "100"}, 5, []string{"a1", "a2", "b1", "b3", "c1"}}, // future b2 left out
		{[]string{"-n", "2"}, 2, nil},
		{[]string{"-n", "100", "--modality", "any"}, 6, nil},
		{[]string{"-n", "100", "--modality", "future"}, 1, []string{"b2"}},
		{[]string{"-n", "100", "--type", "assault,protest"}, 3, []string{"b1", "b3", "c1"}},
		{[]string{"-n", "100", "--min-confidence", "0.5"}, 4, []string{"a1", "a2", "b1", "b3"}}, // c1 is less sure
		{[]string{"-n", "100", "--exclude", writeFile(t, t.TempDir(), "d2.jsonl", `{"doc_id":"d2"}`+"\n")}, 3, []string{"a1", "a2", "c1"}},
	}
	for _, tt := range tests {
		got := sampleIDs(t, docs, results, tt.args...)
		if len(got) != tt.want {
			t.Errorf("sample %q drew %q; want %d events", tt.args, got, tt.want)
			continue
		}
		for _, id := range tt.only {
			if !strings.Contains(strings.Join(got, " "), id) {
				t.Errorf("sample %q drew %q; want %s among them", tt.args, got, id)
			}
		}
	}
}

func TestSampleRepeatable(t *testing.T) {
	docs, results := sampleFixture(t)
	a := sampleIDs(t, docs, results, "-n", "3", "--seed", "7")
	b := sampleIDs(t, docs, results, "-n", "3", "--seed", "7")
	if strings.Join(a, ",") != strings.Join(b, ",") {
		t.Errorf("seed 7 drew %q, then %q; want the same sample", a, b)
	}
	// The first three of the whole draw in its order are the sample of three.
	all := sampleIDs(t, docs, results, "-n", "100", "--seed", "7")
	if strings.Join(all[:3], ",") != strings.Join(a, ",") {
		t.Errorf("seed 7: -n 3 drew %q; want the first three of the full order %q", a, all)
	}
}

func TestSampleText(t *testing.T) {
	docs, results := sampleFixture(t)
	stdout, stderr, code := run(t, nil, nil, "sample", "-n", "100", "--type", "COERCE", docs, results)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"[1/1] COERCE, asserted", "d1  2021-05-02  Example Wire", "اعتقالات", "«اعتقلت»", "«جملة الدليل»", "Police (EG police)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("sample text output lacks %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stderr, "drew 1 of 1 events") {
		t.Errorf("stderr %q; want the count of events drawn", stderr)
	}
}

func TestSampleErrors(t *testing.T) {
	docs, results := sampleFixture(t)
	short := writeFile(t, t.TempDir(), "short.jsonl", `{"id":"d1","text":"نص"}`+"\n")
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"sample"}, 2, "want DOCS and RESULTS"},
		{[]string{"sample", "-n", "0", docs, results}, 2, "-n 0"},
		{[]string{"sample", "--format", "csv", docs, results}, 2, `--format "csv"`},
		{[]string{"sample", "--type", "BOMBING", docs, results}, 2, `--type "BOMBING"`},
		{[]string{"sample", "--modality", "maybe", docs, results}, 2, `--modality "maybe"`},
		{[]string{"sample", "--min-confidence", "2", docs, results}, 2, "--min-confidence 2"},
		{[]string{"sample", docs, docs + ".nope"}, 1, "read results"},
		{[]string{"sample", docs, docs}, 1, "not a result of hadath extract"},
		{[]string{"sample", "-n", "100", short, results}, 1, `no document "d2"`},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, nil, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("hadath %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
		}
	}
}
