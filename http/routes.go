package http

import (
	"crypto/subtle"
	"embed"
	"io/fs"
	nethttp "net/http"
	"strings"

	"github.com/hadath/hadath"
)

// assets is the web page, served at "/".
//
//go:embed assets
var assets embed.FS

//go:embed openapi.json
var openAPI []byte

// APIPrefix is the path under which the JSON API lives.
const APIPrefix = "/api/v1"

// routes registers every route. The API routes are listed in
// openapi.json too; a test keeps the two in step.
func (s *Server) routes() {
	s.handle("GET "+APIPrefix+"/health", s.handleHealth)
	s.handle("GET "+APIPrefix+"/metrics", s.handleMetrics)
	s.handle("GET "+APIPrefix+"/openapi.json", s.handleOpenAPI)
	s.handle("GET "+APIPrefix+"/events", s.handleEvents)
	s.handle("GET "+APIPrefix+"/events/{id}", s.handleEvent)
	s.handle("GET "+APIPrefix+"/incidents", s.handleIncidents)
	s.handle("GET "+APIPrefix+"/incidents/{id}", s.handleIncident)
	s.handle("GET "+APIPrefix+"/documents", s.handleDocuments)
	s.handle("GET "+APIPrefix+"/documents/{id}", s.handleDocument)
	s.handle("POST "+APIPrefix+"/documents", s.requireToken(s.handlePostDocuments))
	s.handle("POST "+APIPrefix+"/extract", s.requireTokenBeyondLoopback(s.handleExtract))
	s.handle("GET "+APIPrefix+"/stats", s.handleStats)
	s.handle("GET "+APIPrefix+"/stream", s.handleStream)
	s.initStreams()

	s.mux.HandleFunc("/api/", s.handleNoRoute)
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded directory is always there
	}
	files := nethttp.FileServerFS(sub)
	s.mux.HandleFunc("/", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.Method != nethttp.MethodGet && r.Method != nethttp.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			nethttp.Error(w, "method not allowed", nethttp.StatusMethodNotAllowed)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// Patterns returns the API routes as registered: "GET /api/v1/events".
func (s *Server) Patterns() []string {
	return append([]string(nil), s.patterns...)
}

// handleNoRoute answers API paths without a route: 405 when the path
// has routes for other methods, 404 otherwise.
func (s *Server) handleNoRoute(w nethttp.ResponseWriter, r *nethttp.Request) {
	var allow []string
	for _, m := range []string{nethttp.MethodGet, nethttp.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, p := s.mux.Handler(probe); p != "/api/" && p != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		var body errorBody
		body.Error.Code = "method_not_allowed"
		body.Error.Message = r.Method + " " + r.URL.Path + ": use " + strings.Join(allow, " or ")
		writeJSON(w, nethttp.StatusMethodNotAllowed, body)
		return
	}
	Error(w, r, hadath.Errorf(hadath.ENOTFOUND, "no route %s %s", r.Method, r.URL.Path))
}

// requireToken lets a request through only with the server's bearer
// token. A server without a token accepts no such request.
func (s *Server) requireToken(h nethttp.HandlerFunc) nethttp.HandlerFunc {
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if s.Token == "" {
			Error(w, r, hadath.Errorf(hadath.EUNAUTHORIZED, "writes are disabled: start the server with --token or HADATH_TOKEN"))
			return
		}
		if !s.validToken(r) {
			Error(w, r, hadath.Errorf(hadath.EUNAUTHORIZED, "writes need the header Authorization: Bearer TOKEN"))
			return
		}
		h(w, r)
	}
}

// requireTokenBeyondLoopback needs the token only when the server is
// reachable from other machines.
func (s *Server) requireTokenBeyondLoopback(h nethttp.HandlerFunc) nethttp.HandlerFunc {
	guarded := s.requireToken(h)
	return func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if s.loopback {
			h(w, r)
			return
		}
		guarded(w, r)
	}
}

// validToken reports whether r carries the server's token, comparing in
// constant time.
func (s *Server) validToken(r *nethttp.Request) bool {
	auth := r.Header.Get("Authorization")
	const prefix = "Bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return false
	}
	got := strings.TrimSpace(auth[len(prefix):])
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) == 1
}

// handleHealth reports that the server is up, and its version.
func (s *Server) handleHealth(w nethttp.ResponseWriter, r *nethttp.Request) {
	writeJSON(w, nethttp.StatusOK, map[string]string{"status": "ok", "version": s.Version})
}

// handleOpenAPI serves the API's OpenAPI 3 description.
func (s *Server) handleOpenAPI(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}
