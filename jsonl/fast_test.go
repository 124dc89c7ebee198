package jsonl

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// fastCases are input lines fastWire must read as json.Unmarshal does, or
// leave to it.
var fastCases = []string{
	`{"id":"a","text":"نص","lang":"ar","published":"2024-01-20","source":"S","url":"u","title":"T","section":"x"}`,
	`{"id": 42, "text": "t"}`,
	`{"id":-1.5e+3,"text":"t"}`,
	`{ "id" : "a" , "text" : "سطر\nسطر \"مقتبس\" \\ \/ \t\r\b\f \u0041\u00e9\u0627" }`,
	`{"id":"a","text":"\ud83d\ude00 pair"}`,
	`{"id":"a","text":"\ud83d alone"}`,
	`{"id":"a","text":"t","extra":{"nested":[1,2]}}`,
	`{"id":"a","text":"t","n":null,"b":true,"f":false,"x":-0.5,"s":"\u0041"}`,
	`{"ID":"a","Text":"t"}`,
	`{"id":"a","text":"t","TITLE":"folded"}`,
	`{"id":"a","text":null}`,
	`{"id":"a","text":"one","text":"two"}`,
	`{"id":"a","text":5}`,
	`{"id":{},"text":"t"}`,
	`{"id":null,"text":"t"}`,
	`{"id":01,"text":"t"}`,
	`{"id":"a","text":"t"} x`,
	`{"id":"a","text":"t",}`,
	`{"id":"a","text":"bad \x escape"}`,
	`{"id":"a","text":"raw` + "\t" + `tab"}`,
	`{"id":"a","title":"\u00"}`,
	`{"\u0069d":"a","text":"t"}`,
	`{}`,
	`{"id":"a","text":"t"`,
}

// TestFastWire checks that what fastWire reads, it reads as
// json.Unmarshal does.
func TestFastWire(t *testing.T) {
	read := 0
	for _, line := range fastCases {
		var fast, slow wire
		_, ok := fastWire([]byte(line), &fast, nil)
		err := json.Unmarshal([]byte(line), &slow)
		if !ok {
			continue
		}
		read++
		if err != nil {
			t.Errorf("%s: fastWire read what json.Unmarshal refuses (%v)", line, err)
		} else if !reflect.DeepEqual(norm(fast), norm(slow)) {
			t.Errorf("%s: fastWire read %+v, json.Unmarshal %+v", line, norm(fast), norm(slow))
		}
	}
	if read < 6 {
		t.Errorf("fastWire read only %d of the plain lines", read)
	}
}

// norm returns w with its pointer replaced by its value, for comparing.
func norm(w wire) []string {
	text := "<nil>"
	if w.Text != nil {
		text = *w.Text
	}
	return []string{string(bytes.TrimSpace(w.ID)), text, w.Lang, w.Published, w.Source, w.URL, w.Title}
}

// FuzzFastWire checks fastWire against json.Unmarshal on any line.
func FuzzFastWire(f *testing.F) {
	for _, c := range fastCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, line string) {
		line = strings.ToValidUTF8(strings.TrimSpace(line), "\uFFFD")
		var fast, slow wire
		if _, ok := fastWire([]byte(line), &fast, nil); !ok {
			return
		}
		if err := json.Unmarshal([]byte(line), &slow); err != nil {
			t.Fatalf("%q: fastWire read what json.Unmarshal refuses (%v)", line, err)
		}
		if !reflect.DeepEqual(norm(fast), norm(slow)) {
			t.Fatalf("%q: fastWire read %q, json.Unmarshal %q", line, norm(fast), norm(slow))
		}
	})
}

// BenchmarkDecode decodes a line of the common form, with escapes.
func BenchmarkDecode(b *testing.B) {
	line := `{"id":"doc-1","text":"` + strings.Repeat(`قال مسؤول إن هجوما وقع في المدينة.\n`, 80) +
		`","lang":"ar","published":"2024-01-20","source":"S","url":"https://x/y","title":"عنوان"}` + "\n"
	src := strings.Repeat(line, 100)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		d := NewDecoder(strings.NewReader(src), "bench", 0)
		for {
			if _, err := d.Next(); err != nil {
				break
			}
		}
	}
}
