// Package nats puts documents on a NATS JetStream work queue and codes
// and stores them from it with any number of workers: publishers add
// documents to a stream with work-queue retention, workers share one
// durable pull consumer, store each batch in one transaction and ack its
// messages only after the commit. A document that cannot be coded goes,
// after a number of tries, to a dead-letter stream with its error.
package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// Names of the streams, subjects and consumer.
const (
	Stream      = "HADATH_DOCS"
	Subject     = "hadath.docs"
	DeadStream  = "HADATH_DEAD"
	DeadSubject = "hadath.dead"
	Consumer    = "hadath-workers"
)

// Headers of dead letters.
const (
	HeaderError      = "Hadath-Error"
	HeaderDeliveries = "Hadath-Deliveries"
)

// DupWindow is how long the stream remembers message ids, within which a
// document published again unchanged is dropped.
const DupWindow = 10 * time.Minute

// Queue is a connection to the document queue.
type Queue struct {
	nc *natsgo.Conn
	js jetstream.JetStream
}

// Connect connects to the NATS server at url (nats://HOST:4222) and
// makes sure the document and dead-letter streams exist. The connection
// reconnects on its own when the server goes away.
func Connect(ctx context.Context, url string) (*Queue, error) {
	nc, err := natsgo.Connect(url, natsgo.Name("hadath"), natsgo.MaxReconnects(-1),
		natsgo.ReconnectWait(250*time.Millisecond), natsgo.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("connect %q: %w", url, err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncMaxPending(1024))
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream %q: %w", url, err)
	}
	q := &Queue{nc: nc, js: js}
	if err := q.ensure(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// ensure creates or updates the streams.
func (q *Queue) ensure(ctx context.Context) error {
	for _, cfg := range []jetstream.StreamConfig{
		{Name: Stream, Subjects: []string{Subject}, Retention: jetstream.WorkQueuePolicy,
			Storage: jetstream.FileStorage, Duplicates: DupWindow},
		{Name: DeadStream, Subjects: []string{DeadSubject}, Retention: jetstream.LimitsPolicy,
			Storage: jetstream.FileStorage},
	} {
		if _, err := q.js.CreateOrUpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}

// Close closes the connection, after pending publishes.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil {
		q.nc.Close()
	}
	return nil
}

// MsgID returns the message id of a document: its id and content hash,
// so that the same document published again unchanged is dropped as a
// duplicate, while a changed one, or another document with the same
// text, is not.
func MsgID(doc *hadath.Document) string {
	return doc.ID + "#" + ingest.Hash(doc)
}

// message returns a document as a message to publish.
func message(doc *hadath.Document) (*natsgo.Msg, error) {
	data, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("document %q: %w", doc.ID, err)
	}
	m := natsgo.NewMsg(Subject)
	m.Data = data
	m.Header.Set(jetstream.MsgIDHeader, MsgID(doc))
	return m, nil
}

// Publish puts one document on the queue and waits for the server to
// store it. dup reports that the server dropped it as a duplicate.
func (q *Queue) Publish(ctx context.Context, doc *hadath.Document) (dup bool, err error) {
	m, err := message(doc)
	if err != nil {
		return false, err
	}
	ack, err := q.js.PublishMsg(ctx, m)
	if err != nil {
		return false, fmt.Errorf("publish %q: %w", doc.ID, err)
	}
	return ack.Duplicate, nil
}

// PublishStats counts what PublishAll did.
type PublishStats struct {
	Published  int // documents the stream took
	Duplicates int // documents dropped as published before
}

// PublishAll publishes documents without waiting for each one, and
// waits for all of them at the end. It stops at the first error.
func (q *Queue) PublishAll(ctx context.Context, docs iter.Seq[*hadath.Document]) (PublishStats, error) {
	var st PublishStats
	var pending []jetstream.PubAckFuture
	settle := func(n int) error {
		for len(pending) > n {
			f := pending[0]
			pending = pending[1:]
			select {
			case ack := <-f.Ok():
				if ack.Duplicate {
					st.Duplicates++
				} else {
					st.Published++
				}
			case err := <-f.Err():
				return fmt.Errorf("publish: %w", err)
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
	for doc := range docs {
		m, err := message(doc)
		if err != nil {
			return st, err
		}
		f, err := q.js.PublishMsgAsync(m)
		if err != nil {
			return st, fmt.Errorf("publish %q: %w", doc.ID, err)
		}
		pending = append(pending, f)
		if err := settle(512); err != nil {
			return st, err
		}
	}
	return st, settle(0)
}

// Status is what the queue holds.
type Status struct {
	Pending  uint64 // documents waiting, not yet delivered
	InFlight int    // documents delivered to a worker and not yet acked
	Waiting  uint64 // documents in the stream (pending and in flight)
	Dead     uint64 // dead letters
}

// Status returns what the queue holds.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	var st Status
	s, err := q.js.Stream(ctx, Stream)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", Stream, err)
	}
	st.Waiting = s.CachedInfo().State.Msgs
	st.Pending = st.Waiting
	c, err := s.Consumer(ctx, Consumer)
	switch {
	case err == nil:
		info := c.CachedInfo()
		st.Pending, st.InFlight = info.NumPending, info.NumAckPending
	case !errors.Is(err, jetstream.ErrConsumerNotFound):
		return st, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	d, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return st, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	st.Dead = d.CachedInfo().State.Msgs
	return st, nil
}

// DeadLetter is a document that could not be coded.
type DeadLetter struct {
	Data       []byte // the message as published
	Err        string
	Deliveries string
}

// DeadLetters returns up to n dead letters, oldest first.
func (q *Queue) DeadLetters(ctx context.Context, n int) ([]DeadLetter, error) {
	s, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", DeadStream, err)
	}
	var out []DeadLetter
	last := s.CachedInfo().State.LastSeq
	for seq := s.CachedInfo().State.FirstSeq; seq <= last && len(out) < n && seq > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		} else if err != nil {
			return out, fmt.Errorf("dead letter %d: %w", seq, err)
		}
		out = append(out, DeadLetter{Data: m.Data, Err: m.Header.Get(HeaderError), Deliveries: m.Header.Get(HeaderDeliveries)})
	}
	return out, nil
}
