package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hadath/hadath/internal/natstest"
	"github.com/hadath/hadath/internal/skipnote"
	hnats "github.com/hadath/hadath/nats"
	"github.com/hadath/hadath/storetest"
)

// postgresBase returns the URL of the test PostgreSQL server, skipping
// the test when there is none and none is required.
func postgresBase(t *testing.T) string {
	base := os.Getenv("HADATH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("HADATH_REQUIRE_POSTGRES") != "" {
			t.Fatal("HADATH_REQUIRE_POSTGRES is set but HADATH_TEST_POSTGRES is not")
		}
		skipnote.Skipped("queue worker tests (cmd/hadath)", "HADATH_TEST_POSTGRES is not set", `eval "$(.ci/postgres start DIR)"; go test ./cmd/hadath -run Worker`)
		t.Skip("HADATH_TEST_POSTGRES is not set")
	}
	return base
}

// workerRun is a run of worker processes over a queue.
type workerRun struct {
	t     *testing.T
	queue string
	db    string
	extra []string
	procs []*exec.Cmd
	outs  []*strings.Builder
}

// startWorkers starts n "hadath worker" processes, with extra flags.
func startWorkers(t *testing.T, queue, db string, n int, extra ...string) *workerRun {
	r := &workerRun{t: t, queue: queue, db: db, extra: extra}
	for range n {
		r.start()
	}
	t.Cleanup(func() {
		for _, p := range r.procs {
			if p.ProcessState == nil {
				p.Process.Kill()
				p.Wait()
			}
		}
	})
	return r
}

// start starts one more worker.
func (r *workerRun) start() {
	var out strings.Builder
	cmd := command("worker", "--queue", r.queue, "--db", r.db, "--batch", "20", "--workers", "1",
		"--ack-wait", "2s", "--max-deliver", "2", "--progress", "never")
	cmd.Args = append(cmd.Args, r.extra...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	r.procs, r.outs = append(r.procs, cmd), append(r.outs, &out)
}

// waitDocs waits until the store holds at least n documents.
func (r *workerRun) waitDocs(n int, within time.Duration) int {
	deadline := time.Now().Add(within)
	got := 0
	for time.Now().Before(deadline) {
		if got = countDocs(r.db); got >= n {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	return got
}

// drain waits until the queue is empty and no document is in flight,
// then stops the workers with SIGTERM and returns how many documents
// they added, and found unchanged, in all (those of killed workers not
// counted).
func (r *workerRun) drain(within time.Duration) (added, unchanged int) {
	r.t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(within)
	for {
		q, err := hnats.Connect(ctx, r.queue)
		if err == nil {
			st, err := q.Status(ctx)
			q.Close()
			if err == nil && st.Waiting == 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("queue not drained within %s", within)
		}
		time.Sleep(100 * time.Millisecond)
	}
	re := regexp.MustCompile(`stopped: \d+ documents stored \((\d+) new, \d+ changed, (\d+) unchanged`)
	for k, p := range r.procs {
		if p.ProcessState != nil {
			continue
		}
		p.Process.Signal(syscall.SIGTERM)
		if err := p.Wait(); err != nil {
			r.t.Errorf("worker %d: %v\n%s", k+1, err, r.outs[k])
		}
		m := re.FindStringSubmatch(r.outs[k].String())
		if m == nil {
			r.t.Errorf("worker %d said no summary:\n%s", k+1, r.outs[k])
			continue
		}
		a, _ := strconv.Atoi(m[1])
		u, _ := strconv.Atoi(m[2])
		added, unchanged = added+a, unchanged+u
	}
	return added, unchanged
}

// queueFixture publishes n generated documents to a new nats-server, and
// stores them with one "hadath ingest" into SQLite for comparison.
func queueFixture(t *testing.T, n int) (srv *natstest.Server, want string) {
	input := writeDocs(t, n)
	one := filepath.Join(t.TempDir(), "one.db")
	if out, err := command("ingest", "--db", one, "--batch", "50", input).CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	srv = natstest.Start(t)
	for range 2 { // the second time, every document is a duplicate
		out, err := command("ingest", "--queue", srv.URL(), input).CombinedOutput()
		if err != nil {
			t.Fatalf("ingest --queue: %v\n%s", err, out)
		}
		t.Logf("%s", strings.TrimSpace(string(out)))
	}
	return srv, snapshot(t, one)
}

// TestWorkerQueue runs worker processes over a queue into PostgreSQL,
// with and without faults: every document must be stored once, with the
// events and incidents of one "hadath ingest" into SQLite.
func TestWorkerQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	base := postgresBase(t)
	const n = 400
	cases := []struct {
		name  string
		fault func(t *testing.T, r *workerRun, srv *natstest.Server)
	}{
		{"two workers", nil},
		{"kill -9 a worker", func(t *testing.T, r *workerRun, srv *natstest.Server) {
			r.procs[0].Process.Signal(syscall.SIGKILL)
			r.procs[0].Wait()
		}},
		{"restart nats-server", func(t *testing.T, r *workerRun, srv *natstest.Server) {
			srv.Restart()
		}},
		{"SIGTERM a worker", func(t *testing.T, r *workerRun, srv *natstest.Server) {
			r.procs[0].Process.Signal(syscall.SIGTERM)
			if err := r.procs[0].Wait(); err != nil {
				t.Errorf("worker stopped with SIGTERM: %v\n%s", err, r.outs[0])
			}
			if out := r.outs[0].String(); !strings.Contains(out, "stopped: ") {
				t.Errorf("worker stopped with SIGTERM said no summary:\n%s", out)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv, want := queueFixture(t, n)
			db := storetest.PostgresSchema(t, base)
			r := startWorkers(t, srv.URL(), db, 2)
			if tc.fault != nil {
				if got := r.waitDocs(60, 60*time.Second); got >= n {
					t.Fatalf("%d documents stored before the fault; want it mid-stream", got)
				}
				tc.fault(t, r, srv)
			}
			added, _ := r.drain(120 * time.Second)
			if got := snapshot(t, db); got != want {
				t.Errorf("store after the workers:\n%.400s\nwant, as one ingest into SQLite leaves it:\n%.400s", got, want)
			}
			if tc.fault == nil && added != n {
				t.Errorf("workers added %d documents; want %d, each once", added, n)
			}
			out, err := command("queue", "status", "--queue", srv.URL()).CombinedOutput()
			if want := "pending    0\nin flight  0\ndead       0\n"; err != nil || string(out) != want {
				t.Errorf("queue status: %v, %q; want %q", err, out, want)
			}
			for k, out := range r.outs {
				t.Logf("worker %d:\n%s", k+1, lastLines(out.String(), 3))
			}
		})
	}
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// TestWorkerPostgresDown stops a private PostgreSQL server for a few
// seconds while two workers store: nothing is lost or doubled, and no
// document goes to the dead letters.
func TestWorkerPostgresDown(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	postgresBase(t)
	pg := startPostgres(t)
	srv, want := queueFixture(t, 400)
	db := storetest.PostgresSchema(t, pg.url)
	r := startWorkers(t, srv.URL(), db, 2)
	if got := r.waitDocs(60, 60*time.Second); got >= 400 {
		t.Fatalf("%d documents stored before the fault; want it mid-stream", got)
	}
	pg.ctl("-m", "immediate", "stop")
	time.Sleep(4 * time.Second)
	pg.ctl("-l", filepath.Join(pg.dir, "server.log"), "-w", "-o", pg.opts, "start")
	added, unchanged := r.drain(120 * time.Second)
	if got := snapshot(t, db); got != want {
		t.Errorf("store after the outage:\n%.400s\nwant:\n%.400s", got, want)
	}
	// A batch whose commit the server made as the connection broke is
	// tried again by its worker and found unchanged.
	if added+unchanged != 400 {
		t.Errorf("workers added %d documents and found %d unchanged; want 400 in all", added, unchanged)
	}
	t.Logf("%d documents added, %d found unchanged when tried again", added, unchanged)
	q, err := hnats.Connect(context.Background(), srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if st, err := q.Status(context.Background()); err != nil || st.Dead != 0 {
		t.Errorf("status = %+v, %v; want no dead letters", st, err)
	}
	for k, out := range r.outs {
		if !strings.Contains(out.String(), "trying again") {
			t.Logf("worker %d never retried the store:\n%s", k+1, lastLines(out.String(), 5))
		}
	}
}

// privatePG is a PostgreSQL cluster of one test.
type privatePG struct {
	t    *testing.T
	dir  string
	url  string
	opts string
}

// startPostgres starts a private cluster with .ci/postgres.
func startPostgres(t *testing.T) *privatePG {
	script, err := filepath.Abs("../../.ci/postgres")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "hadath-pg")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(script, "start", dir).Output()
	if err != nil {
		t.Fatalf("%s start: %v", script, err)
	}
	url := strings.TrimPrefix(strings.TrimSpace(string(out)), "export HADATH_TEST_POSTGRES=")
	pg := &privatePG{t: t, dir: dir, url: url}
	port := regexp.MustCompile(`:(\d+)/`).FindStringSubmatch(url)
	if port == nil {
		t.Fatalf("no port in %q", url)
	}
	pg.opts = fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %s -k %s -c fsync=off", port[1], dir)
	t.Cleanup(func() {
		exec.Command(script, "stop", dir).Run()
		os.RemoveAll(dir)
	})
	return pg
}

// ctl runs pg_ctl on the cluster, as the postgres user when root.
func (pg *privatePG) ctl(args ...string) {
	pg.t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(bins) == 0 {
		pg.t.Fatal("no pg_ctl")
	}
	argv := append([]string{bins[len(bins)-1], "-D", filepath.Join(pg.dir, "data")}, args...)
	if os.Getuid() == 0 {
		argv = append([]string{"runuser", "-u", "postgres", "--"}, argv...)
	}
	if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
		pg.t.Fatalf("pg_ctl %v: %v\n%s", args, err, out)
	}
}
