#!/usr/bin/env python3
"""Single sentences as documents: does a sentence report an attack or a
protest that is news?

  sentences.py split DOCS GOLD OUT_DOCS OUT_LABELS
      cut every document of DOCS (JSON lines, "id" and "text") that GOLD
      annotates into sentences of 20 characters or more, write each as a
      document of its own (id "DOC#START", the document's publication date
      and source) and, for each, whether the annotation has a required,
      asserted ASSAULT or PROTEST dated within a month of publication with
      a mention starting in it (1), only an optional or other one (-1, not
      scored), or none (absent)
  sentences.py score LABELS PREDICTIONS
      precision, recall and F1 per type of the sentences for which the
      coder reports such an event (asserted, dated within a month)

A stand-in, on the project's own annotation, for suites that judge single
sentences one question each. Used by eval/tools/cv.sh --sentences.
"""
import datetime
import json
import re
import sys

TYPES = ("ASSAULT", "PROTEST")


def within_month(date, published):
    """Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) may fall within a month
    before publication (or on the day after, for time zones); an absent
    date or publication date is not held against the event."""
    if not date or not published:
        return True
    try:
        pub = datetime.date.fromisoformat(published[:10])
        if len(date) == 4:
            lo, hi = datetime.date(int(date), 1, 1), datetime.date(int(date), 12, 31)
        elif len(date) == 7:
            lo = datetime.date(int(date[:4]), int(date[5:7]), 1)
            hi = lo + datetime.timedelta(days=30)
        else:
            lo = hi = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return True
    return hi >= pub - datetime.timedelta(days=31) and lo <= pub + datetime.timedelta(days=1)


def sentence_spans(text):
    """The (start, end) of each sentence of text, cut at full stops, question
    and exclamation marks and line breaks, and trimmed of spaces."""
    for m in re.finditer(r"[^.\n!?؟]+[.!?؟]?", text):
        sentence = m.group().strip()
        if sentence:
            start = m.start() + m.group().index(sentence)
            yield start, start + len(sentence)


def mention_starts(text, mention):
    """The offset where a gold mention (a string or {"text", "nth"}) starts."""
    nth = 0
    if isinstance(mention, dict):
        nth, mention = mention.get("nth", 0), mention["text"]
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(mention, pos + 1)
    return pos


def split(docs_path, gold_path, out_docs, out_labels):
    gold = {}
    for line in open(gold_path):
        if line.strip():
            row = json.loads(line)
            gold[row["doc_id"]] = row
    with open(out_docs, "w") as od, open(out_labels, "w") as ol:
        for line in open(docs_path):
            if not line.strip():
                continue
            doc = json.loads(line)
            g = gold.get(doc["id"])
            if g is None:
                continue
            text = doc["text"]
            for start, end in sentence_spans(text):
                sentence = text[start:end]
                if len(sentence) < 20:
                    continue
                labels = {}
                for ev in g["events"]:
                    if ev["type"] not in TYPES:
                        continue
                    if not any(start <= mention_starts(text, mm) < end for mm in ev.get("mentions", [])):
                        continue
                    if ev.get("optional"):
                        value = -1  # a careful reader could go either way: not scored
                    elif ev.get("modality", "asserted") == "asserted" and within_month(ev.get("date"), doc.get("published")):
                        value = 1  # news
                    else:
                        value = 0  # history, a plan, a denial: not news
                    labels[ev["type"]] = max(labels.get(ev["type"], 0), value)
                sid = f"{doc['id']}#{start}"
                od.write(json.dumps({"id": sid, "text": sentence, "published": doc.get("published"),
                                     "source": doc.get("source")}, ensure_ascii=False) + "\n")
                ol.write(json.dumps({"id": sid, "published": doc.get("published"), "labels": labels}) + "\n")


def score(labels_path, pred_path):
    labels = [json.loads(line) for line in open(labels_path) if line.strip()]
    preds = {}
    for line in open(pred_path):
        if line.strip():
            row = json.loads(line)
            preds[row["doc_id"]] = row
    for typ in TYPES:
        tp = fp = fn = 0
        for lab in labels:
            want = lab["labels"].get(typ, 0)
            if want == -1:
                continue
            events = preds.get(lab["id"], {}).get("events", [])
            got = any(e["type"] == typ and e.get("modality") == "asserted" and
                      within_month(e.get("date"), lab["published"]) for e in events)
            if got and want == 1:
                tp += 1
            elif got:
                fp += 1
            elif want == 1:
                fn += 1
        p = tp / max(tp + fp, 1)
        r = tp / max(tp + fn, 1)
        f = 2 * p * r / max(p + r, 1e-9)
        print(f"sentences {typ}: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "split":
        split(*sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(*sys.argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
