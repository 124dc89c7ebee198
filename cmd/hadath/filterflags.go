package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/actors"
	"github.com/hadath/hadath/gazetteer"
	"github.com/hadath/hadath/lang/ar"
)

// filterFlags are the filters that query, incidents and stats share.
type filterFlags struct {
	types, methods, countries, admin1  listFlag
	actors, targets, claimedBy         stringsFlag
	actorCountries, targetCountries    listFlag
	near, since, until, text, modality string
	background                         string
	minSources, limit, offset          int
	minConfidence                      float64
}

// listFlag is a flag of comma-separated values that may also be repeated.
type listFlag []string

// String returns the values joined by commas.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set adds the comma-separated values of v.
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// bind adds the filter flags to fs; what names the records that --limit
// and --offset count, and limitHelp describes --limit.
func (f *filterFlags) bind(fs *flag.FlagSet, what, limitHelp string) {
	fs.Var(&f.types, "type", "event types, comma-separated: ASSAULT,COERCE,...")
	fs.Var(&f.methods, "method", "methods, comma-separated: drone,airstrike,...")
	fs.Var(&f.countries, "country", "where it happened: ISO codes or names in English or Arabic: IQ,SY or Iraq,سوريا")
	fs.Var(&f.admin1, "admin1", "provinces, by English name: \"Al Anbar\"")
	fs.StringVar(&f.near, "near", "", "within a circle: LAT,LON,KM")
	fs.Var(&f.actors, "actor", "who did it: a name or alias in English or Arabic, or \"US forces\" (repeatable)")
	fs.Var(&f.targets, "target", "to whom, as --actor (repeatable)")
	fs.Var(&f.claimedBy, "claimed-by", "who claimed it, as --actor (repeatable)")
	fs.Var(&f.actorCountries, "actor-country", "the actor's country, as --country")
	fs.Var(&f.targetCountries, "target-country", "the target's country, as --country")
	fs.StringVar(&f.since, "since", "", "from this date on: YYYY-MM-DD")
	fs.StringVar(&f.until, "until", "", "up to this date: YYYY-MM-DD")
	fs.StringVar(&f.text, "text", "", "words the event's sentences contain (Arabic or English)")
	fs.IntVar(&f.minSources, "min-sources", 0, "only incidents reported by at least this many sources")
	fs.StringVar(&f.modality, "modality", "asserted", "asserted, future, negated, hypothetical, comma-separated, or all")
	fs.StringVar(&f.background, "background", hadath.BackgroundExclude, "events dated more than a year before their report: exclude, include or only")
	fs.Float64Var(&f.minConfidence, "min-confidence", 0, "only events of at least this confidence, 0 to 1 (0.4 about halves the wrong records; docs/extraction.md)")
	fs.IntVar(&f.limit, "limit", 0, limitHelp)
	fs.IntVar(&f.offset, "offset", 0, "skip this many "+what+" first")
}

// unknownName is an actor name of a filter that the dictionary does not
// know: it is checked against the store once the store is open.
type unknownName struct {
	dim, flag, name string
	refs            []hadath.ActorRef
}

// filter turns the flags into a store filter, resolving country names to
// codes and actor names through the actor dictionary. It also returns the
// actor names the dictionary does not know.
func (f *filterFlags) filter(dict *actors.Dict) (hadath.Filter, []unknownName, error) {
	out := hadath.Filter{
		Types: upperAll(f.types), Methods: f.methods, Admin1: f.admin1,
		Since: f.since, Until: f.until, Text: f.text, MinSources: f.minSources,
		MinConfidence: f.minConfidence, Limit: f.limit, Offset: f.offset,
	}
	if !hadath.ValidConfidence(f.minConfidence) {
		return out, nil, fmt.Errorf("%w: --min-confidence %v: want a number from 0 to 1", ErrUsage, f.minConfidence)
	}
	var err error
	for _, c := range []struct {
		flag string
		in   []string
		out  *[]string
	}{
		{"--country", f.countries, &out.Countries},
		{"--actor-country", f.actorCountries, &out.ActorCountries},
		{"--target-country", f.targetCountries, &out.TargetCountries},
	} {
		if *c.out, err = gazetteer.CountryCodes(c.flag, c.in); err != nil {
			return out, nil, fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
		}
	}
	if m := strings.ToLower(strings.TrimSpace(f.modality)); m != "" && m != "all" {
		for _, s := range strings.Split(m, ",") {
			switch s = strings.TrimSpace(s); s {
			case hadath.Asserted, hadath.Future, hadath.Negated, hadath.Hypothetical:
				out.Modalities = append(out.Modalities, s)
			default:
				return out, nil, fmt.Errorf("%w: --modality %q: want asserted, future, negated, hypothetical or all", ErrUsage, s)
			}
		}
	}
	switch b := strings.ToLower(strings.TrimSpace(f.background)); b {
	case hadath.BackgroundExclude, hadath.BackgroundInclude, hadath.BackgroundOnly:
		out.Background = b
	default:
		return out, nil, fmt.Errorf("%w: --background %q: want exclude, include or only", ErrUsage, f.background)
	}
	if f.near != "" {
		parts := strings.Split(f.near, ",")
		var v [3]float64
		ok := len(parts) == 3
		for i := 0; ok && i < 3; i++ {
			var err error
			v[i], err = strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
			ok = err == nil
		}
		if !ok {
			return out, nil, fmt.Errorf("%w: --near %q: want LAT,LON,KM", ErrUsage, f.near)
		}
		out.Near = &hadath.Near{Lat: v[0], Lon: v[1], KM: v[2]}
	}
	var unknown []unknownName
	if len(f.actors)+len(f.targets)+len(f.claimedBy) > 0 {
		a := ar.NewAnalyzer()
		resolve := func(dim, flag string, names []string) []hadath.ActorRef {
			var refs []hadath.ActorRef
			for _, n := range names {
				r := dict.Resolve(a, n)
				if len(r) == 1 { // only the name itself: no entry matched
					unknown = append(unknown, unknownName{dim, flag, n, r})
				}
				refs = append(refs, r...)
			}
			return refs
		}
		out.Actors = resolve("actor", "--actor", f.actors)
		out.Targets = resolve("target", "--target", f.targets)
		out.ClaimedBy = resolve("claimed_by", "--claimed-by", f.claimedBy)
	}
	if err := out.Validate(); err != nil {
		return out, nil, fmt.Errorf("%w: %s", ErrUsage, hadath.ErrorMessage(err))
	}
	return out, unknown, nil
}

// upperAll returns the values in upper case.
func upperAll(vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = strings.ToUpper(v)
	}
	return out
}
