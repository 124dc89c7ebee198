package source

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"

	"github.com/hadath/hadath/jsonl"
)

// accept is the Accept header of requests: pages and feeds.
const accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"

// response is a page or a feed fetched over HTTP.
type response struct {
	URL          *url.URL // the URL, after redirects
	Type         string   // the Content-Type header
	Body         []byte   // at most the limit
	NotModified  bool     // the server answered 304 to a conditional request: no body
	ETag         string   // the ETag header
	LastModified string   // the Last-Modified header
}

// fetch gets rawURL with a GET request bounded in time by the timeout and
// in size by the limit. Errors do not name the URL.
func (r *Reader) fetch(ctx context.Context, rawURL string) (*response, error) {
	return r.fetchIf(ctx, rawURL, "", "")
}

// fetchIf is fetch with the conditional headers If-None-Match (etag) and
// If-Modified-Since (modified) when they are not empty.
func (r *Reader) fetchIf(ctx context.Context, rawURL, etag, modified string) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	} else if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("not an http(s) URL")
	}
	ctx, cancel := context.WithTimeout(ctx, r.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	ua := r.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", accept)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if modified != "" {
		req.Header.Set("If-Modified-Since", modified)
	}
	client := r.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, r.fetchError(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified && (etag != "" || modified != "") {
		return &response{URL: resp.Request.URL, NotModified: true, ETag: etag, LastModified: modified}, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	} else if resp.ContentLength > r.maxBytes() {
		return nil, fmt.Errorf("%d bytes, over the limit of %d bytes (--max-bytes); skipped", resp.ContentLength, r.maxBytes())
	}
	body, over, err := r.readAll(resp.Body)
	if err != nil {
		return nil, r.fetchError(ctx, err)
	} else if over {
		return nil, fmt.Errorf("over the limit of %d bytes (--max-bytes); skipped", r.maxBytes())
	}
	return &response{URL: resp.Request.URL, Type: resp.Header.Get("Content-Type"), Body: body,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}, nil
}

// fetchError returns the error of a request made with ctx, saying so
// when it timed out.
func (r *Reader) fetchError(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %v", r.timeout())
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// isHTMLType reports whether the media type of a Content-Type header is
// that of an HTML page.
func isHTMLType(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	return err == nil && (t == "text/html" || t == "application/xhtml+xml")
}

// readURL reads a page or a feed fetched from an http(s) URL.
func (r *Reader) readURL(ctx context.Context, name string, emit func(*Item) bool) bool {
	resp, err := r.fetch(ctx, name)
	if err != nil {
		return emit(fail(name, "fetch: %w", err))
	} else if isFeed(resp.Body) {
		return r.readFeed(ctx, name, resp.Body, emit)
	}
	p, err := pageOf(resp)
	if err != nil {
		return emit(&Item{Where: name, Errs: []error{err}})
	}
	return emit(r.pageItem(name, name, p))
}

// pageOf extracts the page of a response that should be an HTML page.
func pageOf(resp *response) (*page, error) {
	switch {
	case jsonl.LooksBinary(resp.Body):
		return nil, fmt.Errorf("binary data, not an HTML page (Content-Type %q); skipped", resp.Type)
	case !isHTMLType(resp.Type) && !looksHTML(resp.Body):
		return nil, fmt.Errorf("not an HTML page or an RSS or Atom feed (Content-Type %q); skipped", resp.Type)
	}
	p, err := parsePage(resp.Body, resp.Type, resp.URL)
	if err == nil && p.URL == "" {
		p.URL = resp.URL.String()
	}
	return p, err
}
