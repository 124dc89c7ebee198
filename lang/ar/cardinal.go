package ar

import (
	"math"
	"strconv"
	"strings"
)

// addCardinals records the cardinal number words in their masculine and
// feminine, case and construct forms and both spellings of مئة.
func (l *lexicon) addCardinals() {
	l.number(numUnit, 1, "واحد واحدة أحد إحدى")
	l.entry("أحد").construct = true
	l.entry("إحدى").construct = true
	l.number(numUnit, 2, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثنتان ثنتين")
	for _, w := range []string{"اثنا", "اثني", "اثنتا", "اثنتي"} {
		l.entry(w).construct = true // only in 12; أثنى (praised) folds to اثني
	}
	l.number(numUnit, 3, "ثلاث ثلاثة")
	l.number(numUnit, 4, "أربع أربعة")
	l.number(numUnit, 5, "خمس خمسة")
	l.number(numUnit, 6, "ست ستة")
	l.number(numUnit, 7, "سبع سبعة")
	l.number(numUnit, 8, "ثمان ثماني ثمانية")
	l.number(numUnit, 9, "تسع تسعة")
	l.number(numTen, 10, "عشر عشرة")
	tens := []string{"عشرون عشرين", "ثلاثون ثلاثين", "أربعون أربعين", "خمسون خمسين",
		"ستون ستين", "سبعون سبعين", "ثمانون ثمانين", "تسعون تسعين"}
	for i, s := range tens {
		l.number(numTens, float64(20+10*i), s)
	}
	l.number(numHundred, 100, "مئة مائة مئه مائه")
	l.number(numHundred, 200, "مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي")
	units := []string{"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"}
	for i, u := range units {
		l.number(numHundred, float64(300+100*i), u+"مئة "+u+"مائة")
	}
	l.number(numHundred, 800, "ثمانيمئة ثمانيمائة")
	l.plural(numHundred, 100, "مئات")
	l.number(numThousand, 1000, "ألف ألفا")
	l.number(numThousand, 2000, "ألفان ألفين ألفي")
	l.plural(numThousand, 1000, "آلاف ألوف")
	l.number(numMillion, 1e6, "مليون مليونا")
	l.number(numMillion, 2e6, "مليونان مليونين مليوني")
	l.plural(numMillion, 1e6, "ملايين")
	l.number(numBillion, 1e9, "مليار مليارا بليون بليونا")
	l.number(numBillion, 2e9, "ملياران مليارين ملياري")
	l.plural(numBillion, 1e9, "مليارات بلايين")
	l.number(numTrillion, 1e12, "تريليون تريليونا ترليون")
	l.number(numTrillion, 2e12, "تريليونان تريليونين")
	l.plural(numTrillion, 1e12, "تريليونات")
	l.number(numVague, 0, "عشرات بضع بضعة عدة")
	l.number(numHalf, 0.5, "نصف")
}

// addOrdinals records the ordinals that name days of the month (السابع من
// مارس) and that keep ordinal compounds (التاسع عشر) from being read as
// counts.
func (l *lexicon) addOrdinals() {
	l.ordinal(1, "أول أولى حادي حادية")
	l.ordinal(2, "ثاني ثانية")
	l.ordinal(3, "ثالث ثالثة")
	l.ordinal(4, "رابع رابعة")
	l.ordinal(5, "خامس خامسة")
	l.ordinal(6, "سادس سادسة")
	l.ordinal(7, "سابع سابعة")
	l.ordinal(8, "ثامن ثامنة")
	l.ordinal(9, "تاسع تاسعة")
	l.ordinal(10, "عاشر عاشرة")
	l.ordinal(20, "عشرين عشرون")
	l.ordinal(30, "ثلاثين ثلاثون")
}

// digits parses a Number token's folded text: ASCII digits with an
// optional decimal point, and thousands separators (1,500 or 1٬500). A
// comma not followed by exactly three digits is a decimal comma (1,5).
func digits(s string) (float64, bool) {
	var b strings.Builder
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ArabicThousands })
	if len(groups) > 1 {
		thousands := true
		for _, g := range groups[1:] {
			if len(g) != 3 && !(len(g) > 3 && g[3] == '.') {
				thousands = false
			}
		}
		if thousands {
			for _, g := range groups {
				b.WriteString(g)
			}
		} else if len(groups) == 2 {
			b.WriteString(groups[0] + "." + groups[1])
		} else {
			return 0, false
		}
		s = b.String()
	}
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// numDigits is the class of a Number token in a cardinal.
const numDigits numClass = 255

// elem is one token of a cardinal.
type elem struct {
	class         numClass
	val           float64
	plural        bool
	construct     bool
	waw, art, pre bool
}

// elem returns the cardinal element at token j and the index after it. A
// lone و token ("ألف و 500") joins the element after it.
func (s *numScan) elem(j int) (elem, int, bool) {
	toks := s.x.Tokens
	if j >= len(toks) || j < len(s.inDate) && s.inDate[j] {
		return elem{}, 0, false
	}
	if toks[j].Norm == conjWaw && j+1 < len(toks) && toks[j+1].Sent == toks[j].Sent {
		e, next, ok := s.elem(j + 1)
		if !ok || e.waw {
			return elem{}, 0, false
		}
		e.waw = true
		return e, next, true
	}
	if toks[j].Kind == Number {
		v, ok := digits(toks[j].Norm)
		return elem{class: numDigits, val: v}, j + 1, ok
	}
	r := s.rd[j]
	if r.e == nil || r.e.num == numNone {
		return elem{}, 0, false
	}
	return elem{class: r.e.num, val: r.e.numVal, plural: r.e.plural, construct: r.e.construct,
		waw: r.waw, art: r.art, pre: r.pre}, j + 1, true
}

// multiplier returns the base of a multiplier class (1000 for ألف), or 0.
func multiplier(c numClass) float64 {
	switch c {
	case numThousand:
		return 1e3
	case numMillion:
		return 1e6
	case numBillion:
		return 1e9
	case numTrillion:
		return 1e12
	}
	return 0
}

// lastMult marks a cardinal whose last element was a multiplier.
const lastMult numClass = 254

// cardinal reads a number in digits or words starting at token j. Words
// follow the order of Arabic compounds: thousands, then hundreds, then
// units, then tens, joined with و ("ألفان وخمسمئة وثلاثة وعشرون").
func (s *numScan) cardinal(j int) (count, bool) {
	e, k, ok := s.elem(j)
	if !ok || !s.canStart(j, e) {
		return count{}, false
	}
	c := count{after: e.art || (e.class == numUnit && e.val == 1 && !e.construct)}
	var total, cur float64
	last, limit := e.class, math.Inf(1)
	switch m := multiplier(e.class); {
	case e.class == numVague || e.plural:
		c.vague = true
	case m > 0:
		total, limit, last = e.val, m, lastMult
		if r := s.rd[k-1]; e.val == m && r.e != nil && strings.HasSuffix(r.e.word, string(Alef)) {
			total *= 2 // ألفا شخص, مليونا دولار: the dual in construct
		}
	default:
		cur = e.val
	}
loop:
	for k < len(s.x.Tokens) {
		n, next, ok := s.elem(k)
		if !ok {
			break
		}
		m := multiplier(n.class)
		if c.vague {
			// عشرات الآلاف, بضعة آلاف, بضع عشرات: still no number.
			if n.waw || (m == 0 && !n.plural && n.class != numVague) {
				break
			}
			k = next
			continue
		}
		switch {
		case n.waw && !n.art && !n.pre:
			switch {
			case last == numUnit && n.class == numTens && cur < 10:
				cur += n.val
			case last == numHundred && (n.class == numUnit || n.class == numTen || n.class == numTens || n.class == numDigits && n.val < 100):
				cur += n.val
			case last == lastMult && m > 0 && !n.plural && n.val < limit:
				total, limit = total+n.val, m
				n.class = lastMult
			case last == lastMult && m == 0 && !n.plural && n.class != numVague && n.class != numHalf && n.val < limit:
				cur = n.val
			default:
				break loop
			}
			last = n.class
		case n.art || n.pre:
			break loop
		case n.class == numTen && last == numUnit && cur >= 1 && cur < 10:
			cur += 10 // أحد عشر, ثلاثة عشر
			last = numTen
		case n.class == numHundred && !n.plural && n.val == 100 && last == numUnit && cur >= 3:
			cur *= 100 // ثلاث مئة
			last = numHundred
		case m > 0 && last != lastMult && m < limit && cur > 0 && (n.val == m || n.plural):
			total, cur, limit, last = total+cur*m, 0, m, lastMult
		default:
			break loop
		}
		k = next
	}
	if e.class == numHalf && last != lastMult {
		return count{}, false // نصف alone is no count
	}
	c.val, c.last = total+cur, k
	if c.vague {
		c.val = 0
	}
	return c, true
}

// canStart reports whether element e at token j may begin a number.
func (s *numScan) canStart(j int, e elem) bool {
	if e.art && !(e.class == numUnit && e.val >= 3 || e.class == numTen || e.class == numVague || e.plural) {
		return false // الاثنين and الأحد are weekdays, المئة a percent
	}
	if j > 0 {
		if p := s.rd[j-1].e; p != nil && p.ord > 0 && p.ord <= 10 && (e.class == numTen || e.class == numTens) {
			return false // التاسع عشر, الحادي والعشرين: ordinals
		}
	}
	if e.construct {
		// أحد عشر, اثنا عشر, or أحد الجنود: one of the soldiers.
		n, _, ok := s.elem(j + 1)
		if ok && n.class == numTen && !n.waw {
			return true
		}
		return e.val == 1 && j+1 < len(s.x.Tokens) && s.rd[j+1].e == nil && s.x.Tokens[j+1].Kind == Word && hasArticle(&s.x.Tokens[j+1])
	}
	return true
}

// hasArticle reports whether a word token carries the article, after
// any proclitics (الجنود, والجنود, للجنود).
func hasArticle(t *Token) bool {
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		prefix := t.Norm[:len(t.Norm)-len(k)]
		if strings.HasSuffix(prefix, article) || strings.HasSuffix(prefix, lamLam) {
			return true
		}
	}
	return false
}
