package main

import (
	"strings"
	"testing"
)

// TestQueueUsage checks that bad command lines of the queue commands
// exit 2 with a message that names the problem.
func TestQueueUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"worker"}, `--queue "": want nats://HOST:PORT`},
		{[]string{"worker", "--queue", "http://x:4222"}, `--queue "http://x:4222": want nats://HOST:PORT`},
		{[]string{"worker", "--queue", "nats://x:4222", "extra"}, `unexpected arguments ["extra"]`},
		{[]string{"worker", "--queue", "nats://x:4222", "--max-deliver", "0"}, "--max-deliver must be positive"},
		{[]string{"worker", "--queue", "nats://x:4222", "--ack-wait", "10ms"}, "--ack-wait 10ms: want at least 1s"},
		{[]string{"queue", "--queue", "nats://x:4222"}, "want hadath queue status"},
		{[]string{"queue", "status"}, `--queue "": want nats://HOST:PORT`},
		{[]string{"ingest", "--queue", "x:4222", "a.jsonl"}, `--queue "x:4222": want nats://HOST:PORT`},
	}
	for _, tt := range tests {
		_, stderr, code := run(t, nil, nil, tt.args...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("hadath %q: exit %d, stderr %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}
