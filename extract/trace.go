package extract

import (
	"context"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/model"
)

// Trace records the decisions the models made on one document, with the
// features that weighed most in each: why a record exists, or does not.
type Trace struct {
	// Top is how many features each decision keeps.
	Top       int
	Decisions []Decision
	// LeftOut are the events coded with a confidence below the
	// extractor's least, which the result leaves out.
	LeftOut []hadath.Event
}

// Decision is one model's answer about one candidate.
type Decision struct {
	// Stage is the model: document, mention, modality, coref or role.
	Stage string `json:"stage"`
	// Span is the candidate's trigger (empty for the document).
	Span hadath.Span `json:"span"`
	// Class is the answer and Prob its probability.
	Class string  `json:"class"`
	Prob  float64 `json:"prob"`
	// Features are the weightiest features towards the answer.
	Features []model.Contribution `json:"features"`
}

// add records a decision: the model's class and its probability, shown
// as label (the class when label is ""); a nil trace records nothing.
func (t *Trace) add(m *model.Model, stage string, sp hadath.Span, fs []string, class, label string, p float64) {
	if t == nil || m == nil {
		return
	}
	if label == "" {
		label = class
	}
	t.Decisions = append(t.Decisions, Decision{Stage: stage, Span: sp, Class: label, Prob: p,
		Features: m.Explain(fs, class, t.Top)})
}

// traced records a decision about the candidate at tokens first..last-1
// (the document when last is 0) if the document is being explained; the
// label is built only then.
func (dc *doc) traced(m *model.Model, stage string, first, last int, fs []string, class string, label func() string, p float64) {
	if dc.trace == nil {
		return
	}
	var sp hadath.Span
	if last > first {
		sp = dc.tokSpan(first, last)
	}
	l := ""
	if label != nil {
		l = label()
	}
	dc.trace.add(m, stage, sp, fs, class, l, p)
}

// Explain codes a document and returns its result with the trace of every
// decision the models made, each with its top features.
func (e *Extractor) Explain(ctx context.Context, d *hadath.Document, top int) (*hadath.Result, *Trace, error) {
	tr := &Trace{Top: top}
	res, err := e.extract(ctx, d, nil, tr)
	return res, tr, err
}
