package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// Folded function words that the argument rules look at. They are the
// language's closed classes, not a lexicon, so they live in code.
var (
	// prepositions that govern a following noun phrase.
	prepWords = set("في", "علي", "ضد", "الي", "من", "عن", "مع", "نحو", "بين", "حول",
		"لدي", "عبر", "داخل", "قرب", "خلال", "تجاه", "بحق", "لصالح", "منذ", "بعد", "قبل", "عند", "امام")
	// fillers may stand between a verb and its subject ("بعض": some of them).
	fillers = set("قد", "لقد", "بعض", "ايضا", "مجددا", "كذلك", "بدوره", "بدورها", "اليوم", "امس",
		"فجر", "صباح", "مساء", "ليل", "ليله", "ظهر", "يوم", "اول", "حاليا", "رسميا", "فعلا",
		"الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء")
	// demonstratives point back at something told before.
	demonstratives = set("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء", "اولئك")
	// presupposing words put what follows them in the past, whatever
	// came before: "في حال حرجة بعد هجوم", "سيزور البلدة عقب الهجوم".
	presupposing = set("بعد", "عقب", "اثر", "جراء", "بسبب", "اعقاب", "بعيد")
	// doing words are verbal nouns of carrying out, before what is done:
	// "بشن هجمات", "بتنفيذ ضربات".
	doing = set("شن", "تنفيذ", "القيام")
	// complementizers open what was said: "قال إنه", "أعلن مسؤوليته عن".
	complementizers = set("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "عن")
	// clauseBreak words open a new clause: a new subject may follow.
	clauseBreak = set("ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "حيث", "بينما",
		"فيما", "لكن", "لكنه", "اذ", "بعدما", "عندما", "حين", "كما", "ما", "اذا", "لو")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[ar.Fold(w)] = true
	}
	return m
}

// isBreak reports whether token t is punctuation that ends a phrase:
// every mark but quotation marks, which stand inside phrases.
func isBreak(t *ar.Token) bool {
	if t.Kind != ar.Punct {
		return false
	}
	switch t.Norm {
	case "\"", "“", "”", "«", "»", "#": // quotes, and the mark of a hashtag (#بيروت)
		return false
	}
	return true
}

// prep returns the preposition governing an actor or place mention that
// starts at token first and code point start: a proclitic ب ل ك stripped
// from the token, or a preposition word just before it. "agent" stands
// for من قبل / على يد / بواسطة. It returns "" for none.
func (dc *doc) prep(first, start int) string {
	t := &dc.x.Tokens[first]
	if start > t.Start {
		pre := dc.proclitics(first, start)
		if len(pre) >= 2 {
			switch pre[0:2] {
			case "ب", "ل", "ك":
				return pre[0:2]
			}
		}
	}
	sf, _ := dc.sentence(t.Sent)
	if first-1 >= sf && (ar.HashMark(dc.x.Tokens, first-1) || ar.OpenQuote(dc.x.Tokens, first-1)) {
		first-- // في #بيروت، في "بيروت": the preposition before the mark
	}
	if first-1 < sf {
		return ""
	}
	p := &dc.x.Tokens[first-1]
	w := strings.TrimPrefix(p.Norm, "و")
	switch {
	case dc.cueAt[first-1].has(cueAgentPrep) && !prepWords[w]:
		return "agent" // شنتها القوات، نفذه مسلحون
	case w == "قبل" && first-2 >= sf && dc.x.Tokens[first-2].Norm == "من":
		return "agent"
	case w == "يد" && first-2 >= sf && dc.x.Tokens[first-2].Norm == "علي":
		return "agent"
	case w == "بواسطه" || w == "يد" && p.Norm == "بيد":
		return "agent"
	case prepWords[w]:
		return w
	}
	return ""
}

// proclitics returns the letters of token first before code point start,
// where a mention or a form begins, folded and without a leading و or ف:
// "ب" for بالعراق read from عراق, "س" for ستصفيه read as تصفية.
func (dc *doc) proclitics(first, start int) string {
	t := &dc.x.Tokens[first]
	if start <= t.Start {
		return ""
	}
	return strings.TrimLeft(ar.Fold(dc.x.Src[t.Byte:dc.byteAt(first, start)]), "وف")
}

// actorPrep returns the governing preposition of actor mention a.
func (dc *doc) actorPrep(a int) string {
	m := &dc.actors[a]
	return dc.prep(m.First, m.Start)
}

// actorAfter returns the first actor mention that starts within limit
// tokens from token i (in the sentence of token i-1) with a preposition accepted
// by ok, skipping fillers; -1 if none. It stops at a clause break or at a
// trigger of another verb.
func (dc *doc) actorAfter(i, limit int, ok func(prep string) bool) int {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return -1
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	end := min(sl, i+limit)
	for j := i; j < end; j++ {
		t := &dc.x.Tokens[j]
		if a := dc.actorAt[j]; a >= 0 {
			m := &dc.actors[a]
			if m.First == j && ok(dc.actorPrep(int(a))) {
				return int(a)
			}
			j = m.Last - 1
			continue
		}
		if isBreak(t) {
			return -1
		}
		if clauseBreak[t.Norm] && j > i {
			return -1
		}
	}
	return -1
}

// endsInPrep reports whether token i is a preposition, bare or with an
// attached pronoun (من، عنهم، عليها).
func (dc *doc) endsInPrep(i int) bool {
	w := strings.TrimPrefix(dc.x.Tokens[i].Norm, string(ar.Waw))
	if prepWords[w] {
		return true
	}
	for _, p := range pronounPreps {
		if rest, ok := strings.CutPrefix(w, p); ok && pronounSuffixes[rest] {
			return true
		}
	}
	return false
}

// pronounPreps are the folded prepositions that take an attached pronoun
// ("عنه", "لها"), folded once.
var pronounPreps = func() []string {
	ps := []string{"عن", "علي", "من", "الي", "مع", "ل", "ب", "ضد"}
	for i, p := range ps {
		ps[i] = ar.Fold(p)
	}
	return ps
}()

// pronounSuffixes are the folded attached pronouns.
var pronounSuffixes = set("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك", "ي")

// skipConjuncts returns the token after the actor mentions joined by و
// that follow one another from token i (وفرنسا وبريطانيا): more of
// the subject, not the object; i itself if none.
func (dc *doc) skipConjuncts(i int) int {
	for i < len(dc.x.Tokens) {
		a := dc.actorAt[i]
		if a < 0 {
			if dc.allyLink(i) && i+1 < len(dc.x.Tokens) && dc.actorAt[i+1] >= 0 && dc.actors[dc.actorAt[i+1]].First == i+1 {
				i = dc.actors[dc.actorAt[i+1]].Last // "الحكومة وحليفتها طهران": the ally acts with it
				continue
			}
			return i
		}
		m := &dc.actors[a]
		t := &dc.x.Tokens[i]
		if m.First != i || m.Start == t.Start || ar.Fold(dc.x.Src[t.Byte:dc.byteAt(i, m.Start)]) != string(ar.Waw) {
			return i
		}
		i = m.Last
	}
	return i
}

// allyLink reports whether token i joins an ally to the party before it:
// و with a noun of alliance and its pronoun (وحليفتها، وشريكه), the ally
// named right after ("الحكومة العراقية وحليفتها طهران").
func (dc *doc) allyLink(i int) bool {
	n, ok := strings.CutPrefix(dc.x.Tokens[i].Norm, string(ar.Waw))
	return ok && allyNouns[n]
}

// allyNouns are the folded nouns of alliance with their pronoun.
// set folds them: a plural's hamza on its seat (حلفاؤها، حلفائها) is ء.
var allyNouns = set("حليفها", "حليفه", "حليفتها", "حليفته", "حليفهم", "حليفتهم", "حلفاءها", "حلفاءه", "حلفاءهم",
	"شريكها", "شريكه", "شريكتها", "شريكته", "شركاءها", "شركاءه")

// actorWithin returns the first bare actor mention that lies within
// tokens first..last-1, or -1.
func (dc *doc) actorWithin(first, last int) int {
	for j := first; j < last && j < len(dc.x.Tokens); j++ {
		if a := dc.actorAt[j]; a >= 0 && dc.actors[a].First == j && dc.actors[a].Last <= last && dc.actorPrep(int(a)) == "" {
			return int(a)
		}
	}
	return -1
}

// actorBefore returns the nearest actor mention ending within limit tokens
// before token i in the same sentence, with no preposition, that is not
// separated from i by a clause break; -1 if none.
func (dc *doc) actorBefore(i, limit int) int {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	for j := i - 1; j >= sf && j >= i-limit; j-- {
		t := &dc.x.Tokens[j]
		if a := dc.actorAt[j]; a >= 0 {
			m := &dc.actors[a]
			if dc.actorPrep(int(a)) == "" {
				return int(a)
			}
			j = m.First
			continue
		}
		if isBreak(t) {
			k, a := dc.aside(j, sf)
			if k < 0 {
				return -1
			}
			if a >= 0 {
				return a
			}
			j = k
			continue
		}
		if clauseBreak[t.Norm] {
			return -1
		}
		if dc.trigAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// aside reads the comma at token j as the end of an aside between commas
// that a clause runs through: a day or time (أعلنت السلطات، السبت،
// اعتقال) or a name in apposition (رئيس الوزراء، أبي أحمد، عن). It
// returns the opening comma and the bare actor named in the aside, or
// -1; k is -1 when the comma ends no such aside.
func (dc *doc) aside(j, sf int) (k, a int) {
	if !isComma(&dc.x.Tokens[j]) {
		return -1, -1
	}
	a = -1
	for k = j - 1; k >= sf && k >= j-6; k-- {
		t := &dc.x.Tokens[k]
		switch {
		case isComma(t):
			if k == j-1 {
				return -1, -1
			}
			return k, a
		case dc.actorAt[k] >= 0 && a < 0 && dc.actors[dc.actorAt[k]].Last == k+1:
			m := &dc.actors[dc.actorAt[k]]
			if dc.actorPrep(int(dc.actorAt[k])) != "" || m.First <= sf {
				return -1, -1
			}
			a = int(dc.actorAt[k])
			k = m.First
		case dc.dateAt[k] >= 0 || fillers[t.Norm]:
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// isComma reports whether t is a comma, Arabic or Latin.
func isComma(t *ar.Token) bool {
	return t.Kind == ar.Punct && (t.Norm == "،" || t.Norm == ",")
}

// subjectBefore returns the actor that ends right before the verb at token
// i, perhaps across a particle (القوات قد اعتقلت، الحكومة كانت قد أعلنت):
// the subject of a subject-verb-object clause. It returns -1 if none.
func (dc *doc) subjectBefore(i int) int {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	j := i - 1
	for j >= sf && j >= i-3 && verbParticles[dc.x.Tokens[j].Norm] {
		j--
	}
	if j < sf {
		return -1
	}
	if a := dc.actorAt[j]; a >= 0 && dc.actorPrep(int(a)) == "" {
		return int(a)
	}
	return -1
}

// pronounSubject reads a verb at token i right after a complementizer
// with a pronoun (أنه، إنها، بأنهم، لأنه): the pronoun stands for the
// nearest bare actor before the complementizer in the sentence, the
// subject of the main clause. It returns -1 if none.
func (dc *doc) pronounSubject(i int) int {
	k := dc.pronounAt(i)
	if k < 0 {
		return -1
	}
	if a := dc.actorBefore(k, 12); a >= 0 {
		return a
	}
	return -1
}

// pronounAt returns the token of the complementizer with a pronoun (أنه،
// إنها) right before the verb at token i, past particles, or -1.
func (dc *doc) pronounAt(i int) int {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	k := i - 1
	for k >= sf && verbParticles[dc.x.Tokens[k].Norm] {
		k--
	}
	if k <= sf || !pronounComps[dc.x.Tokens[k].Norm] {
		return -1
	}
	return k
}

// pronounComp reports whether the verb at token i has a pronoun for its
// subject on the complementizer before it: what follows is not its
// subject (أكدت أنها ستغلق مكاتب الوكالة).
func (dc *doc) pronounComp(i int) bool { return dc.pronounAt(i) >= 0 }

// pronounComps are folded complementizers carrying a third-person
// pronoun: the subject of the clause they open.
var pronounComps = set("انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "لانه", "لانها", "لانهم")

// verbParticles are folded particles and auxiliaries that stand between a
// subject and its verb.
var verbParticles = set("قد", "لقد", "كان", "كانت", "كانوا", "وكان", "وكانت", "قد", "فقد")

// noPrep accepts a bare noun phrase: a subject or a direct object.
func noPrep(p string) bool { return p == "" }

// withPrep accepts a mention after مع (with).
func withPrep(p string) bool { return p == "مع" }

// demonymAfter returns the country of a nisba adjective after the first
// word of a trigger, up to two tokens after its end at i ("غارات
// إسرائيلية", "العقوبات الأمريكية"), or "". own reports whether the
// adjective is the trigger's own: every word between the trigger and it
// is another adjective of relation or a number ("هجوم جوي إسرائيلي").
// After a noun of its own the adjective is that noun's ("تسميم الضابط
// الروسي": the officer is Russian, not the poisoner).
// noun says the trigger is a verbal noun, not a verb.
func (e *Extractor) demonymAfter(dc *doc, first, i int, noun bool) (country string, own bool) {
	if i <= 0 || i > len(dc.x.Tokens) {
		return "", false
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	own = true
	for j := first + 1; j < min(sl, i+2); j++ {
		t := &dc.x.Tokens[j]
		if t.Kind != ar.Word {
			return "", false
		}
		if a := dc.actorAt[j]; a >= 0 && dc.actors[a].Actor.Kind == hadath.GPE && dc.actors[a].Entry != nil || dc.placeAt[j] >= 0 {
			return "", false // a state or place named, not an adjective (عقوبات على بيلاروسيا)
		}
		if c, ok := e.actors.Demonym(t.Key()); ok {
			if a := dc.actorAt[j]; noun && a >= 0 && dc.actors[a].First >= i && dc.actors[a].First < j {
				// After a verbal noun, the adjective ends the name of a
				// party it governs ("اعتقال صحفي ألماني": a German
				// journalist, whose ي makes صحفي look like an adjective).
				// After a verb it is the subject's (قضت محكمة مصرية).
				own = false
			}
			return c, own
		}
		if j >= i && dc.numAt[j] < 0 && !relationAdjective(t.Key()) {
			own = false
		}
	}
	return "", false
}

// yehHeh and yehAlef are the folded feminine and accusative endings of an
// adjective of relation: يه (يّة) and يا.
var yehHeh, yehAlef = string(ar.Yeh) + string(ar.Heh), string(ar.Yeh) + string(ar.Alef)

// relationAdjective reports whether a folded word has the shape of an
// adjective of relation, masculine or feminine, maybe in the accusative
// (جوي، الصاروخية، عسكريا): an Arabic word of two letters or more before
// its ending ي.
func relationAdjective(k string) bool {
	// ة is folded to ه.
	if strings.HasSuffix(k, yehHeh) || strings.HasSuffix(k, yehAlef) {
		k = k[:len(k)-len(yehHeh)+len(string(ar.Yeh))]
	}
	return utf8.RuneCountInString(k) >= 3 && strings.HasSuffix(k, string(ar.Yeh)) && k[0] >= utf8.RuneSelf
}

// subjectAfter returns the actor that follows the verb ending at token i
// as its subject: the first word after it, past fillers, dates, an aside
// between commas and quotation marks (أعلن، الأحد، الجيش). It returns -1
// when another word comes first: the verb's subject is then unsaid and
// what follows is its object (جدد إدانته لقرار أنقرة).
func (dc *doc) subjectAfter(i int) int {
	if i <= 0 || i >= len(dc.x.Tokens) {
		return -1
	}
	_, sl := dc.sentence(dc.x.Tokens[i-1].Sent)
	for j := i; j < min(sl, i+8); j++ {
		t := &dc.x.Tokens[j]
		if a := dc.actorAt[j]; a >= 0 {
			if p := dc.actorPrep(int(a)); dc.actors[a].First == j && (p == "" || p == "agent") {
				return int(a) // "agent": the verb is itself an agent cue (شنها)
			}
			return -1
		}
		switch {
		case isComma(t), t.Kind == ar.Punct && !isBreak(t):
		case dc.dateAt[j] >= 0, fillers[t.Norm]:
		default:
			return -1
		}
	}
	return -1
}

// droppedSubject returns the actor a verb at token i with no subject of
// its own goes on from: the first bare actor of its sentence before it
// (ووصف الوزير القمة، مطالبا الأعضاء), or, for a verb that opens its
// sentence (وجدد، لكنه أكد، كما أعلنت), the first bare actor of the
// sentence before. It returns -1 if none.
func (dc *doc) droppedSubject(i int) int {
	s := dc.x.Tokens[i].Sent
	sf, _ := dc.sentence(s)
	if a := dc.firstBare(sf, i); a >= 0 {
		return a
	}
	i = dc.supportAt(i)
	for j := sf; j < i; j++ {
		// Openers, and a verb of saying whose subject is itself unsaid
		// (كما أكدت أنها ستغلق).
		t := &dc.x.Tokens[j]
		if !openers[t.Norm] && !pronounComps[t.Norm] && !dc.cueAt[j].has(cueSay) {
			return -1
		}
	}
	if s == 0 {
		return -1
	}
	pf, pl := dc.sentence(s - 1)
	return dc.firstBare(pf, pl)
}

// firstBare returns the first actor mention starting in tokens i..j-1
// with no preposition, or -1. A news outlet is passed over: it is named
// as the source of the report (لـ"رويترز"), not as who acts in it.
func (dc *doc) firstBare(i, j int) int {
	for ; i < j; i++ {
		if a := dc.actorAt[i]; a >= 0 && dc.actors[a].First == i && dc.actorPrep(int(a)) == "" &&
			dc.actors[a].Actor.Sector != hadath.SectorMedia {
			return int(a)
		}
	}
	return -1
}

// openers are folded words that may open a sentence before its verb
// without naming a subject: "لكنه أكد", "كما أعلنت".
var openers = set("لكنه", "لكنها", "ولكنه", "ولكنها", "كما", "وكما", "ثم", "قد", "وقد", "فقد", "لقد", "كذلك")

// possessed reports whether the word at token i ends in an attached
// possessive pronoun of the third person (see possessive).
func (dc *doc) possessed(i int) bool { return dc.possessive(i) != "" }

// possessive returns the attached possessive pronoun of the third person
// the word at token i ends in, as written (رفضه، إدانتها، مطالبهم), or "";
// a final ة folds to ه, so the word as written tells them apart.
func (dc *doc) possessive(i int) string {
	t := &dc.x.Tokens[i]
	w := dc.x.Src[t.Byte:t.ByteEnd]
	for _, p := range possessives {
		if strings.HasSuffix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3 {
			return p
		}
	}
	return ""
}

// possessives are the attached pronouns of the third person, longest
// first.
var possessives = []string{"هما", "هم", "ها", "ه"}

// supportAt returns the token of the verb that governs the noun at token
// i (جدد استنكاره، أعرب عن رفضه), or i when there is none.
func (dc *doc) supportAt(i int) int {
	sf, _ := dc.sentence(dc.x.Tokens[i].Sent)
	j := i - 1
	if j > sf && dc.x.Tokens[j].Key() == "عن" {
		j--
	}
	if j >= sf && dc.cueAt[j].has(cueSupportVerb) {
		return j
	}
	return i
}

// supported reports whether the noun at token i is the object of a verb
// that only carries it (جدد، أعرب عن، أبدى): its doer is the verb's
// subject.
func (dc *doc) supported(i int) bool { return dc.supportAt(i) != i }

// impersonal reports whether the verb phrase at token i is impersonal,
// "تم الإفراج", "جرى اعتقال": it has no subject to go on from another.
func (dc *doc) impersonal(i int) bool {
	t := &dc.x.Tokens[i]
	for ki := range t.NumKeys() {
		if k := t.KeyAt(ki); k == "تم" || k == "جري" {
			return true
		}
	}
	return false
}
