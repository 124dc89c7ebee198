// Package extract codes events from news text: it runs the language's text
// layer, finds places, actors, dates and numbers, spots event triggers and
// fills their arguments, and assembles records in the format of docs/format.md.
package extract

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
	"github.com/hadath/hadath/lexicon"
	"github.com/hadath/hadath/wordclass"
)

// Options configure an Extractor.
type Options struct {
	// DictDirs are directories of user lexicons, gazetteer and actor
	// files, in the same formats as the embedded ones, loaded on top.
	DictDirs []string
	// RulesOnly codes with the hand rules alone, without the trained
	// models: what the extractor did before it learned.
	RulesOnly bool
	// ModelDir, when set, holds model files that override the embedded
	// ones (see `hadath train`).
	ModelDir string
	// MinConfidence leaves out the events whose confidence is below it.
	// Zero takes DefaultMinConfidence; a negative value keeps every event.
	MinConfidence float64
}

// DefaultMinConfidence is the confidence an event needs to be reported
// when Options leave it unset. Cross-validated on the training split, it
// raises the precision of the events from 0.665 to 0.715 for a recall of
// 0.561 instead of 0.599, events F1 0.630 -> 0.628 and arguments 0.431
// -> 0.432; on the 120 held-out documents, 0.608 -> 0.631 and 0.405 ->
// 0.416 (docs/extraction.md, Confidence).
const DefaultMinConfidence = 0.25

// typeMargins is how much more confidence than the least asked an event
// of some types needs to be reported. Agreements are the type the models
// code least surely (precision 0.54 on the five folds, where most wrong
// ones name an agreement already in force: "اتفاق التجارة المبرم قبل
// عامين"): with 0.15 more, the five folds report 16 fewer wrong
// agreements and 2 fewer right ones (events 0.630 -> 0.632), the held-out
// documents 5 fewer wrong and one fewer right (0.632 -> 0.634), dev 2 and
// 1 (0.748 both); 0.05 more or less gave less on the folds. Attacks, the
// events users count, then take 0.1 more: 23 fewer wrong and 4 fewer
// right on the folds (0.632 -> 0.635), 4 fewer wrong held out (0.634 ->
// 0.638), one fewer right on dev (0.748 -> 0.746), and on single
// sentences ASSAULT precision 0.668 -> 0.693 at F1 0.679 -> 0.680.
var typeMargins = map[string]float64{hadath.Agree: 0.15, hadath.Assault: 0.1}

// floorOf returns the least confidence an event of type typ needs to be
// reported: the extractor's, more for the types of typeMargins, none if
// it keeps every event.
func (e *Extractor) floorOf(typ string) float64 {
	if e.floor > 0 {
		return e.floor + typeMargins[typ]
	}
	return e.floor
}

// Extractor implements hadath.Extractor for Arabic. It is safe for
// concurrent use: all its parts are read-only after New.
type Extractor struct {
	ar     *ar.Analyzer
	gaz    *gazetteer.Gazetteer
	actors *actors.Dict
	lex    *lexicon.Lexicon
	duals  *ar.Duals
	// classes are the word classes the models read beside the words.
	classes *wordclass.Classes
	models  *Models // nil: rules only
	floor   float64 // the least confidence of an event reported
}

// New loads the embedded data (and any user dictionaries) and returns an
// extractor. The gazetteer, the actors, the lexicon and the models load
// side by side: the gazetteer alone takes about as long as the others
// together.
func New(opts Options) (*Extractor, error) {
	e := &Extractor{ar: ar.NewAnalyzer(), floor: opts.MinConfidence}
	switch {
	case math.IsNaN(e.floor) || e.floor > 1:
		return nil, fmt.Errorf("least confidence %v: not a number from 0 to 1", opts.MinConfidence)
	case e.floor == 0:
		e.floor = DefaultMinConfidence
	case e.floor < 0:
		e.floor = 0
	}
	var modelDirs []string
	if opts.ModelDir != "" {
		modelDirs = append(modelDirs, opts.ModelDir)
	}
	loads := []func() error{
		loadInto(&e.gaz, "gazetteer", gazetteer.Load, opts.DictDirs),
		loadInto(&e.actors, "actors", actors.Load, opts.DictDirs),
		loadInto(&e.lex, "lexicon", lexicon.LoadArabic, opts.DictDirs),
		loadInto(&e.duals, "duals", ar.LoadDuals, opts.DictDirs),
		loadInto(&e.classes, "word classes", wordclass.Load, opts.DictDirs),
		loadInto(&e.models, "models", LoadModels, modelDirs),
	}
	if opts.RulesOnly {
		loads = loads[:len(loads)-1]
	}
	errs := make([]error, len(loads))
	var wg sync.WaitGroup
	for i, load := range loads[1:] {
		wg.Go(func() { errs[i+1] = load() })
	}
	errs[0] = loads[0]()
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first in the order above, as when they loaded one by one
		}
	}
	if e.models != nil && e.models.Mention == nil {
		e.models = nil // no trained models yet: the rules decide
	}
	return e, nil
}

// MinConfidence returns the least confidence of an event the extractor
// reports.
func (e *Extractor) MinConfidence() float64 { return e.floor }

// loadInto returns a function that loads what load reads from dirs into
// dst, and returns its error, saying what failed to load.
func loadInto[T any](dst *T, what string, load func(dirs ...string) (T, error), dirs []string) func() error {
	return func() error {
		v, err := load(dirs...)
		if err != nil {
			return fmt.Errorf("load %s: %w", what, err)
		}
		*dst = v
		return nil
	}
}

// Extract codes one document. English documents are not supported yet and
// get an error.
func (e *Extractor) Extract(ctx context.Context, d *hadath.Document) (*hadath.Result, error) {
	return e.extract(ctx, d, nil, nil)
}

// extract codes one document; with a learner it gathers training
// examples, with a trace it records every decision the models make.
//
// It stops between stages, and between candidates in the stages that
// take them one at a time, once ctx is done: a caller's deadline is the
// document's time budget, and a client that goes away stops the work. The
// error then wraps ctx.Err().
func (e *Extractor) extract(ctx context.Context, d *hadath.Document, learn *learner, tr *Trace) (*hadath.Result, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if err := checkSize(d); err != nil {
		return nil, err
	}
	deadline, hasDeadline := ctx.Deadline()
	stopped := func() error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("extract document %q: %w", d.ID, err)
		}
		// The deadline is read too, not only the context's timer: on a
		// busy machine the timer may fire late, after the work it was
		// to stop is done.
		if hasDeadline && !time.Now().Before(deadline) {
			return fmt.Errorf("extract document %q: %w", d.ID, context.DeadlineExceeded)
		}
		return nil
	}
	if err := stopped(); err != nil {
		return nil, err
	}
	res := hadath.NewResult(d)
	if res.Lang == "" {
		res.Lang = "ar"
	}
	if res.Lang != "ar" {
		return nil, hadath.Errorf(hadath.EINVALID, "document %q: language %q is not supported yet", d.ID, res.Lang)
	}
	dc := e.analyze(d)
	// Nothing the result holds points into the tokens or the per-token
	// indexes: they go back to their pools on every return.
	defer dc.release()
	dc.learn, dc.trace = learn, tr
	if err := stopped(); err != nil {
		return nil, err
	}
	cs := e.candidates(dc)
	if err := stopped(); err != nil {
		return nil, err
	}
	ags, aggBy := e.aggregates(dc, cs)
	res.Aggregates = append(res.Aggregates, ags...)
	if err := stopped(); err != nil {
		return nil, err
	}
	cs = dc.askedFor(cs)
	cs = dc.protestAims(cs)
	cs = e.corefer(dc, cs)
	cs = dc.headlineTense(cs)
	if err := stopped(); err != nil {
		return nil, err
	}
	e.attribute(dc, cs)
	e.defended(dc, cs)
	dc.linkJudged(cs)
	cs = e.dropLone(dc, cs)
	dc.venue = dc.venueOf(cs)
	if err := stopped(); err != nil {
		return nil, err
	}
	for i, c := range cs {
		if i%checkEvery == 0 {
			if err := stopped(); err != nil {
				return nil, err
			}
		}
		e.settle(dc, c)
	}
	for _, c := range cs {
		settleJudged(c)
	}
	for i, c := range cs {
		if i%checkEvery == 0 {
			if err := stopped(); err != nil {
				return nil, err
			}
		}
		if !c.dead {
			e.decideRoles(dc, c)
			e.visited(c)
		}
	}
	if dc.findPersons(e.actors) {
		for _, c := range cs {
			if !c.dead {
				e.personRoles(dc, c)
			}
		}
	}
	dc.chargedOf(cs)
	dc.notDoers(cs)
	e.officesStrikeNot(cs)
	dc.speakerStrikesNot(cs)
	troopsSentNot(cs)
	forcesProtestNot(cs)
	e.ownForcesStrikeNot(dc, cs)
	e.crowdTargets(cs)
	e.aggregateParties(dc, res.Aggregates[len(res.Aggregates)-len(ags):], aggBy)
	live := 0
	for _, c := range cs {
		if !c.dead {
			live++
		}
	}
	res.Events = slices.Grow(res.Events, live) // events are large: grown by appending, they were copied over and over
	for _, c := range cs {
		if !c.dead {
			if ev := e.record(dc, c); learn != nil || ev.Confidence >= e.floorOf(ev.Type) {
				res.Events = append(res.Events, ev)
			} else if tr != nil {
				tr.LeftOut = append(tr.LeftOut, ev)
			}
		}
	}
	slices.SortStableFunc(res.Events, func(a, b hadath.Event) int { return cmp.Compare(a.Trigger.Start, b.Trigger.Start) })
	if err := stopped(); err != nil {
		return nil, err
	}
	res.Quotes = append(res.Quotes, e.quotes(dc)...)
	res.Entities = e.entities(dc)
	if err := stopped(); err != nil {
		return nil, err
	}
	return res, nil
}

// checkEvery is how many candidates the per-candidate stages settle
// between two looks at the context: often enough to stop within a few
// milliseconds, rarely enough to cost nothing.
const checkEvery = 64

var _ hadath.Extractor = (*Extractor)(nil)
