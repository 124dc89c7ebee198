#!/usr/bin/env bash
# bench/compare.sh: hadath's speed beside bleve's Arabic analyzer, in one
# run on the same corpus, one worker each. Prints the three timings and the
# ratios (above 1.0: hadath is faster than the analyzer).
#
#   bench/compare.sh [CORPUS] [RUNS]
#
# CORPUS defaults to ../shared/corpus/ant-news.jsonl.gz; each timing is the
# best of RUNS (default 3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus=$(realpath "${1:-../shared/corpus/ant-news.jsonl.gz}")
runs=${2:-3}
bin=$(mktemp -d)/hadath
go build -o "$bin" ./cmd/hadath

bleve=$(cd bench/bleve && go run . -runs "$runs" "$corpus" | sed -E 's/.*, ([0-9.]+) s, .*/\1/')
best() { sort -n | head -1; }
extract_only=$(for _ in $(seq "$runs"); do
	"$bin" bench --workers 1 "$corpus" 2>&1 | awk '$1 == 1 && NF == 6 {print $3}'
done | best)
end_to_end=$(for _ in $(seq "$runs"); do
	/usr/bin/time -f %e "$bin" extract --workers 1 "$corpus" 2>&1 >/dev/null | tail -1
done | best)
rss=$(/usr/bin/time -f %M "$bin" extract --workers 1 "$corpus" 2>&1 >/dev/null | tail -1)
printf 'bleve Arabic analyzer         %6.2f s\n' "$bleve"
printf 'hadath bench (extraction)     %6.2f s   %.2fx\n' "$extract_only" "$(echo "$bleve / $extract_only" | bc -l)"
printf 'hadath extract (end to end)   %6.2f s   %.2fx   peak RSS %d MB\n' "$end_to_end" "$(echo "$bleve / $end_to_end" | bc -l)" "$((rss / 1024))"
