#!/usr/bin/env python3
"""Annotation tools for hadath's evaluation sets (Python 3 standard library only).

usage (from the repository root):
  ann.py show DOC_ID|BATCH...        print documents with their publication day and the dates of the week before
  ann.py place QUERY                 look up a place: registry, hand-made sites, GeoNames cities and provinces, countries
  ann.py actor QUERY                 look up an actor: registry, the actor dictionary, generic per-country actors
  ann.py check FILE...               expand and validate annotation files (eval/ann/*.jsonl format)
  ann.py build [DIR]                 expand eval/ann/*.jsonl into eval/train.jsonl, eval/test.jsonl and the agreement files
                                     (or into DIR/train.jsonl ...)
  ann.py docs SET                    write the texts of a set (train, test, agreement, all, a batch) as JSON lines
  ann.py aspred GOLD                 write a gold file as predictions (mentions become evidence spans), for score.py
  ann.py stats GOLD...               count events per type and documents with no event
  ann.py agree A B                   score two gold files of the same documents against each other, both ways
  ann.py precision REVIEW            summarise a reviewed sample of `hadath sample --format jsonl`

Annotation files hold one document a line in the gold format of ../shared/eval/dev/gold.jsonl, with
shorthands that `build` expands (see eval/README.md): an actor or place may be written as a reference
string ("@gov:IQ", "@gz:99072", "@houthis") or as {"ref": "@...", <fields that override>}, and
date_precision may be left out when the date's form gives it.
"""
import json
import os
import sys
from datetime import date, timedelta

from evaldata import *
from gold import Problems, expand_file, find_mention, plain_first
from refs import Refs, dict_actor, gaz_place


def cmd_check(paths):
    refs, p = Refs(), Problems()
    docs = drawn_docs()
    seen = {}
    n_docs = n_ev = 0
    for path in paths:
        for row in expand_file(path, refs, p, docs):
            if row["doc_id"] in seen:
                p.err(path, f"doc {row['doc_id']} annotated again (first in {seen[row['doc_id']]})")
            seen[row["doc_id"]] = path
            n_docs += 1
            n_ev += len(row["events"])
    for w in p.warnings:
        print("warning:", w)
    for e in p.errors:
        print("error:", e)
    print(f"{'FAILED' if p.errors else 'ok'}: {n_docs} documents, {n_ev} events, "
          f"{len(p.errors)} errors, {len(p.warnings)} warnings")
    return 1 if p.errors else 0


def cmd_build(out=EVAL):
    refs, p = Refs(), Problems()
    docs = drawn_docs()
    rows = {}
    for name in sorted(os.listdir(os.path.join(EVAL, "ann"))):
        if not name.endswith(".jsonl"):
            continue
        path = os.path.join(EVAL, "ann", name)
        for row in expand_file(path, refs, p, docs):
            if row["doc_id"] in rows:
                p.err(path, f"doc {row['doc_id']} annotated twice")
            rows[row["doc_id"]] = row
    missing = sorted(set(docs) - set(rows))
    if missing:
        p.err("eval/ann", f"{len(missing)} drawn documents not annotated, e.g. {missing[:3]}")
    second_path = os.path.join(EVAL, "agreement", "second.ann.jsonl")
    second = {}
    if os.path.exists(second_path):
        second = {r["doc_id"]: r for r in expand_file(second_path, refs, p, docs)}
    # The second annotation of 15 of the extra train documents (b17-b22).
    extra_path = os.path.join(EVAL, "agreement", "extra-second.ann.jsonl")
    extra = {}
    if os.path.exists(extra_path):
        extra = {r["doc_id"]: r for r in expand_file(extra_path, refs, p, docs)}
    for e in p.errors:
        print("error:", e, file=sys.stderr)
    if p.errors:
        print(f"build: {len(p.errors)} errors; nothing written", file=sys.stderr)
        return 1
    for row in list(rows.values()) + list(second.values()) + list(extra.values()):
        for e in row["events"] + row["aggregates"]:
            e["mentions"] = plain_first(e["mentions"])
    for split in ("train", "test"):
        ids = sorted(r["id"] for r in draw() if r["split"] == split)
        write_jsonl(os.path.join(out, f"{split}.jsonl"), [rows[i] for i in ids])
    agree = agreement_ids()
    write_jsonl(os.path.join(out, "agreement", "first.jsonl"), [rows[i] for i in agree])
    if second:
        write_jsonl(os.path.join(out, "agreement", "second.jsonl"), [second[i] for i in agree if i in second])
    if extra:
        ids = sorted(extra)
        write_jsonl(os.path.join(out, "agreement", "extra-first.jsonl"), [rows[i] for i in ids])
        write_jsonl(os.path.join(out, "agreement", "extra-second.jsonl"), [extra[i] for i in ids])
    print(f"build: {len(rows)} documents; {len(p.warnings)} warnings (ann.py check shows them)")
    return 0


def set_ids(name):
    d = draw()
    if name in ("train", "test"):
        return sorted(r["id"] for r in d if r["split"] == name)
    if name == "all":
        return sorted(r["id"] for r in d)
    if name == "agreement":
        return agreement_ids()
    if name == "pending":  # the held-out third round, built as ann/pending/README.md says
        with open(os.path.join(EVAL, "ann", "pending", "gold.jsonl"), encoding="utf-8") as f:
            return sorted(json.loads(l)["doc_id"] for l in f if l.strip())
    b = batches()
    ids = sorted(i for i, bb in b.items() if bb == name)
    if not ids:
        raise SystemExit(f"no set or batch {name!r}")
    return ids


def cmd_docs(name):
    c = corpus()
    out = sys.stdout
    for i in set_ids(name):
        d = c[i]
        out.write(json.dumps({k: d[k] for k in ("id", "title", "text", "lang", "published", "source", "url")
                              if k in d}, ensure_ascii=False) + "\n")
    return 0


def cmd_show(args):
    c = corpus()
    ids = []
    for a in args:
        ids.extend([a] if a in c else set_ids(a))
    b = batches()
    for i in ids:
        d = c[i]
        pub = date.fromisoformat(d["published"][:10])
        days = "  ".join(f"{WEEKDAYS_AR[(pub - timedelta(k)).weekday()]}={(pub - timedelta(k)).isoformat()}"
                         for k in range(7))
        print(f"=== {i}   published {pub} ({WEEKDAYS_EN[pub.weekday()]} {WEEKDAYS_AR[pub.weekday()]})   "
              f"{d.get('source')}   batch {b.get(i, '-')}")
        print(f"    days: {days}   أمس={(pub - timedelta(1)).isoformat()}")
        print(d["text"])
        print()
    return 0


def score_hits(q, names):
    best = 0
    for n in names:
        f = fold(n)
        if not f:
            continue
        if f == q or strip_article(f) == strip_article(q):
            best = max(best, 3)
        elif q in f.split() or strip_article(q) in strip_article(f).split():
            best = max(best, 2)
        elif q in f:
            best = max(best, 1)
    return best


def cmd_place(query):
    refs, q = Refs(), fold(query)
    hits = []
    for k, r in refs.places.items():
        s = score_hits(q, [r["name"], r.get("name_ar", "")] + r.get("aliases", []))
        if s:
            hits.append((s, 10 ** 12, f"@{k}", {x: y for x, y in r.items() if x != "key"}))
    for kind, row in refs.gazetteer():
        names = [row["name"]] + (row.get("name_ar") or "").split("|") + (row.get("aliases") or "").split("|")
        s = score_hits(q, names)
        if not s:
            continue
        pop = int(row.get("population") or 0) if (row.get("population") or "").isdigit() else 0
        if kind == "country":
            ref, pop = f"@country:{row['country']}", 10 ** 11
        elif kind == "site":
            ref, pop = f"@site:{row['name']}", 10 ** 10
        else:
            ref = f"@gz:{row['id']}"
        hits.append((s, pop, ref, gaz_place(kind, row)))
    hits.sort(key=lambda h: (-h[0], -h[1]))
    for s, pop, ref, pl in hits[:25]:
        extra = f"pop {pop}" if pop < 10 ** 10 else ""
        print(f"{ref:<34} {json.dumps(pl, ensure_ascii=False)} {extra}")
    if not hits:
        print("no match; write the place inline with its coordinates")
    return 0


def cmd_actor(query):
    refs, q = Refs(), fold(query)
    hits = []
    for k, r in refs.actors.items():
        s = score_hits(q, [r["name"], r.get("name_ar", "")] + r.get("aliases", []))
        if s:
            hits.append((s, 1, f"@{k}", {x: y for x, y in r.items() if x != "key"}))
    for name, row in refs.dictionary().items():
        if row["kind"] == "GPE":
            continue  # a state as a whole: use @gov:XX and its kin
        names = [name, row["name_ar"]] + [a.lstrip("~") for a in row["aliases"].split("|")]
        s = score_hits(q, names)
        if s:
            hits.append((s, 0, f"@a:{name}", dict_actor(row)))
    for code, dem in refs.demonyms().items():
        s = score_hits(q, [dem["country"], dem["adj"]] + dem["ar"].split("|"))
        if s:
            for kind in ("gov", "mil", "police", "civ", "prot", "armed"):
                hits.append((s, -1, f"@{kind}:{code}", refs.generic(kind, code)))
    hits.sort(key=lambda h: (-h[0], -h[1]))
    for s, _, ref, a in hits[:30]:
        print(f"{ref:<34} {json.dumps(a, ensure_ascii=False)}")
    if not hits:
        print("no match; write the actor inline")
    return 0


def mention_spans(text, mentions):
    """The spans, as predictions give them, of gold mentions in text."""
    spans = []
    for m in mentions:
        pos, s, _ = find_mention(text, m)
        spans.append({"start": pos, "end": pos + len(s), "text": s})
    return spans


def aspred_rows(rows):
    """Gold rows as predictions: mentions become evidence spans; optional flags and alternatives go."""
    c = corpus()
    out = []
    for row in rows:
        text = c[row["doc_id"]]["text"]
        evs = []
        for e in row["events"]:
            spans = mention_spans(text, e["mentions"])
            p = {k: v for k, v in e.items() if k not in ("mentions", "optional") and not k.startswith("alt_")}
            p["trigger"], p["evidence"] = spans[0], spans
            evs.append(p)
        aggs = [{**{k: v for k, v in a.items() if k != "mentions"}, "evidence": mention_spans(text, a["mentions"])}
                for a in row.get("aggregates", [])]
        out.append({"doc_id": row["doc_id"], "events": evs, "aggregates": aggs})
    return out


def cmd_aspred(path):
    for row in aspred_rows(read_jsonl(path)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_stats(paths):
    from collections import Counter
    req, opt, docs, empty, aggs = Counter(), Counter(), 0, 0, 0
    for path in paths:
        for row in read_jsonl(path):
            docs += 1
            evs = row.get("events", [])
            aggs += len(row.get("aggregates", []))
            if not any(not e.get("optional") for e in evs):
                empty += 1
            for e in evs:
                (opt if e.get("optional") else req)[e["type"]] += 1
    print(f"{docs} documents; {empty} ({100 * empty / max(docs, 1):.1f}%) with no required event; "
          f"{sum(req.values())} required and {sum(opt.values())} optional events; {aggs} aggregates")
    print(f"{'type':<12}{'required':>9}{'optional':>9}")
    for t in sorted(TYPES, key=lambda t: (-req[t], t)):
        print(f"{t:<12}{req[t]:>9}{opt[t]:>9}")
    return 0


def cmd_agree(a_path, b_path):
    """Scores B as predictions against A as gold and A against B, with the referee's score.py."""
    import subprocess
    import tempfile
    a_rows, b_rows = read_jsonl(a_path), read_jsonl(b_path)
    ids = [r["doc_id"] for r in a_rows]
    if sorted(ids) != sorted(r["doc_id"] for r in b_rows):
        raise SystemExit("agree: the two files do not hold the same documents")
    c = corpus()
    score = os.path.join(SHARED, "eval", "score.py")
    with tempfile.TemporaryDirectory() as tmp:
        docs = os.path.join(tmp, "docs.jsonl")
        with open(docs, "w", encoding="utf-8") as f:
            for i in ids:
                f.write(json.dumps({"id": i, "text": c[i]["text"]}, ensure_ascii=False) + "\n")
        out = {}
        for name, gold, pred in (("B against A", a_path, b_path), ("A against B", b_path, a_path)):
            pp = os.path.join(tmp, "pred.jsonl")
            write_jsonl(pp, aspred_rows(read_jsonl(pred)))
            res = subprocess.run([sys.executable, score, "--json", "--docs", docs, "--gold", gold, "--pred", pp],
                                 capture_output=True, text=True, check=True)
            out[name] = json.loads(res.stdout)
    for name, s in out.items():
        print(f"{name}: events P {s['event_p']:.3f} R {s['event_r']:.3f} F1 {s['event_f1']:.3f}; "
              f"arguments P {s['arg_p']:.3f} R {s['arg_r']:.3f} F1 {s['arg_f1']:.3f}")
        print("  " + "  ".join(f"{k} {v['right']}/{v['predicted']}/{v['gold']}" for k, v in s["per_arg"].items()))
    return 0


REVIEW_FIELDS = ("date", "location", "actor", "target")


def cmd_precision(path):
    """The shares of a reviewed sample with the right type, and with type, date, place, actor and target all right."""
    from collections import Counter
    rows = read_jsonl(path)
    unreviewed = [r["n"] for r in rows if not r.get("review", {}).get("type")]
    if unreviewed:
        raise SystemExit(f"precision: {len(unreviewed)} events not reviewed yet, e.g. n={unreviewed[:5]}")
    n = len(rows)
    c, given = Counter(), Counter()
    type_ok = all_ok = 0
    for r in rows:
        v = r["review"]
        for f in ("type",) + REVIEW_FIELDS:
            c[(f, v[f])] += 1
        if v["type"] == "right":
            type_ok += 1
            for f in REVIEW_FIELDS:
                given[(f, v[f])] += 1
            if all(v[f] in ("right", "none") for f in REVIEW_FIELDS):
                all_ok += 1
    print(f"{n} events reviewed: type right {type_ok} ({100 * type_ok / n:.0f}%); "
          f"type, date, location, actor and target all right {all_ok} ({100 * all_ok / n:.0f}%)")
    print(f"{'field':<10}{'right':>7}{'wrong':>7}{'missing':>9}{'none':>6}   of the events with the right type: right/wrong/missing/none")
    for f in ("type",) + REVIEW_FIELDS:
        row = f"{f:<10}" + "".join(f"{c[(f, k)]:>{w}}" for k, w in (("right", 7), ("wrong", 7), ("missing", 9), ("none", 6)))
        if f != "type":
            row += "   " + "/".join(str(given[(f, k)]) for k in ("right", "wrong", "missing", "none"))
        print(row)
    by_type = Counter((r["event"]["type"], r["review"]["type"] == "right") for r in rows)
    print("by type (right/drawn): " + ", ".join(
        f"{t} {by_type[(t, True)]}/{by_type[(t, True)] + by_type[(t, False)]}"
        for t in sorted({t for t, _ in by_type}, key=lambda t: -(by_type[(t, True)] + by_type[(t, False)]))))
    return 0


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help", "help"):
        print(__doc__)
        return 0 if len(argv) >= 2 else 2
    cmd, args = argv[1], argv[2:]
    if cmd == "show" and args:
        return cmd_show(args)
    if cmd == "place" and args:
        return cmd_place(" ".join(args))
    if cmd == "actor" and args:
        return cmd_actor(" ".join(args))
    if cmd == "check" and args:
        return cmd_check(args)
    if cmd == "build" and len(args) <= 1:
        return cmd_build(*args)
    if cmd == "docs" and len(args) == 1:
        return cmd_docs(args[0])
    if cmd == "aspred" and len(args) == 1:
        return cmd_aspred(args[0])
    if cmd == "stats" and args:
        return cmd_stats(args)
    if cmd == "agree" and len(args) == 2:
        return cmd_agree(*args)
    if cmd == "precision" and len(args) == 1:
        return cmd_precision(args[0])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv))
