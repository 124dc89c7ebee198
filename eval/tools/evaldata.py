"""Paths, constants and readers the annotation tools share: the draw, the corpus, the repository's
tab-separated data, and the folding used for lookups."""
import gzip
import json
import os
import re
import unicodedata

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


def read_tsv_noheader(path, cols):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            out.append(dict(zip(cols, line.split("\t"))))
    return out


def write_jsonl(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def drawn_docs():
    ids = {r["id"] for r in draw()}
    c = corpus()
    return {i: c[i] for i in ids}
