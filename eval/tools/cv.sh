#!/usr/bin/env bash
# eval/tools/cv.sh: K-fold cross-validation of the trained extractor on the
# training split, scored by the referee. Each fold's models are trained on
# the other folds' documents (hadath train --gold) and code the fold's
# documents (hadath extract --models); the predictions of all folds are
# scored together against eval/train.jsonl. With --sentences, the folds'
# documents are also cut into sentences and each is coded alone, and the
# share of sentences reporting an ASSAULT or a PROTEST that is news
# (asserted, dated within a month of publication) is scored against the
# annotation (eval/tools/sentences.py): a stand-in for judging single
# sentences.
#
#   eval/tools/cv.sh [--sentences] [K]        (K defaults to 5; needs ../shared)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
sentences=no
if [ "${1:-}" = --sentences ]; then sentences=yes; shift; fi
K=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/hadath" ./cmd/hadath
python3 eval/tools/ann.py docs train > "$work/docs.jsonl"
python3 - "$K" "$work" <<'PY'
import json, sys
K, work = int(sys.argv[1]), sys.argv[2]
rows = open("eval/train.jsonl").read().splitlines()
docs = {json.loads(l)["id"]: l for l in open(f"{work}/docs.jsonl") if l.strip()}
for k in range(K):
    with open(f"{work}/train{k}.jsonl", "w") as f:
        f.write("\n".join(r for i, r in enumerate(rows) if i % K != k) + "\n")
    with open(f"{work}/docs{k}.jsonl", "w") as f:
        f.write("\n".join(docs[json.loads(r)["doc_id"]] for i, r in enumerate(rows) if i % K == k) + "\n")
PY
: > "$work/pred.jsonl"
: > "$work/sent.pred.jsonl"
: > "$work/sent.labels.jsonl"
for k in $(seq 0 $((K - 1))); do
	mkdir -p "$work/m$k"
	"$work/hadath" train --gold "$work/train$k.jsonl" --out "$work/m$k" > /dev/null 2>&1
	"$work/hadath" extract --models "$work/m$k" "$work/docs$k.jsonl" >> "$work/pred.jsonl" 2>/dev/null
	if [ $sentences = yes ]; then
		python3 eval/tools/sentences.py split "$work/docs$k.jsonl" eval/train.jsonl "$work/sdocs$k.jsonl" "$work/slab$k.jsonl"
		cat "$work/slab$k.jsonl" >> "$work/sent.labels.jsonl"
		"$work/hadath" extract --models "$work/m$k" "$work/sdocs$k.jsonl" >> "$work/sent.pred.jsonl" 2>/dev/null
	fi
done
python3 ../shared/eval/score.py --docs "$work/docs.jsonl" --gold eval/train.jsonl --pred "$work/pred.jsonl"
if [ $sentences = yes ]; then
	python3 eval/tools/sentences.py score "$work/sent.labels.jsonl" "$work/sent.pred.jsonl"
fi
