package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/hadath/hadath"
)

// A result line is written by hand rather than by encoding/json, whose
// reflection took as long as a tenth of coding the document. The bytes
// are those json.Encoder writes with SetEscapeHTML(false) (see
// TestAppendResult): the fields in the order of their struct tags, empty
// ones left out where the tags say omitempty, and the events as their
// MarshalJSON writes them, which escapes "<", ">" and "&".

// lineEncoder appends JSON to b. html escapes "<", ">" and "&" in strings;
// lean leaves out what lean() drops: the evidence spans' text, the quotes
// and the entities.
type lineEncoder struct {
	b    []byte
	html bool
	lean bool
	err  error
}

// appendResult appends res to b as one JSON line, with a newline, as
// json.Encoder writes it (or lean(res), when lean is set). It returns an
// error, and no bytes, for a number JSON cannot write (NaN, infinity).
func appendResult(b []byte, res *hadath.Result, lean bool) ([]byte, error) {
	e := &lineEncoder{b: b, lean: lean}
	e.strField(`{"doc_id":`, res.DocID)
	e.strField(`,"lang":`, res.Lang)
	e.raw(`,"events":`)
	e.html = true // as Event.MarshalJSON writes them
	orNull(e, res.Events, lean, e.event)
	e.html = false
	e.raw(`,"aggregates":`)
	orNull(e, res.Aggregates, lean, e.aggregate)
	quotes, entities := res.Quotes, res.Entities
	if lean {
		quotes, entities = []hadath.Quote{}, []hadath.Entity{}
	}
	e.raw(`,"quotes":`)
	orNull(e, quotes, false, e.quote)
	e.raw(`,"entities":`)
	orNull(e, entities, false, e.entity)
	e.raw("}\n")
	if e.err != nil {
		return nil, e.err
	}
	return e.b, nil
}

// event writes an event as Event.MarshalJSON does: absent strings as
// null, empty lists as [].
func (e *lineEncoder) event(ev *hadath.Event) {
	e.strField(`{"id":`, ev.ID)
	e.strField(`,"type":`, ev.Type)
	e.nullField(`,"method":`, ev.Method)
	e.nullField(`,"date":`, ev.Date)
	e.nullField(`,"date_end":`, ev.DateEnd)
	e.strField(`,"date_precision":`, orDefault(ev.DatePrecision, hadath.DateUnknown))
	e.raw(`,"location":`)
	e.place(ev.Location)
	e.actorField(`,"actor":`, ev.Actor)
	e.actorField(`,"target":`, ev.Target)
	e.countField(`,"killed":`, ev.Killed)
	e.countField(`,"injured":`, ev.Injured)
	e.actorField(`,"claimed_by":`, ev.ClaimedBy)
	e.actorField(`,"blamed_on":`, ev.BlamedOn)
	e.raw(`,"reported_by":`)
	e.strs(ev.ReportedBy, true)
	e.nullField(`,"intercepted":`, ev.Intercepted)
	e.strField(`,"modality":`, orDefault(ev.Modality, hadath.Asserted))
	e.raw(`,"trigger":`)
	e.span(&ev.Trigger, false)
	e.raw(`,"evidence":`)
	e.spans(ev.Evidence, true, true)
	e.raw(`,"confidence":`)
	e.float(ev.Confidence)
	if ev.Background {
		e.raw(`,"background":true`)
	}
	e.b = append(e.b, '}')
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// aggregate writes an aggregate with its struct tags.
func (e *lineEncoder) aggregate(a *hadath.Aggregate) {
	e.strField(`{"type":`, a.Type)
	e.raw(`,"count":`)
	e.count(&a.Count)
	e.optStr(`,"date":`, a.Date)
	e.optStr(`,"date_end":`, a.DateEnd)
	e.raw(`,"countries":`)
	e.strs(a.Countries, false)
	if a.Actor != nil {
		e.actorField(`,"actor":`, a.Actor)
	}
	if a.Target != nil {
		e.actorField(`,"target":`, a.Target)
	}
	e.raw(`,"evidence":`)
	e.spans(a.Evidence, false, true)
	e.b = append(e.b, '}')
}

// quote writes a quote with its struct tags.
func (e *lineEncoder) quote(q *hadath.Quote) {
	e.actorField(`{"speaker":`, q.Speaker)
	e.strField(`,"verb":`, q.Verb)
	e.strField(`,"text":`, q.Text)
	e.startEnd(q.Start, q.End)
	e.raw(`,"direct":`)
	e.bool(q.Direct)
	e.b = append(e.b, '}')
}

// entity writes an entity with its struct tags.
func (e *lineEncoder) entity(en *hadath.Entity) {
	e.strField(`{"type":`, en.Type)
	e.startEnd(en.Start, en.End)
	e.strField(`,"text":`, en.Text)
	e.optStr(`,"name":`, en.Name)
	e.b = append(e.b, '}')
}

// actorField writes key and an actor with its struct tags, or null.
func (e *lineEncoder) actorField(key string, a *hadath.Actor) {
	e.raw(key)
	if a == nil {
		e.raw("null")
		return
	}
	e.named(a.Name, a.NameAr, a.Country)
	e.optStr(`,"sector":`, a.Sector)
	if len(a.BackedBy) > 0 {
		e.raw(`,"backed_by":`)
		e.strs(a.BackedBy, true)
	}
	if a.Generic {
		e.raw(`,"generic":true`)
	}
	e.optStr(`,"kind":`, a.Kind)
	e.closeSpan(a.Span)
}

// named opens the object of an actor or a place with the fields they
// share: name, name_ar and country.
func (e *lineEncoder) named(name, nameAr, country string) {
	e.strField(`{"name":`, name)
	e.optStr(`,"name_ar":`, nameAr)
	e.optStr(`,"country":`, country)
}

// place writes a place with its struct tags, or null.
func (e *lineEncoder) place(p *hadath.Place) {
	if p == nil {
		e.raw("null")
		return
	}
	e.named(p.Name, p.NameAr, p.Country)
	e.optStr(`,"admin1":`, p.Admin1)
	if p.Lat != nil {
		e.raw(`,"lat":`)
		e.float(*p.Lat)
	}
	if p.Lon != nil {
		e.raw(`,"lon":`)
		e.float(*p.Lon)
	}
	e.strField(`,"precision":`, p.Precision)
	if p.GeoNameID != 0 {
		e.raw(`,"geonameid":`)
		e.int(p.GeoNameID)
	}
	e.closeSpan(p.Span)
}

// countField writes key and a count, or null.
func (e *lineEncoder) countField(key string, c *hadath.Count) {
	e.raw(key)
	if c == nil {
		e.raw("null")
		return
	}
	e.count(c)
}

// count writes a count with its struct tags.
func (e *lineEncoder) count(c *hadath.Count) {
	e.raw(`{"count":`)
	if c.Count == nil {
		e.raw("null")
	} else {
		e.int(*c.Count)
	}
	e.strField(`,"qualifier":`, c.Qualifier)
	e.optStr(`,"text":`, c.Text)
	e.closeSpan(c.Span)
}

// spans writes a list of spans: [] for none when empty is set, else null;
// without their text when lean is set and the encoder is lean.
func (e *lineEncoder) spans(sps []hadath.Span, empty, lean bool) {
	bare := lean && e.lean
	orNull(e, sps, empty || e.lean, func(sp *hadath.Span) { e.span(sp, bare) })
}

// closeSpan writes the field span unless sp is nil (omitempty), and
// closes the object.
func (e *lineEncoder) closeSpan(sp *hadath.Span) {
	if sp != nil {
		e.raw(`,"span":`)
		e.span(sp, false)
	}
	e.b = append(e.b, '}')
}

// span writes a span, without its text when bare is set.
func (e *lineEncoder) span(sp *hadath.Span, bare bool) {
	e.intField(`{"start":`, sp.Start)
	e.intField(`,"end":`, sp.End)
	if sp.Text != "" && !bare {
		e.raw(`,"text":`)
		e.str(sp.Text)
	}
	e.b = append(e.b, '}')
}

// strs writes a list of strings: [] for none when empty is set, else
// null.
func (e *lineEncoder) strs(ss []string, empty bool) {
	orNull(e, ss, empty, func(s *string) { e.str(*s) })
}

// orNull writes xs as a JSON array, each element by write, or null when
// xs is nil and empty is not set.
func orNull[T any](e *lineEncoder, xs []T, empty bool, write func(*T)) {
	if xs == nil && !empty {
		e.raw("null")
		return
	}
	e.b = append(e.b, '[')
	for i := range xs {
		if i > 0 {
			e.b = append(e.b, ',')
		}
		write(&xs[i])
	}
	e.b = append(e.b, ']')
}

// raw writes s as it is.
func (e *lineEncoder) raw(s string) { e.b = append(e.b, s...) }

// strField writes key and s.
func (e *lineEncoder) strField(key, s string) {
	e.raw(key)
	e.str(s)
}

// startEnd writes the fields start and end, after others.
func (e *lineEncoder) startEnd(start, end int) {
	e.intField(`,"start":`, start)
	e.intField(`,"end":`, end)
}

// intField writes key and n.
func (e *lineEncoder) intField(key string, n int) {
	e.raw(key)
	e.int(n)
}

// optStr writes key and s unless s is empty (omitempty).
func (e *lineEncoder) optStr(key, s string) {
	if s != "" {
		e.strField(key, s)
	}
}

// nullField writes key and s, or null when s is empty.
func (e *lineEncoder) nullField(key, s string) {
	e.raw(key)
	if s == "" {
		e.raw("null")
		return
	}
	e.str(s)
}

// int writes n.
func (e *lineEncoder) int(n int) { e.b = strconv.AppendInt(e.b, int64(n), 10) }

// bool writes true or false.
func (e *lineEncoder) bool(v bool) { e.b = strconv.AppendBool(e.b, v) }

// float writes f as encoding/json does: like ECMAScript, in plain
// notation between 1e-6 and 1e21 and with an exponent outside.
func (e *lineEncoder) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			e.err = fmt.Errorf("json: unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
		}
		e.raw("null")
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if n := len(e.b); format == 'e' && n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
		e.b[n-2] = e.b[n-1] // e-07 -> e-7
		e.b = e.b[:n-1]
	}
}

// str writes s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 as U+FFFD, U+2028 and U+2029
// escaped, and "<", ">" and "&" escaped when the encoder escapes HTML.
func (e *lineEncoder) str(s string) {
	b := append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && !(e.html && (c == '<' || c == '>' || c == '&')) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	e.b = append(b, '"')
}

// hexDigits are the digits of \u escapes.
const hexDigits = "0123456789abcdef"
