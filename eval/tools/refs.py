"""References in annotation files ("@gov:IQ", "@gz:99072", "@houthis"), resolved to full actors and places
from the registry, the actor dictionary, the demonyms and the gazetteer of the repository."""
import re

from evaldata import *


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
        if not isinstance(ref, str):
            return with_override(ref, self.actor)
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
        if not isinstance(ref, str):
            return with_override(ref, self.place)
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


def with_override(value, resolve):
    """A written-out actor or place as it is; {"ref": "@...", fields...} resolved, with its fields winning."""
    if isinstance(value, dict) and "ref" in value:
        base = dict(resolve(value["ref"]))
        base.update({k: v for k, v in value.items() if k != "ref"})
        return base
    return value


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
