package ar

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // a word in Arabic script
	Latin              // a word in Latin or another script
	Number             // a run of digits, possibly with a decimal point
	Punct              // one punctuation mark or symbol
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Latin:
		return "latin"
	case Number:
		return "number"
	}
	return "punct"
}

// MaxKeys is how many lookup keys a token carries at most (see Keys).
const MaxKeys = 6

const maxKeys = MaxKeys

// Token is one word, number or punctuation mark of a text. Start and End
// are code-point offsets into the original text (End exclusive); Byte and
// ByteEnd are the same in bytes.
type Token struct {
	Start, End    int
	Byte, ByteEnd int
	Kind          Kind
	nkey          uint8
	// koff holds where each key begins in Norm: every key is a suffix of
	// Norm, its clitics and article cut off, and so is kept as one byte
	// rather than as a string header of sixteen. (The small fields sit
	// together: tokens are read by every pass, and a smaller token costs
	// less to bring into the cache.)
	koff [maxKeys]uint8
	// Sent is the index of the sentence holding the token.
	Sent int
	// Norm is the folded token (see Fold), clitics included.
	Norm string
}

// Keys returns the dictionary keys the token may stand for, from the
// least to the most stripped: the token without its article, then without
// the conjunctions و and ف, the prepositions ب ك ل (and لل for ل + ال) and
// the future prefix س. The keys share memory with Norm, but the slice is
// made anew: loops over the keys of many tokens read them with NumKeys
// and KeyAt, which do not allocate.
func (t *Token) Keys() []string {
	keys := make([]string, t.nkey)
	for i := range keys {
		keys[i] = t.KeyAt(i)
	}
	return keys
}

// NumKeys returns the number of the token's keys (see Keys).
func (t *Token) NumKeys() int { return int(t.nkey) }

// KeyAt returns the token's key i, Keys()[i], without allocating.
func (t *Token) KeyAt(i int) string { return t.Norm[t.koff[i]:] }

// Key returns the token's first key: its folded form without the article.
func (t *Token) Key() string {
	if t.nkey == 0 {
		return t.Norm
	}
	return t.Norm[t.koff[0]:]
}

// Proclitics returns the folded prefix letters removed from Norm to reach
// Keys()[i], article excluded: "وب" for وبالعراق read as عراق.
func (t *Token) Proclitics(i int) string {
	prefix := t.Norm[:t.koff[i]]
	return prefix[:len(prefix)-articleLen(prefix)]
}

func articleLen(prefix string) int {
	if strings.HasSuffix(prefix, article) {
		return len(article)
	}
	return 0
}

// addKey records k, a suffix of the token's Norm, as a key unless it is
// already there or too short. A key begins at most a few clitic letters
// into Norm, well within the byte that holds its offset.
func (t *Token) addKey(k string) {
	if !runesAtLeast(k, 2) || t.nkey == maxKeys {
		return
	}
	off := uint8(len(t.Norm) - len(k))
	for _, have := range t.koff[:t.nkey] {
		if have == off {
			return // the same suffix: the same key
		}
	}
	t.koff[t.nkey] = off
	t.nkey++
}

const (
	conjWaw = string(Waw)
	conjFeh = string(Feh)
	lamLam  = string(Lam) + string(Lam)
)

// hasRunes reports whether s holds at least n runes, counting each
// invalid byte as one rune as utf8.RuneCountInString does, without
// reading further than the n-th rune.
func hasRunes(s string, n int) bool {
	switch {
	case len(s) >= utf8.UTFMax*n:
		return true // no rune is longer
	case len(s) < n:
		return false // no rune is shorter than a byte
	}
	for i := 0; n > 0; n-- {
		if i >= len(s) {
			return false
		}
		_, size := decodeAt(s, i)
		i += size
	}
	return true
}

// runesAtLeast is hasRunes for valid UTF-8, as the folded forms the
// tokenizer writes always are (an invalid byte folds to U+FFFD): it
// counts the bytes that begin a rune.
func runesAtLeast(s string, n int) bool {
	if n <= 0 || len(s) >= utf8.UTFMax*n {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// stripArticle is StripArticle for a folded form (see runesAtLeast).
func stripArticle(w string) string {
	if strings.HasPrefix(w, article) && runesAtLeast(w, 4) {
		return w[len(article):]
	}
	return w
}

// decodeAt is utf8.DecodeRuneInString(s[i:]) with the runes of the
// Arabic block, two bytes each, decoded inline.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// setKeys fills the token's keys from its folded form.
func (t *Token) setKeys() {
	w := t.Norm
	t.addKey(stripArticle(w))
	if t.Kind != Word {
		return
	}
	bases := [2]string{w, ""}
	if runesAtLeast(w, 4) && (strings.HasPrefix(w, conjWaw) || strings.HasPrefix(w, conjFeh)) {
		bases[1] = w[len(conjWaw):]
		t.addKey(stripArticle(bases[1]))
	}
	for _, b := range bases {
		if !runesAtLeast(b, 4) {
			continue
		}
		r, size := decodeAt(b, 0)
		switch r {
		case Beh, Kaf, Lam:
			if strings.HasPrefix(b, lamLam) {
				t.addKey(b[len(lamLam):]) // لل = ل + ال with the alef elided
			}
			t.addKey(stripArticle(b[size:]))
		case Seen:
			if r2, _ := decodeAt(b, size); r2 == Yeh || r2 == Teh || r2 == Noon || r2 == Alef {
				t.addKey(b[size:]) // future prefix: سيقوم
			}
		}
	}
}

// Text is an analyzed document: the original string, its folded tokens and
// its sentences.
type Text struct {
	Src       string
	Tokens    []Token
	Sentences []Sentence
	folded    string
	// pooled marks tokens taken from the pool (AnalyzeReused).
	pooled bool
}

// Slice returns the original text between code-point offsets given by
// byte offsets b and e.
func (x *Text) Slice(b, e int) string { return x.Src[b:e] }

// SpanText returns the original text of tokens i..j (j exclusive).
func (x *Text) SpanText(i, j int) string {
	return x.Src[x.Tokens[i].Byte:x.Tokens[j-1].ByteEnd]
}

// classify returns the token kind a rune starts, and whether the rune
// belongs inside a word of that kind.
func classify(r rune) Kind {
	switch {
	case isArabicLetter(r) || isHaraka(r) || r == Tatweel:
		return Word
	case r >= '0' && r <= '9', r >= ArabicZero && r <= ArabicZero+9, r >= PersianZero && r <= PersianZero+9:
		return Number
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return Latin
	}
	return Punct
}

// isBlank reports whether r separates tokens without being one: white
// space, the byte order mark and the direction marks. No rune of the
// Arabic block is.
func isBlank(r rune) bool {
	if r >= 0x0600 && r < 0x0700 {
		return false
	}
	return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200e' || r == '\u200f'
}

// foldBufs are the buffers of tokenize: the folded text, and where each
// token's Norm ends in it (it starts where the token before ends).
type foldBufs struct {
	fb   []byte
	ends []int
}

// foldPool holds the buffers of tokenize.
var foldPool = sync.Pool{New: func() any { return new(foldBufs) }}

// maxPooledFold keeps the buffers of huge texts out of the pool.
const maxPooledFold = 1 << 20

// isJoiner reports whether r may stand inside a word without ending it.
func isJoiner(r rune) bool {
	return r == '\u200c' || r == '\u200d'
}

// tokenize splits src into tokens, folding as it goes into one buffer so
// that every token's Norm is a substring of it. The buffer is reused from
// text to text; the folded string is copied out of it at its length.
func tokenize(src string, toks []Token) ([]Token, string) {
	p := foldPool.Get().(*foldBufs)
	fb, ends := p.fb[:0], p.ends[:0]
	// first is the index of src's first token: toks may hold others.
	first := len(toks)
	cp := 0 // code-point offset of the rune at byte i
	i := 0
	// r, size, f and k describe the rune at byte i once decoded: the
	// rune that ends a token starts the next round.
	var (
		r       rune
		size    int
		f       rune
		k       Kind
		decoded bool
	)
	for i < len(src) {
		if !decoded {
			r, size, f, k = nextRune(src, i)
		}
		decoded = false
		if isBlank(r) {
			i += size
			cp++
			continue
		}
		tok := Token{Start: cp, Byte: i, Kind: k}
		for {
			if f >= 0 {
				fb = appendRune(fb, f)
			}
			i += size
			cp++
			if k == Word {
				i, cp, fb = arabicRun(src, i, cp, fb)
			}
			if k == Punct || i >= len(src) {
				break
			}
			var nk Kind
			r, size, f, nk = nextRune(src, i)
			if nk == k || (isJoiner(r) && k != Number) {
				continue
			}
			// 3.5 and 1,000 stay one number.
			if k == Number && (r == '.' || r == ',' || r == ArabicDecimalSep || r == ArabicThousands) && i+size < len(src) {
				if r2, _ := utf8.DecodeRuneInString(src[i+size:]); classify(r2) == Number {
					continue
				}
			}
			k, decoded = nk, true
			break
		}
		tok.End, tok.ByteEnd = cp, i
		ends = append(ends, len(fb))
		toks = append(toks, tok)
	}
	folded := string(fb)
	normB := 0
	for j, e := range ends {
		t := &toks[first+j]
		t.Norm = folded[normB:e]
		normB = e
		t.setKeys()
	}
	if cap(fb) <= maxPooledFold {
		p.fb, p.ends = fb, ends
		foldPool.Put(p)
	}
	return toks, folded
}
