package http

import (
	"context"
	"errors"
	"fmt"
	"net"
	nethttp "net/http"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/ingest"
)

// Body limits and timeouts of the server.
const (
	// MaxDocumentsBytes is the largest body POST /api/v1/documents takes.
	MaxDocumentsBytes = 10 << 20
	// MaxExtractBytes is the largest body POST /api/v1/extract takes.
	MaxExtractBytes = 1 << 20
	// ShutdownTimeout is how long Close waits for requests in flight.
	ShutdownTimeout = 10 * time.Second
	// DefaultHeaderTimeout is how long a client may take to send its
	// request headers before the connection is closed.
	DefaultHeaderTimeout = 10 * time.Second
	// MinTokenBytes is the shortest token a server that listens beyond
	// loopback accepts.
	MinTokenBytes = 16
)

// Server is hadath's HTTP server. Set its fields, then call Open.
type Server struct {
	ln     net.Listener
	server *nethttp.Server
	mux    *nethttp.ServeMux

	// patterns lists the routes registered on mux, in order.
	patterns []string
	// loopback is true when the listener accepts only local connections.
	loopback bool
	metrics  *metrics
	// slots bounds the store reads run at once, so that a burst of
	// requests queues instead of opening a database connection each.
	slots    chan struct{}
	ingestMu sync.Mutex // one ingest at a time
	gate     codeGate   // bounds the documents coded at once (coding.go)

	// Addr is the address to listen on, "127.0.0.1:8080" by default.
	Addr string
	// Token is the bearer token that writes need. Without it the server
	// only listens on loopback and accepts no writes but extraction.
	Token string
	// Version is reported by the health route.
	Version string
	// HeaderTimeout is how long a client may take to send its request
	// headers; 0 means DefaultHeaderTimeout.
	HeaderTimeout time.Duration
	// CodeSlots is how many documents the server codes at once, over
	// POST /api/v1/extract and /api/v1/documents; 0: GOMAXPROCS. Set it
	// before Open.
	CodeSlots int

	// Store holds what the server serves.
	Store hadath.Store
	// Extractor codes the text of POST /api/v1/extract.
	Extractor hadath.Extractor
	// Code codes the documents of POST /api/v1/documents.
	Code ingest.Coder
	// Resolve turns an actor name from a query into store references; nil
	// matches the name as given.
	Resolve func(name string) []hadath.ActorRef
	// Metrics, when set, adds metrics of work done beside the server
	// (such as a watcher's polls) to GET /api/v1/metrics.
	Metrics func() []Metric

	// StreamPoll is how often GET /api/v1/stream looks for changes, and
	// StreamHeartbeat how often a quiet stream sends a comment; 0: the
	// defaults.
	StreamPoll, StreamHeartbeat time.Duration
	streams                     streams
}

// NewServer returns a server with its routes registered.
func NewServer() *Server {
	s := &Server{Addr: "127.0.0.1:8080", mux: nethttp.NewServeMux(), metrics: newMetrics(),
		slots: make(chan struct{}, max(4, 2*runtime.GOMAXPROCS(0)))}
	s.server = &nethttp.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: DefaultHeaderTimeout,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	s.routes()
	return s
}

// handle registers h for pattern and remembers the pattern.
func (s *Server) handle(pattern string, h nethttp.HandlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, h)
}

// Handler returns the server's handler: the routes behind the security
// headers, the host check, panic recovery and metrics.
func (s *Server) Handler() nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		setSecurityHeaders(sw.Header())
		defer func() {
			if p := recover(); p != nil {
				if p == nethttp.ErrAbortHandler {
					s.metrics.observe(r.Pattern, sw.status(), time.Since(start))
					panic(p)
				}
				if !sw.wrote {
					Error(sw, r, fmt.Errorf("panic: %v", p))
				}
			}
			s.metrics.observe(r.Pattern, sw.status(), time.Since(start))
		}()
		if p := r.URL.Path; !utf8.ValidString(p) || strings.ContainsAny(p, "\x00\\") {
			Error(sw, r, hadath.Errorf(hadath.EINVALID, "the path is not valid UTF-8, or holds a NUL byte or a backslash"))
			return
		}
		if s.loopback && !loopbackHost(r.Host) {
			Error(sw, r, hadath.Errorf(hadath.EINVALID, "host %q is not served: use localhost or 127.0.0.1", r.Host))
			return
		}
		s.mux.ServeHTTP(sw, r)
	})
}

// Open checks the configuration, listens on Addr and serves in the
// background until Close.
func (s *Server) Open() error {
	if s.Store == nil {
		return fmt.Errorf("open server: no store")
	}
	// A token is compared with the request's trimmed bearer value, so
	// spaces around it could never match.
	s.Token = strings.TrimSpace(s.Token)
	if s.HeaderTimeout > 0 {
		s.server.ReadHeaderTimeout = s.HeaderTimeout
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("open server: %w", err)
	}
	s.loopback = isLoopback(ln.Addr())
	switch {
	case !s.loopback && s.Token == "":
		ln.Close()
		return hadath.Errorf(hadath.EUNAUTHORIZED, "listening on %s, beyond loopback, needs a token: set --token, --token-file or HADATH_TOKEN", s.Addr)
	case !s.loopback && len(s.Token) < MinTokenBytes:
		ln.Close()
		return hadath.Errorf(hadath.EUNAUTHORIZED, "listening on %s, beyond loopback, needs a token of at least %d bytes; this one has %d", s.Addr, MinTokenBytes, len(s.Token))
	}
	s.ln = ln
	go s.server.Serve(ln)
	return nil
}

// Close stops listening and waits up to ShutdownTimeout for requests in
// flight to finish.
func (s *Server) Close() error {
	if s.ln == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := s.server.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		err = s.server.Close()
	}
	return err
}

// URL returns the server's base URL, "http://127.0.0.1:8080", once open.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String()
}

// Loopback reports whether the open server accepts only local connections.
func (s *Server) Loopback() bool { return s.loopback }

// isLoopback reports whether a listener's address is a loopback address.
func isLoopback(a net.Addr) bool {
	t, ok := a.(*net.TCPAddr)
	return ok && t.IP.IsLoopback()
}

// loopbackHost reports whether a Host header names this machine, so that
// a page on another site cannot reach a loopback server through a domain
// that resolves to 127.0.0.1 (DNS rebinding).
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// setSecurityHeaders sets the headers every response carries.
func setSecurityHeaders(h nethttp.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
		"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// statusWriter records the status a handler writes.
type statusWriter struct {
	nethttp.ResponseWriter
	code  int
	wrote bool
}

// WriteHeader records the status and writes it.
func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write writes body bytes, with status 200 if none was written.
func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = nethttp.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap returns the underlying writer, for http.ResponseController.
func (w *statusWriter) Unwrap() nethttp.ResponseWriter { return w.ResponseWriter }

// status returns the status written, 200 when none was.
func (w *statusWriter) status() int {
	if w.code == 0 {
		return nethttp.StatusOK
	}
	return w.code
}
