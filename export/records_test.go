package export

import (
	"time"

	"github.com/hadath/hadath"
)

// The records below are invented for the tests.

// place returns a place with coordinates.
func place(name, nameAr, cc, admin1, precision string, lat, lon float64) *hadath.Place {
	p := &hadath.Place{Name: name, NameAr: nameAr, Country: cc, Admin1: admin1, Precision: precision}
	p.SetCoord(lat, lon)
	return p
}

// testEvents returns four events: an airstrike on a base, an Arabic-only
// protest, an arrest without coordinates and a shooting of civilians.
func testEvents() []*hadath.StoredEvent {
	ingested := time.Date(2024, 1, 22, 8, 30, 0, 0, time.UTC)
	return []*hadath.StoredEvent{
		{
			Event: hadath.Event{ID: "a1b2c3d4e5f60718", Type: hadath.Assault, Method: "drone",
				Date: "2024-01-20", DatePrecision: hadath.DateDay,
				Location: place("Al Asad Airbase", "قاعدة عين الأسد", "IQ", "Al Anbar", hadath.PrecisionSite, 33.79, 42.44),
				Actor:    &hadath.Actor{Name: "Islamic Resistance in Iraq", NameAr: "المقاومة الإسلامية في العراق", Country: "IQ", Sector: hadath.SectorArmedGroup},
				Target:   &hadath.Actor{Name: "US forces", Country: "US", Sector: hadath.SectorMilitary, Generic: true},
				Injured:  &hadath.Count{Count: hadath.N(2), Qualifier: hadath.AtLeast},
				Modality: hadath.Asserted, Intercepted: hadath.InterceptedSome,
				Evidence: []hadath.Span{{Start: 0, End: 20, Text: "نص مخترع عن هجوم بطائرة مسيرة"}}},
			DocID: "doc-1", Source: "Example News", URL: "https://example.org/1", Lang: "ar", Ingested: ingested,
		},
		{
			Event: hadath.Event{ID: "0f1e2d3c4b5a6978", Type: hadath.Protest, Method: "demonstration",
				Date: "2024-01", DatePrecision: hadath.DateMonth,
				Location: place("", "ساحة التحرير", "IQ", "Baghdad", hadath.PrecisionCity, 33.3328, 44.4212),
				Actor:    &hadath.Actor{NameAr: "طلاب الجامعة", Country: "IQ", Sector: hadath.SectorProtesters, Generic: true},
				Modality: hadath.Asserted},
			DocID: "doc-2", Source: "قناة المثال الفضائية الإخبارية المستقلة", Lang: "ar", Ingested: ingested,
		},
		{
			Event: hadath.Event{ID: "1122334455667788", Type: hadath.Coerce, Method: "arrest",
				DatePrecision: hadath.DateUnknown,
				Location:      &hadath.Place{Name: "Syria", Country: "SY", Precision: hadath.PrecisionCountry},
				Actor:         &hadath.Actor{Name: "Syrian police", Country: "SY", Sector: hadath.SectorPolice, Generic: true},
				Target:        &hadath.Actor{Name: "journalists", Sector: hadath.SectorMedia, Generic: true},
				Modality:      hadath.Future},
			DocID: "doc-3", Published: "2024-02-03T10:00:00Z", URL: "https://news.example.com/x?y=1",
		},
		{
			Event: hadath.Event{ID: "99aa88bb77cc66dd", Type: hadath.Assault, Method: "gunfire",
				Date: "2024-03-05", DatePrecision: hadath.DateDay,
				Location: place("Jenin", "جنين", "PS", "Jenin", hadath.PrecisionCity, 32.4607, 35.2961),
				Target:   &hadath.Actor{Name: "civilians", Country: "PS", Sector: hadath.SectorCivilians, Generic: true},
				Killed:   &hadath.Count{Count: hadath.N(3), Qualifier: hadath.Exact},
				Modality: hadath.Asserted},
			DocID: "doc-4", Source: "=cmd|' /C calc'!A0", Ingested: ingested,
		},
	}
}

// testIncidents returns two incidents: one with a casualty range and
// coordinates, one without a place.
func testIncidents() []*hadath.Incident {
	return []*hadath.Incident{
		{ID: "inc-0001", Type: hadath.Assault, Method: "artillery", Modality: hadath.Asserted,
			Date: "2024-04-02", DateMin: "2024-04-02", DateMax: "2024-04-03", DatePrecision: hadath.DateDay,
			Location: place("Khan Younis", "خان يونس", "PS", "Khan Younis", hadath.PrecisionCity, 31.3462, 34.3063),
			Actor:    &hadath.Actor{Name: "Israel Defense Forces", Country: "IL", Sector: hadath.SectorMilitary},
			Target:   &hadath.Actor{NameAr: "مدنيون", Country: "PS", Sector: hadath.SectorCivilians, Generic: true},
			Killed:   &hadath.CountRange{Min: 3, Max: 5, Best: 4, Reports: 3},
			Reports:  3, Sources: []string{"Example News", "قناة المثال"},
			FirstSeen: "2024-04-02T09:00:00Z", LastSeen: "2024-04-03T11:00:00Z"},
		{ID: "inc-0002", Type: hadath.Consult, Method: "visit", Modality: hadath.Asserted,
			Date: "2024-05", DateMin: "2024-05-01", DateMax: "2024-05-31", DatePrecision: hadath.DateMonth,
			Actor:   &hadath.Actor{Name: "Mohammed Shia al-Sudani", Country: "IQ", Sector: hadath.SectorGovernment, Kind: hadath.PER},
			Reports: 1, Sources: []string{"Example News"}},
	}
}

// testMappings loads the embedded tables or panics.
func testMappings() *mappings {
	m, err := loadedMappings()
	if err != nil {
		panic(err)
	}
	return m
}
