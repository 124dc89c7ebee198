package http

import (
	"fmt"
	"io"
	"mime"
	nethttp "net/http"
	"strings"

	"github.com/hadath/hadath"
)

// DefaultExtractID is the document id of extracted text that gives none.
const DefaultExtractID = "extract"

// handleExtract codes the text of the body and returns the result
// without storing it. The body is a JSON document ({"text", "published",
// "lang", "title", ...}) or, but from a browser, plain text. The coding
// waits for one of the server's coding slots, and stops when the client
// goes away or the time to answer it is over.
func (s *Server) handleExtract(w nethttp.ResponseWriter, r *nethttp.Request) {
	if s.Extractor == nil {
		Error(w, r, fmt.Errorf("no extractor configured"))
		return
	}
	leave, ok := s.enterCoding(w, r, "application/json")
	if !ok {
		return
	}
	defer leave()
	r.Body = nethttp.MaxBytesReader(w, r.Body, MaxExtractBytes)
	doc, err := readExtractBody(r)
	if err != nil {
		Error(w, r, err)
		return
	}
	ctx, cancel := s.answerable(r)
	defer cancel()
	var res *hadath.Result
	err = s.coding().code(ctx, func() (err error) {
		res, err = s.Extractor.Extract(ctx, doc)
		return err
	})
	switch {
	case ctx.Err() != nil:
		return // the client has gone, or the time to answer it
	case err != nil:
		Error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, res)
}

// readExtractBody reads the document to extract from a request and
// checks it.
func readExtractBody(r *nethttp.Request) (*hadath.Document, error) {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	doc := &hadath.Document{}
	switch mediaType {
	case "text/plain":
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, bodyError(err)
		}
		doc.Text = string(b)
	case "application/json", "":
		if err := decodeJSON(r, doc); err != nil {
			return nil, err
		}
	default:
		return nil, hadath.Errorf(hadath.EINVALID, "content type %q: send application/json or text/plain", mediaType)
	}
	if doc.ID == "" {
		doc.ID = DefaultExtractID
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, hadath.Errorf(hadath.EINVALID, "no text to extract")
	}
	if err := doc.Validate(); err != nil {
		return nil, hadath.Errorf(hadath.EINVALID, "%s", hadath.ErrorMessage(err))
	}
	return doc, nil
}
