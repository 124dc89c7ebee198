package jsonl

import (
	"strings"
	"unicode/utf8"
)

// fastWire reads the common input line, an object of string fields with
// a string or numeric id, without encoding/json, and fills w as
// json.Unmarshal would. It reports false for anything it does not read
// exactly as json.Unmarshal does (nested values, nulls in the known
// fields, surrogate escapes, a key that differs from a field's name only
// in case, any syntax error); the caller then decodes the line the
// ordinary way, so that what is accepted and every message stay the
// same. line is valid UTF-8 without surrounding space; scratch is a
// buffer for unescaping, returned for reuse.
func fastWire(line []byte, w *wire, scratch []byte) ([]byte, bool) {
	p := fastParser{b: line, scratch: scratch}
	ok := p.object(w)
	return p.scratch, ok
}

// fastParser is the state of fastWire.
type fastParser struct {
	b       []byte
	i       int
	scratch []byte
}

// object reads the whole line as one object into w.
func (p *fastParser) object(w *wire) bool {
	if !p.eat('{') {
		return false
	}
	p.space()
	if p.eat('}') {
		return p.end()
	}
	for {
		p.space()
		key, ok := p.rawString()
		if !ok {
			return false
		}
		p.space()
		if !p.eat(':') {
			return false
		}
		p.space()
		if !p.field(w, key) {
			return false
		}
		p.space()
		if p.eat('}') {
			return p.end()
		}
		if !p.eat(',') {
			return false
		}
	}
}

// field reads the value of key into w's field of that name.
func (p *fastParser) field(w *wire, key []byte) bool {
	var dst *string
	switch string(key) {
	case "id":
		start := p.i
		if p.i < len(p.b) && p.b[p.i] == '"' {
			if _, ok := p.str(); !ok {
				return false
			}
		} else if !p.number() {
			return false
		}
		w.ID = p.b[start:p.i]
		return true
	case "text":
		s, ok := p.str()
		if ok {
			w.Text = &s
		}
		return ok
	case "lang":
		dst = &w.Lang
	case "published":
		dst = &w.Published
	case "source":
		dst = &w.Source
	case "url":
		dst = &w.URL
	case "title":
		dst = &w.Title
	default:
		for _, c := range key {
			if c >= utf8.RuneSelf || c == '\\' {
				return false // a name json.Unmarshal might fold to a field's
			}
		}
		for _, name := range [...]string{"id", "text", "lang", "published", "source", "url", "title"} {
			if strings.EqualFold(string(key), name) {
				return false
			}
		}
		return p.skipScalar()
	}
	s, ok := p.str()
	if ok {
		*dst = s
	}
	return ok
}

// skipScalar passes over a string, number, true, false or null.
func (p *fastParser) skipScalar() bool {
	if p.i >= len(p.b) {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, ok := p.str()
		return ok
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	for _, lit := range [...]string{"true", "false", "null"} {
		if len(p.b)-p.i >= len(lit) && string(p.b[p.i:p.i+len(lit)]) == lit {
			p.i += len(lit)
			return true
		}
	}
	return false
}

// number passes over a JSON number.
func (p *fastParser) number() bool {
	p.eat('-')
	switch {
	case p.eat('0'):
	case p.digits() == 0:
		return false
	}
	if p.eat('.') && p.digits() == 0 {
		return false
	}
	if p.eat('e') || p.eat('E') {
		if !p.eat('+') {
			p.eat('-')
		}
		if p.digits() == 0 {
			return false
		}
	}
	return true
}

// digits passes over decimal digits and returns how many.
func (p *fastParser) digits() int {
	start := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	return p.i - start
}

// rawString returns the bytes of a string without escapes, unquoted.
func (p *fastParser) rawString() ([]byte, bool) {
	if !p.eat('"') {
		return nil, false
	}
	start := p.i
	for p.i < len(p.b) {
		switch c := p.b[p.i]; {
		case c == '"':
			p.i++
			return p.b[start : p.i-1], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
		p.i++
	}
	return nil, false
}
