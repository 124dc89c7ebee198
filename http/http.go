// Package http serves hadath's store over HTTP: a JSON API under /api/v1
// (events, incidents, documents, extraction, statistics, health, metrics
// and its own OpenAPI description) and the embedded web page at "/".
//
// The package depends only on the domain package, export and ingest. The
// store, the extractor, the coder of the ingest pipeline and the resolver
// of actor names are given to the Server by the caller.
package http

import (
	"encoding/json"
	"errors"
	"log"
	nethttp "net/http"

	"github.com/hadath/hadath"
)

// errorStatus maps hadath error codes to HTTP statuses. It is the only
// place where the two meet.
var errorStatus = map[string]int{
	hadath.EINVALID:      nethttp.StatusBadRequest,
	hadath.EUNAUTHORIZED: nethttp.StatusUnauthorized,
	hadath.ENOTFOUND:     nethttp.StatusNotFound,
	hadath.ECONFLICT:     nethttp.StatusConflict,
	hadath.EFORBIDDEN:    nethttp.StatusForbidden,
	hadath.EBUSY:         nethttp.StatusServiceUnavailable,
	hadath.ETOOLARGE:     nethttp.StatusRequestEntityTooLarge,
	hadath.EINTERNAL:     nethttp.StatusInternalServerError,
}

// ErrorStatus returns the HTTP status of a hadath error code; unknown
// codes are internal errors.
func ErrorStatus(code string) int {
	if s, ok := errorStatus[code]; ok {
		return s
	}
	return nethttp.StatusInternalServerError
}

// errorBody is the JSON body of every error response.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Error writes err as a JSON error response with the status of its code.
// Internal errors are logged and answered with a generic message.
func Error(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	var tooLarge *nethttp.MaxBytesError
	if errors.As(err, &tooLarge) {
		err = hadath.Errorf(hadath.ETOOLARGE, "request body over the limit of %d bytes", tooLarge.Limit)
	}
	code, msg := hadath.ErrorCode(err), hadath.ErrorMessage(err)
	if code == hadath.EINTERNAL {
		log.Printf("http: %s %s: %v", r.Method, r.URL.Path, err)
	}
	var body errorBody
	body.Error.Code, body.Error.Message = code, msg
	if code == hadath.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="hadath"`)
	}
	if code == hadath.EBUSY {
		w.Header().Set("Retry-After", "1")
	}
	writeJSON(w, ErrorStatus(code), body)
}

// writeJSON writes v as a JSON response with status. HTML characters are
// escaped (\u003c), so stored text can never be read as markup.
func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		log.Printf("http: encode response: %v", err)
		status = nethttp.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// decodeJSON reads one JSON value from the request body into v. Unknown
// fields and trailing data are errors.
func decodeJSON(r *nethttp.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return bodyError(err)
	}
	if dec.More() {
		return hadath.Errorf(hadath.EINVALID, "malformed JSON body: data after the value")
	}
	return nil
}

// bodyError turns an error from reading a request body into an
// application error: too large, or malformed.
func bodyError(err error) error {
	var tooLarge *nethttp.MaxBytesError
	if errors.As(err, &tooLarge) {
		return err
	}
	return hadath.Errorf(hadath.EINVALID, "malformed JSON body: %v", err)
}
