package hadath

import "encoding/json"

// PLOVER event types.
const (
	Assault   = "ASSAULT"
	Coerce    = "COERCE"
	Mobilize  = "MOBILIZE"
	Sanction  = "SANCTION"
	Protest   = "PROTEST"
	Threaten  = "THREATEN"
	Accuse    = "ACCUSE"
	Reject    = "REJECT"
	Request   = "REQUEST"
	Retreat   = "RETREAT"
	Aid       = "AID"
	Cooperate = "COOPERATE"
	Concede   = "CONCEDE"
	Support   = "SUPPORT"
	Consult   = "CONSULT"
	Agree     = "AGREE"
)

// EventTypes lists the 16 PLOVER types in the order of docs/format.md.
var EventTypes = []string{Assault, Coerce, Mobilize, Sanction, Protest, Threaten,
	Accuse, Reject, Request, Retreat, Aid, Cooperate, Concede, Support, Consult, Agree}

// Modalities.
const (
	Asserted     = "asserted"
	Future       = "future"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// Date precisions.
const (
	DateDay     = "day"
	DateWeek    = "week"
	DateMonth   = "month"
	DateYear    = "year"
	DateUnknown = "unknown"
)

// Interception levels for missile, rocket and drone attacks.
const (
	InterceptedNone = "none"
	InterceptedSome = "some"
	InterceptedMost = "most"
	InterceptedAll  = "all"
)

// Count qualifiers.
const (
	Exact    = "exact"
	AtLeast  = "at_least"
	MoreThan = "more_than"
	About    = "about"
	UpTo     = "up_to"
	Unknown  = "unknown"
)

// Count is a number of people or events, as stated. Count is nil when the
// text gives no number ("a number of wounded"), with Qualifier "unknown".
type Count struct {
	Count     *int   `json:"count"`
	Qualifier string `json:"qualifier"`
	Text      string `json:"text,omitempty"`
	Span      *Span  `json:"span,omitempty"`
}

// N returns a pointer to n, for Count.Count.
func N(n int) *int { return &n }

// Event is one happening reported by a document. Empty strings and nil
// pointers encode as JSON null.
type Event struct {
	ID            string   `json:"id"`
	Type          string   `json:"type"`
	Method        string   `json:"method"`
	Date          string   `json:"date"`
	DateEnd       string   `json:"date_end"`
	DatePrecision string   `json:"date_precision"`
	Location      *Place   `json:"location"`
	Actor         *Actor   `json:"actor"`
	Target        *Actor   `json:"target"`
	Killed        *Count   `json:"killed"`
	Injured       *Count   `json:"injured"`
	ClaimedBy     *Actor   `json:"claimed_by"`
	BlamedOn      *Actor   `json:"blamed_on"`
	ReportedBy    []string `json:"reported_by"`
	Intercepted   string   `json:"intercepted"`
	Modality      string   `json:"modality"`
	Trigger       Span     `json:"trigger"`
	Evidence      []Span   `json:"evidence"`
	Confidence    float64  `json:"confidence"`
	// Background marks an event dated more than a year before its report
	// was published: told as history, not as news. It keeps its date.
	Background bool `json:"background,omitempty"`
}

// eventJSON is an Event as it is written: the fields in the order of
// docs/format.md, absent strings as null.
type eventJSON struct {
	ID            string   `json:"id"`
	Type          string   `json:"type"`
	Method        *string  `json:"method"`
	Date          *string  `json:"date"`
	DateEnd       *string  `json:"date_end"`
	DatePrecision string   `json:"date_precision"`
	Location      *Place   `json:"location"`
	Actor         *Actor   `json:"actor"`
	Target        *Actor   `json:"target"`
	Killed        *Count   `json:"killed"`
	Injured       *Count   `json:"injured"`
	ClaimedBy     *Actor   `json:"claimed_by"`
	BlamedOn      *Actor   `json:"blamed_on"`
	ReportedBy    []string `json:"reported_by"`
	Intercepted   *string  `json:"intercepted"`
	Modality      string   `json:"modality"`
	Trigger       Span     `json:"trigger"`
	Evidence      []Span   `json:"evidence"`
	Confidence    float64  `json:"confidence"`
	Background    bool     `json:"background,omitempty"`
}

// MarshalJSON encodes the event with null for the optional strings that
// are empty and [] for empty lists, as docs/format.md shows.
func (e Event) MarshalJSON() ([]byte, error) {
	j := eventJSON{ID: e.ID, Type: e.Type, Method: nullable(e.Method), Date: nullable(e.Date),
		DateEnd: nullable(e.DateEnd), DatePrecision: e.DatePrecision, Location: e.Location,
		Actor: e.Actor, Target: e.Target, Killed: e.Killed, Injured: e.Injured,
		ClaimedBy: e.ClaimedBy, BlamedOn: e.BlamedOn, ReportedBy: e.ReportedBy,
		Intercepted: nullable(e.Intercepted), Modality: e.Modality, Trigger: e.Trigger,
		Evidence: e.Evidence, Confidence: e.Confidence, Background: e.Background}
	if j.DatePrecision == "" {
		j.DatePrecision = DateUnknown
	}
	if j.Modality == "" {
		j.Modality = Asserted
	}
	if j.ReportedBy == nil {
		j.ReportedBy = []string{}
	}
	if j.Evidence == nil {
		j.Evidence = []Span{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes an event written by MarshalJSON (or by hand, in
// the format of docs/format.md).
func (e *Event) UnmarshalJSON(b []byte) error {
	var j eventJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*e = Event{ID: j.ID, Type: j.Type, Method: deref(j.Method), Date: deref(j.Date), DateEnd: deref(j.DateEnd),
		DatePrecision: j.DatePrecision, Location: j.Location, Actor: j.Actor, Target: j.Target,
		Killed: j.Killed, Injured: j.Injured, ClaimedBy: j.ClaimedBy, BlamedOn: j.BlamedOn,
		ReportedBy: j.ReportedBy, Intercepted: deref(j.Intercepted), Modality: j.Modality,
		Trigger: j.Trigger, Evidence: j.Evidence, Confidence: j.Confidence, Background: j.Background}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Aggregate is a count of many events, not one event: "attacked more than
// 143 times since 7 October".
type Aggregate struct {
	Type      string   `json:"type"`
	Count     Count    `json:"count"`
	Date      string   `json:"date,omitempty"`
	DateEnd   string   `json:"date_end,omitempty"`
	Countries []string `json:"countries"`
	Actor     *Actor   `json:"actor,omitempty"`
	Target    *Actor   `json:"target,omitempty"`
	Evidence  []Span   `json:"evidence"`
}

// Quote is a plain statement with its speaker: what was said, not done.
type Quote struct {
	Speaker *Actor `json:"speaker"`
	Verb    string `json:"verb"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Direct  bool   `json:"direct"`
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	GPE  = "GPE"
	LOC  = "LOC"
	FAC  = "FAC"
	MISC = "MISC"
)

// Entity is a named thing mentioned in the text.
type Entity struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Name  string `json:"name,omitempty"`
}
