package extract

import (
	"github.com/hadath/hadath/lang/ar"
)

// News sites end many stories with links to others: a line that opens
// with "للمزيد:" or "اقرأ أيضا:" and goes on with the other story's
// headline. What that headline tells is no event of this story, nor is
// it dated by it: its sentences propose no events (a hard rule).

// linkSentence reports whether sentence s is such a link: it opens with a
// word of pointing (للمزيد، اقرأ أيضا، اقرأ المزيد، شاهد أيضا) followed by
// a colon or a dash.
func (dc *doc) linkSentence(s int) bool {
	if s < 0 || s >= len(dc.x.Sentences) {
		return false
	}
	sf, sl := dc.sentence(s)
	toks := dc.x.Tokens
	i := sf
	switch {
	case i < sl && toks[i].Norm == "للمزيد":
		i++
	case i+1 < sl && (toks[i].Norm == "اقرا" || toks[i].Norm == "شاهد") && (toks[i+1].Norm == "ايضا" || toks[i+1].Norm == "المزيد"):
		i += 2
	default:
		return false
	}
	if i >= sl || toks[i].Kind != ar.Punct {
		return false
	}
	switch dc.x.Src[toks[i].Byte:toks[i].ByteEnd] {
	case ":", "-", "–", "—", "：":
		return true
	}
	return false
}
