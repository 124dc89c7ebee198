package wordclass

import "math"

// kmeans groups the unit rows into k classes by cosine, in the given
// number of rounds, and returns each row's class. The centroids start as
// the rows spread evenly over the list (which is by falling frequency),
// so the result needs no random seed. Centroids are kept column-major, so
// a row's scores against all of them are summed over its few columns.
func kmeans(rows []sparse, ncol, k, rounds int) []int {
	assign := make([]int, len(rows))
	if k == 0 {
		return assign
	}
	cent := make([]float32, ncol*k) // cent[c*k+j]: column c of centroid j
	for j := 0; j < k; j++ {
		v := rows[j*len(rows)/k]
		for i, c := range v.col {
			cent[int(c)*k+j] = v.val[i]
		}
	}
	score := make([]float32, k)
	for round := 0; round < rounds; round++ {
		changed := 0
		for r, v := range rows {
			clear(score)
			for i, c := range v.col {
				x := v.val[i]
				col := cent[int(c)*k : int(c)*k+k]
				for j, y := range col {
					score[j] += x * y
				}
			}
			best := 0
			for j := 1; j < k; j++ {
				if score[j] > score[best] {
					best = j
				}
			}
			if best != assign[r] || round == 0 {
				changed++
			}
			assign[r] = best
		}
		if round > 0 && changed == 0 {
			break
		}
		recenter(rows, assign, cent, k)
	}
	return assign
}

// recenter sets each centroid to the normalized sum of its rows; a class
// left with no row keeps its centroid.
func recenter(rows []sparse, assign []int, cent []float32, k int) {
	next := make([]float64, len(cent))
	size := make([]int, k)
	for r, v := range rows {
		j := assign[r]
		size[j]++
		for i, c := range v.col {
			next[int(c)*k+j] += float64(v.val[i])
		}
	}
	norm := make([]float64, k)
	for i, x := range next {
		norm[i%k] += x * x
	}
	for i := range cent {
		j := i % k
		if size[j] == 0 || norm[j] == 0 {
			continue
		}
		cent[i] = float32(next[i] / math.Sqrt(norm[j]))
	}
}
