package actors

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/hadath/hadath/lang/ar"
)

func TestDebugFind(t *testing.T) {
	s := os.Getenv("ACTORS_DEBUG")
	if s == "" {
		t.Skip()
	}
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	x := ar.NewAnalyzer().Analyze(s)
	for _, m := range d.Find(x) {
		t.Logf("%q [%d,%d) %s | %s %s %s gen=%v kind=%s", m.Actor.Span.Text, m.Start, m.End, m.Actor.Name, m.Actor.Country, m.Actor.Sector, m.Number, m.Actor.Generic, m.Actor.Kind)
	}
}

func TestDebugCorpus(t *testing.T) {
	path := os.Getenv("ACTORS_CORPUS")
	if path == "" {
		t.Skip()
	}
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	a := ar.NewAnalyzer()
	counts := map[string]int{}
	var n, chars int
	var dur time.Duration
	for sc.Scan() {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		x := a.Analyze(doc.Text)
		t0 := time.Now()
		ms := d.Find(x)
		dur += time.Since(t0)
		n++
		chars += len([]rune(doc.Text))
		for _, m := range ms {
			counts[m.Actor.Name+"\t"+m.Actor.Span.Text]++
		}
	}
	t.Logf("%d docs, %d chars, Find total %v, %v/doc", n, chars, dur, dur/time.Duration(n))
	out, _ := os.Create(os.Getenv("ACTORS_OUT"))
	defer out.Close()
	for k, c := range counts {
		fmt.Fprintf(out, "%d\t%s\n", c, k)
	}
}
