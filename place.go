package hadath

// Place precisions, from the most to the least precise.
const (
	PrecisionSite     = "site"
	PrecisionCity     = "city"
	PrecisionDistrict = "district"
	PrecisionAdmin1   = "admin1"
	PrecisionCountry  = "country"
	PrecisionRegion   = "region"
	PrecisionSea      = "sea"
)

// Place is where something happened. Country is ISO 3166-1 alpha-2 (PS for
// Gaza and the West Bank). Lat and Lon are set below country level and for
// seas and regions; HasCoord tells whether they are meaningful.
type Place struct {
	Name      string   `json:"name"`
	NameAr    string   `json:"name_ar,omitempty"`
	Country   string   `json:"country,omitempty"`
	Admin1    string   `json:"admin1,omitempty"`
	Lat       *float64 `json:"lat,omitempty"`
	Lon       *float64 `json:"lon,omitempty"`
	Precision string   `json:"precision"`
	// GeoNameID is the GeoNames id when the place comes from GeoNames.
	GeoNameID int `json:"geonameid,omitempty"`
	// Span is where the place is named in the text, when it is.
	Span *Span `json:"span,omitempty"`
}

// SetCoord sets the place's coordinates.
func (p *Place) SetCoord(lat, lon float64) {
	p.Lat, p.Lon = &lat, &lon
}
