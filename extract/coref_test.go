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

// A mention the rules join to nothing joins the earlier event of its type
// the coreference model finds likeliest, if the model is very sure; the
// model here is written by hand: sure of the latest event when eager, of
// none otherwise.
func TestCorefModelJoinsWhatRulesKeepApart(t *testing.T) {
	const text = "طردت السويد ثلاثة دبلوماسيين روس يوم الاثنين. وطردت الدنمارك دبلوماسيين روسيين اثنين يوم الثلاثاء."
	tests := []struct {
		weights string
		want    int
	}{
		{"bias\t0\t-6\nrank=0\t0\t12\n", 1},
		{"bias\t0\t-6\nrank=1\t0\t12\n", 2}, // no earlier event but the latest
		{"bias\t0\t-6\n", 2},
	}
	for _, tt := range tests {
		x := withModel(t, CorefModel, "NO\tYES", tt.weights)
		if got := count(runWith(t, x, text, "2018-09-05"), hadath.Sanction); got != tt.want {
			t.Errorf("Extract(%q) with coref weights %q: %d expulsions; want %d", text, tt.weights, got, tt.want)
		}
	}
}

// A verb of death with a pronoun on في or خلال after an event noun tells
// that event's toll: one happening, whatever day each was read with.
func TestResumedToll(t *testing.T) {
	tests := []struct {
		text    string
		assault int
	}{
		{"واستهدفت المدفعية مواقع المسلحين شرق البلدة صباح السبت غداة معارك طاحنة قرب المعبر قتل فيها جنديان.", 2},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-07-14")
		n := 0
		for _, ev := range res.Events {
			if ev.Type == hadath.Assault {
				n++
			}
		}
		if n != tt.assault {
			t.Errorf("Extract(%q): %d attacks; want %d", tt.text, n, tt.assault)
		}
	}
}

// A verb right after a relative pronoun that follows an event noun of its
// type tells that event, whatever the coreference model says: with a
// model that joins nothing, the noun and its clause's verb are still one.
func TestRelativeClauseJoins(t *testing.T) {
	tests := []struct {
		text, typ string
		want      int
	}{
		{"ورحبت الأمم المتحدة بالاتفاق الذي توصلت إليه الحكومة والمعارضة في جوبا.", hadath.Agree, 1},
		{"وتوصلت الحكومة إلى اتفاق مع المعارضة. ورحبت الأمم المتحدة بالاتفاق.", hadath.Agree, 2},
	}
	x := withModel(t, CorefModel, "NO\tYES", "bias\t0\t-12\n")
	for _, tt := range tests {
		if got := count(runWith(t, x, tt.text, "2018-09-05"), tt.typ); got != tt.want {
			t.Errorf("Extract(%q) joining nothing: %d events of %s; want %d", tt.text, got, tt.typ, tt.want)
		}
	}
}
