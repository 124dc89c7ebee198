package main

import (
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang"
)

// knownLang reports whether hadath knows the language tag, even if it
// cannot code it yet.
func knownLang(tag string) bool {
	code := lang.Code(tag)
	return code == lang.Arabic || code == lang.English
}

// codable reports whether the extractor codes documents in the language.
// English is not built yet: its documents get an empty result.
func codable(code string) bool { return code == lang.Arabic }

// prepare checks the document of it and settles what the extractor needs:
// its language, and a publication date that parses or none. It reports
// problems in it. ok is true when the document is to be coded; otherwise
// res, when not nil, is the result to write without coding (an empty one
// for a language not built yet).
func (c *extractConfig) prepare(it *item) (res *hadath.Result, ok bool) {
	doc := it.doc
	if strings.TrimSpace(doc.Text) == "" {
		it.fail("empty text; skipped")
		return nil, false
	}
	if _, _, err := doc.PublishedTime(); err != nil {
		it.fail("bad published date %q: want YYYY-MM-DD or an RFC 3339 time; coded without a date", doc.Published)
		doc.Published = ""
	}
	code := lang.Code(c.Lang)
	if code == "" {
		code = lang.Code(doc.Lang)
	}
	if code == "" {
		code = lang.Detect(doc.Text)
	}
	if code == "" {
		code = lang.Arabic // no letters at all: Arabic first
	}
	doc.Lang = code
	switch {
	case !knownLang(code):
		it.fail("unsupported language %q: want ar or en; skipped", code)
		return nil, false
	case !codable(code):
		it.note("%s extraction is not built yet; wrote an empty result", langName(code))
		return hadath.NewResult(doc), false
	}
	return nil, true
}

// langName returns the English name of a language code.
func langName(code string) string {
	switch code {
	case lang.Arabic:
		return "arabic"
	case lang.English:
		return "english"
	}
	return code
}
