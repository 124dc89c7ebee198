package ar

import (
	"strings"
	"sync"
)

// numClass is the part a word plays in a cardinal number.
type numClass uint8

const (
	numNone     numClass = iota
	numUnit              // 1 to 9 (واحد, ثلاثة, ثماني)
	numTen               // 10 (عشرة, عشر), also the second word of 11 to 19
	numTens              // 20 to 90 (عشرون, عشرين)
	numHundred           // 100 to 900 (مئة, مئتان, ثلاثمئة)
	numThousand          // ألف and its dual and plural
	numMillion           // مليون and its dual and plural
	numBillion           // مليار, بليون and their dual and plural
	numTrillion          // تريليون and its dual and plural
	numVague             // a count without a number: عشرات, بضعة, عدة
	numHalf              // نصف, before a multiplier
)

// dateClass is the part a word plays in a date expression.
type dateClass uint8

const (
	dateNone    dateClass = iota
	dateWeekday           // السبت: val is the weekday (time.Sunday = 0)
	dateMonth             // a one-word month name: val 1 to 12, cal the calendar
	dateHead              // the first word of a two-word month (كانون, ربيع, ذو)
	dateRel               // أمس, اليوم, غدا: val is a rel* constant
	datePeriod            // يوم, أسبوع, شهر, عام: val a unit*, count in n
	dateMod               // الماضي, الجاري, المقبل: val a mod* constant
	datePart              // صباح, مساء, ليلة: a part of the day
	dateEra               // هـ, هجري, م, ميلادي: val is the calendar
)

// Relative day words (dateRel values).
const (
	relYesterday = iota + 1
	relToday
	relTomorrow
	relTonight
)

// Period units (datePeriod values).
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
	unitHour
)

// Period modifiers (dateMod values).
const (
	modPast = iota + 1
	modThis
	modNext
)

// calendar tells month names of the Gregorian and Hijri calendars apart.
type calendar uint8

const (
	gregorian calendar = iota
	hijri
)

// entry is what the number and date scanners know about one word. A word
// may have both a number and a date reading (اثنين: two, Monday).
type entry struct {
	// word is the folded word itself.
	word string

	num    numClass
	numVal float64
	// plural marks آلاف, ملايين, مئات: a multiplier after a number and a
	// vague count alone.
	plural bool
	// construct marks أحد and إحدى, "one of": a count only before a
	// definite noun or as the first word of 11.
	construct bool

	date    dateClass
	dateVal int
	// n is the count of a period word: 1, 2 for a dual, 0 for a plural.
	n   int
	cal calendar
	// guard is how much context a month name needs (see the guard*
	// constants): ماي, آب, رجب and صفر are also names and words.
	guard uint8

	// ord is the value of an ordinal (الأول 1, السابع 7, العشرين 20).
	ord int

	// fn marks function words that begin a number or date expression
	// (fnQual, fnDate), so that scanners skip every other word at once.
	fn uint8
}

// Function word marks (entry.fn).
const (
	fnQual uint8 = 1 << iota // the first word of a qualifier: أكثر, نحو
	fnDate                   // منذ, قبل, بين, من, هذا, بعد
)

// lexicon maps folded words to their entries. It is built once, the first
// time a text is scanned, and never changed afterwards.
type lexicon struct {
	words map[string]*entry
	// ends marks the last two runes of every word (see endHash), a
	// cheap filter that skips most tokens before any map lookup.
	ends hashBits
	// edges marks the first and last letters of every word (see
	// edgeHash), checked before each map lookup.
	edges hashBits
	// twoWord maps the keys of two-word month names ("تشرين اول").
	twoWord map[string]monthRef
	// quals are the phrases that qualify a count.
	quals *qualifiers
}

// entry returns the entry of word w, folded, adding it if new.
func (l *lexicon) entry(w string) *entry {
	f := Fold(w)
	e := l.words[f]
	if e == nil {
		e = &entry{word: f}
		l.words[f] = e
		l.ends.set(endHash(f))
		l.edges.set(edgeHash(f))
	}
	return e
}

// hashBits is a set of 14-bit hashes (see endHash and edgeHash), one bit
// each: 2 KB, which a text's words bring into the cache in few lines.
type hashBits [1 << 14 / 64]uint64

// set adds hash h.
func (b *hashBits) set(h int) { b[h/64] |= 1 << (h % 64) }

// has reports whether hash h is in the set.
func (b *hashBits) has(h int) bool { return b[h/64]&(1<<(h%64)) != 0 }

// endHash hashes the last four bytes of s, its last two letters in
// Arabic script, into 14 bits; strings shorter than four bytes hash to
// their length. Every key of a token ends like the token itself, so a
// token whose hash no lexicon word has cannot be in the lexicon.
func endHash(s string) int {
	n := len(s)
	if n < 4 {
		return n
	}
	return int(s[n-4]&1)<<13 | int(s[n-3]&0x3f)<<7 | int(s[n-2]&1)<<6 | int(s[n-1]&0x3f)
}

// edgeHash hashes the first two and last two bytes of s, its first and
// last letters in Arabic script, into 14 bits.
func edgeHash(s string) int {
	n := len(s)
	if n < 2 {
		return n
	}
	return int(s[0]&1)<<13 | int(s[1]&0x3f)<<7 | int(s[n-2]&1)<<6 | int(s[n-1]&0x3f)
}

// has returns the entry of folded word w, checking the edge filter first.
func (l *lexicon) has(w string) *entry {
	if !l.edges.has(edgeHash(w)) {
		return nil
	}
	return l.words[w]
}

// number records a number reading for each space-separated spelling.
func (l *lexicon) number(c numClass, v float64, spellings string) {
	for _, w := range strings.Fields(spellings) {
		e := l.entry(w)
		e.num, e.numVal = c, v
	}
}

// plural records a plural multiplier (آلاف) that is vague on its own.
func (l *lexicon) plural(c numClass, v float64, spellings string) {
	for _, w := range strings.Fields(spellings) {
		e := l.entry(w)
		e.num, e.numVal, e.plural = c, v, true
	}
}

// dateWord records a date reading for each spelling.
func (l *lexicon) dateWord(c dateClass, v, n int, spellings string) {
	for _, w := range strings.Fields(spellings) {
		e := l.entry(w)
		e.date, e.dateVal, e.n = c, v, n
	}
}

// monthName records the one-word names of month v of calendar cal.
func (l *lexicon) monthName(v int, cal calendar, guard uint8, spellings string) {
	for _, w := range strings.Fields(spellings) {
		e := l.entry(w)
		e.date, e.dateVal, e.cal, e.guard = dateMonth, v, cal, guard
	}
}

// ordinal records ordinal readings.
func (l *lexicon) ordinal(v int, spellings string) {
	for _, w := range strings.Fields(spellings) {
		l.entry(w).ord = v
	}
}

// newLexicon builds the lexicon of number and date words.
func newLexicon() *lexicon {
	l := &lexicon{words: make(map[string]*entry, 512),
		twoWord: twoWordIndex(), quals: newQualifiers()}
	for _, p := range l.quals.before {
		l.entry(p.words[0]).fn |= fnQual
	}
	for _, w := range dateFunctionWords {
		l.entry(w).fn |= fnDate
	}
	l.addCardinals()
	l.addOrdinals()
	l.addMonthNames()
	l.addDateWords()
	return l
}

// reading is what the lexicon says about one token of a text: its entry
// and the clitics it carries.
type reading struct {
	e   *entry
	waw bool // the conjunction و or ف
	art bool // the article ال
	pre bool // a preposition ب ك ل
}

// scratch holds the per-call buffers of the scanners, reused through
// scratchPool.
type scratch struct {
	rd     []reading
	inDate []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// getReadings returns buffers from the pool.
func getReadings() *scratch { return scratchPool.Get().(*scratch) }

// putReadings returns buffers to the pool, dropping references into the
// text they were used for.
func putReadings(b *scratch) {
	clear(b.rd)
	b.rd = b.rd[:0]
	if cap(b.rd) > 1<<16 {
		return // keep huge buffers from pinning memory
	}
	scratchPool.Put(b)
}

// readings looks every token of x up in the lexicon. A token is read as
// the longest lexicon word it ends with among its keys (see Token.Keys),
// with the article put back for words such as ألفين that begin with the
// letters of the article.
func (l *lexicon) readings(x *Text, rd []reading) []reading {
	rd = rd[:0]
	for i := range x.Tokens {
		rd = append(rd, l.read(&x.Tokens[i]))
	}
	return rd
}

func (l *lexicon) read(t *Token) reading {
	if t.Kind != Word || !l.ends.has(endHash(t.Norm)) {
		return reading{}
	}
	if e := l.has(t.Norm); e != nil {
		return reading{e: e}
	}
	for ki := range t.NumKeys() {
		k := t.KeyAt(ki)
		prefix := t.Norm[:len(t.Norm)-len(k)]
		if strings.HasSuffix(prefix, article) {
			if w := t.Norm[len(prefix)-len(article):]; l.has(w) != nil {
				return clitics(l.words[w], prefix[:len(prefix)-len(article)], false)
			}
		}
		if e := l.has(k); e != nil {
			return clitics(e, prefix, true)
		}
	}
	return reading{}
}

// clitics describes the folded prefix letters of a word read as e. With
// art set, a trailing ال or لل in prefix is the article.
func clitics(e *entry, prefix string, art bool) reading {
	r := reading{e: e}
	if art {
		switch {
		case strings.HasSuffix(prefix, article):
			r.art = true
			prefix = prefix[:len(prefix)-len(article)]
		case strings.HasSuffix(prefix, lamLam):
			r.art, r.pre = true, true
			prefix = prefix[:len(prefix)-len(lamLam)]
		}
	}
	if strings.HasPrefix(prefix, conjWaw) || strings.HasPrefix(prefix, conjFeh) {
		r.waw = true
		prefix = prefix[len(conjWaw):]
	}
	if prefix != "" {
		r.pre = true
	}
	return r
}
