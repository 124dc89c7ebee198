package skipnote

import (
	"strings"
	"testing"
)

// TestWrite checks the note names the suite, the reason and both ways to
// run it, on one line.
func TestWrite(t *testing.T) {
	var b strings.Builder
	Write(&b, "PostgreSQL store suite", "HADATH_TEST_POSTGRES is not set", `eval "$(.ci/postgres start DIR)"`)
	got := b.String()
	want := "note: PostgreSQL store suite skipped (HADATH_TEST_POSTGRES is not set); to run it: eval \"$(.ci/postgres start DIR)\", or run .ci/run\n"
	if got != want {
		t.Errorf("Write(...) = %q; want %q", got, want)
	}
	if strings.Count(got, "\n") != 1 {
		t.Errorf("Write(...) = %q; want one line", got)
	}
}
