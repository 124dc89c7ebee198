package source

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// errNoText reports a page in which no text was found.
var errNoText = errors.New("no main text found in the page")

// page is what is extracted from one HTML page.
type page struct {
	Title     string
	Text      string // the main text: paragraphs apart by a blank line
	Published string // an ISO date or an RFC 3339 time, or empty
	Site      string // the site's name
	URL       string // the canonical URL, absolute; empty when unknown
	Lang      string // "ar" or "en" when the page says so, else empty
	Repaired  bool   // the page was invalid UTF-8, repaired with U+FFFD
}

// pageItem returns the item of the document of an extracted page.
func (r *Reader) pageItem(where, id string, p *page) *Item {
	doc := &hadath.Document{ID: id, Text: p.Text, Lang: p.Lang, Published: p.Published,
		Source: p.Site, URL: p.URL, Title: p.Title}
	it := &Item{Where: where, Doc: doc}
	if p.Repaired {
		it.Errs = append(it.Errs, jsonl.ErrInvalidUTF8)
	}
	r.fill(doc)
	return it
}

// parsePage extracts the main text and the metadata of an HTML page.
// contentType is the page's Content-Type header, if any, which may name
// its charset; base is its URL, nil for a file. Broken HTML gives a best
// effort or an error, never a panic.
func parsePage(body []byte, contentType string, base *url.URL) (p *page, err error) {
	defer func() {
		if v := recover(); v != nil {
			p, err = nil, fmt.Errorf("parse HTML: %v", v)
		}
	}()
	src, repaired := decodeHTML(body, contentType)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	m := readMeta(doc, base)
	p = &page{Title: m.title, Site: m.site, URL: m.url, Lang: m.lang, Repaired: repaired}
	parser := readability.NewParser()
	if art, err := parser.ParseAndMutate(doc, base); err == nil {
		if t := cleanLine(art.Title()); t != "" {
			p.Title = t
		}
		if p.Site == "" {
			p.Site = cleanLine(art.SiteName())
		}
		if t, err := art.PublishedTime(); err == nil && plausible(t) {
			p.Published = t.Format(time.RFC3339)
		}
		if p.Lang == "" {
			p.Lang = langOf(art.Language())
		}
		if art.Node != nil {
			p.Text = cleanText(render.InnerText(art.Node))
		}
	}
	if p.Published == "" {
		p.Published = m.published
	}
	if p.Text == "" {
		// Readability found nothing: fall back on all the text of the body.
		if doc, err := html.Parse(strings.NewReader(src)); err == nil {
			p.Text = cleanText(render.InnerText(bodyOf(doc)))
		}
	}
	if p.Text == "" {
		return nil, errNoText
	}
	return p, nil
}

// decodeHTML returns the text of an HTML page as UTF-8. A page that is
// valid UTF-8 is taken as such; else the charset it declares, in
// contentType or in the page, is used; else invalid bytes are replaced
// with U+FFFD and repaired is true.
func decodeHTML(body []byte, contentType string) (src string, repaired bool) {
	body = bytes.TrimPrefix(body, []byte("\uFEFF"))
	if utf8.Valid(body) {
		return string(body), false
	}
	e, name, certain := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" && (certain || declaresCharset(body)) {
		if b, err := e.NewDecoder().Bytes(body); err == nil {
			return strings.ToValidUTF8(string(b), "\uFFFD"), false
		}
	}
	return strings.ToValidUTF8(string(body), "\uFFFD"), true
}

// declaresCharset reports whether the start of a page, where browsers look
// for it, mentions a charset.
func declaresCharset(body []byte) bool {
	head := body[:min(len(body), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// bodyOf returns the body element of an HTML document, or the document
// itself when it has none.
func bodyOf(doc *html.Node) *html.Node {
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "body" {
			return n
		}
	}
	return doc
}

// looksHTML reports whether head, the start of an input, looks like HTML:
// it starts with a tag and has one of the tags that start a page.
func looksHTML(head []byte) bool {
	b := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\uFEFF")), " \t\r\n")
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	lower := bytes.ToLower(b[:min(len(b), sniffLen)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<title", "<meta"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}
