package gazetteer

import (
	"fmt"
	"strings"
	"sync"

	"github.com/hadath/hadath"
	"github.com/hadath/hadath/lang/ar"
)

// countryNames maps the keys (ar.Key) of every country's code, English and
// Arabic names and aliases to its ISO code. It is read from the embedded
// data/countries.tsv alone, so that filters can name countries without
// loading the whole gazetteer.
var countryNames = sync.OnceValues(func() (map[string]string, error) {
	b, err := embedded.ReadFile("data/countries.tsv")
	if err != nil {
		return nil, fmt.Errorf("load countries: %w", err)
	}
	g, err := build([]source{{"countries.tsv", string(b)}})
	if err != nil {
		return nil, err
	}
	var countries []*Entry
	for i := range g.Len() {
		if e := g.Entry(i); e.Kind == KindCountry && e.Country != "" {
			countries = append(countries, e)
		}
	}
	out := make(map[string]string, 4*len(countries))
	for _, e := range countries { // codes first: no alias may take one
		out[ar.Key(e.Country)] = e.Country
	}
	for _, e := range countries {
		for _, n := range e.Names() {
			if k := ar.Key(n); k != "" {
				if _, taken := out[k]; !taken {
					out[k] = e.Country
				}
			}
		}
	}
	return out, nil
})

// CountryCode returns the ISO 3166-1 alpha-2 code of the country that s
// names: its code in any case ("iq"), or its English or Arabic name or one
// of its aliases ("Iraq", "العراق", "Republic of Iraq"). ok is false when
// no country has that name.
func CountryCode(s string) (code string, ok bool) {
	names, err := countryNames()
	if err != nil {
		return "", false
	}
	code, ok = names[ar.Key(strings.TrimSpace(s))]
	return code, ok
}

// CountryCodes returns the ISO codes of the countries that vs name (see
// CountryCode), or an EINVALID error naming param and the first value
// that is no country, so that "--country Iraq" is not a filter that can
// never match.
func CountryCodes(param string, vs []string) ([]string, error) {
	if len(vs) == 0 {
		return nil, nil
	}
	out := make([]string, len(vs))
	for i, v := range vs {
		code, ok := CountryCode(v)
		if !ok {
			return nil, hadath.Errorf(hadath.EINVALID, "%s %q: no such country: want an ISO code (IQ) or a name in English or Arabic (Iraq, العراق)", param, v)
		}
		out[i] = code
	}
	return out, nil
}
