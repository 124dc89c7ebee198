package ar

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
	toks, folded := tokenize(src, make([]Token, 0, len(src)/5+1))
	return &Text{Src: src, Tokens: toks, Sentences: split(src, toks), folded: folded}
}
