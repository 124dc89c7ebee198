package export

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// tableLines writes events as a table and returns its lines.
func tableLines(t *testing.T, events []*hadath.StoredEvent) []string {
	t.Helper()
	buf, _ := writeEvents(t, Table, events)
	return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
}

// column returns the display offset at which cell starts in line, or -1.
func column(line, cell string) int {
	i := strings.Index(line, cell)
	if i < 0 {
		return -1
	}
	return widths.StringWidth(line[:i])
}

func TestTableAligns(t *testing.T) {
	events := testEvents()
	lines := tableLines(t, events)
	if len(lines) != len(events)+1 {
		t.Fatalf("%d lines; want %d", len(lines), len(events)+1)
	}
	// Every cell of a left-aligned column starts where its header does.
	cells := []struct {
		header string
		values []string
	}{
		{"DATE", []string{"2024-01-20", "2024-01", "2024-02-03", "2024-03-05"}},
		{"TYPE", []string{"ASSAULT", "PROTEST", "COERCE?", "ASSAULT"}},
		{"PLACE", []string{"Al Asad Airbase, IQ", "\u2068ساحة التحرير, IQ\u2069", "Syria", "Jenin, PS"}},
		{"ACTOR", []string{"Islamic Resistance in Iraq", "\u2068طلاب الجامعة\u2069", "Syrian police", ""}},
		{"SOURCE", []string{"Example News", "\u2068قناة المثال", "news.example.com", "=cmd|' /C calc'!A0"}},
	}
	for _, c := range cells {
		want := column(lines[0], c.header)
		for i, v := range c.values {
			if v == "" {
				continue
			}
			if got := column(lines[i+1], v); got != want {
				t.Errorf("line %d: %s cell %q at column %d; want %d\n%s", i+1, c.header, v, got, want, lines[i+1])
			}
		}
	}
	// The right-aligned KILLED column ends where its header ends.
	end := column(lines[0], "KILLED") + len("KILLED")
	if got := column(lines[4], "3  =cmd") + 1; got != end {
		t.Errorf("killed cell ends at column %d; want %d\n%s", got, end, lines[4])
	}
	if !strings.HasSuffix(lines[2], "…\u2069") {
		t.Errorf("line 2 = %q; want its long Arabic source cut with … inside the isolate", lines[2])
	}
	for i, l := range lines {
		if strings.HasSuffix(l, " ") {
			t.Errorf("line %d ends with a space: %q", i, l)
		}
	}
}

func TestTableIsolates(t *testing.T) {
	for i, l := range tableLines(t, testEvents()) {
		if strings.Count(l, "\u2068") != strings.Count(l, "\u2069") {
			t.Errorf("line %d: unbalanced isolates: %q", i, l)
		}
		// Every isolate holds right-to-left text, and no such text is
		// left outside one.
		rest := l
		for {
			open := strings.IndexRune(rest, fsi)
			if open < 0 {
				break
			}
			end := strings.IndexRune(rest, pdi)
			if end < open || !hasRTL(rest[open:end]) {
				t.Errorf("line %d: isolate without Arabic: %q", i, rest)
				break
			}
			rest = rest[:open] + rest[end+len(string(pdi)):]
		}
		if hasRTL(rest) {
			t.Errorf("line %d: Arabic outside an isolate: %q", i, rest)
		}
	}
}

func TestIncidentTable(t *testing.T) {
	buf, _ := writeIncidents(t, Table, testIncidents())
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines; want 3:\n%s", len(lines), buf.String())
	}
	// KILLED is right-aligned: a line with a figure is as wide as the
	// header, one without ends at SOURCES.
	if got, want := widths.StringWidth(lines[1]), widths.StringWidth(lines[0]); got != want {
		t.Errorf("line 1 is %d cells wide; want %d like the header:\n%s", got, want, buf.String())
	}
	if got, want := widths.StringWidth(lines[2]), column(lines[0], "KILLED")-2; got != want {
		t.Errorf("line 2 is %d cells wide; want %d:\n%s", got, want, buf.String())
	}
	f := strings.Fields(lines[1])
	if got := strings.Join(f[len(f)-3:], " "); got != "3 2 3-5" {
		t.Errorf("line 1 ends with %q; want reports 3, sources 2, killed 3-5: %q", got, lines[1])
	}
}

func TestCleanCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"  two\n lines\t", "two lines"},
		{"red\x1b[31m text", "red [31m text"},
		{"ab\u202Eevil\u202C", "abevil"},
		{"\u2067بغداد\u2069", "بغداد"},
		{"c1\u009bcontrol", "c1 control"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanCell(tt.in); got != tt.want {
			t.Errorf("cleanCell(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestFitCell(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"Islamic Resistance in Iraq", 10, "Islamic R…"},
		{"المقاومة الإسلامية في العراق", 10, "المقاومة…"}, // no space before "…"
		{"Egyptian United Nations Security", 25, "Egyptian United Nations…"},
		{"ab  cd", 4, "ab…"},
		{"short", 10, "short"},
		{"مُحَمَّد", 4, "مُحَمَّد"}, // harakat take no room
	}
	for _, tt := range tests {
		if got := fitCell(tt.in, tt.limit); got != tt.want {
			t.Errorf("fitCell(%q, %d) = %q; want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

func FuzzFitCell(f *testing.F) {
	for _, s := range []string{"Al Asad Airbase", "قاعدة عين الأسد", "a\x1b[2Jb", "\u202Eabc", "\xff\xfe", "日本語テキスト"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		if len(s) > 8192 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		limit = limit%40 + 40
		if limit < 1 {
			limit = 1
		}
		got := fitCell(s, limit)
		if w := widths.StringWidth(got); w > limit {
			t.Errorf("fitCell(%q, %d) = %q, %d cells wide", s, limit, got, w)
		}
		if !utf8.ValidString(got) {
			t.Errorf("fitCell(%q, %d) = %q: not UTF-8", s, limit, got)
		}
		for _, r := range got {
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || isBidiControl(r) || r == '\n' {
				t.Errorf("fitCell(%q, %d) = %q: holds %U", s, limit, got, r)
			}
		}
	})
}
