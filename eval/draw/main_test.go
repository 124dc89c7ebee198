package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestApportion(t *testing.T) {
	tests := []struct {
		n     int
		sizes []int
		want  []int
	}{
		{10, []int{5, 5}, []int{5, 5}},
		{10, []int{1, 1, 1}, []int{4, 3, 3}}, // ties to the earlier
		{7, []int{50, 30, 20}, []int{4, 2, 1}},
		{480, []int{2025, 2338, 2365, 3486, 7530}, []int{55, 63, 64, 94, 204}},
		{0, []int{3, 4}, []int{0, 0}},
	}
	for _, tt := range tests {
		if got := apportion(tt.n, tt.sizes); !slices.Equal(got, tt.want) {
			t.Errorf("apportion(%d, %v) = %v; want %v", tt.n, tt.sizes, got, tt.want)
		}
	}
}

// TestDrawRepeats draws again from the corpus with the flags recorded in
// eval/draw.tsv and checks that the same file comes out.
func TestDrawRepeats(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	corpus := filepath.Join(shared, "corpus", "ant-news.jsonl.gz")
	dev := filepath.Join(shared, "eval", "dev", "docs.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	want, err := os.ReadFile(filepath.Join("..", "draw.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	o := options{seed: 20261204, n: 480, test: 130, batches: 16, agree: 30, extra: []int{90, 120}, extraBatches: []int{6, 8}}
	if err := run(&got, corpus, dev, o); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the draw differs from eval/draw.tsv; run go run ./eval/draw > eval/draw.tsv and look at the change")
	}
}

func TestInts(t *testing.T) {
	tests := []struct {
		in   string
		want []int
		bad  bool
	}{
		{"", nil, false},
		{"90", []int{90}, false},
		{"90,120", []int{90, 120}, false},
		{" 90 , 120 ", []int{90, 120}, false},
		{"90,x", nil, true},
	}
	for _, tt := range tests {
		got, err := ints(tt.in)
		if (err != nil) != tt.bad || !slices.Equal(got, tt.want) {
			t.Errorf("ints(%q) = %v, %v; want %v (error %t)", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

// TestRunRejectsBadRounds checks that extra rounds and their batches must
// pair up and be positive, before any corpus is read.
func TestRunRejectsBadRounds(t *testing.T) {
	for _, o := range []options{
		{seed: 1, n: 10, test: 2, batches: 2, extra: []int{5}},
		{seed: 1, n: 10, test: 2, batches: 2, extra: []int{5, 0}, extraBatches: []int{1, 1}},
		{seed: 1, n: 10, test: 2, batches: 2, extra: []int{5}, extraBatches: []int{0}},
	} {
		if err := run(io.Discard, "no-corpus", "no-dev", o); err == nil || !strings.Contains(err.Error(), "extra") {
			t.Errorf("run(%+v) = %v; want an error about the extra rounds", o, err)
		}
	}
}
