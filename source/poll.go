package source

import (
	"context"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
)

// Polled is a feed or a page fetched by Poll: what it holds, each entry
// with the key a watcher remembers it by, and the validators to send
// with the next poll.
type Polled struct {
	URL          string  // the URL polled
	NotModified  bool    // unchanged since the validators given to Poll: no entries
	ETag         string  // validators for the next poll
	LastModified string  //
	Feed         bool    // a feed, rather than a page
	Entries      []Entry // the feed's items, or the page itself

	feed *gofeed.Feed
	page *page
}

// Entry is one item of a polled feed, or a polled page.
type Entry struct {
	Key  string // the item's link (else its GUID), or the page's URL
	Link string // the page to fetch for the item's text; empty for a page
}

// Poll fetches a feed or a page at rawURL, sending the validators of the
// last poll (either may be empty) so that an unchanged source costs the
// server no body. It does not fetch the pages of a feed's items: Item
// does, for the entries the caller has not seen.
func (r *Reader) Poll(ctx context.Context, rawURL, etag, lastModified string) (*Polled, error) {
	resp, err := r.fetchIf(ctx, rawURL, etag, lastModified)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	p := &Polled{URL: rawURL, NotModified: resp.NotModified, ETag: resp.ETag, LastModified: resp.LastModified}
	if resp.NotModified {
		return p, nil
	}
	if isFeed(resp.Body) {
		f, err := parseFeed(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", rawURL, err)
		}
		p.Feed, p.feed = true, f
		for i, fi := range f.Items {
			link := strings.TrimSpace(fi.Link)
			key := link
			if key == "" {
				key = strings.TrimSpace(fi.GUID)
			}
			if key == "" {
				key = fmt.Sprintf("%s#%d", rawURL, i+1)
			}
			p.Entries = append(p.Entries, Entry{Key: key, Link: link})
		}
		return p, nil
	}
	pg, err := pageOf(resp)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	p.page = pg
	p.Entries = []Entry{{Key: rawURL}}
	return p, nil
}

// Item returns the document of entry i of p: a feed item with the text of
// the page it links to (fetched now), or the polled page.
func (r *Reader) Item(ctx context.Context, p *Polled, i int) *Item {
	where := p.URL
	if p.Feed {
		where = fmt.Sprintf("%s#%d", p.URL, i+1)
		return r.feedItem(ctx, p.feed, i, where)
	}
	return r.pageItem(where, p.URL, p.page)
}
