package extract

import (
	"testing"

	"github.com/hadath/hadath"
)

// TestAggregates reads counts of many happenings, and leaves a series
// told on one day as one event.
func TestAggregates(t *testing.T) {
	tests := []struct {
		text  string
		typ   string
		count int // 0: no aggregate
	}{
		{"وتعرضت القاعدة للقصف للمرة الثالثة خلال أسبوع.", hadath.Assault, 3},
		{"ونفذ التحالف أكثر من 100 ألف غارة جوية على مواقع التنظيم.", hadath.Assault, 100000},
		{"واستهدف المسلحون القافلة خمس مرات منذ مطلع الشهر.", hadath.Assault, 5},
		{"وشنت الطائرات 12 غارة على البلدة يوم الاثنين.", "", 0},
		{"وزار الوزير المدينة للمرة الأولى.", "", 0},
		// An ordinal that counts happenings over a stretch of time.
		{"وكانت هذه الغارة الثالثة على البلدة منذ مطلع الشهر.", hadath.Assault, 3},
		{"وهذه هي الزيارة الثانية لرئيس الوزراء إلى أنقرة خلال شهر.", hadath.Consult, 2},
		// An ordinal with خلال before no span of time, or in a name, is
		// no count.
		{"وأصيب مسلح ثان خلال الاشتباك مع الشرطة في المدينة.", "", 0},
		{"وبدأت الجولة الثانية من المحادثات خلال المؤتمر في جنيف.", "", 0},
		// People that arrests or executions took over a stretch of time:
		// each arrest is a happening; a day's arrests, or the dead of a
		// war, are no count of happenings.
		{"وقالت المنظمة إن السلطات أعدمت 37 شخصا منذ مطلع العام الجاري.", hadath.Coerce, 37},
		{"واعتقلت قوات الأمن خلال العام الماضي نحو 300 ناشط في العاصمة.", hadath.Coerce, 300},
		{"واعتقلت قوات الأمن 5 أشخاص في المدينة يوم الثلاثاء.", "", 0},
		{"وفرضت السلطات حظر التجول خلال العام الماضي في ثلاث محافظات.", "", 0},
		{"وقتل 200 شخص منذ بداية الاحتجاجات في البلاد.", "", 0},
		// The count of the nearest event word: the wounded after an
		// arrest's count are not held.
		{"واعتقلت الشرطة منذ مطلع العام 40 شخصا، وأصيب 70 من أفرادها.", hadath.Coerce, 40},
		{"وقال الملك عبدالله الثاني خلال لقائه الوزير إن الحوار مستمر.", "", 0},
		// Missiles and shells counted are the size of a strike, not
		// happenings; so are many of a word that names no kind, unless
		// an event word names it.
		{"وأطلقت البوارج 75 صاروخا على المطار العسكري فجر الأحد.", "", 0},
		{"وقال الجراح إنه أجرى 6000 عملية منذ عام 2009.", "", 0},
		{"ووثقت اللجنة 42 حالة اعتقال تعسفي منذ مطلع العام.", hadath.Coerce, 42},
		{"وفتح الادعاء 38 تحقيقا في عمليات قتل خارج القانون منذ عام 2016.", hadath.Assault, 38},
		// One count told again in another sentence is one aggregate.
		{"وشنت المقاتلات أكثر من 500 غارة جوية على مواقع التنظيم منذ مطلع العام. وقال المتحدث إن أكثر من 500 غارة جوية شنت منذ يناير.", hadath.Assault, 500},
		// A counted trigger names its own type, whatever words are near.
		{"وتعاملت الشرطة مع 90 احتجاجا منذ مطلع الشهر رغم حظر التجمعات.", hadath.Protest, 90},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-01")
		if tt.count == 0 {
			if len(res.Aggregates) != 0 {
				t.Errorf("Extract(%q) aggregates = %+v; want none", tt.text, res.Aggregates)
			}
			continue
		}
		if len(res.Aggregates) != 1 {
			t.Errorf("Extract(%q): %d aggregates; want 1", tt.text, len(res.Aggregates))
			continue
		}
		ag := res.Aggregates[0]
		if ag.Type != tt.typ || ag.Count.Count == nil || *ag.Count.Count != tt.count {
			t.Errorf("Extract(%q) aggregate = %s %v; want %s %d", tt.text, ag.Type, ag.Count.Count, tt.typ, tt.count)
		}
		for _, ev := range res.Events {
			if ev.Type == tt.typ && ev.Trigger.Overlaps(ag.Evidence[0]) {
				t.Errorf("Extract(%q): event %q on the aggregate's count", tt.text, ev.Trigger.Text)
			}
		}
	}
}

// The same count of happenings over two stretches of time is two
// aggregates.
func TestAggregatesApart(t *testing.T) {
	const text = "وتعرضت القاعدة للقصف خمس مرات منذ مطلع الشهر. وكانت القاعدة قد تعرضت للقصف خمس مرات في عام 2016."
	res := run(t, text, "2018-05-20")
	if len(res.Aggregates) != 2 {
		t.Errorf("Extract(%q): %d aggregates %+v; want 2", text, len(res.Aggregates), res.Aggregates)
	}
}

// "للمرة الثانية" tells the latest happening as well as the count: the
// happening stands as an event; "هي المرة الثالثة التي" points back to
// one told before, and no event stands on it.
func TestAggregateTellsLatest(t *testing.T) {
	tests := []struct {
		text   string
		events int
	}{
		{"قصفت الطائرات الإسرائيلية مواقع في ريف دمشق للمرة الثانية هذا الشهر.", 1},
		{"وكانت هذه المرة الثالثة التي تقصف فيها الطائرات مواقع في ريف دمشق هذا الشهر.", 0},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-20")
		if len(res.Aggregates) != 1 || count(res, hadath.Assault) != tt.events {
			t.Errorf("Extract(%q): %d aggregates, %d ASSAULT events; want 1 and %d", tt.text, len(res.Aggregates), count(res, hadath.Assault), tt.events)
		}
	}
}

// TestAggregateParties gives an aggregate the actor and target of the
// event word its count goes with: the attacker named first in its
// sentence is no target.
func TestAggregateParties(t *testing.T) {
	tests := []struct {
		text          string
		actor, target string // "": none
	}{
		{"وشنت المقاتلات الإسرائيلية أكثر من 200 غارة على أهداف في سوريا منذ مطلع العام.", "Israeli air force", ""},
		{"واعتقلت الشرطة التركية منذ مطلع العام نحو 900 شخص بتهمة الانتماء إلى الحركة.", "Turkish police", ""},
		{"وهاجم مسلحو حركة الشباب القوات الصومالية ثلاث مرات منذ مطلع الشهر.", "Al-Shabaab", "Somali military"},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-01")
		if len(res.Aggregates) != 1 {
			t.Errorf("Extract(%q): %d aggregates; want 1", tt.text, len(res.Aggregates))
			continue
		}
		ag := res.Aggregates[0]
		if got := name(ag.Actor); got != tt.actor {
			t.Errorf("Extract(%q) aggregate actor = %q; want %q", tt.text, got, tt.actor)
		}
		if got := name(ag.Target); got != tt.target {
			t.Errorf("Extract(%q) aggregate target = %q; want %q", tt.text, got, tt.target)
		}
	}
}

// TestHeldSinceOnset reads people arrested or tried since the start of
// something (منذ بدء، منذ توليه) as an aggregate, and so does a vague
// count of many (آلاف، مئات), but not "عدة".
func TestHeldSinceOnset(t *testing.T) {
	tests := []struct {
		text string
		want int // aggregates
	}{
		{"وأوقفت قوات الأمن ما يزيد على 400 شخص منذ بدء الإضرابات في الإقليم.", 1},
		{"وحوكم نحو 3000 شخص منذ توليه الحكم قبل خمس سنوات.", 1},
		{"واعتقلت السلطات مئات الأشخاص منذ عام 2016.", 1},
		{"واعتقلت الشرطة عدة ناشطين منذ بدء الاحتجاجات.", 0},
	}
	for _, tt := range tests {
		res := run(t, tt.text, "2018-05-01")
		if len(res.Aggregates) != tt.want {
			t.Errorf("Extract(%q): %d aggregates; want %d", tt.text, len(res.Aggregates), tt.want)
		}
	}
}
