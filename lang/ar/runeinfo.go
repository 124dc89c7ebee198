package ar

import "unicode/utf8"

// runeInfo is what the tokenizer needs of a rune: its fold (see FoldRune,
// -1 when dropped) and the kind of token it starts (see classify).
type runeInfo struct {
	fold rune
	kind Kind
}

// Tables of runeInfo for ASCII and for the Arabic block (U+0600 to
// U+06FF), which make up nearly all of the text of Arabic news: the
// tokenizer looks them up instead of testing ranges one after another.
var (
	asciiInfo  = runeInfos(0, utf8.RuneSelf)
	arabicInfo = runeInfos(0x0600, 0x0700)
)

// runeInfos returns the runeInfo of the runes from lo to hi (exclusive).
func runeInfos(lo, hi rune) []runeInfo {
	t := make([]runeInfo, hi-lo)
	for r := lo; r < hi; r++ {
		t[r-lo] = runeInfo{FoldRune(r), classify(r)}
	}
	return t
}

// nextRune decodes the rune at byte i of s as decodeAt does and returns
// it with its size, fold and kind, the Arabic block and ASCII read from
// the tables without decoding.
func nextRune(s string, i int) (r rune, size int, fold rune, kind Kind) {
	c := s[i]
	if c < utf8.RuneSelf {
		in := &asciiInfo[c]
		return rune(c), 1, in.fold, in.kind
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		in := &arabicInfo[r-0x0600]
		return r, 2, in.fold, in.kind
	}
	r, size = decodeAt(s, i)
	fold, kind = foldKind(r)
	return r, size, fold, kind
}

// foldKind returns FoldRune(r) and classify(r).
func foldKind(r rune) (rune, Kind) {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		in := &asciiInfo[r]
		return in.fold, in.kind
	case r >= 0x0600 && r < 0x0700:
		in := &arabicInfo[r-0x0600]
		return in.fold, in.kind
	}
	return FoldRune(r), classify(r)
}

// appendRune appends the UTF-8 encoding of r to b, the one- and
// two-byte runes inline.
func appendRune(b []byte, r rune) []byte {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return append(b, byte(r))
	case r >= 0x80 && r < 0x800:
		return append(b, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	}
	return utf8.AppendRune(b, r)
}

// arabicRun appends to fb the folds of the word runes of the Arabic
// block (two bytes each) from byte i of src on, and returns where they
// end, the code-point offset there and fb: the tokenizer's loop for the
// runes most words are made of, read from the table without decoding.
func arabicRun(src string, i, cp int, fb []byte) (int, int, []byte) {
	for i+1 < len(src) {
		c, c2 := src[i], src[i+1]
		if c < 0xD8 || c > 0xDB || c2&0xC0 != 0x80 {
			break
		}
		in := &arabicInfo[(rune(c&0x1F)<<6|rune(c2&0x3F))-0x0600]
		if in.kind != Word {
			break
		}
		if in.fold >= 0 {
			fb = appendRune(fb, in.fold)
		}
		i += 2
		cp++
	}
	return i, cp, fb
}
