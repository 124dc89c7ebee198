package nats

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// DefaultMaxDeliver is how many times a document is tried before it goes
// to the dead-letter stream.
const DefaultMaxDeliver = 5

// DefaultOrderWait is how long an ordered worker waits for earlier
// documents while none of them is stored.
const DefaultOrderWait = 3 * time.Second

// DefaultAckWait is how long the server waits for a worker's ack before
// it delivers a message again; workers report progress well within it.
const DefaultAckWait = 30 * time.Second

// Worker codes and stores documents from the queue.
type Worker struct {
	Queue      *Queue
	Store      hadath.Store
	Code       ingest.Coder
	Batch      int           // documents fetched and stored at once; 0: 100
	Coders     int           // documents coded at once; 0: 1
	MaxDeliver int           // tries of a document that fails to code; 0: DefaultMaxDeliver
	AckWait    time.Duration // 0: DefaultAckWait
	// Ordered stores batches in the order of the queue: a worker whose
	// batch comes after documents still in other workers' hands waits for
	// them to be stored first (while the queue's ack floor keeps moving),
	// so that incidents group as one process storing the documents in
	// their published order would group them. OrderWait is how long the
	// floor may stand still before the batch is stored anyway (a worker
	// died holding earlier documents, or one is being tried again); 0:
	// DefaultOrderWait.
	Ordered   bool
	OrderWait time.Duration
	// Log, when set, gets messages about retries and dead letters.
	Log func(msg string)
	// Progress, when set, is called after every batch.
	Progress func(WorkerStats)

	// givenBack holds the stream sequences of the documents this worker
	// gave back to be tried again, until the ack floor passes them.
	givenBack map[uint64]bool
	// stuck is one past an ack floor that stood still for OrderWait (0:
	// none); later batches do not wait at it again.
	stuck uint64
}

// WorkerStats counts what a worker did.
type WorkerStats struct {
	Batches   int
	Documents int // documents acked after they were stored or found unchanged
	hadath.IngestStats
	Retried   int // documents given back to be tried again
	Dead      int // documents sent to the dead-letter stream
	Unordered int // batches stored before earlier documents
	Waited    int // of those, the batches that waited OrderWait first
	Started   time.Time
}

// Rate returns the documents stored a second.
func (s WorkerStats) Rate() float64 {
	if d := time.Since(s.Started).Seconds(); d > 0 {
		return float64(s.Documents) / d
	}
	return 0
}

// job is one message of a batch on its way through the worker.
type job struct {
	msg   jetstream.Msg
	doc   *hadath.Document
	coded *hadath.Coded
	err   error
}

// consumer returns the shared durable consumer.
func (w *Worker) consumer(ctx context.Context) (jetstream.Consumer, error) {
	wait := w.AckWait
	if wait <= 0 {
		wait = DefaultAckWait
	}
	c, err := w.Queue.js.CreateOrUpdateConsumer(ctx, Stream, jetstream.ConsumerConfig{
		Durable: Consumer, AckPolicy: jetstream.AckExplicitPolicy, AckWait: wait,
		MaxAckPending: -1, // the worker gives up on poison documents itself
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", Consumer, err)
	}
	return c, nil
}

// Run fetches, codes and stores documents until ctx is done. The batch
// in flight when ctx ends is stored if it can be, else given back.
func (w *Worker) Run(ctx context.Context) (WorkerStats, error) {
	st := WorkerStats{Started: time.Now()}
	size := w.Batch
	if size <= 0 {
		size = 100
	}
	var c jetstream.Consumer
	for c == nil {
		var err error
		if c, err = w.consumer(ctx); err != nil {
			if ctx.Err() != nil {
				return st, nil
			}
			w.log(fmt.Sprintf("%v; trying again", err))
			sleep(ctx, time.Second)
		}
	}
	for ctx.Err() == nil {
		b, err := c.Fetch(size, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() == nil {
				w.log(fmt.Sprintf("fetch: %v; trying again", err))
				sleep(ctx, time.Second)
			}
			continue
		}
		var jobs []*job
		for m := range b.Messages() {
			jobs = append(jobs, &job{msg: m})
		}
		if err := b.Error(); err != nil && !errors.Is(err, natsgo.ErrTimeout) && len(jobs) == 0 && ctx.Err() == nil {
			w.log(fmt.Sprintf("fetch: %v; trying again", err))
			sleep(ctx, time.Second)
		}
		if len(jobs) == 0 {
			continue
		}
		w.batch(ctx, c, jobs, &st)
		if w.Progress != nil {
			w.Progress(st)
		}
	}
	return st, nil
}

// batch codes and stores the documents of jobs, and acks them after the
// commit. Messages stay in progress while it works.
func (w *Worker) batch(ctx context.Context, c jetstream.Consumer, jobs []*job, st *WorkerStats) {
	st.Batches++
	stop := w.heartbeat(jobs)
	defer stop()
	work := context.WithoutCancel(ctx) // the batch in flight is finished
	for _, j := range jobs {
		j.doc, j.err = Decode(j.msg.Data())
	}
	w.code(work, jobs)
	var good []*job
	for _, j := range jobs {
		if j.err != nil {
			w.fail(work, j, st)
			continue
		}
		good = append(good, j)
	}
	if len(good) == 0 {
		return
	}
	if !w.Ordered {
		w.store(ctx, work, good, st)
		return
	}
	// Workers that fetch at the same moment may be dealt the queue's
	// documents in turn (one 1, 3, 5, the other 2, 4, 6): each run of
	// consecutive documents waits for those before it.
	for _, run := range seqRuns(good) {
		w.waitTurn(ctx, c, run, st)
		w.store(ctx, work, run, st)
	}
}

// seqRuns sorts jobs by their stream sequence and cuts them into runs of
// consecutive sequences, in order. Jobs whose metadata cannot be read
// make one run of all, as fetched.
func seqRuns(jobs []*job) [][]*job {
	seqs := make([]uint64, len(jobs))
	for i, j := range jobs {
		md, err := j.msg.Metadata()
		if err != nil {
			return [][]*job{jobs}
		}
		seqs[i] = md.Sequence.Stream
	}
	var runs [][]*job
	for _, idx := range consecutive(seqs) {
		run := make([]*job, len(idx))
		for k, i := range idx {
			run[k] = jobs[i]
		}
		runs = append(runs, run)
	}
	return runs
}

// consecutive returns the indexes of seqs sorted by their value and cut
// into runs of consecutive values: [5 1 2 7 6] gives [[1 2] [0 4 3]].
func consecutive(seqs []uint64) [][]int {
	idx := make([]int, len(seqs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(seqs[a], seqs[b]) })
	var runs [][]int
	start := 0
	for i := 1; i <= len(idx); i++ {
		if i == len(idx) || seqs[idx[i]] != seqs[idx[i-1]]+1 {
			runs = append(runs, idx[start:i])
			start = i
		}
	}
	return runs
}

// waitTurn returns when every document of the queue before those of jobs
// has been stored (or sent to the dead letters): when the consumer's ack
// floor reaches the first of them. It gives up waiting when the floor
// has not moved for OrderWait, or when ctx ends. It does not wait at all
// when the first document not stored is one this worker gave back to be
// tried again (it comes back later, out of order whatever happens), or
// when the floor stands where it stood still before: a worker that died
// holding documents, or a document tried again by another worker, holds
// up one batch, not every one after it.
func (w *Worker) waitTurn(ctx context.Context, c jetstream.Consumer, jobs []*job, st *WorkerStats) {
	first := uint64(0)
	for _, j := range jobs {
		if md, err := j.msg.Metadata(); err == nil && (first == 0 || md.Sequence.Stream < first) {
			first = md.Sequence.Stream
		}
	}
	if first == 0 {
		return
	}
	limit := w.OrderWait
	if limit <= 0 {
		limit = DefaultOrderWait
	}
	floor, moved := uint64(0), time.Now()
	for ctx.Err() == nil {
		info, err := c.Info(ctx)
		if err == nil {
			at := info.AckFloor.Stream
			for seq := range w.givenBack {
				if seq <= at {
					delete(w.givenBack, seq)
				}
			}
			if at+1 >= first {
				return
			}
			if w.givenBack[at+1] || at+1 == w.stuck {
				st.Unordered++
				return
			}
			if at != floor {
				floor, moved = at, time.Now()
			}
		}
		if time.Since(moved) > limit {
			st.Unordered++
			st.Waited++
			w.stuck = floor + 1
			w.log(fmt.Sprintf("documents before #%d not stored for %s; storing #%d on", first, limit, first))
			return
		}
		sleep(ctx, 10*time.Millisecond)
	}
}

// store stores the coded documents of jobs in one transaction and acks
// them after the commit. While the store is down, it tries again with
// backoff, the documents in progress and their deliveries not spent; when
// ctx ends meanwhile, it gives them back. When the store is up but
// refuses the batch, it stores the documents one by one, and a document
// the store refuses alone fails as one that cannot be coded.
func (w *Worker) store(ctx, work context.Context, jobs []*job, st *WorkerStats) {
	// A document given twice in one batch is stored once, as its last
	// version.
	var batch []*hadath.Coded
	seen := map[string]int{}
	for _, j := range jobs {
		if k, ok := seen[j.doc.ID]; ok {
			batch[k] = j.coded
			continue
		}
		seen[j.doc.ID] = len(batch)
		batch = append(batch, j.coded)
	}
	delay := 250 * time.Millisecond
	for {
		stats, err := w.Store.Ingest(work, batch)
		if err == nil {
			st.IngestStats.Add(stats)
			break
		}
		if ctx.Err() != nil {
			for _, j := range jobs {
				j.msg.Nak()
			}
			st.Retried += len(jobs)
			return
		}
		if _, up := w.Store.DocumentHashes(work, []string{jobs[0].doc.ID}); up == nil {
			if len(jobs) == 1 {
				jobs[0].err = fmt.Errorf("store: %w", err)
				w.fail(work, jobs[0], st)
				return
			}
			w.log(fmt.Sprintf("store %d documents: %v; storing them one by one", len(batch), err))
			for _, j := range jobs {
				w.store(ctx, work, []*job{j}, st)
			}
			return
		}
		w.log(fmt.Sprintf("store %d documents: %v; trying again in %s", len(batch), err, delay))
		sleep(ctx, delay)
		delay = min(2*delay, 10*time.Second)
	}
	for _, j := range jobs {
		if err := j.msg.Ack(); err != nil {
			// Delivered again later and found unchanged in the store.
			w.log(fmt.Sprintf("ack %q: %v", j.doc.ID, err))
		}
	}
	st.Documents += len(jobs)
}

// Decode reads a message of the queue: a document as JSON, with an id.
func Decode(data []byte) (*hadath.Document, error) {
	doc := &hadath.Document{}
	if err := json.Unmarshal(data, doc); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if doc.ID == "" {
		return nil, errors.New("decode: the document has no id")
	}
	return doc, nil
}

// code codes the decoded documents of jobs that the store does not hold
// unchanged, on w.Coders goroutines.
func (w *Worker) code(ctx context.Context, jobs []*job) {
	var ids []string
	for _, j := range jobs {
		if j.doc != nil {
			ids = append(ids, j.doc.ID)
		}
	}
	stored, err := w.Store.DocumentHashes(ctx, ids)
	if err != nil {
		stored = nil // coded again; the store skips them if unchanged
	}
	ch := make(chan *job)
	var wg sync.WaitGroup
	for range max(1, w.Coders) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range ch {
				w.codeOne(ctx, j)
			}
		}()
	}
	for _, j := range jobs {
		if j.doc == nil {
			continue
		}
		hash := ingest.Hash(j.doc)
		if h, ok := stored[j.doc.ID]; ok && h == hash {
			j.coded = &hadath.Coded{Doc: j.doc, Hash: hash}
			continue
		}
		ch <- j
	}
	close(ch)
	wg.Wait()
}

// codeOne codes one document; a panic is an error of the document.
func (w *Worker) codeOne(ctx context.Context, j *job) {
	defer func() {
		if r := recover(); r != nil {
			j.coded, j.err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	res, problems, _, ok := w.Code(ctx, j.doc)
	if !ok {
		j.err = errors.Join(problems...)
		if j.err == nil {
			j.err = errors.New("not coded")
		}
		return
	}
	if res == nil {
		res = hadath.NewResult(j.doc)
	}
	j.coded = &hadath.Coded{Doc: j.doc, Hash: ingest.Hash(j.doc), Result: res}
}

// fail gives a document that could not be coded back to be tried again
// later, or, after its last try or when it cannot be read at all, sends
// it to the dead-letter stream and terminates it.
func (w *Worker) fail(ctx context.Context, j *job, st *WorkerStats) {
	maxTries := w.MaxDeliver
	if maxTries <= 0 {
		maxTries = DefaultMaxDeliver
	}
	var tries uint64 = 1
	if md, err := j.msg.Metadata(); err == nil {
		tries = md.NumDelivered
	}
	if j.doc != nil && tries < uint64(maxTries) {
		j.msg.NakWithDelay(time.Duration(tries) * time.Second)
		st.Retried++
		if md, err := j.msg.Metadata(); err == nil {
			if w.givenBack == nil {
				w.givenBack = map[uint64]bool{}
			}
			w.givenBack[md.Sequence.Stream] = true
		}
		return
	}
	dead := natsgo.NewMsg(DeadSubject)
	dead.Data = j.msg.Data()
	dead.Header.Set(HeaderError, j.err.Error())
	dead.Header.Set(HeaderDeliveries, strconv.FormatUint(tries, 10))
	if _, err := w.Queue.js.PublishMsg(ctx, dead); err != nil {
		w.log(fmt.Sprintf("dead letter: %v; the document is tried again", err))
		j.msg.NakWithDelay(time.Second)
		return
	}
	j.msg.Term()
	st.Dead++
	id := "?"
	if j.doc != nil {
		id = j.doc.ID
	}
	w.log(fmt.Sprintf("document %q after %d tries to the dead letters: %v", id, tries, j.err))
}

// heartbeat tells the server every few seconds that the messages of
// jobs are in progress, until the returned function is called.
func (w *Worker) heartbeat(jobs []*job) (stop func()) {
	wait := w.AckWait
	if wait <= 0 {
		wait = DefaultAckWait
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(wait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, j := range jobs {
					j.msg.InProgress()
				}
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// log reports msg when w.Log is set.
func (w *Worker) log(msg string) {
	if w.Log != nil {
		w.Log(msg)
	}
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
