"""Expanding annotation files into gold records and checking them: the checks of check_gold.py and more."""
import json
import os
import re
from datetime import date, timedelta

from evaldata import *


class Problems:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def find_mention(text, m):
    nth, s = (m.get("nth", 0), m.get("text")) if isinstance(m, dict) else (0, m)
    if not isinstance(s, str) or not s:
        return None, s, nth
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            return None, s, nth
    return pos, s, nth


def check_actor(a, where, p):
    if not isinstance(a, dict) or not a.get("name"):
        p.err(where, "actor needs a name")
        return
    for k in a:
        if k not in ACTOR_KEYS:
            p.err(where, f"unknown actor field {k!r}")
    if a.get("sector") not in SECTORS:
        p.err(where, f"sector {a.get('sector')!r}")
    c = a.get("country")
    if c is not None and not re.fullmatch(r"[A-Z]{2}", str(c)):
        p.err(where, f"country {c!r}")
    if "aliases" in a and not (isinstance(a["aliases"], list) and all(isinstance(x, str) for x in a["aliases"])):
        p.err(where, "aliases must be a list of strings")


def check_place(pl, where, p):
    if not isinstance(pl, dict) or not pl.get("name"):
        p.err(where, "place needs a name")
        return
    for k in pl:
        if k not in PLACE_KEYS:
            p.err(where, f"unknown place field {k!r}")
    if pl.get("precision") not in PRECISIONS:
        p.err(where, f"precision {pl.get('precision')!r}")
    if pl.get("precision") not in ("country", "region"):
        try:
            if not (-90 <= float(pl["lat"]) <= 90 and -180 <= float(pl["lon"]) <= 180):
                p.err(where, "lat/lon out of range")
        except (KeyError, TypeError, ValueError):
            p.err(where, f"{pl.get('precision')} place needs numeric lat and lon")
    c = pl.get("country")
    if c is not None and not re.fullmatch(r"[A-Z]{2}", str(c)):
        p.err(where, f"country {c!r}")
    if pl.get("precision") == "country" and not c:
        p.err(where, "a country-level place needs its country code")


def check_count(c, where, p):
    if not isinstance(c, dict) or c.get("qualifier") not in QUALIFIERS:
        p.err(where, f"count {c!r}: needs a qualifier in {sorted(QUALIFIERS)}")
        return
    n = c.get("count")
    if n is None and c["qualifier"] != "unknown":
        p.err(where, "count null needs qualifier unknown")
    if n is not None and (not isinstance(n, int) or n < 0):
        p.err(where, f"count {n!r} must be a whole number")
    if n is not None and c["qualifier"] == "unknown":
        p.err(where, "qualifier unknown goes with count null")


def date_precision_of(d):
    return {10: "day", 7: "month", 4: "year"}.get(len(d or ""), "unknown")


def expand_event(ev, refs, where, p, kind="event"):
    """The event with references expanded and keys in the gold order; problems go to p."""
    out = {}
    keys = EVENT_KEYS if kind == "event" else AGG_KEYS
    for k in ev:
        if k not in keys and k != "note":
            p.err(where, f"unknown field {k!r}")
    for k in keys:
        if k not in ev:
            continue
        v = ev[k]
        try:
            if k in ("actor", "target", "claimed_by", "blamed_on"):
                v = None if v is None else refs.actor(v)
            elif k in ("alt_actors", "alt_targets", "alt_claimed_bys"):
                v = [refs.actor(x) for x in v]
            elif k == "location":
                v = None if v is None else refs.place(v)
            elif k == "alt_locations":
                v = [refs.place(x) for x in v]
        except KeyError as e:
            p.err(where, str(e.args[0]))
            continue
        if v is None and k != "count":
            continue
        out[k] = v
    if kind == "event" and out.get("date") and "date_precision" not in out:
        # put the derived precision where the gold order wants it
        prec = "week" if out.get("date_end") and len(out["date"]) == 10 and week_span(out) else date_precision_of(out["date"])
        ordered = {}
        for k in EVENT_KEYS:
            if k == "date_precision":
                ordered[k] = prec
            elif k in out:
                ordered[k] = out[k]
        out = ordered
    if kind == "event" and out.get("date_precision") == "week" and out.get("date_end"):
        try:  # every day of a week span is a defensible date
            a, b = date.fromisoformat(out["date"]), date.fromisoformat(out["date_end"])
            alts = list(out.get("alt_dates", []))
            for k in range(1, (b - a).days + 1):
                d = (a + timedelta(k)).isoformat()
                if d not in alts:
                    alts.append(d)
            if alts:
                out = {k: v for k, v in out.items()}
                out["alt_dates"] = alts
                out = {k: out[k] for k in EVENT_KEYS if k in out}
        except ValueError:
            pass
    return out


def plain_first(ms):
    """Mentions with {"text": s, "nth": 0} written as s, and a plain string first when there is one
    (score.py reads the first mention as a string when it reports a miss)."""
    ms = [m["text"] if isinstance(m, dict) and m.get("nth", 0) == 0 and isinstance(m.get("text"), str) else m
          for m in ms]
    for i, m in enumerate(ms):
        if isinstance(m, str):
            return [m] + ms[:i] + ms[i + 1:]
    return ms


def week_span(ev):
    try:
        a, b = date.fromisoformat(ev["date"]), date.fromisoformat(ev["date_end"])
        return (b - a).days == 6
    except ValueError:
        return False


def check_event(ev, text, published, where, p, kind="event"):
    t = ev.get("type")
    if t not in TYPES:
        p.err(where, f"type {t!r}")
    ms = ev.get("mentions")
    if not ms or not isinstance(ms, list):
        p.err(where, "no mentions")
        ms = []
    for m in ms:
        pos, s, nth = find_mention(text, m)
        if pos is None:
            p.err(where, f"mention not in text (nth {nth}): {s!r}")
            continue
        n = len(s.split())
        if n < 2 or n > 12:
            p.warn(where, f"mention of {n} words (want 2 to 12): {s!r}")
        if not isinstance(m, dict) and text.count(s) > 1:
            p.warn(where, f"mention occurs {text.count(s)} times; the first is used (give nth to choose): {s!r}")
    for f in ("date", "date_end"):
        d = ev.get(f)
        if d is not None and (not isinstance(d, str) or not DATE.match(d)):
            p.err(where, f"{f} {d!r}")
    for d in ev.get("alt_dates", []) or []:
        if not isinstance(d, str) or not DATE.match(d):
            p.err(where, f"alt_dates {d!r}")
    if kind == "aggregate":
        if ev.get("count") is not None:
            check_count(ev["count"], f"{where}.count", p)
        for f in ("actor", "target"):
            if ev.get(f) is not None:
                check_actor(ev[f], f"{where}.{f}", p)
        return
    if ev.get("date_end") and not ev.get("date"):
        p.err(where, "date_end without date")
    if ev.get("date") and ev.get("date_end") and ev["date_end"] < ev["date"]:
        p.err(where, "date_end before date")
    if ev.get("date_precision") is not None and ev["date_precision"] not in DATE_PRECISIONS:
        p.err(where, f"date_precision {ev['date_precision']!r}")
    mod = ev.get("modality", "asserted")
    if mod not in MODALITIES:
        p.err(where, f"modality {mod!r}")
    if ev.get("date") and published and ev["date"][:len(ev["date"])] > published[:len(ev["date"])] and mod == "asserted":
        p.warn(where, f"date {ev['date']} after publication {published} for an asserted event")
    if "optional" in ev and not isinstance(ev["optional"], bool):
        p.err(where, "optional must be true or false")
    meth = ev.get("method")
    allowed = METHODS.get(t, set())
    if meth is not None and meth not in allowed:
        p.err(where, f"method {meth!r} is not one of {t}'s methods {sorted(allowed) or '(none)'}")
    for am in ev.get("alt_methods", []) or []:
        if am not in allowed:
            p.err(where, f"alt method {am!r} is not one of {t}'s methods")
    if ev.get("intercepted") is not None and ev["intercepted"] not in INTERCEPTED:
        p.err(where, f"intercepted {ev['intercepted']!r}")
    for f in ("actor", "target", "claimed_by", "blamed_on"):
        if ev.get(f) is not None:
            check_actor(ev[f], f"{where}.{f}", p)
    for f in ("alt_actors", "alt_targets", "alt_claimed_bys"):
        for a in ev.get(f, []) or []:
            check_actor(a, f"{where}.{f}", p)
    if ev.get("location") is not None:
        check_place(ev["location"], f"{where}.location", p)
    for pl in ev.get("alt_locations", []) or []:
        check_place(pl, f"{where}.alt_location", p)
    for f in ("killed", "injured"):
        if ev.get(f) is not None:
            check_count(ev[f], f"{where}.{f}", p)
    rb = ev.get("reported_by")
    if rb is not None and not (isinstance(rb, list) and all(isinstance(x, str) for x in rb)):
        p.err(where, "reported_by must be a list of strings")


def expand_file(path, refs, p, docs_by_id):
    """The expanded rows of one annotation file; problems go to p."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where0 = f"{os.path.relpath(path)}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                p.err(where0, f"not JSON: {e}")
                continue
            did = row.get("doc_id")
            doc = docs_by_id.get(did)
            if doc is None:
                p.err(where0, f"doc {did!r} is not among the drawn documents")
                continue
            for k in row:
                if k not in ("doc_id", "events", "aggregates", "note"):
                    p.err(where0, f"unknown field {k!r}")
            out = {"doc_id": did, "events": [], "aggregates": []}
            spans = {}
            for i, ev in enumerate(row.get("events", [])):
                w = f"{did}#{i}"
                e = expand_event(ev, refs, w, p)
                check_event(e, doc["text"], doc.get("published"), w, p)
                out["events"].append(e)
                for m in e.get("mentions", []):
                    pos, s, _ = find_mention(doc["text"], m)
                    if pos is not None:
                        for (t2, a, b, j) in spans.get(e.get("type"), []):
                            if a < pos + len(s) and pos < b and j != i:
                                p.warn(w, f"mention {s!r} overlaps a mention of {did}#{j}, also {e.get('type')}: one happening?")
                        spans.setdefault(e.get("type"), []).append((e.get("type"), pos, pos + len(s), i))
            for i, ag in enumerate(row.get("aggregates", [])):
                w = f"{did}#agg{i}"
                e = expand_event(ag, refs, w, p, kind="aggregate")
                check_event(e, doc["text"], doc.get("published"), w, p, kind="aggregate")
                out["aggregates"].append(e)
            rows.append(out)
    return rows
