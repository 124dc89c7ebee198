package extract

import (
	"strconv"
	"unicode/utf8"

	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/wordclass"
)

// stem cuts the common suffixes off a folded word, so that the features
// of "هجمات" and "هجوم" differ but "قال"/"قالت" and "الوزير"/"وزيرا" agree
// often enough. It is a crude light stemmer, for features only.
func stem(w string) string {
	// The suffixes are of two or four bytes: compare the word's last bytes
	// as one number with each.
	var tail2, tail4 uint32
	if len(w) >= 2 {
		tail2 = uint32(w[len(w)-2])<<8 | uint32(w[len(w)-1])
	}
	if len(w) >= 4 {
		tail4 = uint32(w[len(w)-4])<<24 | uint32(w[len(w)-3])<<16 | tail2
	}
	n := -1 // letters in w, counted when a suffix first matches
	for k := range stemSuffixes {
		suf := &stemSuffixes[k]
		tail := tail2
		if len(suf.s) == 4 {
			tail = tail4
		}
		if len(w) < len(suf.s) || tail != suf.code {
			continue
		}
		if n < 0 {
			n = utf8.RuneCountInString(w)
		}
		if n-suf.n >= 3 {
			return w[:len(w)-len(suf.s)]
		}
	}
	return w
}

// stemSuffix is a suffix stem cuts: its text, its length in letters, and
// its bytes read as one number.
type stemSuffix struct {
	s    string
	n    int
	code uint32
}

// stemSuffixes are the suffixes stem cuts, longest first.
var stemSuffixes = func() []stemSuffix {
	var out []stemSuffix
	for _, s := range []string{"ات", "ون", "ين", "ها", "هم", "ة", "ه", "ت", "ا", "ي"} {
		var code uint32
		for i := 0; i < len(s); i++ {
			code = code<<8 | uint32(s[i])
		}
		out = append(out, stemSuffix{s, utf8.RuneCountInString(s), code})
	}
	return out
}()

// stemAt returns stem of the key of token i, computed once a document:
// the features of neighbouring candidates ask for the same words.
func (dc *doc) stemAt(i int) string {
	if dc.stems == nil {
		return stem(dc.x.Tokens[i].Key())
	} else if s := dc.stems[i]; s != "" {
		return s
	}
	s := stem(dc.x.Tokens[i].Key())
	dc.stems[i] = s
	return s
}

// classNames are the feature values of the word classes, made once.
var classNames = func() []string {
	out := make([]string, wordclass.MaxClasses)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

// WordKey returns the form of token t that the models read: its folded
// key, the article cut off, lightly stemmed. Word classes are keyed by it.
func WordKey(t *ar.Token) string { return stem(t.Key()) }
