package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// A person the dictionary does not know is read from the shape of the
// name, named by its Arabic, and fills a role the event leaves empty; a
// given name with no more of a name after it, or a common word after it,
// is no person.
func TestExtractUnknownPersons(t *testing.T) {
	tests := []struct {
		text, typ, target string
	}{
		{"اعتقلت قوات الأمن الأردنية الناشط سامر حداد في عمان يوم الأحد.", hadath.Coerce, "سامر حداد"},
		{"أصيب الطفل يوسف البرغوثي برصاص الجيش الإسرائيلي قرب نابلس.", hadath.Assault, "يوسف البرغوثي"},
		{"اعتقلت قوات الأمن الأردنية مراد الرد على الاتهامات في عمان يوم الأحد.", hadath.Coerce, ""},
		{"اعتقلت قوات الأمن الأردنية خالد في عمان يوم الأحد.", hadath.Coerce, ""},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2020-01-20"), tt.typ)
		got := ""
		if ev.Target != nil {
			got = ev.Target.NameAr
			if ev.Target.Name != got || ev.Target.Kind != hadath.PER || ev.Target.Span == nil || ev.Target.Span.Text != got {
				t.Errorf("Extract(%q).target = %+v; want a person named by the span", tt.text, ev.Target)
			}
		}
		if got != tt.target {
			t.Errorf("Extract(%q).target.name_ar = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// A given name before a word that is no part of a name is no person:
// an age (عمر ناهز), luck (حسن الحظ), a suit filed (رفعت دعوى),
// pseudonyms (أسماء مستعارة).
func TestExtractNotPersons(t *testing.T) {
	for _, text := range []string{
		"توفي الوزير السابق عن عمر ناهز 80 عاما.",
		"وقال المسؤول إن حسن الحظ أنقذ الركاب.",
		"اعتقلت الشرطة رجلا، ورفعت دعوى ضده.",
		"نشر الناشطون مقالات بأسماء مستعارة.",
	} {
		for _, en := range runAll(t, text, "2018-10-10").Entities {
			if en.Type == hadath.PER {
				t.Errorf("Extract(%q): person %q; want none", text, en.Text)
			}
		}
	}
}

// A hashtag joins the words of a name with underscores: the person is
// named with spaces, and the span cuts the text as written.
func TestExtractHashtagPerson(t *testing.T) {
	const text = "اعتقلت قوات الأمن الأردنية الناشط #سامر_حداد في عمان يوم الأحد."
	ev := only(t, run(t, text, "2020-01-20"), hadath.Coerce)
	if a := ev.Target; a == nil || a.Name != "سامر حداد" || a.Kind != hadath.PER || a.Span == nil || a.Span.Text != "سامر_حداد" {
		t.Errorf("Extract(%q).target = %+v; want the person سامر حداد, spanning سامر_حداد", text, a)
	}
}

// An office whose holder's name follows it, with or without a comma
// between, is that person, with the office's country and sector: past a
// word of renown too (البارز), and a name may open with a kunya (أبو)
// there.
func TestExtractOfficeHolder(t *testing.T) {
	tests := []struct{ text, name, span string }{
		{"التقى وزير الداخلية الأردني سامر حداد السفير الفرنسي في عمان يوم الأحد.", "سامر حداد", "وزير الداخلية الأردني سامر حداد"},
		{"التقى وزير الداخلية الأردني، سامر حداد، السفير الفرنسي في عمان يوم الأحد.", "سامر حداد", "وزير الداخلية الأردني، سامر حداد"},
		{"التقى وزير الداخلية الأردني المخضرم سامر حداد السفير الفرنسي في عمان يوم الأحد.", "سامر حداد", "وزير الداخلية الأردني المخضرم سامر حداد"},
		{"التقى وزير الداخلية الأردني، أبو خالد الحمداني، السفير الفرنسي في عمان يوم الأحد.", "أبو خالد الحمداني", "وزير الداخلية الأردني، أبو خالد الحمداني"},
	}
	for _, tt := range tests {
		ev := only(t, run(t, tt.text, "2020-01-20"), hadath.Consult)
		a := ev.Actor
		if a == nil || a.NameAr != tt.name || a.Country != "JO" || a.Sector != hadath.SectorGovernment || a.Generic ||
			a.Span == nil || a.Span.Text != tt.span {
			t.Errorf("Extract(%q).actor = %+v; want the Jordanian minister %s, spanning %q", tt.text, a, tt.name, tt.span)
		}
	}
}

// A person named in full is named again by the last word of the name
// alone, with or without a proclitic: that word takes the full name, and
// its span cuts the word as written. A last word two persons share, or
// one in the shape of a common noun (ة, tanween), names no one.
func TestExtractSurname(t *testing.T) {
	tests := []struct {
		text, typ, target, span string
	}{
		{"وصل الكاتب سامر حداد إلى عمان يوم السبت. واعتقلت قوات الأمن الأردنية حداد في المطار يوم الأحد.",
			hadath.Coerce, "سامر حداد", "حداد"},
		{"وصل الكاتب سامر حداد إلى عمان يوم السبت. وأفرجت قوات الأمن الأردنية عن حداد في المطار يوم الأحد.",
			hadath.Retreat, "سامر حداد", "حداد"},
		{"وصل الكاتبان سامر حداد وزياد حداد إلى عمان يوم السبت. واعتقلت قوات الأمن الأردنية حداد في المطار يوم الأحد.",
			hadath.Coerce, "", ""},
		{"وصل الكاتب سامر قمرية إلى عمان يوم السبت. واعتقلت قوات الأمن الأردنية قمرية في المطار يوم الأحد.",
			hadath.Coerce, "", ""},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2020-01-20")
		ev := only(t, res, tt.typ)
		got, span := "", ""
		if a := ev.Target; a != nil && a.Kind == hadath.PER {
			got = a.NameAr
			if a.Span != nil {
				span = a.Span.Text
			}
		}
		if got != tt.target || span != tt.span {
			t.Errorf("Extract(%q).target = %q spanning %q; want %q spanning %q", tt.text, got, span, tt.target, tt.span)
		}
	}
}
