// Package natstest runs a real nats-server with JetStream as a
// subprocess for tests: built once per test binary from the pinned
// module, started on a free port, and killable and restartable on the
// same store directory.
package natstest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binary    string
	buildErr  error
	buildOut  []byte
)

// Binary returns the path of a nats-server built from the module cache,
// building it on the first call of the test binary. It lives in the
// user's cache directory, replaced by each build, so that test runs do
// not leave copies behind.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		dir = filepath.Join(dir, "hadath-natstest")
		if buildErr = os.MkdirAll(dir, 0o755); buildErr != nil {
			return
		}
		tmp, err := os.CreateTemp(dir, "nats-server-*")
		if err != nil {
			buildErr = err
			return
		}
		tmp.Close()
		cmd := exec.Command("go", "build", "-o", tmp.Name(), "github.com/nats-io/nats-server/v2")
		if buildOut, buildErr = cmd.CombinedOutput(); buildErr != nil {
			os.Remove(tmp.Name())
			return
		}
		// Renamed into place, so that test binaries running at once
		// never start a half-written file.
		binary = filepath.Join(dir, "nats-server")
		buildErr = os.Rename(tmp.Name(), binary)
	})
	if buildErr != nil {
		t.Fatalf("build nats-server: %v\n%s", buildErr, buildOut)
	}
	return binary
}

// Server is a nats-server process with JetStream.
type Server struct {
	t    testing.TB
	bin  string
	dir  string
	port int
	cmd  *exec.Cmd
	log  *os.File
}

// Start starts a nats-server with JetStream on a free port and a
// temporary store directory, and stops it when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, bin: Binary(t), dir: t.TempDir(), port: freePort(t)}
	s.start()
	t.Cleanup(s.Kill)
	return s
}

// URL returns the client URL of the server.
func (s *Server) URL() string { return fmt.Sprintf("nats://127.0.0.1:%d", s.port) }

// Kill stops the server with SIGKILL, as a crash would.
func (s *Server) Kill() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	s.cmd.Wait()
	s.cmd = nil
	s.log.Close()
}

// Restart kills the server and starts it again on the same port and
// store directory.
func (s *Server) Restart() {
	s.t.Helper()
	s.Kill()
	s.start()
}

// start runs the server and waits until it accepts connections.
func (s *Server) start() {
	s.t.Helper()
	log, err := os.OpenFile(filepath.Join(s.dir, "server.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		s.t.Fatal(err)
	}
	s.log = log
	s.cmd = exec.Command(s.bin, "-js", "-sd", filepath.Join(s.dir, "js"), "-a", "127.0.0.1", "-p", fmt.Sprint(s.port))
	s.cmd.Stdout, s.cmd.Stderr = log, log
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start nats-server: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.port), time.Second)
		if err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	out, _ := os.ReadFile(log.Name())
	s.t.Fatalf("nats-server did not listen on port %d within 20s:\n%s", s.port, out)
}

// freePort returns a TCP port that was free a moment ago.
func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
