package source

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// articleHTML returns an invented news page with a menu, an article of
// the paragraphs and a footer. site and published are left out when empty.
func articleHTML(title, site, published string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="ar-JO" dir="rtl"><head><meta charset="utf-8"><title>%s | موقع الأخبار</title>`, title)
	if site != "" {
		fmt.Fprintf(&b, `<meta property="og:site_name" content="%s">`, site)
	}
	if published != "" {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, published)
	}
	b.WriteString(`</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>`)
	fmt.Fprintf(&b, "<article><h1>%s</h1>\n", title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><footer><p>جميع الحقوق محفوظة</p></footer></body></html>`)
	return b.String()
}

func TestParsePage(t *testing.T) {
	base, _ := url.Parse("https://news.example/world/item?id=5")
	win := func(s string) string {
		b, err := charmap.Windows1256.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name, html, ctype string
		base              *url.URL
		want              page // Text: a part of the text
	}{
		{"meta", articleHTML("افتتاح جسر جديد في الزرقاء", "أخبار المدن", "2024-03-05T09:30:00+03:00", textAr, textAr2), "", nil,
			page{Title: "افتتاح جسر جديد في الزرقاء", Text: textAr2, Published: "2024-03-05T09:30:00+03:00", Site: "أخبار المدن", Lang: "ar"}},
		{"itemprop", `<html><head><title>Fog</title><link rel="canonical" href="/world/fog"></head><body><p>` + strings.Repeat("The harbour stayed closed all morning. ", 5) +
			`</p><span itemprop="datePublished" content="2023-11-02">2 Nov</span></body></html>`, "", base,
			page{Title: "Fog", Text: "harbour stayed closed", Published: "2023-11-02", URL: "https://news.example/world/fog"}},
		{"time", `<html><body><article><time datetime="2022-06-01T10:00">June</time><p>` + textAr + `</p></article></body></html>`, "", nil,
			page{Text: textAr, Published: "2022-06-01T10:00:00Z"}},
		{"og url", `<html><head><meta property="og:url" content="https://a.example/x"></head><body><p>` + textAr2 + `</p></body></html>`, "", base,
			page{Text: textAr2, URL: "https://a.example/x"}},
		{"relative canonical without base", `<html><head><link rel="canonical" href="/x"></head><body><p>` + textAr + `</p></body></html>`, "", nil,
			page{Text: textAr}},
		{"windows-1256 in meta", win(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>` + textAr + `</p></body></html>`), "", nil,
			page{Text: textAr}},
		{"windows-1256 in header", win(`<html><body><p>` + textAr2 + `</p></body></html>`), "text/html; charset=windows-1256", nil,
			page{Text: textAr2}},
		{"invalid UTF-8", "<html><body><p>سطر \xff أول</p></body></html>", "", nil,
			page{Text: "سطر \uFFFD أول", Repaired: true}},
		{"broken", brokenEn, "", nil, page{Text: "ferry to the island"}},
		{"text only", "just words, no tags", "", nil, page{Text: "just words, no tags"}},
	}
	for _, tt := range tests {
		p, err := parsePage([]byte(tt.html), tt.ctype, tt.base)
		if err != nil {
			t.Errorf("parsePage(%s) = %v; want a page", tt.name, err)
			continue
		}
		w := tt.want
		if !strings.Contains(p.Text, w.Text) {
			t.Errorf("parsePage(%s).Text = %q; want it to contain %q", tt.name, p.Text, w.Text)
		}
		g := [...]string{p.Title, p.Published, p.Site, p.URL, p.Lang, fmt.Sprint(p.Repaired)}
		if want := [...]string{w.Title, w.Published, w.Site, w.URL, w.Lang, fmt.Sprint(w.Repaired)}; g != want {
			t.Errorf("parsePage(%s) title, published, site, url, lang, repaired = %q; want %q", tt.name, g, want)
		}
	}
}

func TestParsePageErrors(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<script>var x = 1;</script>", "<!-- -->"} {
		if p, err := parsePage([]byte(in), "", nil); err != errNoText {
			t.Errorf("parsePage(%q) = %+v, %v; want %v", in, p, err, errNoText)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-01-20", "2024-01-20"},
		{" 2024-01-20T08:15:00+02:00 ", "2024-01-20T08:15:00+02:00"},
		{"2024-01-20T08:15:00.123Z", "2024-01-20T08:15:00Z"},
		{"2024-01-20 08:15:00", "2024-01-20T08:15:00Z"},
		{"Sat, 20 Jan 2024 08:15:00 +0000", "2024-01-20T08:15:00Z"},
		{"20/01/2024", ""},
		{"0001-01-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := parseDate(tt.in); got != tt.want {
			t.Errorf("parseDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \t b  \n\n\n\n c\u00a0d \n", "a b\n\nc d"},
		{"\n\nسطر\nسطر ثان\n", "سطر\nسطر ثان"},
		{"\u0627\u0654", "\u0623"}, // alef with hamza above, composed
		{"x\xffy", "x\uFFFDy"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestLangOf(t *testing.T) {
	tests := []struct{ in, want string }{{"ar", "ar"}, {"AR-eg", "ar"}, {"en_GB", "en"}, {"fr", ""}, {"", ""}}
	for _, tt := range tests {
		if got := langOf(tt.in); got != tt.want {
			t.Errorf("langOf(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzHTML feeds arbitrary pages to the extraction: it must not panic, and
// a page it returns must have text, and every field must be valid UTF-8.
func FuzzHTML(f *testing.F) {
	f.Add([]byte(articleHTML("عنوان", "موقع", "2024-01-01", textAr)), "")
	f.Add([]byte(brokenEn), "text/html; charset=windows-1256")
	f.Add([]byte("<html><head><meta charset=windows-1256><title>\xc7\xe1</title></head><body><p>\xe3\xd1\xcd\xc8\xc7</p>"), "")
	f.Add([]byte("<time datetime='2024-13-45'>x</time><p itemprop=datePublished>y"), "")
	f.Add([]byte("<svg><title>a</title></svg><table><tr><td>\x00b</td></tr>"), "")
	f.Fuzz(func(t *testing.T, data []byte, ctype string) {
		if len(data) > 4096 {
			return // a bound on the input keeps every run, and minimizing, quick
		}
		done := make(chan struct{})
		var p *page
		var err error
		go func() { p, err = parsePage(data, ctype, nil); close(done) }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("parsePage(%q, %q) takes more than 2s", data, ctype)
		}
		if err != nil {
			return
		}
		if p.Text == "" {
			t.Errorf("parsePage(%q) has no text and no error", data)
		}
		for _, s := range []string{p.Title, p.Text, p.Published, p.Site, p.URL, p.Lang} {
			if !utf8.ValidString(s) {
				t.Errorf("parsePage(%q) gave invalid UTF-8 %q", data, s)
			}
		}
	})
}

func BenchmarkParsePage(b *testing.B) {
	paras := make([]string, 12)
	for i := range paras {
		paras[i] = textAr + " " + textAr2
	}
	body := []byte(articleHTML("افتتاح جسر جديد في الزرقاء", "أخبار المدن", "2024-03-05", paras...))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := parsePage(body, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}
