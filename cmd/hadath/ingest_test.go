package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/postgres"
)

// TestMain lets the test binary run as the hadath command, so that a
// test can start it as a process of its own and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("HADATH_TEST_AS_COMMAND") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// command returns the test binary set up to run as hadath with args.
func command(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "HADATH_TEST_AS_COMMAND=1")
	return cmd
}

// writeDocs writes n generated documents as JSON lines and returns the
// file's path.
func writeDocs(t *testing.T, n int) string {
	var b strings.Builder
	for _, d := range genDocs(n) {
		b.WriteString(jsonLine(t, d))
	}
	return writeFile(t, t.TempDir(), "docs.jsonl", b.String())
}

// snapshot describes a store's content (a file or a URL): counts, and every event with the
// documents of its incident, so that two stores can be compared.
func snapshot(t *testing.T, path string) string {
	s, err := openStore(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	_, docs, err := s.Documents(ctx, hadath.DocFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	evs, _, err := s.Events(ctx, hadath.Filter{Limit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	_, incs, err := s.Incidents(ctx, hadath.Filter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	members := map[string][]string{}
	for _, e := range evs {
		members[e.IncidentID] = append(members[e.IncidentID], e.Event.ID)
	}
	var lines []string
	for _, ids := range members {
		sort.Strings(ids)
		lines = append(lines, strings.Join(ids, " "))
	}
	sort.Strings(lines)
	return fmt.Sprintf("%d documents, %d events, %d incidents\n%s", docs, len(evs), incs, strings.Join(lines, "\n"))
}

// TestIngestKill kills an ingest with SIGKILL halfway, runs it again, and
// compares the store with that of a run that was not interrupted.
func TestIngestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	input := writeDocs(t, 6000)
	dir := t.TempDir()
	clean, killed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "killed.db")
	if out, err := command("ingest", "--db", clean, "--batch", "50", input).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}

	cmd := command("ingest", "--db", killed, "--batch", "20", "--workers", "1", input)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := 0
	deadline := time.Now().Add(60 * time.Second)
	for stored < 200 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
		stored = countDocs(killed)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	after := countDocs(killed)
	if after < 200 || after >= 6000 {
		t.Fatalf("killed with %d documents stored; want a kill in the middle of the run", after)
	}
	t.Logf("killed after %d of 6000 documents were committed", after)

	out, err := command("ingest", "--db", killed, "--batch", "50", input).CombinedOutput()
	if err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("%d unchanged", after); !strings.Contains(string(out), want) {
		t.Errorf("resumed ingest said %q; want %q", out, want)
	}
	if got, want := snapshot(t, killed), snapshot(t, clean); got != want {
		t.Errorf("store after kill and resume differs from a clean run:\n%.300s\nwant\n%.300s", got, want)
	}
}

// countDocs returns how many documents the store at path (or URL) holds,
// or 0.
func countDocs(path string) int {
	if _, err := os.Stat(path); err != nil && !postgres.IsURL(path) {
		return 0
	}
	s, err := openStore(context.Background(), path)
	if err != nil {
		return 0
	}
	defer s.Close()
	_, n, err := s.Documents(context.Background(), hadath.DocFilter{Limit: 1})
	if err != nil {
		return 0
	}
	return n
}
