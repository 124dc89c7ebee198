package ar

import "sync"

// Analyzer runs the Arabic text layer: folding, tokens with their clitic
// readings, and sentences. It holds no mutable state and is safe for
// concurrent use.
type Analyzer struct{}

// NewAnalyzer returns an Arabic analyzer.
func NewAnalyzer() *Analyzer { return &Analyzer{} }

// Analyze tokenizes src and splits it into sentences. Offsets in the result
// index src; src is expected to be valid UTF-8 (invalid bytes become one
// Punct token each and are never dropped from the offsets).
func (a *Analyzer) Analyze(src string) *Text {
	return analyze(src, make([]Token, 0, tokenGuess(src)))
}

// AnalyzeReused is Analyze with the token slice taken from a pool of
// slices given back by Release, sparing the allocation and zeroing of a
// large slice for every text. The caller must call Release once it no
// longer uses the text's tokens.
func (a *Analyzer) AnalyzeReused(src string) *Text {
	var toks []Token
	if p, ok := tokenPool.Get().(*[]Token); ok && cap(*p) >= tokenGuess(src) {
		toks = (*p)[:0]
	} else {
		toks = make([]Token, 0, tokenGuess(src))
	}
	x := analyze(src, toks)
	x.pooled = true
	return x
}

// Release gives the token slice of a text made by AnalyzeReused back to
// the pool; x.Tokens must not be used afterwards. Strings taken from the
// text (Norm, keys, spans of Src) stay valid. Release does nothing for a
// text made by Analyze.
func (x *Text) Release() {
	if !x.pooled || cap(x.Tokens) > maxPooledTokens {
		return
	}
	toks := x.Tokens[:0]
	x.Tokens, x.pooled = nil, false
	tokenPool.Put(&toks)
}

// tokenPool holds token slices given back by Release.
var tokenPool sync.Pool

// maxPooledTokens keeps the slices of huge texts out of the pool, so that
// one long document does not pin its tokens' memory.
const maxPooledTokens = 1 << 15

// tokenGuess is the capacity a token slice for src starts with: enough
// for any text of words of four bytes or more with their spaces.
func tokenGuess(src string) int { return len(src)/5 + 1 }

func analyze(src string, toks []Token) *Text {
	toks, folded := tokenize(src, toks)
	return &Text{Src: src, Tokens: toks, Sentences: split(src, toks), folded: folded}
}
