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
import gzip
import hashlib
import json
import os
import re
import sys
import unicodedata
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.path.join(ROOT, "eval")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.environ.get("HADATH_CORPUS", os.path.join(SHARED, "corpus", "ant-news.jsonl.gz"))

TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST", "THREATEN", "ACCUSE", "REJECT", "REQUEST",
         "RETREAT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "AGREE"}
METHODS = {
    "ASSAULT": set("""ballistic_missile cruise_missile missile rocket mortar artillery airstrike drone naval gunfire
        clash ied car_bomb suicide_bombing grenade landmine stabbing beating arson raid assassination abduction
        sexual_violence cyber""".split()),
    "COERCE": set("arrest detention seizure demolition deportation blockade curfew censorship".split()),
    "PROTEST": set("demonstration riot strike hunger_strike sit_in boycott".split()),
    "CONSULT": set("meeting visit call negotiation".split()),
}
SECTORS = {"government", "military", "police", "armed_group", "party", "civilians", "protesters", "igo", "ngo",
           "media", "business", "other"}
PRECISIONS = {"site", "city", "district", "admin1", "country", "region", "sea"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to", "unknown"}
MODALITIES = {"asserted", "future", "negated", "hypothetical"}
DATE_PRECISIONS = {"day", "week", "month", "year", "unknown"}
INTERCEPTED = {"none", "some", "most", "all"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

EVENT_KEYS = ["type", "optional", "method", "alt_methods", "date", "date_end", "date_precision", "alt_dates",
              "location", "alt_locations", "actor", "alt_actors", "target", "alt_targets", "killed", "injured",
              "claimed_by", "alt_claimed_bys", "blamed_on", "reported_by", "intercepted", "modality", "mentions"]
ACTOR_KEYS = {"name", "name_ar", "aliases", "country", "sector", "generic", "backed_by"}
PLACE_KEYS = {"name", "name_ar", "aliases", "country", "admin1", "lat", "lon", "precision"}
AGG_KEYS = ["type", "count", "date", "date_end", "date_precision", "countries", "actor", "target", "mentions"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------- data

def read_tsv(path):
    """Rows of a tab-separated file with a header line after its # comments, as dicts."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise SystemExit(f"{path}:{n}: not JSON: {e}")
    return out


def draw():
    """The drawn documents, from eval/draw.tsv, as dicts with id, source, section, published, split."""
    return read_tsv(os.path.join(EVAL, "draw.tsv"))


def batches():
    """Document id -> annotation batch, from eval/draw.tsv."""
    return {r["id"]: r["batch"] for r in draw()}


def agreement_ids():
    """The test documents annotated twice, from eval/draw.tsv."""
    return sorted(r["id"] for r in draw() if r["agree"] == "yes")


_corpus = None


def corpus():
    """Every corpus document by id (the drawn ones are all there is to annotate)."""
    global _corpus
    if _corpus is None:
        _corpus = {}
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                _corpus[d["id"]] = d
    return _corpus


def fold(s):
    """Fold case, diacritics, Arabic letter variants and punctuation, for lookups."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub("[\u0640\u064b-\u065f\u0670]", "", s)
    s = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", s)
    s = s.replace("\u0649", "\u064a").replace("\u0629", "\u0647")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def strip_article(s):
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())


# ---------------------------------------------------------------- references

class Refs:
    """Resolves actor and place references to full dicts."""

    def __init__(self):
        reg = os.path.join(EVAL, "registry")
        self.actors = {r["key"]: r for r in read_jsonl(os.path.join(reg, "actors.jsonl"))}
        self.places = {r["key"]: r for r in read_jsonl(os.path.join(reg, "places.jsonl"))}
        self._gaz = None
        self._dict = None
        self._dem = None

    def demonyms(self):
        if self._dem is None:
            self._dem = {r["code"]: r for r in read_tsv_noheader(
                os.path.join(ROOT, "actors", "data", "demonyms.tsv"), ["code", "country", "adj", "ar"])}
        return self._dem

    def gazetteer(self):
        """(kind, row) pairs of the repository's gazetteer."""
        if self._gaz is None:
            d = os.path.join(ROOT, "gazetteer", "data")
            self._gaz = ([("site", r) for r in read_tsv(os.path.join(d, "sites.tsv"))] +
                         [("country", r) for r in read_tsv(os.path.join(d, "countries.tsv"))] +
                         [("admin1", r) for r in read_tsv(os.path.join(d, "admin1.tsv"))] +
                         [("city", r) for r in read_tsv(os.path.join(d, "cities.tsv"))])
        return self._gaz

    def dictionary(self):
        """Named actors of actors/data/actors.tsv by canonical name."""
        if self._dict is None:
            cols = ["name", "name_ar", "country", "sector", "kind", "backed_by", "org", "title", "aliases"]
            self._dict = {r["name"]: r for r in read_tsv_noheader(os.path.join(ROOT, "actors", "data", "actors.tsv"), cols)}
        return self._dict

    # actors

    def generic(self, kind, code):
        dem = self.demonyms().get(code)
        if dem is None:
            raise KeyError(f"no demonym for country {code!r}")
        adj, country = dem["adj"], dem["country"]
        table = {
            "gov": (f"{adj} government", "government", [country, f"{adj} authorities"]),
            "mil": (f"{adj} military", "military", [f"{adj} army", f"{adj} forces", f"{adj} armed forces"]),
            "police": (f"{adj} police", "police", [f"{adj} security services"]),
            "civ": (f"{adj} civilians", "civilians", [f"{adj} people", f"{adj} citizens"]),
            "prot": (f"{adj} protesters", "protesters", [f"{adj} demonstrators"]),
            "armed": (f"Militants in {country}", "armed_group", [f"{adj} militants", f"{adj} armed groups"]),
        }
        if kind not in table:
            raise KeyError(f"generic kind {kind!r}: one of {sorted(table)}")
        name, sector, aliases = table[kind]
        for r in self.actors.values():  # the registry's entry of that name, with its aliases, wins
            if r["name"] == name and r.get("country") == code and r.get("sector") == sector:
                return {k: v for k, v in r.items() if k != "key"}
        return {"name": name, "aliases": aliases, "country": code, "sector": sector, "generic": True}

    def actor(self, ref):
        if isinstance(ref, dict) and "ref" in ref:
            base = dict(self.actor(ref["ref"]))
            base.update({k: v for k, v in ref.items() if k != "ref"})
            return base
        if not isinstance(ref, str):
            return ref
        if not ref.startswith("@"):
            raise KeyError(f"actor {ref!r}: a reference starts with @")
        r = ref[1:]
        m = re.fullmatch(r"(gov|mil|police|civ|prot|armed):([A-Z]{2})", r)
        if m:
            return self.generic(m.group(1), m.group(2))
        if r.startswith("a:"):
            row = self.dictionary().get(r[2:])
            if row is None:
                raise KeyError(f"actor {ref!r}: not in actors/data/actors.tsv")
            return dict_actor(row)
        if r in self.actors:
            return {k: v for k, v in self.actors[r].items() if k != "key"}
        raise KeyError(f"actor {ref!r}: no such registry key")

    # places

    def place(self, ref):
        if isinstance(ref, dict) and "ref" in ref:
            base = dict(self.place(ref["ref"]))
            base.update({k: v for k, v in ref.items() if k != "ref"})
            return base
        if not isinstance(ref, str):
            return ref
        if not ref.startswith("@"):
            raise KeyError(f"place {ref!r}: a reference starts with @")
        r = ref[1:]
        if r.startswith("country:"):
            code = r[len("country:"):]
            for kind, row in self.gazetteer():
                if kind == "country" and row["country"] == code:
                    return gaz_place(kind, row)
            raise KeyError(f"place {ref!r}: no such country code")
        if r.startswith("gz:"):
            gid = r[3:]
            for kind, row in self.gazetteer():
                if kind in ("city", "admin1") and row.get("id") == gid:
                    return gaz_place(kind, row)
            raise KeyError(f"place {ref!r}: no GeoNames city or province with that id in gazetteer/data")
        if r.startswith("site:"):
            name = r[5:]
            for kind, row in self.gazetteer():
                if kind == "site" and row["name"] == name:
                    return gaz_place(kind, row)
            raise KeyError(f"place {ref!r}: not in gazetteer/data/sites.tsv")
        if r in self.places:
            return {k: v for k, v in self.places[r].items() if k != "key"}
        raise KeyError(f"place {ref!r}: no such registry key")


def read_tsv_noheader(path, cols):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            out.append(dict(zip(cols, line.split("\t"))))
    return out


def dict_actor(row):
    """A gold actor from a row of actors/data/actors.tsv (weak ~aliases and Arabic aliases left out)."""
    a = {"name": row["name"]}
    if row["name_ar"] != "-":
        a["name_ar"] = row["name_ar"]
    al = [x for x in (row.get("aliases") or "-").split("|") if x not in ("-", "") and not x.startswith("~")
          and not re.search("[\u0600-\u06ff]", x)]
    if al:
        a["aliases"] = al
    a["country"] = None if row["country"] == "-" else row["country"]
    a["sector"] = row["sector"]
    if row.get("backed_by", "-") != "-":
        a["backed_by"] = row["backed_by"].split("|")
    return a


def gaz_place(kind, row):
    """A gold place from a gazetteer row."""
    prec = {"country": "country", "admin1": "admin1", "city": "city"}.get(kind) or row.get("precision") or "site"
    p = {"name": row["name"]}
    ar = (row.get("name_ar") or "").split("|")[0]
    if ar and ar != "-":
        p["name_ar"] = ar
    p["country"] = row["country"] if row.get("country") not in ("", "-", None) else None
    if row.get("admin1") and row["admin1"] != "-":
        p["admin1"] = row["admin1"]
    if prec not in ("country", "region"):
        p["lat"], p["lon"] = round(float(row["lat"]), 4), round(float(row["lon"]), 4)
    p["precision"] = prec
    return p


# ---------------------------------------------------------------- expand and check

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


def drawn_docs():
    ids = {r["id"] for r in draw()}
    c = corpus()
    return {i: c[i] for i in ids}


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


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


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
    for e in p.errors:
        print("error:", e, file=sys.stderr)
    if p.errors:
        print(f"build: {len(p.errors)} errors; nothing written", file=sys.stderr)
        return 1
    for row in list(rows.values()) + list(second.values()):
        for e in row["events"] + row["aggregates"]:
            e["mentions"] = plain_first(e["mentions"])
    for split in ("train", "test"):
        ids = sorted(r["id"] for r in draw() if r["split"] == split)
        write_jsonl(os.path.join(out, f"{split}.jsonl"), [rows[i] for i in ids])
    agree = agreement_ids()
    write_jsonl(os.path.join(out, "agreement", "first.jsonl"), [rows[i] for i in agree])
    if second:
        write_jsonl(os.path.join(out, "agreement", "second.jsonl"), [second[i] for i in agree if i in second])
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


def cmd_aspred(path):
    c = corpus()
    for row in read_jsonl(path):
        text = c[row["doc_id"]]["text"]
        evs = []
        for e in row["events"]:
            spans = []
            for m in e["mentions"]:
                pos, s, _ = find_mention(text, m)
                spans.append({"start": pos, "end": pos + len(s), "text": s})
            p = {k: v for k, v in e.items() if k not in ("mentions", "optional") and not k.startswith("alt_")}
            p["trigger"], p["evidence"] = spans[0], spans
            evs.append(p)
        aggs = []
        for a in row.get("aggregates", []):
            spans = []
            for m in a["mentions"]:
                pos, s, _ = find_mention(text, m)
                spans.append({"start": pos, "end": pos + len(s), "text": s})
            aggs.append({**{k: v for k, v in a.items() if k != "mentions"}, "evidence": spans})
        print(json.dumps({"doc_id": row["doc_id"], "events": evs, "aggregates": aggs}, ensure_ascii=False))
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
            with open(pp, "w", encoding="utf-8") as f:
                old, sys.stdout = sys.stdout, f
                try:
                    cmd_aspred(pred)
                finally:
                    sys.stdout = old
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
