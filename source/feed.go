package source

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/jsonl"
)

// MinFeedLetters is the least number of letters that the text of a feed
// item must have to stand in for its page when the page cannot be had.
const MinFeedLetters = 200

// isFeed reports whether head, the start of an input, is the start of an
// RSS or Atom feed.
func isFeed(head []byte) (ok bool) {
	b := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\uFEFF")), " \t\r\n")
	if len(b) == 0 || b[0] != '<' {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	switch gofeed.DetectFeedType(bytes.NewReader(b)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	return false
}

// parseFeed parses an RSS or Atom feed.
func parseFeed(body []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if v := recover(); v != nil {
			f, err = nil, fmt.Errorf("parse feed: %v", v)
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return f, nil
}

// readFeedFile reads a feed from a file, never more than the limit.
func (r *Reader) readFeedFile(ctx context.Context, name string, rd io.Reader, emit func(*Item) bool) bool {
	b, over, err := r.readAll(rd)
	if err != nil {
		return emit(&Item{Where: name, Errs: []error{err}})
	} else if over {
		return emit(r.tooLarge(name, -1))
	}
	return r.readFeed(ctx, name, b, emit)
}

// readFeed reads the items of a feed, each at where#N (from 1). Their
// pages are fetched a few at once, but emitted in the feed's order.
func (r *Reader) readFeed(ctx context.Context, where string, body []byte, emit func(*Item) bool) bool {
	f, err := parseFeed(body)
	if err != nil {
		return emit(&Item{Where: where, Errs: []error{err}})
	} else if len(f.Items) == 0 {
		return emit(&Item{Where: where, Notes: []string{"feed has no items"}})
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel, below: no goroutine outlives the call
	defer cancel()

	out := make([]chan *Item, len(f.Items))
	for i := range out {
		out[i] = make(chan *Item, 1)
	}
	wg.Go(func() {
		sem := make(chan struct{}, r.concurrency())
		for i := range f.Items {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Go(func() {
				defer func() { <-sem }()
				out[i] <- r.feedItem(ctx, f, i, fmt.Sprintf("%s#%d", where, i+1))
			})
		}
	})
	for i := range out {
		select {
		case it := <-out[i]:
			if !emit(it) {
				return false
			}
		case <-ctx.Done():
			return false
		}
	}
	return true
}

// feedItem returns the document of the i-th item of feed f, with the main
// text of the page it links to. When the page cannot be had, the item's
// own text stands in for it if it has at least MinFeedLetters letters.
func (r *Reader) feedItem(ctx context.Context, f *gofeed.Feed, i int, where string) *Item {
	fi := f.Items[i]
	link := strings.TrimSpace(fi.Link)
	doc := &hadath.Document{ID: strings.TrimSpace(fi.GUID), Title: cleanLine(fi.Title),
		Source: cleanLine(f.Title), URL: link, Lang: langOf(f.Language)}
	if doc.ID == "" {
		doc.ID = link
	}
	if doc.ID == "" {
		doc.ID = where
	}
	doc.Published = itemDate(fi)
	it := &Item{Where: where, Doc: doc}
	err := errors.New("item has no link")
	if link != "" {
		var p *page
		if p, err = r.fetchPage(ctx, link); err == nil {
			doc.Text = p.Text
			doc.Title = cmp.Or(doc.Title, p.Title)
			doc.Published = cmp.Or(doc.Published, p.Published)
			doc.Source = cmp.Or(doc.Source, p.Site)
			doc.URL = cmp.Or(p.URL, link)
			doc.Lang = cmp.Or(p.Lang, doc.Lang)
			if p.Repaired {
				it.Errs = append(it.Errs, fmt.Errorf("%s: %w", link, jsonl.ErrInvalidUTF8))
			}
		}
	}
	if err != nil {
		it.Errs = append(it.Errs, err)
		text := fragmentText(fi.Content)
		if desc := fragmentText(fi.Description); letters(desc) > letters(text) {
			text = desc
		}
		if n := letters(text); n >= MinFeedLetters {
			doc.Text = text
			it.Notes = append(it.Notes, fmt.Sprintf("used the item's own text in the feed (%d letters) instead of its page", n))
		} else {
			it.Doc = nil
			return it
		}
	}
	r.fill(doc)
	return it
}

// fetchPage fetches an HTML page and extracts it. Errors name the URL.
func (r *Reader) fetchPage(ctx context.Context, link string) (*page, error) {
	resp, err := r.fetch(ctx, link)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", link, err)
	}
	p, err := pageOf(resp)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", link, err)
	}
	return p, nil
}

// itemDate returns the published date of a feed item, else its updated
// date, in RFC 3339 with the offset of the feed when it has one, or "".
func itemDate(fi *gofeed.Item) string {
	for _, d := range []struct {
		s string
		t *time.Time
	}{{fi.Published, fi.PublishedParsed}, {fi.Updated, fi.UpdatedParsed}} {
		if s, ok := parseDate(d.s); ok {
			return s
		} else if d.t != nil && plausible(*d.t) {
			return d.t.Format(time.RFC3339)
		}
	}
	return ""
}
