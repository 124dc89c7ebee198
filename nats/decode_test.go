package nats_test

import (
	"encoding/json"
	"testing"

	"github.com/hadath/hadath"
	hnats "github.com/hadath/hadath/nats"
)

// TestDecode checks the messages a worker can and cannot read.
func TestDecode(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{`{"id":"a","text":"t"}`, "a"},
		{`{"text":"t"}`, "decode: the document has no id"},
		{`{"id":`, "decode: unexpected end of JSON input"},
		{`[1]`, "decode: json: cannot unmarshal array into Go value of type hadath.Document"},
	}
	for _, tt := range tests {
		doc, err := hnats.Decode([]byte(tt.in))
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = doc.ID
		}
		if got != tt.want {
			t.Errorf("Decode(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzDecode checks that any message gives a document with an id that
// encodes back to the same document, or an error, never a panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"x","title":"t","text":"نص"}`))
	f.Add([]byte(`{"id":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 512 {
			return
		}
		doc, err := hnats.Decode(data)
		if err != nil {
			return
		}
		if doc.ID == "" {
			t.Fatalf("Decode(%q) gave a document without id", data)
		}
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var again hadath.Document
		if err := json.Unmarshal(b, &again); err != nil || again.ID != doc.ID || again.Text != doc.Text {
			t.Fatalf("Decode(%q) = %+v; does not encode back: %v", data, doc, err)
		}
	})
}
