package http

import (
	"context"
	"mime"
	nethttp "net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hadath/hadath"
)

// waitPerSlot is how many requests may wait for each coding slot; more
// are answered 503 at once.
const waitPerSlot = 4

// codeGate bounds the coding work of the server. At most n documents are
// coded at once, over POST /api/v1/extract and /api/v1/documents, and at
// most waitPerSlot×n requests are let in to code, coding or waiting;
// beyond that a request is refused at once. A burst of requests can then
// neither pile up work for the CPU nor hold request bodies without
// bound: memory stays within about n extractions and waitPerSlot×n
// bodies.
type codeGate struct {
	once   sync.Once
	slots  chan struct{}
	room   int64
	inside atomic.Int64
}

// coding returns the server's gate, made on first use with CodeSlots.
func (s *Server) coding() *codeGate {
	g := &s.gate
	g.once.Do(func() {
		n := s.CodeSlots
		if n <= 0 {
			n = runtime.GOMAXPROCS(0)
		}
		g.slots = make(chan struct{}, n)
		g.room = int64(waitPerSlot * n)
	})
	return g
}

// enterCoding lets a request that posts documents to code in, unless a
// page of another site may have sent it (refuseCrossOrigin, with the
// route's JSON types) or the server is full (admit); then it answers the
// request and returns false. The request calls leave when it is done.
func (s *Server) enterCoding(w nethttp.ResponseWriter, r *nethttp.Request, jsonTypes ...string) (leave func(), ok bool) {
	err := refuseCrossOrigin(r, jsonTypes...)
	if err == nil {
		leave, err = s.coding().admit()
	}
	if err != nil {
		Error(w, r, err)
		return nil, false
	}
	return leave, true
}

// answerable returns the context of a request that ends when its answer
// can no longer be written (the server's WriteTimeout), so that no work
// goes on for a response that will never be sent.
func (s *Server) answerable(r *nethttp.Request) (context.Context, context.CancelFunc) {
	if d := s.server.WriteTimeout; d > 0 {
		return context.WithTimeout(r.Context(), d)
	}
	return context.WithCancel(r.Context())
}

// admit lets a request in to code, or refuses it with a busy error when
// the room is full. The request calls leave when it is done.
func (g *codeGate) admit() (leave func(), err error) {
	if g.inside.Add(1) > g.room {
		g.inside.Add(-1)
		return nil, hadath.Errorf(hadath.EBUSY, "the server is coding as many documents as it can take: try again shortly")
	}
	return func() { g.inside.Add(-1) }, nil
}

// code runs fn once a slot is free, and returns its error; it gives up,
// with the context's error, when ctx is done first.
func (g *codeGate) code(ctx context.Context, fn func() error) error {
	select {
	case g.slots <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-g.slots }()
	if err := ctx.Err(); err != nil {
		return err
	}
	return fn()
}

// refuseCrossOrigin returns an error for a request that a page of
// another site may have sent: one whose Origin is not the server's own,
// or whose Sec-Fetch-Site says it comes from another site. A browser's
// request (it has either header) must also have one of the JSON content
// types, which a page cannot send to another site without asking first
// (CORS preflight), unlike text/plain and forms. Other clients, such as
// curl, send neither header, and may post any type the route reads.
func refuseCrossOrigin(r *nethttp.Request, jsonTypes ...string) error {
	origin, site := r.Header.Get("Origin"), r.Header.Get("Sec-Fetch-Site")
	if origin == "" && site == "" {
		return nil
	}
	if origin != "" && !sameHost(origin, r.Host) {
		return hadath.Errorf(hadath.EFORBIDDEN, "cross-origin request from %q refused: only the server's own page may post from a browser", origin)
	}
	if site != "" && site != "same-origin" && site != "none" {
		return hadath.Errorf(hadath.EFORBIDDEN, "cross-origin request (Sec-Fetch-Site: %s) refused: only the server's own page may post from a browser", site)
	}
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	for _, t := range jsonTypes {
		if mediaType == t {
			return nil
		}
	}
	return hadath.Errorf(hadath.EFORBIDDEN, "content type %q refused from a browser: send %s", mediaType, strings.Join(jsonTypes, " or "))
}

// sameHost reports whether an Origin header names host, the request's
// Host. The scheme is not compared: behind a proxy that ends TLS the
// page is https while the server sees http.
func sameHost(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host != "" && u.User == nil && u.Path == "" && strings.EqualFold(u.Host, host)
}
