package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hadath/hadath/lang/ar"
)

func TestLookup(t *testing.T) {
	d := dict(t)
	tests := []struct{ name, want string }{
		{"داعش", "Islamic State"},
		{"تنظيم الدولة الإسلامية", "Islamic State"},
		{"ISIL", "Islamic State"},
		{"أنصار الله", "Houthis"},
		{"الحوثيين", "Houthis"},
		{"ميليشيات الحوثي", "Houthis"},
		{"واشنطن", "United States"},
		{"البنتاغون", "US Department of Defense"},
		{"قسد", "Syrian Democratic Forces"},
		{"المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq"},
		{"بشار الأسد", "Bashar al-Assad"},
		{"خادم الحرمين الشريفين", "Salman bin Abdulaziz"},
		{"هادي", "Abdrabbuh Mansur Hadi"}, // a weak alias
	}
	for _, tt := range tests {
		es := d.Lookup(ar.Key(tt.name))
		if len(es) == 0 || es[0].Name != tt.want {
			t.Errorf("Lookup(%q) = %v; want %s first", tt.name, es, tt.want)
		}
	}
	if es := d.Lookup(ar.Key("كلمة لا تعني شيئا")); len(es) != 0 {
		t.Errorf("Lookup(nonsense) = %v; want none", es)
	}
}

func TestPrefix(t *testing.T) {
	d := dict(t)
	tests := []struct {
		key  string
		want bool
	}{
		{ar.Key("حزب"), true},
		{ar.Key("قوات سوريا"), true},
		{ar.Key("قوات سوريا الديمقراطية"), false},
		{ar.Key("أردوغان"), false},
		{"", false},
	}
	for _, tt := range tests {
		if got := d.Prefix(tt.key); got != tt.want {
			t.Errorf("Prefix(%q) = %v; want %v", tt.key, got, tt.want)
		}
	}
}

func TestDemonym(t *testing.T) {
	d := dict(t)
	tests := []struct {
		word, want string
		ok         bool
	}{
		{"الأمريكية", "US", true},
		{"أميركيين", "US", true},
		{"الإسرائيليون", "IL", true},
		{"عراقيان", "IQ", true},
		{"السوريتين", "SY", true},
		{"الكورية الشمالية", "KP", true},
		{"الكوريين الجنوبيين", "KR", true},
		{"الروس", "RU", true},
		{"جنوب سودانيين", "SS", true},
		// Alef and Lam of the stem, kept when the article goes.
		{"الألمانية", "DE", true},
		{"ألماني", "DE", true},
		{"الألبانيين", "AL", true},
		{"المالية", "", false},
		{"الكورية", "", false},
		{"قوات", "", false},
	}
	for _, tt := range tests {
		got, ok := d.Demonym(ar.Key(tt.word))
		if got != tt.want || ok != tt.ok {
			t.Errorf("Demonym(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEntryActor(t *testing.T) {
	e := dict(t).Entry("Hezbollah")
	if e == nil {
		t.Fatal(`Entry("Hezbollah") = nil`)
	}
	a := e.Actor()
	if a.Name != "Hezbollah" || a.NameAr != "حزب الله" || a.Country != "LB" || a.Sector != "armed_group" ||
		a.Kind != KindOrg || a.Generic || len(a.BackedBy) != 1 || a.BackedBy[0] != "IR" {
		t.Errorf("Hezbollah.Actor() = %+v", a)
	}
}

func TestLoadDirs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(fileActors, "# test actors\n"+
		"Test Brigade\tلواء الاختبار\tIQ\tarmed_group\tORG\tIR\t-\t-\tكتيبة الاختبار|~الاختبار\n"+
		"Hamas\tحماس\tPS\tparty\tORG\n")
	write(fileGeneric, "# test nouns\nحراس\tpolice\tguards\tpl\t-\n")
	d, err := Load(dir)
	if err != nil {
		t.Fatalf("Load(%s) = %v", dir, err)
	}
	if es := d.Lookup(ar.Key("كتيبة الاختبار")); len(es) != 1 || es[0].Name != "Test Brigade" {
		t.Errorf("Lookup(كتيبة الاختبار) = %v; want Test Brigade", es)
	}
	if e := d.Entry("Hamas"); e == nil || e.Sector != "party" || len(e.Aliases) != 0 {
		t.Errorf("Entry(Hamas) = %+v; want the replacing row", e)
	}
	if es := d.Lookup(ar.Key("حركة حماس")); len(es) != 0 {
		t.Errorf("Lookup(حركة حماس) = %v; want none after the replacement", es)
	}
	ms := d.Find(ar.NewAnalyzer().Analyze("انتشر حراس عراقيون"))
	if len(ms) != 1 || ms[0].Actor.Name != "Iraqi guards" || ms[0].Actor.Sector != "police" {
		t.Errorf("Find with a user noun = %s; want Iraqi guards", describe(ms))
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, fileActors), []byte("X\tس\tIQ\tnot_a_sector\tORG\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "actors.tsv:1") {
		t.Errorf("Load(bad sector) = %v; want an error at actors.tsv:1", err)
	}
	if err := os.WriteFile(filepath.Join(bad, fileActors), []byte("X\tس\tZZ\tparty\tORG\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), `"ZZ"`) {
		t.Errorf("Load(unknown country) = %v; want an error naming ZZ", err)
	}
}

func TestGenericName(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ country, label, want string }{
		{"IL", "Israel military", "Israeli military"},
		{"IL", "Military", "Israeli military"},
		{"IL", "Israeli military", "Israeli military"},
		{"PS", "Palestine civilians", "Palestinian civilians"},
		{"SY", "Government in Syria", "Syrian government"},
		{"US", "United States government", "US government"},
		{"FR", "Foreign Minister", "French Foreign Minister"},
		{"", "police", "Police"},
		{"AF", "Security forces", "Afghan security forces"},
		{"AF", "security forces", "Afghan security forces"},
		{"SY", "Air defences", "Syrian air defences"},
		{"KR", "Prime Minister", "South Korean Prime Minister"},
		// A people generic.tsv names with a capital keeps it.
		{"IQ", "Yazidis", "Iraqi Yazidis"},
		{"EG", "Copts", "Egyptian Copts"},
		{"EG", "Teachers", "Egyptian teachers"},
	}
	for _, tt := range tests {
		if got := d.GenericName(tt.country, tt.label); got != tt.want {
			t.Errorf("GenericName(%q, %q) = %q; want %q", tt.country, tt.label, got, tt.want)
		}
	}
}

// The words of names come from names.tsv, folded, and a user file adds to
// them.
func TestNameWords(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "names.tsv"), []byte("given\tكوسا|بيرو\nstop\tقالت\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    func(string) bool
		name string
		w    string
		want bool
	}{
		{d.GivenName, "GivenName", ar.Fold("أحمد"), true},
		{d.GivenName, "GivenName", "كوسا", true},
		{d.GivenName, "GivenName", "في", false},
		{d.NameLink, "NameLink", "بن", true},
		{d.NameStop, "NameStop", "قالت", true},
		{d.NameStop, "NameStop", "في", true},
		{d.NameStop, "NameStop", "زياد", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.w); got != tt.want {
			t.Errorf("%s(%q) = %v; want %v", tt.name, tt.w, got, tt.want)
		}
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "names.tsv"), []byte("nick\tأبو\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil {
		t.Errorf("Load(names.tsv with kind nick): no error")
	}
}

// A generic actor named like an organisation of the dictionary, whatever
// the case, is that organisation, if its country and sector agree.
func TestOrganisation(t *testing.T) {
	d, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, country, sector, want string }{
		{"Egyptian armed forces", "EG", "military", "Egyptian Armed Forces"},
		{"us navy", "US", "military", "US Navy"},
		{"Egyptian armed forces", "EG", "police", ""},
		{"Egyptian armed forces", "LY", "military", ""},
		{"Egyptian civilians", "EG", "civilians", ""},
		// Yemen's government forces have a name of their own in the news;
		// Libya's two armies do not let its generic forces be either.
		{"Yemeni military", "YE", "military", "Yemeni National Army"},
		{"Yemeni government forces", "YE", "military", "Yemeni National Army"},
		{"Libyan military", "LY", "military", ""},
	}
	for _, tt := range tests {
		got := ""
		if e := d.Organisation(tt.name, tt.country, tt.sector); e != nil {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("Organisation(%q, %q, %q) = %q; want %q", tt.name, tt.country, tt.sector, got, tt.want)
		}
	}
}

// A user's canonical.tsv makes more generic actors an organisation; a row
// naming no organisation of actors.tsv is an error.
func TestCanonicalFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "canonical.tsv"), []byte("# mine\nLibyan military\tLibyan National Army\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, country, want string }{
		{"Libyan military", "LY", "Libyan National Army"},
		{"yemeni government forces", "YE", "Yemeni National Army"},
		{"Libyan military", "EG", ""},
	}
	for _, tt := range tests {
		got := ""
		if e := d.Organisation(tt.name, tt.country, "military"); e != nil {
			got = e.Name
		}
		if got != tt.want {
			t.Errorf("Organisation(%q, %q, military) = %q; want %q", tt.name, tt.country, got, tt.want)
		}
	}
	for _, row := range []string{"Libyan military\tNo Such Army\n", "Libyan military\n", "الجيش الليبي\tLibyan National Army\n"} {
		bad := t.TempDir()
		if err := os.WriteFile(filepath.Join(bad, "canonical.tsv"), []byte(row), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(bad); err == nil {
			t.Errorf("Load(canonical.tsv %q): no error", row)
		}
	}
}
