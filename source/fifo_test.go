//go:build unix

package source

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEachDirectoryFIFO puts named pipes in a directory, one of them
// behind a link: they are skipped with a note, where reading them waited
// for a writer forever.
func TestEachDirectoryFIFO(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "in/a.txt", []byte(textAr))
	pipe := filepath.Join(dir, "in", "p.txt")
	outside := filepath.Join(dir, "elsewhere.jsonl")
	for _, p := range []string{pipe, outside} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(dir, "in", "link.jsonl")); err != nil {
		t.Fatal(err)
	}
	done := make(chan []got, 1)
	go func() { done <- collect(t, &Reader{}, filepath.Join(dir, "in")) }()
	var items []got
	select {
	case items = <-done:
	case <-time.After(10 * time.Second):
		// Let the reader go: open the pipes for writing and close them.
		for _, p := range []string{pipe, outside} {
			if f, err := os.OpenFile(p, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
		}
		t.Fatal("reading a directory with named pipes did not end in 10 s")
	}
	var lines []string
	for _, g := range items {
		lines = append(lines, filepath.Base(g.where)+" "+g.id+" "+g.errs+" "+g.notes)
	}
	want := []string{
		"a.txt a.txt  ",
		"link.jsonl   not a regular file (a named pipe); skipped",
		"p.txt   not a regular file (a named pipe); skipped",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("Each(dir) = %q; want %q", lines, want)
	}
}
