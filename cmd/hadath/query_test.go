package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// exampleStore ingests the example articles into a new SQLite store and
// returns its path.
func exampleStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "hadath.db")
	if _, stderr, code := run(t, nil, nil, "ingest", "--db", db, examples); code != 0 {
		t.Fatalf("ingest examples: exit %d\n%s", code, stderr)
	}
	return db
}

// TestReadMissingStore checks that the read commands refuse a store that
// does not exist, naming it and "hadath ingest", and do not create it.
func TestReadMissingStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	for _, cmd := range []string{"query", "incidents", "stats"} {
		_, stderr, code := run(t, nil, nil, cmd, "--db", db)
		if code != 1 || !strings.Contains(stderr, db) || !strings.Contains(stderr, "hadath ingest") {
			t.Errorf("hadath %s --db %s: exit %d, stderr %q; want 1 and a message naming the path and hadath ingest", cmd, db, code, stderr)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("hadath %s created %s", cmd, db)
		}
	}
	if _, stderr, code := run(t, nil, nil, "query", "--db", t.TempDir()); code != 1 || !strings.Contains(stderr, "directory") {
		t.Errorf("query --db DIRECTORY: exit %d, stderr %q; want 1, \"is a directory\"", code, stderr)
	}
}

// TestEmptyDB checks that --db "" is a usage error, not the default store.
func TestEmptyDB(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	for _, args := range [][]string{
		{"query", "--db", ""},
		{"stats", "--db", " "},
		{"ingest", "--db", "", examples},
	} {
		_, stderr, code := run(t, nil, nil, args...)
		if code != 2 || !strings.Contains(stderr, "empty store path") {
			t.Errorf("hadath %q: exit %d, stderr %q; want 2, \"empty store path\"", args, code, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(os.Getenv("XDG_DATA_HOME"), "hadath")); err == nil {
		t.Errorf("--db \"\" created the default store")
	}
}

// TestCommandFormats checks that each command takes, and its help lists,
// only the formats it writes, and that another one is a usage error
// (exit 2) found before anything is read.
func TestCommandFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db") // never opened: the format is checked first
	tests := []struct {
		cmd    string
		format string
		code   int
	}{
		{"stats", "geojson", 2},
		{"stats", "plover", 2},
		{"stats", "xml", 2},
		{"query", "xml", 2},
		{"incidents", "yaml", 2},
		{"stats", "CSV", 1},    // accepted; then the store is missing
		{"query", "plover", 1}, // accepted; then the store is missing
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, nil, tt.cmd, "--db", db, "--format", tt.format)
		if code != tt.code {
			t.Errorf("hadath %s --format %s: exit %d (%q); want %d", tt.cmd, tt.format, code, stderr, tt.code)
		}
	}
	help := func(cmd string) string {
		out, _, _ := run(t, nil, nil, "help", cmd)
		_, formats, _ := strings.Cut(out, "Formats (--format):")
		formats, _, _ = strings.Cut(formats, "\n")
		return formats
	}
	if f := help("stats"); strings.Contains(f, "geojson") || strings.Contains(f, "plover") || !strings.Contains(f, "csv") {
		t.Errorf("help stats lists formats %q; want table, jsonl and csv only", f)
	}
	if f := help("query"); !strings.Contains(f, "geojson") || !strings.Contains(f, "plover") {
		t.Errorf("help query lists formats %q; want geojson and plover too", f)
	}
}

// statKeys runs stats with args and returns the key of each row.
func statKeys(t *testing.T, db string, args ...string) []string {
	t.Helper()
	out, stderr, code := run(t, nil, nil, append([]string{"stats", "--db", db, "--format", "jsonl", "--modality", "all"}, args...)...)
	if code != 0 {
		t.Fatalf("stats %q: exit %d, %s", args, code, stderr)
	}
	var keys []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var row struct{ Key map[string]string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("stats %q: %v in %q", args, err, line)
		}
		keys = append(keys, row.Key["type"])
	}
	return keys
}

// TestStatsPaging checks that stats --limit and --offset page through the
// groups.
func TestStatsPaging(t *testing.T) {
	db := exampleStore(t)
	all := statKeys(t, db, "--by", "type")
	if len(all) < 4 {
		t.Fatalf("stats --by type: %d groups %q; want at least 4", len(all), all)
	}
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--limit", "2"}, all[:2]},
		{[]string{"--offset", "1"}, all[1:]},
		{[]string{"--limit", "2", "--offset", "1"}, all[1:3]},
		{[]string{"--offset", "1000"}, nil},
		{[]string{"--limit", "0"}, all},
	}
	for _, tt := range tests {
		if got := statKeys(t, db, append([]string{"--by", "type"}, tt.args...)...); !slices.Equal(got, tt.want) {
			t.Errorf("stats %q = %q; want %q", tt.args, got, tt.want)
		}
	}
	if _, stderr, code := run(t, nil, nil, "stats", "--db", db, "--limit", "-1"); code != 2 {
		t.Errorf("stats --limit -1: exit %d, %q; want 2", code, stderr)
	}
}

// TestCountryNames checks that --country, --actor-country and
// --target-country take names in English and Arabic as well as codes, and
// refuse a name that is no country.
func TestCountryNames(t *testing.T) {
	db := exampleStore(t)
	query := func(args ...string) (string, string, int) {
		return run(t, nil, nil, append([]string{"query", "--db", db, "--format", "jsonl", "--modality", "all"}, args...)...)
	}
	want, _, _ := query("--country", "IQ")
	if strings.Count(want, "\n") < 2 {
		t.Fatalf("query --country IQ: %d events; want the Iraqi examples", strings.Count(want, "\n"))
	}
	for _, name := range []string{"iq", "Iraq", "iraq", "العراق", "Republic of Iraq"} {
		if got, stderr, code := query("--country", name); code != 0 || got != want {
			t.Errorf("query --country %q: exit %d %q, %d events; want those of --country IQ (%d)", name, code, stderr, strings.Count(got, "\n"), strings.Count(want, "\n"))
		}
	}
	wantTR, _, _ := query("--actor-country", "TR")
	if got, _, _ := query("--actor-country", "تركيا"); wantTR == "" || got != wantTR {
		t.Errorf("query --actor-country تركيا: %d events; want those of TR (%d)", strings.Count(got, "\n"), strings.Count(wantTR, "\n"))
	}
	for _, flag := range []string{"--country", "--actor-country", "--target-country"} {
		_, stderr, code := query(flag, "IQ,Irak")
		if code != 2 || !strings.Contains(stderr, `"Irak"`) || !strings.Contains(stderr, "no such country") {
			t.Errorf("query %s IQ,Irak: exit %d, stderr %q; want 2, naming \"Irak\"", flag, code, stderr)
		}
	}
}

// TestActorSuggestions checks that an actor name that neither the
// dictionary nor the store knows is refused with the closest stored
// names, while a known one with no events is an empty answer.
func TestActorSuggestions(t *testing.T) {
	db := exampleStore(t)
	_, stderr, code := run(t, nil, nil, "query", "--db", db, "--actor", "Islamic Resistence in Irak")
	if code != 2 || !strings.Contains(stderr, `did you mean "Islamic Resistance in Iraq"`) {
		t.Errorf("query --actor misspelt: exit %d, stderr %q; want 2 and a suggestion", code, stderr)
	}
	_, stderr, code = run(t, nil, nil, "stats", "--db", db, "--target", "Narnian knights")
	if code != 2 || !strings.Contains(stderr, "--target") || strings.Contains(stderr, "did you mean") {
		t.Errorf("stats --target unknown: exit %d, stderr %q; want 2, no suggestion", code, stderr)
	}
	out, stderr, code := run(t, nil, nil, "query", "--db", db, "--format", "jsonl", "--actor", "Hezbollah")
	if code != 0 || out != "" {
		t.Errorf("query --actor Hezbollah (in the dictionary, not in the store): exit %d, %q, %q; want 0 and nothing", code, out, stderr)
	}
	out, _, code = run(t, nil, nil, "query", "--db", db, "--format", "jsonl", "--actor", "Ayman Safadi", "--modality", "all")
	if code != 0 || out == "" {
		t.Errorf("query --actor \"Ayman Safadi\": exit %d, no events; want his events", code)
	}
}

// TestUndatedWarning checks that extract warns, once, when documents have
// no publication date, and not when --published gives one.
func TestUndatedWarning(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		writeFile(t, dir, name, "قصفت طائرة مسيرة موقعا قرب مدينة القائم يوم السبت.")
	}
	_, stderr, code := run(t, nil, nil, "extract", dir)
	if code != 0 || strings.Count(stderr, "no publication date") != 1 || !strings.Contains(stderr, "2 documents have") ||
		!strings.Contains(stderr, "a.txt") || !strings.Contains(stderr, "--published") {
		t.Errorf("extract of undated files: exit %d, stderr %q; want one note naming them and --published", code, stderr)
	}
	if _, stderr, _ := run(t, nil, nil, "extract", dir, "--published", "2024-02-04"); stderr != "" {
		t.Errorf("extract --published: stderr %q; want nothing", stderr)
	}
	db := filepath.Join(t.TempDir(), "hadath.db")
	if _, stderr, _ := run(t, nil, nil, "ingest", "--db", db, dir); strings.Count(stderr, "no publication date") != 1 || !strings.Contains(stderr, "b.txt") {
		t.Errorf("ingest of undated files: stderr %q; want one note naming them", stderr)
	}
	if _, stderr, _ := run(t, nil, nil, "ingest", "--db", db, examples); strings.Contains(stderr, "publication date") {
		t.Errorf("ingest of the dated examples: stderr %q; want no note about dates", stderr)
	}
}
