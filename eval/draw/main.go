// Command draw draws the documents of the annotated train and test sets at
// random from the ANT news corpus, and splits them once.
//
//	go run ./eval/draw -seed 20261204 -n 480 -test 130 > eval/draw.tsv
//
// The draw is stratified by source: each outlet gets its share of the n
// documents in proportion to its share of the corpus (largest remainders
// first). Within an outlet, documents are taken in the order of
// SHA-256("seed/id"), a fixed order any language can recompute, skipping
// the development documents, any near-copy of one, and any near-copy of a
// document already drawn (see eval.NearCopyThreshold). Nothing about a
// story's content decides whether it is drawn: stories with no event stay.
//
// The split is made the same way within each outlet: its share of the test
// documents are those of its drawn documents first in the order of
// SHA-256("seed/split/id"); the rest are train.
//
// Two more columns serve the annotation. batch deals all drawn documents,
// in the order of SHA-256("seed/batch/id"), into -batches batches in turn,
// so each annotator gets a mix of outlets and of both splits without
// knowing which is which. agree marks the -agree test documents first in
// the order of SHA-256("seed/agree/id"): those are annotated a second time,
// independently, to measure agreement.
//
// -extra draws more documents for the train split alone, after the first
// n: each outlet's share of them are the next in its draw order, with the
// same skips (near-copies of any document drawn before are left out too).
// They are dealt, in the order of SHA-256("seed/extra-batch/id"), into
// -extra-batches more batches numbered after the first. The first n
// documents, their split and their batches stay as they were. Both flags
// take a comma list, one number a round: a later round draws after the
// earlier ones (its order of dealing is SHA-256("seed/extra-batch/R/id")
// for round R from 2), so adding a round changes none before it.
//
//	go run ./eval/draw -seed 20261204 -n 480 -test 130 -extra 90,120 -extra-batches 6,8 > eval/draw.tsv
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hadath/hadath/eval"
)

func main() {
	shared := filepath.Join("..", "shared")
	corpus := flag.String("corpus", filepath.Join(shared, "corpus", "ant-news.jsonl.gz"), "the corpus to draw from")
	dev := flag.String("dev", filepath.Join(shared, "eval", "dev", "docs.jsonl"), "the development documents, left out with their near-copies")
	seed := flag.Uint64("seed", 20261204, "the seed of the draw and the split")
	n := flag.Int("n", 480, "how many documents to draw")
	test := flag.Int("test", 130, "how many of them go to the test split")
	nBatch := flag.Int("batches", 16, "how many annotation batches to deal the documents into")
	nAgree := flag.Int("agree", 30, "how many test documents to annotate twice")
	extra := flag.String("extra", "", "how many more documents to draw for the train split alone, a comma list of rounds")
	extraBatches := flag.String("extra-batches", "", "how many more batches to deal each round's documents into, a comma list")
	flag.Parse()
	o := options{seed: *seed, n: *n, test: *test, batches: *nBatch, agree: *nAgree}
	var err error
	if o.extra, err = ints(*extra); err == nil {
		o.extraBatches, err = ints(*extraBatches)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(2)
	}
	if err := run(os.Stdout, *corpus, *dev, o); err != nil {
		fmt.Fprintln(os.Stderr, "draw:", err)
		os.Exit(1)
	}
}

// drawn is one drawn document and its split.
type drawn struct {
	eval.Article
	split string
	batch int  // annotation batch, from 1
	agree bool // annotated twice
}

// options are the flags of a draw.
type options struct {
	seed                    uint64
	n, test, batches, agree int
	extra, extraBatches     []int // per round
}

// ints parses a comma list of numbers; "" is none.
func ints(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("bad number %q in %q", f, s)
		}
		out = append(out, n)
	}
	return out, nil
}

func run(w io.Writer, corpusPath, devPath string, o options) error {
	seed, n, nTest, nBatch, nAgree := o.seed, o.n, o.test, o.batches, o.agree
	if n <= 0 || nTest < 0 || nTest > n || nBatch <= 0 || nAgree < 0 || nAgree > nTest {
		return fmt.Errorf("want n > 0, 0 <= agree <= test <= n and batches > 0; have n %d, test %d, agree %d, batches %d",
			n, nTest, nAgree, nBatch)
	}
	if len(o.extra) != len(o.extraBatches) {
		return fmt.Errorf("want as many extra-batches as extra rounds; have %v and %v", o.extra, o.extraBatches)
	}
	for r := range o.extra {
		if o.extra[r] <= 0 || o.extraBatches[r] <= 0 {
			return fmt.Errorf("want extra > 0 and extra-batches > 0; have %v and %v", o.extra, o.extraBatches)
		}
	}
	arts, err := eval.ReadCorpus(corpusPath, nil)
	if err != nil {
		return err
	}
	devArts, err := eval.ReadCorpus(devPath, nil)
	if err != nil {
		return err
	}
	devIdx, devIDs := eval.NewCopyIndex(), map[string]bool{}
	for _, a := range devArts {
		devIdx.Add(a.ID, a.Text)
		devIDs[a.ID] = true
	}

	strata := map[string][]eval.Article{}
	for _, a := range arts {
		strata[a.Source] = append(strata[a.Source], a)
	}
	sources := make([]string, 0, len(strata))
	sizes := make([]int, 0, len(strata))
	for s := range strata {
		sources = append(sources, s)
	}
	slices.Sort(sources)
	for _, s := range sources {
		sizes = append(sizes, len(strata[s]))
	}
	quota := apportion(n, sizes)

	drawnIdx := eval.NewCopyIndex()
	var out []drawn
	skipped := map[string]int{}
	// take draws the next want documents of a source from docs[*pos:].
	take := func(s string, docs []eval.Article, pos *int, want int, why string) ([]eval.Article, error) {
		var got []eval.Article
		for ; *pos < len(docs) && len(got) < want; *pos++ {
			a := docs[*pos]
			switch {
			case devIDs[a.ID]:
				skipped[why+"dev document"]++
				continue
			case strings.TrimSpace(a.Text) == "":
				skipped[why+"empty text"]++
				continue
			}
			if id, _ := devIdx.CopyOf(a.Text); id != "" {
				skipped[why+"near-copy of a dev document"]++
				continue
			}
			if id, _ := drawnIdx.CopyOf(a.Text); id != "" {
				skipped[why+"near-copy of a drawn document"]++
				continue
			}
			drawnIdx.Add(a.ID, a.Text)
			got = append(got, a)
		}
		if len(got) < want {
			return nil, fmt.Errorf("source %q: only %d of %d documents could be drawn", s, len(got), want)
		}
		return got, nil
	}
	pos := make([]int, len(sources))
	for i, s := range sources {
		docs := strata[s]
		slices.SortFunc(docs, func(a, b eval.Article) int {
			return strings.Compare(key(seed, "", a.ID), key(seed, "", b.ID))
		})
		got, err := take(s, docs, &pos[i], quota[i], "")
		if err != nil {
			return err
		}
		out = append(out, splitStratum(seed, got, apportion(nTest, sizes)[i])...)
	}
	assign(seed, out, nBatch, nAgree)

	next := nBatch + 1
	for r, want := range o.extra {
		var more []drawn
		for i, s := range sources {
			got, err := take(s, strata[s], &pos[i], apportion(want, sizes)[i], "extra: ")
			if err != nil {
				return err
			}
			for _, a := range got {
				more = append(more, drawn{Article: a, split: "train"})
			}
		}
		prefix := "extra-batch/"
		if r > 0 {
			prefix = fmt.Sprintf("extra-batch/%d/", r+1)
		}
		slices.SortFunc(more, func(a, b drawn) int {
			return strings.Compare(key(seed, prefix, a.ID), key(seed, prefix, b.ID))
		})
		for k := range more {
			more[k].batch = next + k%o.extraBatches[r]
		}
		next += o.extraBatches[r]
		out = append(out, more...)
	}

	bw := bufio.NewWriter(w)
	flags := fmt.Sprintf("-seed %d -n %d -test %d -batches %d -agree %d", seed, n, nTest, nBatch, nAgree)
	if len(o.extra) > 0 {
		flags += fmt.Sprintf(" -extra %s -extra-batches %s", join(o.extra), join(o.extraBatches))
	}
	fmt.Fprintf(bw, "# go run ./eval/draw %s (corpus %s)\n", flags, filepath.Base(corpusPath))
	for _, k := range slices.Sorted(maps.Keys(skipped)) {
		fmt.Fprintf(bw, "# skipped: %s: %d\n", k, skipped[k])
	}
	fmt.Fprintln(bw, "id\tsource\tsection\tpublished\tsplit\tbatch\tagree")
	slices.SortFunc(out, func(a, b drawn) int {
		if c := strings.Compare(a.split, b.split); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for _, d := range out {
		agree := "-"
		if d.agree {
			agree = "yes"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\tb%02d\t%s\n", d.ID, d.Source, d.Section, d.Published, d.split, d.batch, agree)
	}
	return bw.Flush()
}

// splitStratum marks the first nTest of docs in the split order as test
// and the rest as train.
func splitStratum(seed uint64, docs []eval.Article, nTest int) []drawn {
	slices.SortFunc(docs, func(a, b eval.Article) int {
		return strings.Compare(key(seed, "split/", a.ID), key(seed, "split/", b.ID))
	})
	out := make([]drawn, len(docs))
	for i, a := range docs {
		out[i] = drawn{Article: a, split: "train"}
		if i < nTest {
			out[i].split = "test"
		}
	}
	return out
}

// assign deals the drawn documents into nBatch batches and marks the
// nAgree test documents to annotate twice.
func assign(seed uint64, docs []drawn, nBatch, nAgree int) {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	byKey := func(prefix string) func(a, b int) int {
		return func(a, b int) int {
			return strings.Compare(key(seed, prefix, docs[a].ID), key(seed, prefix, docs[b].ID))
		}
	}
	slices.SortFunc(order, byKey("batch/"))
	for k, i := range order {
		docs[i].batch = k%nBatch + 1
	}
	slices.SortFunc(order, byKey("agree/"))
	for _, i := range order {
		if nAgree > 0 && docs[i].split == "test" {
			docs[i].agree = true
			nAgree--
		}
	}
}

// key returns the hex SHA-256 of "seed/prefix+id", the order of the draw.
func key(seed uint64, prefix, id string) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%d/%s%s", seed, prefix, id)))
	return hex.EncodeToString(h[:])
}

// apportion divides n among strata in proportion to their sizes, giving
// the seats left over to the largest remainders (ties to the earlier).
func apportion(n int, sizes []int) []int {
	total := 0
	for _, s := range sizes {
		total += s
	}
	out := make([]int, len(sizes))
	rem := make([]int, len(sizes))
	left := n
	for i, s := range sizes {
		out[i] = n * s / total
		rem[i] = n * s % total
		left -= out[i]
	}
	order := make([]int, len(sizes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rem[b] - rem[a] })
	for _, i := range order[:left] {
		out[i]++
	}
	return out
}

// join writes numbers as a comma list.
func join(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}
