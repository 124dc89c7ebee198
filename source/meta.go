package source

import (
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// meta is the metadata that a page gives in its head and markup.
type meta struct {
	title     string // <title>, else og:title
	site      string // og:site_name
	url       string // the canonical link, else og:url, absolute
	lang      string // "ar" or "en" from <html lang>
	published string // the first usable date of the candidates below
}

// The kinds of published dates, best first.
const (
	dateArticle  = iota // meta property article:published_time
	dateOG              // meta og:published_time and the like
	dateItemprop        // any element with itemprop=datePublished
	dateName            // meta name=pubdate, publishdate, date
	dateTime            // the first <time datetime>
	dateKinds
)

// dateMeta maps the property or name of a meta element that may hold the
// published date to its kind.
var dateMeta = map[string]int{
	"article:published_time":    dateArticle,
	"og:published_time":         dateOG,
	"og:article:published_time": dateOG,
	"pubdate":                   dateName,
	"publishdate":               dateName,
	"publish-date":              dateName,
	"date":                      dateName,
	"dc.date":                   dateName,
	"dc.date.issued":            dateName,
}

// readMeta reads the metadata of an HTML document. base, the page's URL,
// resolves relative links; it may be nil.
func readMeta(doc *html.Node, base *url.URL) meta {
	var m meta
	var ogTitle, canonical, ogURL string
	var dates [dateKinds][]string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if v := attr(n, "itemprop"); strings.EqualFold(v, "datePublished") {
			dates[dateItemprop] = append(dates[dateItemprop], attr(n, "datetime"), attr(n, "content"))
		}
		switch n.Data {
		case "html":
			m.lang = langOf(attr(n, "lang"))
		case "title":
			if m.title == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				m.title = cleanLine(n.FirstChild.Data)
			}
		case "link":
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = attr(n, "href")
			}
		case "time":
			dates[dateTime] = append(dates[dateTime], attr(n, "datetime"))
		case "meta":
			key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
			}
			content := attr(n, "content")
			switch key {
			case "og:site_name":
				m.site = cleanLine(content)
			case "og:url":
				ogURL = content
			case "og:title":
				ogTitle = cleanLine(content)
			}
			if k, ok := dateMeta[key]; ok {
				dates[k] = append(dates[k], content)
			}
		}
	}
	if m.title == "" {
		m.title = ogTitle
	}
	if m.url = absURL(canonical, base); m.url == "" {
		m.url = absURL(ogURL, base)
	}
	for _, list := range dates {
		for _, s := range list {
			if d, ok := parseDate(s); ok && m.published == "" {
				m.published = d
			}
		}
	}
	return m
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// absURL returns the http(s) URL s resolved against base, or "" when it is
// empty, malformed or not absolute.
func absURL(s string, base *url.URL) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || s == "" {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// langOf returns "ar" or "en" for a language tag of Arabic or English
// ("ar-EG", "en_GB"), else "".
func langOf(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if tag == "ar" || tag == "en" {
		return tag
	}
	return ""
}

// dateLayouts are the forms of published dates that parseDate accepts;
// a date without an offset is taken as UTC.
var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC1123Z,
}

// parseDate returns the date s in a form of the input format: an ISO date
// for a date alone, else an RFC 3339 time. ok is false when s is not a
// date of a known form or not a plausible one.
func parseDate(s string) (date string, ok bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil && plausible(t) {
		return s, true
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil && plausible(t) {
			return t.Format(time.RFC3339), true
		}
	}
	return "", false
}

// plausible reports whether t may be the date of a news article.
func plausible(t time.Time) bool {
	return t.Year() >= 1900 && t.Year() < 2200
}
