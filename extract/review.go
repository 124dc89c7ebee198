package extract

import (
	"context"
	"fmt"

	"github.com/hadath/hadath"
)

// Verdict is a reviewer's judgment of one record's type, as the reviewed
// samples of the corpus keep it (eval/precision): the record's type, the
// span of its trigger in code points, and whether the article reports a
// happening of that type there.
type Verdict struct {
	Type  string
	Span  hadath.Span
	Right bool
}

// VerdictExamples runs the pipeline over document d and appends to ex a
// lesson for the mention model from each trigger candidate a verdict
// judged: EVENT where the reviewer found the type right, NONE where the
// words report no happening of that type. The other candidates of the
// document teach nothing: nobody judged them.
func (e *Extractor) VerdictExamples(ctx context.Context, d *hadath.Document, vs []Verdict, ex *Examples) error {
	l := &learner{gold: &Gold{DocID: d.ID}, ex: ex, reached: map[int]bool{}, alone: true, judged: true, verdicts: vs}
	if _, err := e.extract(ctx, d, l, nil); err != nil {
		return fmt.Errorf("verdict examples of %s: %w", d.ID, err)
	}
	return nil
}

// verdict returns the lesson the verdicts give a trigger candidate of
// type typ over span sp: the type, NONE, or "" when no verdict judged it.
func (l *learner) verdict(typ string, sp hadath.Span) string {
	for _, v := range l.verdicts {
		if v.Type == typ && sp.Start < v.Span.End && v.Span.Start < sp.End {
			if v.Right {
				return typ
			}
			return classNone
		}
	}
	return ""
}
