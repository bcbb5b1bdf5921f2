"""Load the actor knowledge base from the data files in `marsad/lexicons/actors/`.

Two files, merged at load time:

- `curated_*.yaml`: entries written by hand (office holders with dated roles, ministries,
  parliaments, international organisations, news agencies and outlets). Authoritative.
- `generated.tsv`: produced by `scripts/build_kb.py` from public gazetteers (countries, capitals,
  international organisations, the PETRARCH Arabic actor dictionary, NewsFANE train names).

An entry of `generated.tsv` with the id of a curated entry adds its aliases to it; otherwise
curated fields win. Arabic aliases written with a leading `~` are *context aliases*: too
ambiguous to match alone ("الوطن" is "the homeland" before it is a newspaper); the loader turns
them into the cue phrases that make them unambiguous ("صحيفة الوطن").
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from pathlib import Path

import yaml

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import tokenize
from marsad.kb.model import Actor, Role

DATA_DIR = Path(str(resources.files("marsad.lexicons"))) / "actors"
TSV_FIELDS = ("id", "type", "kind", "name_ar", "name_en", "aliases_ar", "aliases_en", "country",
              "demonyms_ar", "capital", "roles", "origin")
# cue words that make a context alias of an outlet/agency unambiguous
OUTLET_CUES = {
    "outlet": ("صحيفة", "جريدة", "موقع", "قناة", "مجلة", "شبكة"),
    "agency": ("وكالة", "وكالة أنباء"),
}
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=100_000)
def alias_key(phrase: str) -> str:
    """The match key of a phrase: token match keys joined by single spaces.

    Built with the same tokenizer the layers use, so "أ.ف.ب" and "أ. ف. ب" give one key.
    Memoised: the layers ask for the same names article after article.
    """
    return " ".join(t.key for t in tokenize(phrase))


def _split(field: str) -> list[str]:
    return [x.strip() for x in field.split("|") if x.strip()] if field else []


def _read_tsv(path: Path) -> list[Actor]:
    out: list[Actor] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t",
                          quoting=csv.QUOTE_NONE)
        header = next(rows, None)
        if header is None:
            return out
        col = {name: i for i, name in enumerate(header)}
        for row in rows:
            if not row or len(row) < len(header):
                continue
            rec = {k: row[i] for k, i in col.items()}
            get = rec.get
            out.append(Actor(
                id=get("id", ""), type=get("type", ""), kind=get("kind", ""), name_ar=get("name_ar", ""),
                name_en=get("name_en", "") or None, aliases_ar=_split(get("aliases_ar", "")),
                aliases_en=_split(get("aliases_en", "")), country=get("country", "") or None,
                demonyms_ar=_split(get("demonyms_ar", "")), capital=get("capital", "") or None,
                roles=[Role.parse(r) for r in _split(get("roles", ""))], origin=get("origin", ""),
            ))
    return out


def _as_list(v) -> list[str]:
    if not v:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v]


def read_curated(path: Path) -> list[Actor]:
    """Entries of a curated YAML file (a list of mappings; see the file header)."""
    if not path.exists():
        return []
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or []
    out: list[Actor] = []
    for d in data:
        ar = _as_list(d.get("ar"))
        en = _as_list(d.get("en"))
        kind = d.get("kind", "")
        strong = [a for a in ar if not a.startswith("~")]
        for a in ar:
            if a.startswith("~"):
                strong.extend(f"{cue} {a[1:]}" for cue in OUTLET_CUES.get(kind, ("صحيفة",)))
        roles = []
        for r in _as_list(d.get("roles")):
            role = Role.parse(r)
            out_title = d.get("title_ar")
            roles.append(Role(role.role, role.country, role.org, role.start, role.end, out_title,
                              role.uncertain_end))
        out.append(Actor(
            id=d["id"], type=d["type"], kind=kind, name_ar=strong[0] if strong else "",
            name_en=en[0] if en else None, aliases_ar=strong[1:], aliases_en=en[1:],
            country=d.get("country"), demonyms_ar=_as_list(d.get("demonyms")),
            capital=d.get("capital"), roles=roles, origin=d.get("origin", "curated"),
            context_ar=[a[1:] for a in ar if a.startswith("~")],
        ))
    return out


def _merge(base: Actor, extra: Actor) -> None:
    """Add what `extra` knows to `base` (which keeps its own scalar fields)."""
    for a in extra.all_ar():
        if a not in base.aliases_ar and a != base.name_ar:
            base.aliases_ar.append(a)
    for a in [extra.name_en, *extra.aliases_en]:
        if a and a != base.name_en and a not in base.aliases_en:
            base.aliases_en.append(a)
    for d in extra.demonyms_ar:
        if d not in base.demonyms_ar:
            base.demonyms_ar.append(d)
    base.capital = base.capital or extra.capital
    base.country = base.country or extra.country
    base.name_en = base.name_en or extra.name_en
    known = {r.to_str() for r in base.roles}
    base.roles.extend(r for r in extra.roles if r.to_str() not in known)
    if extra.origin and extra.origin not in base.origin.split("+"):
        base.origin = f"{base.origin}+{extra.origin}" if base.origin else extra.origin


class KnowledgeBase:
    """The actors, indexed by id, by alias match key, and by role."""

    def __init__(self, actors: list[Actor]) -> None:
        self._by_id: dict[str, Actor] = {}
        for a in actors:
            if a.id in self._by_id:
                _merge(self._by_id[a.id], a)
            else:
                self._by_id[a.id] = a
        self._by_key: dict[str, list[Actor]] = {}
        self._demonyms: dict[str, Actor] = {}
        self._by_role: dict[str, list[Actor]] = {}
        self._merge_clubs_with_country()
        for a in self._by_id.values():
            for s in a.all_ar():
                self._index(alias_key(s), a)
            for s in [a.name_en, *a.aliases_en]:
                if s:
                    self._index(match_key(s), a)
            for d in a.demonyms_ar:
                self._demonyms.setdefault(alias_key(d), a)
            for role in dict.fromkeys(r.role for r in a.roles):  # once per office, however many terms
                self._by_role.setdefault(role, []).append(a)

    def _merge_clubs_with_country(self) -> None:
        """"بورتو البرتغالي", "ميلان الايطالي": a generated club entry named by another club's name and
        its country's adjective is that club (the press adds the adjective after any foreign club's
        name); its names become the club's aliases. Clubs only: "أبو حمزة المصري" is a man's name,
        "توتال الفرنسية" a company the KB has under that name alone or not at all."""
        adjectives = {alias_key(d) for a in self._by_id.values() for d in a.demonyms_ar}
        clubs = {alias_key(a.name_ar): a for a in self._by_id.values() if a.kind == "sports_club" and a.name_ar}
        for key, long in list(clubs.items()):
            name, _, last = key.rpartition(" ")
            club = clubs.get(name)
            if not name or name.startswith("ال") or last not in adjectives or club is None or club is long \
                    or "curated" in long.origin:
                continue  # "الاتحاد الكويتي" is Kuwait's football association, not the club "الاتحاد"
            _merge(club, long)
            del self._by_id[long.id]

    def _index(self, key: str, actor: Actor) -> None:
        if not key:
            return
        lst = self._by_key.setdefault(key, [])
        if actor not in lst:
            lst.append(actor)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return iter(self._by_id.values())

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def lookup(self, key: str) -> list[Actor]:
        """Actors with an alias whose match key is `key` (curated entries first)."""
        return list(self._by_key.get(key, ()))

    def demonym(self, key: str) -> Actor | None:
        """The country whose adjective (match key, e.g. "الروسي", "الامريكيه") is `key`."""
        return self._demonyms.get(key)

    def demonym_keys(self) -> dict[str, Actor]:
        return dict(self._demonyms)

    def gazetteer(self) -> dict[str, str]:
        """Arabic alias match key -> entity type, for every alias of every actor."""
        out: dict[str, str] = {}
        for key, actors in self._by_key.items():
            if key.isascii():
                continue
            out.setdefault(key, actors[0].type)
        return out

    def agencies(self) -> list[Actor]:
        """News agencies and outlets."""
        return [a for a in self._by_id.values() if a.kind in ("agency", "outlet")]

    def holders(self, role: str, country: str | None = None, on: str | None = None,
                org: str | None = None) -> list[Actor]:
        """Actors holding `role` of `country` (ISO3) or of `org` (actor id) on ISO date `on`.

        With `on` None every holder ever recorded is returned; with a date, holders whose role
        interval contains it, latest start first.
        """
        found: list[tuple[str, Actor]] = []
        for a in self._by_role.get(role, ()):
            for r in a.roles:
                if r.role != role or not r.valid_on(on):
                    continue
                if country is not None and r.country != country and r.org != country:
                    continue
                if org is not None and r.org != org:
                    continue
                found.append((r.start or "", a))
                break
        found.sort(key=lambda x: x[0], reverse=True)
        return [a for _, a in found]


def load_files(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    actors: list[Actor] = []
    for path in sorted(data_dir.glob("curated*.yaml")):
        actors += read_curated(path)
    actors += _read_tsv(data_dir / "generated.tsv")
    return KnowledgeBase(actors)


@functools.lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    return load_files()
