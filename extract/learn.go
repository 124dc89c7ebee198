package extract

import (
	"context"
	"fmt"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/model"
)

// Examples are the training examples of every model, gathered by running
// the pipeline over annotated documents.
type Examples struct {
	Relevance, Mention, Modality, Coref, Role []model.Example
	// Required counts the required events of the annotation, and Reached
	// those that some trigger candidate mentions: the recall the rules
	// leave the models.
	Required, Reached int
	// Unreached lists the required events no candidate mentions, as
	// "doc id, type, first mention": where the lexicon falls short.
	Unreached [][3]string
}

// Len returns how many examples there are in all.
func (ex *Examples) Len() int {
	return len(ex.Relevance) + len(ex.Mention) + len(ex.Modality) + len(ex.Coref) + len(ex.Role)
}

// learner rides along the pipeline over an annotated document: at each
// decision it records the features and the answer the annotation gives,
// and then makes that decision, so that later stages learn from the
// states the right earlier decisions lead to.
type learner struct {
	gold    *Gold
	ex      *Examples
	reached map[int]bool // the required events some candidate mentions
	alone   bool         // a sentence read alone: no lesson for relevance
	// judged marks a document whose only lessons are the verdicts:
	// reviewers' judgments of records, for the mention model alone.
	judged   bool
	verdicts []Verdict
}

// Examples runs the pipeline over document d, annotated by g, and appends
// the training examples of every model to ex.
func (e *Extractor) Examples(ctx context.Context, d *hadath.Document, g *Gold, ex *Examples) error {
	if err := g.locate(d.Text); err != nil {
		return err
	}
	l := &learner{gold: g, ex: ex, reached: map[int]bool{}}
	_, err := e.extract(ctx, d, l, nil)
	if err != nil {
		return fmt.Errorf("examples of %s: %w", d.ID, err)
	}
	for i := range g.Events {
		if !g.Events[i].Optional {
			ex.Required++
			if !l.reached[i] {
				var m string
				if len(g.Events[i].spans) > 0 {
					sp := g.Events[i].spans[0]
					r := []rune(d.Text)
					m = string(r[sp.Start:min(sp.End, len(r))])
				}
				ex.Unreached = append(ex.Unreached, [3]string{d.ID, g.Events[i].Type, m})
			}
		}
	}
	ex.Reached += len(l.reached)
	// Each sentence with a trigger again, as a document of its own: the
	// models must also judge a sentence read alone (a headline, an alert,
	// a quoted line), without the story around it.
	x := e.ar.Analyze(d.Text)
	for _, st := range x.Sentences {
		if st.ByteEnd-st.Byte < minSentenceBytes {
			continue
		}
		sd := *d
		sd.Text = d.Text[st.Byte:st.ByteEnd]
		sg := g.within(st.Start, st.End)
		l := &learner{gold: sg, ex: ex, reached: map[int]bool{}, alone: true}
		if _, err := e.extract(ctx, &sd, l, nil); err != nil {
			return fmt.Errorf("examples of %s: %w", d.ID, err)
		}
	}
	return nil
}

// minSentenceBytes is the shortest sentence worth reading alone.
const minSentenceBytes = 40

// TrainModels fits every model to its examples.
func TrainModels(ex *Examples, opt model.Options) *Models {
	return &Models{
		Relevance: model.Train(RelevanceModel, []string{classNo, classYes}, ex.Relevance, opt),
		Mention:   model.Train(MentionModel, mentionClasses, ex.Mention, opt),
		Modality:  model.Train(ModalityModel, modalityClasses, ex.Modality, opt),
		Coref:     model.Train(CorefModel, []string{classNo, classYes}, ex.Coref, opt),
		Role:      model.Train(RoleModel, []string{classNone, classActor, classTarget}, ex.Role, opt),
	}
}

// relevant reports whether the annotation codes any required event.
func (l *learner) relevant() bool {
	for i := range l.gold.Events {
		if !l.gold.Events[i].Optional {
			return true
		}
	}
	return false
}

// mention returns the gold answer for a trigger candidate: the type of
// the required event it mentions, NONE, or "" when it mentions only an
// optional event (no lesson either way). gi is the event's index.
func (l *learner) mention(dc *doc, c *cand, p *mentionProposal) (label string, gi int) {
	sp := dc.tokSpan(c.first, c.last)
	if l.judged {
		return l.verdict(c.typ, sp), -1
	}
	ok := func(typ string) bool {
		if typ == c.typ {
			return true // a reading the rules gave the word in context (rioting, cooperating)
		}
		for _, t := range p.tm.Triggers {
			if t.Type == typ {
				return true
			}
		}
		return false
	}
	gi = l.gold.eventAt(sp, ok, c.typ)
	if gi == -1 {
		// The annotated phrase may leave out the trigger the rules saw
		// in its sentence; the referee matches by the sentence.
		gi = l.gold.eventAt(dc.sentSpan(c.sent), ok, c.typ)
	}
	switch gi {
	case -1:
		return classNone, -1
	case -2:
		return "", -1
	}
	l.reached[gi] = true
	return l.gold.Events[gi].Type, gi
}

// modality returns the annotated modality of the event c mentions.
func (l *learner) modality(c *cand) string {
	if c.gold < 0 {
		return ""
	}
	if m := l.gold.Events[c.gold].Modality; m != "" {
		return m
	}
	return hadath.Asserted
}
