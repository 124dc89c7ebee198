package gazetteer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hadath/hadath"
)

// File formats, named by a "#format: NAME" line before the column names.
// Files with another format or none are not gazetteer files and are
// skipped, so that one dictionary directory can hold every kind of file.
const (
	formatPlaces = "gazetteer"
	formatStop   = "gazetteer-stop"
)

// column is a column of a places file.
type column int

// Columns of a places file; a file names the ones it has in its header,
// in any order.
const (
	colID column = iota
	colName
	colNameAr
	colAliases
	colCountry
	colAdmin1
	colLat
	colLon
	colPrecision
	colPopulation
	colKind
	numColumns
)

var columnNames = [numColumns]string{"id", "name", "name_ar", "aliases", "country", "admin1",
	"lat", "lon", "precision", "population", "kind"}

// aliasSep separates the names of the aliases column.
const aliasSep = "|"

// header reads the format and the column names of a data file. It returns
// the format ("" if the file has none), the column names and the rest of
// the text after the header line with the number of lines consumed.
func header(text string) (format string, cols []string, rest string, lines int) {
	for text != "" {
		line, more, _ := strings.Cut(text, "\n")
		lines++
		text = more
		line = strings.TrimRight(line, "\r")
		switch {
		case strings.TrimSpace(line) == "":
		case strings.HasPrefix(line, "#"):
			if f, ok := strings.CutPrefix(line, "#format:"); ok {
				format = strings.TrimSpace(f)
			}
		default:
			return format, strings.Split(line, "\t"), text, lines
		}
	}
	return format, nil, "", lines
}

// columnMap maps the file's columns to places columns (-1 for unknown
// ones, which are ignored).
func columnMap(cols []string) ([]column, error) {
	m := make([]column, len(cols))
	seen := map[column]bool{}
	for i, c := range cols {
		m[i] = -1
		for k, name := range columnNames {
			if strings.TrimSpace(c) == name {
				m[i] = column(k)
				if seen[m[i]] {
					return nil, fmt.Errorf("column %q twice", name)
				}
				seen[m[i]] = true
			}
		}
	}
	if !seen[colName] && !seen[colID] {
		return nil, errors.New("no name or id column")
	}
	return m, nil
}

// splitRow splits a TSV line into the fields of a places row.
func splitRow(line string, m []column, row *[numColumns]string) {
	*row = [numColumns]string{}
	for i := 0; line != "" || i == 0; i++ {
		field, more, found := strings.Cut(line, "\t")
		if i < len(m) && m[i] >= 0 {
			row[m[i]] = strings.TrimSpace(field)
		}
		if !found {
			break
		}
		line = more
	}
}

// precisionOf returns the default precision of an entry of the given kind.
func precisionOf(kind string) string {
	switch kind {
	case KindCountry:
		return hadath.PrecisionCountry
	case KindAdmin1:
		return hadath.PrecisionAdmin1
	case KindCity, KindCapital:
		return hadath.PrecisionCity
	case KindSea:
		return hadath.PrecisionSea
	case KindRegion:
		return hadath.PrecisionRegion
	case "district":
		return hadath.PrecisionDistrict
	}
	return hadath.PrecisionSite
}

// validPrecision reports whether p is one of hadath's place precisions.
func validPrecision(p string) bool {
	switch p {
	case hadath.PrecisionSite, hadath.PrecisionCity, hadath.PrecisionDistrict, hadath.PrecisionAdmin1,
		hadath.PrecisionCountry, hadath.PrecisionRegion, hadath.PrecisionSea:
		return true
	}
	return false
}

// validCountry reports whether c is empty or two upper-case ASCII letters.
func validCountry(c string) bool {
	return c == "" || (len(c) == 2 && isUpper(c[0]) && isUpper(c[1]))
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// parseCoord parses a latitude (limit 90) or longitude (limit 180).
func parseCoord(s string, limit float64) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("bad coordinate %q", s)
	}
	if v < -limit || v > limit {
		return 0, fmt.Errorf("coordinate %q out of range", s)
	}
	return v, nil
}
