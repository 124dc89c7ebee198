package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal and returns its controller and the
// terminal a program writes to.
func openPTY(t *testing.T) (ctl, term *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var n uint32
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ctl.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlock pseudo-terminal: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ctl.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("pseudo-terminal number: %v", e)
	}
	term, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ctl.Close(); term.Close() })
	return ctl, term
}

// onTerminal runs hadath with args, its standard output a terminal, and
// returns what it wrote there and on standard error.
func onTerminal(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	ctl, term := openPTY(t)
	cmd := command(args...)
	var errBuf bytes.Buffer
	cmd.Stdout, cmd.Stderr = term, &errBuf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&out, ctl); close(done) }() // ends with EIO once the program is gone
	if err := cmd.Wait(); err != nil {
		t.Errorf("hadath %q on a terminal: %v\n%s", args, err, errBuf.String())
	}
	<-done
	return out.String(), errBuf.String()
}

// TestNoResultsOnTerminal checks that a query with no result says so on
// standard error when standard output is a terminal, and only then.
func TestNoResultsOnTerminal(t *testing.T) {
	db := exampleStore(t)
	for _, cmd := range []string{"query", "incidents", "stats"} {
		out, stderr := onTerminal(t, cmd, "--db", db, "--country", "FR")
		if !strings.Contains(stderr, "no events match the filters") && !strings.Contains(stderr, "no incidents match the filters") {
			t.Errorf("hadath %s with no result, on a terminal: stderr %q (stdout %q); want it to say nothing matched", cmd, stderr, out)
		}
		if _, stderr, code := run(t, nil, nil, cmd, "--db", db, "--country", "FR"); code != 0 || stderr != "" {
			t.Errorf("hadath %s with no result, to a pipe: exit %d, stderr %q; want 0 and nothing", cmd, code, stderr)
		}
	}
	out, stderr := onTerminal(t, "query", "--db", db, "--country", "IQ")
	if !strings.Contains(out, "ACTOR") || strings.Contains(stderr, "match the filters") {
		t.Errorf("hadath query with results, on a terminal: stdout %q, stderr %q; want a table and no note", out, stderr)
	}
}
