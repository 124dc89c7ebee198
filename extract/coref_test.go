package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// Parties named for two mentions of one happening may be one side: the
// same actor, a state and its own organs, or two unnamed organs of one
// state (its government and its forces).
func TestSameSide(t *testing.T) {
	state := func(name, cc string) *hadath.Actor { return &hadath.Actor{Name: name, Country: cc, Kind: "GPE"} }
	organ := func(name, cc, sector string) *hadath.Actor {
		return &hadath.Actor{Name: name, Country: cc, Sector: sector, Generic: true, Kind: "ORG"}
	}
	tests := []struct {
		a, b *hadath.Actor
		want bool
	}{
		{state("Syria", "SY"), organ("Syrian military", "SY", hadath.SectorMilitary), true},
		{organ("Syrian government", "SY", hadath.SectorGovernment), organ("Syrian military", "SY", hadath.SectorMilitary), true},
		{organ("Iraqi police", "IQ", hadath.SectorPolice), organ("Iraqi government", "IQ", hadath.SectorGovernment), true},
		{organ("Syrian government", "SY", hadath.SectorGovernment), organ("Syrian civilians", "SY", hadath.SectorCivilians), false},
		{organ("Syrian military", "SY", hadath.SectorMilitary), organ("Turkish military", "TR", hadath.SectorMilitary), false},
		{state("Syria", "SY"), state("Turkey", "TR"), false},
	}
	for _, tt := range tests {
		if got := sameSide(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSide(%q, %q) = %v; want %v", tt.a.Name, tt.b.Name, got, tt.want)
		}
	}
}
