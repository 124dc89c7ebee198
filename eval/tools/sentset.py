#!/usr/bin/env python3
"""A set of single corpus sentences judged one question each: does the
sentence, read alone, report an attack (ASSAULT) or a protest (PROTEST)
that is news, not history? A stand-in for suites that judge sentences from
other newspapers, drawn from corpus documents no model learned from and no
rule was tuned on. The files hold references (document id and offsets),
never the sentences: the texts stay in the corpus.

  sentset.py draw N SEED OUT [protest]        draw N sentences (OUT: JSON lines of references);
                                              with "protest", only sentences with a word of protest
  sentset.py show SAMPLE [FIRST [COUNT]]      print sentences with their ids and publication days
  sentset.py docs SAMPLE OUT                  write each sentence as a document for `hadath extract`
  sentset.py check SAMPLE LABELS              check a labels file against its sample
  sentset.py agree LABELS_A LABELS_B          agreement of two annotators (raw and Cohen's kappa)
  sentset.py gold SAMPLE A B C OUT            the gold labels: A and B where they agree, C's answer where not
  sentset.py unseen SAMPLE                    fail if a sampled document is now annotated or reviewed
  sentset.py score GOLD PREDICTIONS           precision, recall and F1 per type

A sentence is drawn from a document outside every annotated split (train,
test, held out, their batches, the development set) and every reviewed
sample (whose verdicts are lessons), at most one a document, 40 to 400
characters long. Four in five hold a word of violence or protest from a
short list written for this tool (not the extractor's lexicon), so that
the set holds enough of both; one in five is any other sentence. A draw
of kind "protest" takes only sentences with a word of protest (the last
part of the list), and leaves out the documents of the sets drawn
before it.

A labels file holds one object a sentence: {"id", "ASSAULT": 0|1,
"PROTEST": 0|1, "note"}; 1 means the sentence reports such a happening
as news: asserted (not planned, threatened, conditional, denied, general
or figurative) and within about a month of publication, or undated. An
event of the coder counts for a sentence when it is of the type, asserted
and dated within a month of publication (sentences.py's rule).
"""
import glob
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaldata import EVAL, SHARED, corpus, fold, read_jsonl as load  # noqa: E402
from sentences import sentence_spans, within_month  # noqa: E402

TYPES = ("ASSAULT", "PROTEST")

# Words of violence and of protest, by stem, folded (evaldata.fold): a
# sentence holding one is a likely place for an attack or a protest, or
# for the false alarms a coder must avoid.
KEYWORDS = [
    "هجوم", "هجمات", "هاجم", "قصف", "غاره", "غارات", "انفجار", "تفجير", "فجر",
    "اشتباك", "اشتبك", "قتل", "مقتل", "قتلي", "اغتيال", "استهداف", "استهدف",
    "اطلاق نار", "اطلاق النار", "صاروخ", "صواريخ", "عبوه", "مسلح", "معارك",
    "معركه", "اقتحام", "اقتحم", "هجوما", "ضربات", "ضربه جويه", "كمين",
]
PROTEST_WORDS = [
    "مظاهره", "مظاهرات", "تظاهر", "متظاهر", "احتجاج", "احتجاجات", "محتج",
    "مسيره", "مسيرات", "اعتصام", "اضراب", "شغب", "هتف",
]
KEYWORDS += PROTEST_WORDS


def excluded_docs(sentence_sets=False, but=None):
    """The ids of every document some model or rule may have learned from
    or been tuned on, and with sentence_sets those of the sentence sets
    drawn so far (but the one at path but)."""
    ids = set()
    at = lambda *p: glob.glob(os.path.join(EVAL, *p))
    paths = at("train.jsonl") + at("test.jsonl") + at("ann", "*.jsonl") + at("ann", "pending", "*.jsonl") + \
        at("precision", "review-*.jsonl") + at("precision", "unlearned", "*.jsonl")
    if sentence_sets:
        sets = at("sentences", "sample.jsonl") + at("sentences", "*", "sample.jsonl")
        paths += [p for p in sets if not (but and os.path.exists(but) and os.path.samefile(p, but))]
    for path in paths:
        ids.update(r["doc_id"] for r in load(path))
    ids.update(r["id"] for r in load(os.path.join(SHARED, "eval", "dev", "docs.jsonl")))
    return ids


def draw(n, seed, out, kind="all"):
    if kind not in ("all", "protest"):
        sys.exit(f"unknown kind {kind!r}: want all or protest")
    n, rng = int(n), random.Random(int(seed))
    skip = excluded_docs(kind == "protest", but=out)
    words = KEYWORDS if kind == "all" else PROTEST_WORDS
    marked, other = [], []
    for doc in corpus().values():
        if doc["id"] in skip:
            continue
        text = doc["text"]
        hits, rest = [], []
        for start, end in sentence_spans(text):
            if not 40 <= end - start <= 400:
                continue
            s = fold(text[start:end])
            (hits if any(k in s for k in words) else rest).append((start, end))
        ref = lambda se: {"doc_id": doc["id"], "start": se[0], "end": se[1], "published": doc.get("published")}
        if hits:
            marked.append(ref(rng.choice(hits)))
        elif rest:
            other.append(ref(rng.choice(rest)))
    k = n * 4 // 5 if kind == "all" else n
    rows = rng.sample(marked, k) + rng.sample(other, n - k)
    rng.shuffle(rows)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            r = {"id": f"{r['doc_id']}#{r['start']}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences ({k} with a keyword) from {len(marked) + len(other)} documents not excluded")


def texts(sample):
    """The text of each sentence of a sample, by id."""
    docs = corpus()
    out = {r["id"]: docs[r["doc_id"]]["text"][r["start"]:r["end"]] for r in sample if r["doc_id"] in docs}
    missing = [r["id"] for r in sample if r["id"] not in out]
    if missing:
        sys.exit(f"not in the corpus: {missing[:3]}")
    return out


def show(sample_path, first="0", count="0"):
    sample = load(sample_path)
    first, count = int(first), int(count)
    rows = sample[first:first + count] if count else sample[first:]
    tx = texts(rows)
    for r in rows:
        print(f"{r['id']}  published {(r.get('published') or '?')[:10]}\n  {tx[r['id']]}\n")


def docs(sample_path, out):
    sample = load(sample_path)
    tx = texts(sample)
    with open(out, "w", encoding="utf-8") as f:
        for r in sample:
            f.write(json.dumps({"id": r["id"], "text": tx[r["id"]], "published": r.get("published")},
                               ensure_ascii=False) + "\n")


def check(sample_path, labels_path):
    ids = [r["id"] for r in load(sample_path)]
    labels = load(labels_path)
    bad = []
    seen = set()
    for lab in labels:
        if lab.get("id") not in ids:
            bad.append(f"unknown id {lab.get('id')!r}")
        elif lab["id"] in seen:
            bad.append(f"id {lab['id']} twice")
        seen.add(lab.get("id"))
        for t in TYPES:
            if lab.get(t) not in (0, 1):
                bad.append(f"{lab.get('id')}: {t} is {lab.get(t)!r}, want 0 or 1")
    for msg in bad:
        print(msg)
    print(f"{len(labels)} labels, {len(bad)} problems")
    sys.exit(1 if bad else 0)


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return 0.0, 0.0
    agree = sum(a == b for a, b in pairs) / n
    pa, pb = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return agree, (agree - chance) / (1 - chance) if chance < 1 else 1.0


def agree(a_path, b_path):
    a = {r["id"]: r for r in load(a_path)}
    b = {r["id"]: r for r in load(b_path)}
    common = [i for i in a if i in b]
    for t in TYPES:
        pairs = [(a[i][t], b[i][t]) for i in common]
        raw, k = kappa(pairs)
        print(f"{t}: {len(pairs)} sentences, {sum(x for x, _ in pairs)} and {sum(y for _, y in pairs)} yes; "
              f"agreement {raw:.3f}, kappa {k:.3f}")


def gold(sample_path, a_path, b_path, c_path, out):
    a = {r["id"]: r for r in load(a_path)}
    b = {r["id"]: r for r in load(b_path)}
    c = {r["id"]: r for r in load(c_path)}
    with open(out, "w", encoding="utf-8") as f:
        for r in load(sample_path):
            i = r["id"]
            if i not in a or i not in b:
                sys.exit(f"{i}: not judged by both annotators")
            row = {"id": i, "published": r.get("published")}
            split = False
            for t in TYPES:
                if a[i][t] == b[i][t]:
                    row[t] = a[i][t]
                elif i in c:
                    row[t], split = c[i][t], True
                else:
                    sys.exit(f"{i}: {t} split and no third answer")
            row["how"] = "third" if split else "agreed"
            f.write(json.dumps(row) + "\n")


def unseen(sample_path):
    skip = excluded_docs()
    seen = sorted({r["doc_id"] for r in load(sample_path)} & skip)
    for d in seen:
        print(f"{d}: sampled, and now in an annotated set or a reviewed sample")
    sys.exit(1 if seen else 0)


def score(gold_path, pred_path):
    gold = load(gold_path)
    preds = {r["doc_id"]: r for r in load(pred_path)}
    for t in TYPES:
        tp = fp = fn = 0
        for g in gold:
            events = preds.get(g["id"], {}).get("events") or []
            got = any(e["type"] == t and e.get("modality") == "asserted" and
                      within_month(e.get("date"), g.get("published")) for e in events)
            want = g[t] == 1
            tp += got and want
            fp += got and not want
            fn += want and not got
        p = tp / max(tp + fp, 1)
        r = tp / max(tp + fn, 1)
        f = 2 * p * r / max(p + r, 1e-9)
        print(f"{t}: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")


def main():
    cmds = {"draw": (draw, 3, 4), "show": (show, 1, 3), "docs": (docs, 2, 2), "check": (check, 2, 2),
            "agree": (agree, 2, 2), "gold": (gold, 5, 5), "unseen": (unseen, 1, 1), "score": (score, 2, 2)}
    if len(sys.argv) < 2 or sys.argv[1] not in cmds:
        sys.exit(__doc__)
    fn, lo, hi = cmds[sys.argv[1]]
    args = sys.argv[2:]
    if not lo <= len(args) <= hi:
        sys.exit(__doc__)
    fn(*args)


if __name__ == "__main__":
    main()
