package gazetteer

import (
	"fmt"
	"strings"

	"github.com/hadath/hadath/lang/ar"
)

// stopRule says how far a name that is also an ordinary word can be
// trusted as a place when it stands alone (not inside a longer name).
type stopRule uint8

const (
	// stopNone: the name is a place name like any other.
	stopNone stopRule = iota
	// stopWeak: the name is a place only right after a word that
	// announces one (مدينة, بلدة, قرية, محافظة, ...).
	stopWeak
	// stopArticle: the name is a place when written with its article
	// (الحلة, not حلة) or after a place-announcing word.
	stopArticle
	// stopBare: the name is a place only when written without the
	// article (سورية is Syria, السورية the adjective).
	stopBare
	// stopDrop: the name alone is never taken for a place.
	stopDrop
)

// parseStopRule parses the rule column of a stop file.
func parseStopRule(s string) (stopRule, error) {
	switch s {
	case "weak":
		return stopWeak, nil
	case "drop":
		return stopDrop, nil
	case "article":
		return stopArticle, nil
	case "bare":
		return stopBare, nil
	case "none":
		return stopNone, nil
	}
	return stopNone, fmt.Errorf("bad rule %q (want weak, article, bare, drop or none)", s)
}

// parseStop reads a stop file: columns name and rule (and any others,
// such as a note, which are ignored). Later files override earlier rules.
func (l *loader) parseStop(name string, cols []string, rest string, n int) error {
	nameCol, ruleCol := -1, -1
	for i, c := range cols {
		switch strings.TrimSpace(c) {
		case "name":
			nameCol = i
		case "rule":
			ruleCol = i
		}
	}
	if nameCol < 0 || ruleCol < 0 {
		return fmt.Errorf("load gazetteer %s: stop file needs name and rule columns", name)
	}
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		n++
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) <= max(nameCol, ruleCol) {
			return fmt.Errorf("load gazetteer %s:%d: %d columns", name, n, len(f))
		}
		rule, err := parseStopRule(strings.TrimSpace(f[ruleCol]))
		if err != nil {
			return fmt.Errorf("load gazetteer %s:%d: %w", name, n, err)
		}
		key := ar.Key(f[nameCol])
		if key == "" {
			return fmt.Errorf("load gazetteer %s:%d: empty name", name, n)
		}
		l.stop[key] = rule
	}
	return nil
}

// Cue strengths: a place-type word (مدينة, قرية, مطار) announces a name;
// a direction or part word (شمال, وسط, ريف) only makes one likely.
const (
	cueNone uint8 = iota
	cueSoft
	cueStrong
)

// newTownWords returns the keys of the words of a settlement (مدينة,
// العاصمة, حي): right before a name, they tell a town from a country of
// the same name ("العاصمة عمان" is Amman, not Oman).
func newTownWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"مدينة", "بلدة", "قرية", "العاصمة", "حي", "مخيم", "بلدتي", "مدينتي", "قريتي"} {
		m[ar.Key(w)] = true
	}
	return m
}

// newPlaceCues returns the keys of the words that may come right before
// a place name, with their strength. A weak or article-only name counts
// as a place only after a strong cue; a minor place needs either.
func newPlaceCues() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range []string{"مدينة", "بلدة", "قرية", "محافظة", "منطقة", "ولاية", "إقليم", "مقاطعة",
		"حي", "مخيم", "ناحية", "قضاء", "مديرية", "مدن", "بلدات", "قرى", "جزيرة", "ميناء", "مطار",
		"قاعدة", "معبر", "منفذ", "بلدتي", "مدينتي", "قريتي"} {
		m[ar.Key(w)] = cueStrong
	}
	for _, w := range []string{"ريف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
		"وسط", "أطراف", "ضواحي", "محيط", "قرب", "قرابة", "داخل"} {
		m[ar.Key(w)] = cueSoft
	}
	return m
}
