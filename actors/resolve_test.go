package actors

import (
	"fmt"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

func TestResolve(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	a := ar.NewAnalyzer()
	tests := []struct {
		in   string
		want string // a reference Resolve must give, besides the text itself
	}{
		{"Kataib Hezbollah", "name=Kataib Hezbollah"},
		{"كتائب حزب الله", "name=Kataib Hezbollah"},
		{"الحوثيين", "name=Houthis"},
		{"القوات الأمريكية", "generic=US/military"},
		{"US forces", "generic=US/military"},
		{"Iraqi police", "generic=IQ/police"},
	}
	for _, tt := range tests {
		refs := d.Resolve(a, tt.in)
		var got []string
		found := false
		for _, r := range refs {
			s := "name=" + r.Name
			if r.Country != "" {
				s = fmt.Sprintf("generic=%s/%s", r.Country, r.Sector)
			}
			got = append(got, s)
			found = found || s == tt.want
		}
		if !found {
			t.Errorf("Resolve(%q) = %q; want it to include %q", tt.in, got, tt.want)
		}
	}
	if refs := d.Resolve(a, "  "); refs != nil {
		t.Errorf("Resolve(blank) = %v; want nil", refs)
	}
}
