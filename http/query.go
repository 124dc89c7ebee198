package http

import (
	"math"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/export"
	"github.com/hadath/hadath/gazetteer"
)

// Paging limits of the list routes.
const (
	// DefaultLimit is the page size when the query gives no limit.
	DefaultLimit = 100
	// MaxLimit is the largest page a query may ask for.
	MaxLimit = 1000
)

// filterParams are the query parameters that select events and incidents.
var filterParams = []string{"type", "method", "country", "admin1", "near", "actor", "target", "claimed_by",
	"actor_country", "target_country", "since", "until", "text", "min_sources", "min_confidence", "modality", "background", "limit", "offset"}

// checkParams reports an EINVALID error for a parameter of q not in any
// of the allowed lists, so that a misspelt filter is not silently ignored.
func checkParams(q url.Values, allowed ...[]string) error {
	for name := range q {
		ok := false
		for _, list := range allowed {
			for _, a := range list {
				ok = ok || name == a
			}
		}
		if !ok {
			return hadath.Errorf(hadath.EINVALID, "unknown query parameter %q", name)
		}
	}
	return nil
}

// list returns the values of a parameter, each split at commas, trimmed,
// without empty ones: "type=ASSAULT,PROTEST&type=COERCE" gives three.
func list(q url.Values, name string) []string {
	var out []string
	for _, v := range q[name] {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// upper returns the values in upper case.
func upper(vs []string) []string {
	for i, v := range vs {
		vs[i] = strings.ToUpper(v)
	}
	return vs
}

// intParam returns the integer value of a parameter, or def when absent.
func intParam(q url.Values, name string, def int) (int, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, hadath.Errorf(hadath.EINVALID, "%s %q: want a whole number, 0 or more", name, v)
	}
	return n, nil
}

// page reads limit and offset: limit 1 to MaxLimit, DefaultLimit when
// absent.
func page(q url.Values) (limit, offset int, err error) {
	if limit, err = intParam(q, "limit", DefaultLimit); err != nil {
		return 0, 0, err
	}
	if limit < 1 || limit > MaxLimit {
		return 0, 0, hadath.Errorf(hadath.EINVALID, "limit %d: want 1 to %d", limit, MaxLimit)
	}
	if offset, err = intParam(q, "offset", 0); err != nil {
		return 0, 0, err
	}
	return limit, offset, nil
}

// filterOf reads the filters of a request that may also carry the extra
// parameters; on a problem it writes the error and ok is false. An actor
// name that neither s.Resolve nor any stored event knows is an invalid
// value, answered with the closest stored names.
func (s *Server) filterOf(w nethttp.ResponseWriter, r *nethttp.Request, extra ...string) (f hadath.Filter, q url.Values, ok bool) {
	q = r.URL.Query()
	if err := checkParams(q, filterParams, extra); err != nil {
		Error(w, r, err)
		return f, q, false
	}
	f, unknown, err := s.parseFilter(q)
	if err == nil {
		for _, u := range unknown {
			if err = hadath.CheckActorName(r.Context(), s.store(), u.param, u.param, u.name, u.refs); err != nil {
				break
			}
		}
	}
	if err != nil {
		Error(w, r, err)
		return f, q, false
	}
	return f, q, true
}

// listOf reads the filters and export format of a list request; on a
// problem it writes the error and ok is false.
func (s *Server) listOf(w nethttp.ResponseWriter, r *nethttp.Request) (f hadath.Filter, format export.Format, file, ok bool) {
	f, q, ok := s.filterOf(w, r, "format")
	if !ok {
		return f, "", false, false
	}
	format, file, err := exportFormat(q)
	if err != nil {
		Error(w, r, err)
		return f, "", false, false
	}
	return f, format, file, true
}

// unknownName is an actor name of a query that the dictionary does not
// know, to check against the store.
type unknownName struct {
	param, name string
	refs        []hadath.ActorRef
}

// parseFilter reads a store filter from query parameters, resolving
// country names to codes and actor names with s.Resolve, and validates
// it. It also returns the actor names that resolved to nothing but
// themselves.
func (s *Server) parseFilter(q url.Values) (hadath.Filter, []unknownName, error) {
	f := hadath.Filter{
		Types: upper(list(q, "type")), Methods: list(q, "method"), Admin1: list(q, "admin1"),
		Since: strings.TrimSpace(q.Get("since")), Until: strings.TrimSpace(q.Get("until")),
		Text: strings.TrimSpace(q.Get("text")),
	}
	var err error
	for _, c := range []struct {
		param string
		out   *[]string
	}{{"country", &f.Countries}, {"actor_country", &f.ActorCountries}, {"target_country", &f.TargetCountries}} {
		if *c.out, err = gazetteer.CountryCodes(c.param, list(q, c.param)); err != nil {
			return f, nil, err
		}
	}
	if f.MinSources, err = intParam(q, "min_sources", 0); err != nil {
		return f, nil, err
	}
	if v := strings.TrimSpace(q.Get("min_confidence")); v != "" {
		c, err := strconv.ParseFloat(v, 64)
		if err != nil || !hadath.ValidConfidence(c) {
			return f, nil, hadath.Errorf(hadath.EINVALID, "min_confidence %q: want a number from 0 to 1", v)
		}
		f.MinConfidence = c
	}
	if f.Limit, f.Offset, err = page(q); err != nil {
		return f, nil, err
	}
	modality := strings.ToLower(strings.TrimSpace(q.Get("modality")))
	if modality == "" {
		modality = hadath.Asserted
	}
	if modality != "all" {
		for _, m := range strings.Split(modality, ",") {
			switch m = strings.TrimSpace(m); m {
			case hadath.Asserted, hadath.Future, hadath.Negated, hadath.Hypothetical:
				f.Modalities = append(f.Modalities, m)
			default:
				return f, nil, hadath.Errorf(hadath.EINVALID, "modality %q: want asserted, future, negated, hypothetical or all", m)
			}
		}
	}
	switch b := strings.ToLower(strings.TrimSpace(q.Get("background"))); b {
	case "":
		f.Background = hadath.BackgroundExclude
	case hadath.BackgroundExclude, hadath.BackgroundInclude, hadath.BackgroundOnly:
		f.Background = b
	default:
		return f, nil, hadath.Errorf(hadath.EINVALID, "background %q: want exclude, include or only", b)
	}
	if near := strings.TrimSpace(q.Get("near")); near != "" {
		if f.Near, err = parseNear(near); err != nil {
			return f, nil, err
		}
	}
	var unknown []unknownName
	for _, c := range []struct {
		param string
		out   *[]hadath.ActorRef
	}{{"actor", &f.Actors}, {"target", &f.Targets}, {"claimed_by", &f.ClaimedBy}} {
		for _, n := range list(q, c.param) {
			refs := s.resolve(n)
			if len(refs) == 1 {
				unknown = append(unknown, unknownName{c.param, n, refs})
			}
			*c.out = append(*c.out, refs...)
		}
	}
	return f, unknown, f.Validate()
}

// parseNear reads a circle "LAT,LON,KM".
func parseNear(s string) (*hadath.Near, error) {
	parts := strings.Split(s, ",")
	var v [3]float64
	ok := len(parts) == 3
	for i := 0; ok && i < 3; i++ {
		var err error
		v[i], err = strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
		ok = err == nil && !math.IsNaN(v[i]) && !math.IsInf(v[i], 0)
	}
	if !ok {
		return nil, hadath.Errorf(hadath.EINVALID, "near %q: want LAT,LON,KM", s)
	}
	return &hadath.Near{Lat: v[0], Lon: v[1], KM: v[2]}, nil
}

// resolve turns an actor name into store references: with no Resolve,
// the name itself.
func (s *Server) resolve(name string) []hadath.ActorRef {
	if s.Resolve == nil {
		return []hadath.ActorRef{{Name: name, NameAr: name}}
	}
	return s.Resolve(name)
}
