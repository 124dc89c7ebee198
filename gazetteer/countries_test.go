package gazetteer

import (
	"strings"
	"testing"

	"github.com/hadath/hadath"
)

func TestCountryCode(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"IQ", "IQ", true},
		{"iq", "IQ", true},
		{"Iraq", "IQ", true},
		{" iraq ", "IQ", true},
		{"العراق", "IQ", true},
		{"عراق", "IQ", true},
		{"Syria", "SY", true},
		{"سوريا", "SY", true},
		{"United States", "US", true},
		{"الأردن", "JO", true},
		{"Narnia", "", false},
		{"", "", false},
		{"XX", "", false},
	}
	for _, tt := range tests {
		got, ok := CountryCode(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CountryCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCountryCodes(t *testing.T) {
	got, err := CountryCodes("country", []string{"Iraq", "sy", "لبنان"})
	if err != nil || len(got) != 3 || got[0] != "IQ" || got[1] != "SY" || got[2] != "LB" {
		t.Errorf("CountryCodes(Iraq, sy, لبنان) = %q, %v; want IQ SY LB", got, err)
	}
	_, err = CountryCodes("country", []string{"IQ", "Irak"})
	if hadath.ErrorCode(err) != hadath.EINVALID || !strings.Contains(hadath.ErrorMessage(err), `"Irak"`) {
		t.Errorf("CountryCodes(IQ, Irak) error = %v; want an invalid error naming \"Irak\"", err)
	}
}
