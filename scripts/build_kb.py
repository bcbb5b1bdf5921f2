#!/usr/bin/env python3
"""Build the generated part of the actor knowledge base from the public data folder.

    .venv/bin/python scripts/build_kb.py ../shared/data [--out src/marsad/lexicons/actors/generated.tsv]

Sources (all "train" use in ../shared/data/MANIFEST.md):
- gazetteers/countries/derived_countries_ar.tsv (mledoze/countries + CLDR Arabic names, ODbL):
  every country with its Arabic names, capital and ISO3 code; Arabic adjectives derived by rule.
- gazetteers/intl-orgs/general_list.yaml (supraverden, CC BY-SA 4.0): organisations with an
  Arabic name.
- lexicons/petrarch-arabic/actor_dict_ar_v4.txt (UniversalPetrarch, MIT): Arabic person names
  with CAMEO country codes and tenure dates (kept as generic "government" roles).
- ner/newsfane/NewsFANE_Gold_2014_train_only.txt (CC BY-SA 3.0): names annotated as persons,
  places and organisations in the train portion.
Curated entries (curated_*.yaml) win: a generated name already known to them is dropped, and a
country keeps its curated id. Never reads eval-only data.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.kb.loader import DATA_DIR, TSV_FIELDS, alias_key, read_curated  # noqa: E402
from marsad.kb.model import Actor, Role  # noqa: E402
from marsad.kb.romanize import romanize, slug  # noqa: E402
from marsad.lexicons.loader import words  # noqa: E402

PER_CLASSES = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
               "Businessperson", "Lawyer", "Engineer", "Police"}
LOC_CLASSES = {"Population-Center": "city", "State-or-Province": "region", "County-or-District": "region",
               "Continent": "region", "Water-Body": "region", "Land-Region-Natural": "region",
               "GPE-Cluster": "region", "Nation": "country"}
# "Government" names are mostly generic ("وزارة الداخلية", "الجيش"): whose they are depends on
# the article, so they are not KB actors.
ORG_CLASSES = {"Non-Governmental": "ngo", "Commercial": "company",
               "Sports": "sports_club", "Educational": "educational"}
# first words that make a PETRARCH entry a title or a group rather than a person's name
NOT_A_NAME = set("""وزير رئيس قوة قوات حركة مجلس وزارة جيش حزب جماعة شرطة سفير سفارة عاصمة أمين امين
جنرال ملك أمير امير شيخ حكومة منظمة اتحاد جامعة لجنة هيئة مكتب دولة مسؤول متحدث ناطق نائب قائد زعيم
مدير محافظ والي عضو أعضاء اعضاء مؤسسة شركة بنك مصرف صندوق مركز معهد محكمة نظام ديوان الديوان
قيادة جبهة تنظيم كتائب بيت ال ولي دار ميليشيا مليشيا مواطن مواطنين شعب سكان أهالي قبيلة عشيرة طائفة ولاية مقاطعة""".split())  # noqa: SIM905
RANKS = ("المشير", "الأميرة", "الشيخة", "الملكة", "السلطان", "السلطانة")
# adjectives whose feminine/plural does not follow the rule are curated instead
_NISBA_SKIP = {"USA", "GBR", "ARE", "SAU"}


def country_demonyms(name: str) -> list[str]:
    """"روسيا" -> ["الروسي", "الروسية"]; "اليابان" -> ["الياباني", "اليابانية"]. One-word names only."""
    if " " in name or "-" in name or "(" in name:
        return []
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith("ة"):
        stem = stem[:-1]
    elif stem.endswith("يا"):
        stem = stem[:-1]
        stem = stem[:-1] if stem.endswith("ي") else stem
    elif stem.endswith("ا"):
        stem = stem[:-1]
    if len(stem) < 2:
        return []
    return [f"ال{stem}ي", f"ال{stem}ية"]


def build_countries(data: Path, curated: list[Actor]) -> list[Actor]:
    by_iso = {a.country: a for a in curated if a.kind == "country" and a.country}
    cities_en = {a.name_en: a.id for a in curated if a.kind == "city" and a.name_en}
    out: list[Actor] = []
    path = data / "gazetteers/countries/derived_countries_ar.tsv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso3 = row["cca3"]
            names = []
            for k in ("name_ar_cldr49", "name_ar_common_mledoze", "name_ar_official_mledoze"):
                n = (row.get(k) or "").strip()
                if n and n not in names and " - " not in n:
                    names.append(n)
            if not names:
                continue
            cur = by_iso.get(iso3)
            aid = cur.id if cur else f"marsad:loc/{slug(row['name_en_common'])}"
            demonyms = [] if iso3 in _NISBA_SKIP or (cur and cur.demonyms_ar) else country_demonyms(names[0])
            out.append(Actor(
                id=aid, type="LOC", kind="country", name_ar=names[0], name_en=row["name_en_common"],
                aliases_ar=names[1:], aliases_en=[row["name_en_official"]] if row["name_en_official"] != row["name_en_common"] else [],
                country=iso3, demonyms_ar=demonyms, capital=cities_en.get(row.get("capital_en") or ""),
                origin="countries",
            ))
    return out


def build_intl_orgs(data: Path) -> list[Actor]:
    raw = yaml.load((data / "gazetteers/intl-orgs/general_list.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out: list[Actor] = []
    for key, d in raw.items():
        ar = (d or {}).get("Name_ar")
        if not ar:
            continue
        en = d.get("Name_en") or key
        abbr = d.get("Abbreviation_en")
        out.append(Actor(id=f"marsad:org/{slug(en)}", type="ORG", kind="igo", name_ar=str(ar).strip(),
                         name_en=en, aliases_en=[abbr] if abbr else [], origin="intl-orgs"))
    return out


_PETR_DATE = re.compile(r"\[(\w+)\s*([<>]?)\s*(\d{8})?(?:-(\d{8}))?\]")


def _iso(d: str | None) -> str | None:
    return f"{d[:4]}-{d[4:6]}-{d[6:]}" if d else None


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def build_petrarch(data: Path, first_names: set[str]) -> list[Actor]:
    """Person entries of the PETRARCH Arabic actor dictionary (names whose first word is a known given name)."""
    out: list[Actor] = []
    path = data / "lexicons/petrarch-arabic/actor_dict_ar_v4.txt"
    current: Actor | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(("\t", " ")) or "[" in line.split("[")[0] == "":
            head = _BIDI.sub("", line.split("[")[0]).strip()  # "أحمد اويحيى" + invisible marks
            if head:
                words = [w for w in head.split("_") if w]
                current = None
                if (len(words) >= 2 and words[0] not in NOT_A_NAME and alias_key(words[0]) in first_names
                        and all(len(w) > 1 for w in words)):
                    name = " ".join(words)
                    current = Actor(id="", type="PER", kind="person", name_ar=name, name_en=romanize(name),
                                    origin="petrarch-ar")
                    out.append(current)
        if current is None:
            continue
        for code, rel, start, end in _PETR_DATE.findall(line):
            iso = code[:3]
            if len(code) < 3 or not iso.isalpha():
                continue
            s, e = _iso(start), _iso(end)
            if rel == "<":
                s, e = None, s
            elif rel == ">" or (s and e and e <= s):
                e = None
            current.country = current.country or (iso if iso not in ("IGO", "NGO", "MIL", "GOV", "COP") else None)
            role = "government" if "GOV" in code[3:] or code == "IGO" else "elite"
            r = Role(role, iso if iso not in ("IGO", "NGO") else None, None, s, e)
            if r not in current.roles:
                current.roles.append(r)
    return out


def read_stopwords(data: Path) -> set[str]:
    out: set[str] = set()
    for name in ("mohataher_arabic_stop_words.txt", "stopwords-iso-ar.txt"):
        path = data / "lexicons/stopwords" / name
        if path.exists():
            out.update(alias_key(w) for w in path.read_text(encoding="utf-8").split() if w.strip())
    return out


def token_usage(data: Path) -> tuple[Counter, Counter]:
    """How often each word (match key) is outside any name, and inside one, in NewsFANE train."""
    outside: Counter = Counter()
    inside: Counter = Counter()
    path = data / "ner/newsfane/NewsFANE_Gold_2014_train_only.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        key = alias_key(parts[0])
        (outside if parts[1].strip() == "O" else inside)[key] += 1
    return outside, inside


# Wojood types that are names; its other types (OCC, DATE, MONEY, ...) are ordinary prose.
WOJOOD_NAME_TYPES = ("PERS", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WEBSITE")


def extra_token_usage(data: Path) -> tuple[Counter, Counter]:
    """How often each word is outside and inside names in the two other annotated sets whose
    licence allows lexicons: UD Arabic-PUD (a token inside a name is a PROPN) and the Wojood
    sample (a token inside a name carries a name type among its nested tags)."""
    outside: Counter = Counter()
    inside: Counter = Counter()
    pud = data / "ud/arabic-pud/ar_pud-ud-test.conllu"
    if pud.exists():
        for line in pud.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            key = alias_key(cols[1])
            if key:
                (inside if cols[3] == "PROPN" else outside)[key] += 1
    for part in ("train", "val", "test"):
        path = data / f"ner/wojood-sample/{part}.txt"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) < 2:
                continue
            key = alias_key(cols[0])
            named = any(tag[2:] in WOJOOD_NAME_TYPES for tag in cols[1:])
            if key:
                (inside if named else outside)[key] += 1
    return outside, inside


def common_word(key: str, stop: set[str], usage: tuple[Counter, Counter]) -> bool:
    """A one-word name that is first of all an ordinary word ("على", "الغربية", "رئيس")."""
    outside, inside = usage
    return key in stop or outside[key] > inside[key]


def read_newsfane(data: Path) -> dict[str, Counter]:
    """class -> Counter of entity strings, from the train portion of NewsFANE."""
    ents: dict[str, Counter] = defaultdict(Counter)
    cur: list[str] = []
    cls = ""
    path = data / "ner/newsfane/NewsFANE_Gold_2014_train_only.txt"
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split("\t")
        tag = parts[1].strip() if len(parts) == 2 else "O"
        if tag.startswith("I-") and cur and tag[2:] == cls:
            cur.append(parts[0])
            continue
        if cur:
            ents[cls][" ".join(cur)] += 1
            cur = []
        if tag.startswith("B-"):
            cur, cls = [parts[0]], tag[2:]
    return ents


def build_newsfane(ents: dict[str, Counter], known: set[str], stop: set[str],
                   usage: tuple[Counter, Counter], first_names: set[str],
                   curated_surnames: frozenset[str] = frozenset()) -> list[Actor]:
    """Actors of the NewsFANE train names. A one-word person name joins the single multi-word
    name ending with it, unless a curated person carries that family name too ("الحكيم" alone
    is not whichever Hakim NewsFANE had): then it stays an actor of its own, as when several
    NewsFANE names end with it."""
    out: list[Actor] = []
    multi_per: dict[str, list[Actor]] = defaultdict(list)
    singles: list[tuple[str, str]] = []
    for cls, counter in ents.items():
        if cls in PER_CLASSES:
            typ, kind = "PER", "person"
        elif cls in LOC_CLASSES:
            typ, kind = "LOC", LOC_CLASSES[cls]
        elif cls in ORG_CLASSES:
            typ, kind = "ORG", ORG_CLASSES[cls]
        else:
            continue
        for name, count in counter.most_common():
            words = name.split()
            if len(words) == 1 and count < 2:
                continue  # a one-word name seen once is too weak a witness
            key = alias_key(name)
            if not key or key in known or any(len(w) < 2 for w in words) or not re.fullmatch(r"[\u0621-\u064a ]+", name):
                continue
            if words[0].startswith(("لل", "ل", "و", "ب")) and (
                    alias_key(" ".join([words[0][1:], *words[1:]])) in known
                    or alias_key(" ".join(["ال" + words[0][2:], *words[1:]])) in known):
                continue  # a clitic left on a known name
            if typ == "PER" and (key in first_names or key.replace(" ", "") in first_names
                                 or all(w in first_names or w in ("بن", "ابن", "عبد") for w in key.split())):
                continue  # given names alone ("محمد", "عبد الله", "محمد بن عبدالله") name nobody in particular
            if len(words) == 1 and common_word(key, stop, usage):
                continue
            if typ == "PER" and len(words) == 1:
                singles.append((name, cls))
                continue
            if typ == "ORG" and len(words) == 1 and words[0].startswith("ال"):
                continue  # "النصر", "الاتفاق": one-word club names are ordinary words too
            a = Actor(id="", type=typ, kind=kind, name_ar=name, name_en=romanize(name), origin="newsfane")
            out.append(a)
            known.add(key)
            if typ == "PER":
                multi_per[alias_key(words[-1])].append(a)
    for name, _cls in singles:
        key = alias_key(name)
        if key in known:
            continue
        owners = multi_per.get(key, [])
        if len(owners) == 1 and key not in curated_surnames:
            owners[0].aliases_ar.append(name)
        else:
            out.append(Actor(id="", type="PER", kind="person", name_ar=name, name_en=romanize(name), origin="newsfane"))
        known.add(key)
    return out


def assign_ids(actors: list[Actor], taken: set[str]) -> None:
    prefix = {"PER": "per", "ORG": "org", "LOC": "loc"}
    for a in actors:
        if a.id:
            continue
        base = f"marsad:{prefix[a.type]}/{slug(a.name_en or '') or 'x'}"
        aid, n = base, 2
        while aid in taken:
            aid, n = f"{base}-{n}", n + 1
        a.id = aid
        taken.add(aid)


def write_common_words(usage: tuple[Counter, Counter], extra: tuple[Counter, Counter], stop: set[str],
                       given: set[str], out: Path) -> int:
    """Words that are far more often ordinary words than parts of names: a one-word name
    candidate equal to one of them ("رئيسي", "مفتوحة") is rejected by the entity layer.
    NewsFANE alone decides as before; the counts of all three sets together may add words
    NewsFANE saw too rarely ("ترحيب", "دبلوماسية"), never a known given name. Returns how many
    words the other sets added."""
    outside, inside = usage

    def ordinary(w: str, out_n: int, in_n: int) -> bool:
        return out_n >= 2 and out_n > 3 * in_n and len(w) > 1 and "\t" not in w and " " not in w

    words = {w for w, n in outside.items() if ordinary(w, n, inside[w])}
    words |= {w for w in stop if w and " " not in w}
    all_out, all_in = outside + extra[0], inside + extra[1]
    added = {w for w, n in all_out.items() if n >= 3 and ordinary(w, n, all_in[w])} - words - given
    words |= added
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_kb.py: match keys of words seen at least twice in the NewsFANE\n"
                 "# train portion (CC BY-SA 3.0) and more than three times as often outside names as inside,\n"
                 "# plus the Arabic stop-word lists (MIT), plus words seen at least three times in NewsFANE\n"
                 "# train, UD Arabic-PUD (CC BY-SA 3.0; outside a name = not PROPN) and the Wojood sample\n"
                 "# (MIT; outside a name = no person/organisation/place/group/event/product tag) together and\n"
                 "# more than three times as often outside names as inside there, minus given names\n"
                 "# (given_names.tsv, romanize_names.tsv, foreign_given_names.tsv and the *given_names.tsv,\n"
                 "# given_name_gender.tsv, word_family_names.tsv lists), the words of the\n"
                 "# knowledge base's person and place names, its one-word names and those of ner_names/*.tsv.\n"
                 "# Used to reject one-word names that are common words.\n")
        for w in sorted(words):
            fh.write(w + "\n")
    return len(added)


def write_tsv(actors: list[Actor], out: Path) -> None:
    def clean(s: str) -> str:
        return s.replace("\t", " ").replace("|", "/").replace("\n", " ").strip()

    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_kb.py from ../shared/data (train-use sources only):\n"
                 "# countries: mledoze/countries + CLDR (ODbL 1.0); intl-orgs: supraverden general_list (CC BY-SA 4.0);\n"
                 "# petrarch-ar: UniversalPetrarch actor_dict_ar_v4 (MIT); newsfane: NewsFANE Gold train portion\n"
                 "# (CC BY-SA 3.0; this file is shared under the same terms). Do not edit: rerun the script.\n"
                 "# Multi-valued fields are separated by '|'; roles are 'role@WHERE start..end'.\n")
        fh.write("\t".join(TSV_FIELDS) + "\n")
        for a in actors:
            row = [a.id, a.type, a.kind, clean(a.name_ar), clean(a.name_en or ""),
                   "|".join(clean(x) for x in a.aliases_ar), "|".join(clean(x) for x in a.aliases_en),
                   a.country or "", "|".join(a.demonyms_ar), a.capital or "",
                   "|".join(r.to_str() for r in a.roles), a.origin]
            fh.write("\t".join(row) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data folder (../shared/data)")
    ap.add_argument("--out", type=Path, default=DATA_DIR / "generated.tsv")
    args = ap.parse_args(argv)
    curated: list[Actor] = []
    for path in sorted(DATA_DIR.glob("curated*.yaml")):
        curated += read_curated(path)
    known = {alias_key(s) for a in curated for s in a.all_ar()}
    exclude = DATA_DIR / "generated_exclude.tsv"
    if exclude.exists():  # ordinary words and ambiguous names: never actors (see the file header)
        known |= {alias_key(w) for w in exclude.read_text(encoding="utf-8").split("\n") if w and not w.startswith("#")}
    taken = {a.id for a in curated}

    stop, usage = read_stopwords(args.data), token_usage(args.data)
    countries = build_countries(args.data, curated)
    for c in countries:
        names = [n for n in c.all_ar() if " " in n or not common_word(alias_key(n), stop, usage)]
        if c.name_ar and names and names[0] != c.name_ar:
            c.name_ar, c.aliases_ar = names[0], names[1:]
        elif c.name_ar:
            c.aliases_ar = names[1:]
    orgs = [o for o in build_intl_orgs(args.data) if alias_key(o.name_ar) not in known]
    for a in countries + orgs:
        taken.add(a.id)
        if not any(c.id == a.id for c in curated):
            known.update(alias_key(s) for s in a.all_ar())
        else:  # a curated country: keep only names it lacks
            a.aliases_ar = [s for s in a.all_ar() if alias_key(s) not in known]
            a.name_ar = ""
            known.update(alias_key(s) for s in a.aliases_ar)
    ents = read_newsfane(args.data)
    first_names = {alias_key(s.split()[0]) for a in curated if a.type == "PER" for s in a.all_ar() if " " in s}
    names_tsv = DATA_DIR / "romanize_names.tsv"
    first_names |= {alias_key(line.split("\t")[0]) for line in names_tsv.read_text(encoding="utf-8").splitlines()
                    if line and not line.startswith("#")}
    for cls in PER_CLASSES:
        for name in ents.get(cls, {}):
            if len(name.split()) >= 2:
                first_names.add(alias_key(name.split()[0]))
    # honorifics and ranks written before a name in an alias are no given names
    honorifics = {alias_key(w) for w in words("actors/title_words.tsv", "honorific")}
    first_names -= {alias_key(w) for w in NOT_A_NAME} | honorifics | {alias_key(w) for w in RANKS}
    given_anyhow = set(first_names) | {alias_key(w) for w in words("actors/foreign_given_names.tsv")}
    first_names = {f for f in first_names if len(f) > 2 and not common_word(f, stop, usage)}
    persons = []
    for p in build_petrarch(args.data, first_names):
        k = alias_key(p.name_ar)
        if all(w in first_names or w in ("بن", "ابن", "عبد") for w in k.split()):
            continue  # "محمد بن عبدالله": too many people carry it
        if k not in known:
            known.add(k)
            persons.append(p)
    surnames = frozenset(alias_key(s.split()[-1]) for a in curated if a.type == "PER" for s in a.all_ar() if " " in s)
    fane = build_newsfane(ents, known, stop, usage, first_names, surnames)
    generated = countries + orgs + persons + fane
    assign_ids(generated, taken)
    write_tsv(generated, args.out)
    # every word of a known multi-word person name ("القاضي", "الخطيب" are family names too)
    given_anyhow |= {w for a in curated + generated if a.type == "PER" for s in a.all_ar() if " " in s
                     for w in alias_key(s).split()}
    # and the knowledge base's one-word names and every word of its place names ("حجة")
    given_anyhow |= {alias_key(s) for a in curated + generated for s in a.all_ar() if " " not in s}
    given_anyhow |= {w for a in curated + generated if a.type == "LOC" for s in a.all_ar() for w in alias_key(s).split()}
    # and the hand-written given and family name lists ("هايل", "القاضي")
    for name in ("compound_given_names", "definite_given_names", "given_name_gender", "gulf_given_names",
                 "honorific_given_names", "word_family_names", "word_given_names"):
        given_anyhow |= {w for entry in words(f"{name}.tsv") for w in alias_key(entry).split()}
    # and every word of the hand-written names lexicons ("دوما", "حجة" are towns too)
    for part in ("persons", "places", "organisations", "misc"):
        keys = {alias_key(name) for name in words(f"ner_names/{part}.tsv")}
        given_anyhow |= {w for k in keys for w in k.split()}
        # nor what is left of a one-word name after a clitic letter ("ليما" is not ل + "يما")
        given_anyhow |= {x for k in keys if " " not in k and k[:1] in "وفبلك" for x in (k[1:], "ال" + k[1:])}
    added = write_common_words(usage, extra_token_usage(args.data), stop, given_anyhow,
                               args.out.parent / "common_words.tsv")
    print(f"common_words.tsv: {added} words added by UD Arabic-PUD and the Wojood sample")
    with (args.out.parent / "given_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_kb.py: match keys of given names, the first words of the\n"
                 "# multi-word person names of the KB (curated, PETRARCH, NewsFANE train) and of\n"
                 "# romanize_names.tsv, minus ordinary words. Used to spot and type person names.\n")
        for f in sorted(first_names):
            fh.write(f + "\n")
    print(f"{args.out}: {len(generated)} actors (countries {len(countries)}, orgs {len(orgs)}, "
          f"petrarch persons {len(persons)}, newsfane {len(fane)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
