package actors

import "testing"

func TestFindWeakRefs(t *testing.T) {
	runFindCases(t, []findCase{
		// A surname alone stands for the person named in full before it.
		{src: "التقت رئيسة الوزراء تيريزا ماي بوزرائها. وقالت ماي إن الاتفاق قريب.",
			want: []want{{text: "ماي", name: "Theresa May", country: "GB", sector: "government", kind: "PER"}}},
		// Not before the full name, nor without it.
		{src: "وقالت ماي إن الاتفاق قريب.", absent: []string{"ماي"}},
	})
}
