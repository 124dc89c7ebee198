package source

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzFeed feeds any bytes to the feed reader: detection, parsing, and
// the making of a document from each item (with its link dropped, so that
// nothing is fetched). It must never panic, and every document it makes
// must be valid UTF-8 with an id.
func FuzzFeed(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة</title><language>ar</language>` +
			`<item><title>خبر</title><guid>g1</guid><pubDate>Mon, 02 Jan 2023 10:00:00 +0300</pubDate>` +
			`<description><![CDATA[<p>تظاهر المئات في الساحة العامة احتجاجا على الغلاء.</p>]]></description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>e1</id><updated>2023-01-02T10:00:00Z</updated>` +
			`<content type="html">&lt;b&gt;نص&lt;/b&gt;</content></entry></feed>`,
		`<rss><channel><item><pubDate>31/02/99999</pubDate></item>`,
		`<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"></rss>`,
		"<rss>\xff\xfe<item>\x00</item></rss>",
		"",
	} {
		f.Add([]byte(s))
	}
	r := &Reader{}
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, body []byte) {
		if len(body) > 64<<10 {
			return // the reader's limits stop larger inputs before parsing
		}
		isFeed(body)
		feed, err := parseFeed(body)
		if err != nil {
			return
		}
		for i, fi := range feed.Items {
			if i == 50 {
				break
			}
			fi.Link = ""
			it := r.feedItem(ctx, feed, i, "fuzz.xml")
			if it == nil || it.Doc == nil {
				continue
			}
			d := it.Doc
			if d.ID == "" || !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
				t.Fatalf("item %d: document %q, title %q: want an id and valid UTF-8", i, d.ID, d.Title)
			}
		}
	})
}
