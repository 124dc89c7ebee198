package hadath

// Actor sectors, as listed in docs/format.md.
const (
	SectorGovernment = "government"
	SectorMilitary   = "military"
	SectorPolice     = "police"
	SectorArmedGroup = "armed_group"
	SectorParty      = "party"
	SectorCivilians  = "civilians"
	SectorProtesters = "protesters"
	SectorIGO        = "igo"
	SectorNGO        = "ngo"
	SectorMedia      = "media"
	SectorBusiness   = "business"
	SectorOther      = "other"
)

// Actor is who did something, to whom it was done, who claimed or was
// blamed. Name is the canonical English name, the same for every spelling
// and both languages.
type Actor struct {
	Name     string   `json:"name"`
	NameAr   string   `json:"name_ar,omitempty"`
	Country  string   `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Sector   string   `json:"sector,omitempty"`
	BackedBy []string `json:"backed_by,omitempty"` // ISO codes of sponsors
	// Generic is true for unnamed or collective actors ("gunmen", "US
	// forces"), decided by country and sector.
	Generic bool `json:"generic,omitempty"`
	// Kind is PER for a person, ORG otherwise (GPE for a state as a whole).
	Kind string `json:"kind,omitempty"`
	// Span is where the actor is named in the text, when it is.
	Span *Span `json:"span,omitempty"`
}
