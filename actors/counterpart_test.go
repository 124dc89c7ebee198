package actors

import "testing"

func TestFindCounterparts(t *testing.T) {
	runFindCases(t, []findCase{
		// The same office in the country of the demonym: a generic office
		// named by its title and country, or the one person the
		// dictionary files under it.
		{src: "استقبل وزير الخارجية الأردني نظيره المصري في عمان.",
			want: []want{{text: "نظيره المصري", name: "Egyptian Foreign Minister", country: "EG", sector: "government", kind: "PER", generic: true}}},
		{src: "وبحث وزير الخارجية الأمريكي ريكس تيلرسون مع نظيره الروسي الأزمة.",
			want: []want{{text: "نظيره الروسي", name: "Sergey Lavrov", country: "RU", sector: "government", kind: "PER"}}},
		// An office titled differently in Washington: its one name.
		{src: "وبحث وزير الخارجية الأمريكي مايك بومبيو هاتفيا مع نظيره الياباني.",
			want: []want{{text: "نظيره الياباني", name: "Japanese Foreign Minister", country: "JP", sector: "government", kind: "PER", generic: true}}},
		// A surname that is also a demonym reads as the demonym there.
		{src: "واستقبل الرئيس المصري نظيره السوداني في القاهرة.",
			want: []want{{text: "نظيره السوداني", name: "Omar al-Bashir", country: "SD", sector: "government", kind: "PER"}}},
		// A government's counterpart is the other government.
		{src: "وتتهم الحكومة الهولندية نظيرتها التركية بالتدخل.",
			want: []want{{text: "نظيرتها التركية", name: "Turkish government", country: "TR", sector: "government", kind: "ORG", generic: true}}},
		// Named right after: the name is the counterpart.
		{src: "والتقى وزير الخارجية الأردني نظيره الروسي، سيرغي لافروف.",
			want:   []want{{text: "سيرغي لافروف", name: "Sergey Lavrov", country: "RU", sector: "government", kind: "PER"}},
			absent: []string{"نظيره الروسي"}},
		// No one named before it to be the counterpart of.
		{src: "وقال نظيره المصري إن المحادثات مثمرة.", absent: []string{"نظيره المصري"}},
	})
}
