package ar
import ("testing";"fmt")
func TestPass(t *testing.T){
	x := NewAnalyzer().Analyze(benchDoc)
	l := sharedLexicon()
	pass, hit, words := 0,0,0
	for i := range x.Tokens { tk := &x.Tokens[i]; if tk.Kind != Word {continue}; words++; if l.ends[endHash(tk.Norm)] {pass++}; if l.read(tk).e != nil {hit++} }
	fmt.Println(len(x.Tokens), words, pass, hit, len(l.words))
}
