package extract

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// TestVerdictExamples checks that a reviewed record teaches the mention
// model one lesson, from the candidate of its type at its trigger, and
// that nothing else in the document teaches anything.
func TestVerdictExamples(t *testing.T) {
	const text = "قصفت طائرات حربية موقعا للمسلحين قرب الموصل صباح الثلاثاء. وتظاهر مئات الطلاب أمام البرلمان في بغداد احتجاجا على البطالة."
	at := func(word string) hadath.Span {
		i := strings.Index(text, word)
		s := utf8.RuneCountInString(text[:i])
		return hadath.Span{Start: s, End: s + utf8.RuneCountInString(word)}
	}
	d := &hadath.Document{ID: "verdict-test", Text: text, Published: "2018-03-08"}
	tests := []struct {
		name string
		vs   []Verdict
		want []string // the mention lessons' labels
	}{
		{"right", []Verdict{{Type: hadath.Assault, Span: at("قصفت"), Right: true}}, []string{classEvent}},
		{"wrong", []Verdict{{Type: hadath.Assault, Span: at("قصفت")}}, []string{classNone}},
		{"both", []Verdict{{Type: hadath.Assault, Span: at("قصفت"), Right: true}, {Type: hadath.Protest, Span: at("وتظاهر")}}, []string{classEvent, classNone}},
		{"other type", []Verdict{{Type: hadath.Protest, Span: at("قصفت"), Right: true}}, nil},
		{"elsewhere", []Verdict{{Type: hadath.Assault, Span: at("البرلمان"), Right: true}}, nil},
		{"none", nil, nil},
	}
	x := rulesX.get(t)
	for _, tt := range tests {
		var ex Examples
		if err := x.VerdictExamples(context.Background(), d, tt.vs, &ex); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, e := range ex.Mention {
			got = append(got, e.Label)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("VerdictExamples(%s) mention lessons = %q; want %q", tt.name, got, tt.want)
		}
		if n := ex.Len() - len(ex.Mention); n != 0 {
			t.Errorf("VerdictExamples(%s) taught the other models %d lessons; want 0", tt.name, n)
		}
	}
}
