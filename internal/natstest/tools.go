//go:build tools

package natstest

// The server is built by Binary from the module cache; this import keeps
// its pinned version in go.mod.
import _ "github.com/nats-io/nats-server/v2"
