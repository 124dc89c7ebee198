package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hadath/hadath"
)

func TestScaleProbe(t *testing.T) {
	x := extractor(t)
	for _, s := range []string{
		"هجوم ",
		"قصف ",
		"قصفت طائرات حربية مواقع في المدينة ",
	} {
		for _, kb := range []int{25, 50, 100} {
			d := &hadath.Document{ID: "d", Published: "2024-01-20", Text: strings.Repeat(s, kb<<10/len(s)+1)}
			t0 := time.Now()
			res, err := x.Extract(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Printf("%.20s %d KB: %v, %d events %d aggs\n", s, kb, time.Since(t0), len(res.Events), len(res.Aggregates))
		}
	}
}
