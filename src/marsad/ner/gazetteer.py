"""Name lists for the NER model: building them from train-allowed sources, saving, matching.

A gazetteer maps a *phrase key* (the match keys of its words joined by one space) to a type.
The model sees gazetteer matches as features, so the list a model was trained with is shipped
next to it (`models/ner_gazetteer.tsv`) and loaded by the tagger: tagging consults exactly the
training-time list. Sources (see shared/data/MANIFEST.md, all "train"): mledoze/CLDR country
names, supraverden international organisations, the UniversalPetrarch Arabic actor dictionary
(persons only), and optionally entity names from the NewsFANE training text.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.arabic.normalize import is_arabic, match_key

MAX_WORDS = 6
_WORD = re.compile(r"[^\W\d_][\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*|\d+")
# words that start petrarch entries but are titles or organisation heads, not names
_NOT_NAME = {match_key(w) for w in (
    "رئيس", "وزير", "شيخ", "ملك", "أمير", "سيد", "جنرال", "لواء", "عميد", "عقيد", "حركة", "حزب",
    "منظمة", "جبهة", "مجلس", "وزارة", "جيش", "شرطة", "قوة", "حكومة", "نظام", "اتحاد", "مسؤول",
    "سفارة", "مؤتمر", "صحيفة", "أمين", "ل", "دكتور", "نائب", "مجموعة", "كتائب", "جماعة", "تنظيم",
    "هيئة", "لجنة", "محكمة", "قائد", "زعيم", "إمام", "قوات", "وكالة", "شركة", "بنك", "جامعة",
)}


def phrase_key(text: str) -> str:
    return " ".join(match_key(w) for w in _WORD.findall(text))


def countries(data: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    path = data / "gazetteers" / "countries" / "derived_countries_ar.tsv"
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for col in ("name_ar_common_mledoze", "name_ar_official_mledoze", "name_ar_cldr49"):
                if row.get(col):
                    out[phrase_key(row[col])] = "LOC"
    cj = data / "gazetteers" / "countries" / "countries.json"
    if cj.exists():
        for c in json.loads(cj.read_text(encoding="utf-8")):
            ara = (c.get("translations") or {}).get("ara") or {}
            for name in (ara.get("common"), ara.get("official")):
                if name:
                    out[phrase_key(name)] = "LOC"
    return out


def intl_orgs(data: Path) -> dict[str, str]:
    import yaml

    out: dict[str, str] = {}
    raw = yaml.safe_load((data / "gazetteers" / "intl-orgs" / "general_list.yaml").read_text(encoding="utf-8"))
    for rec in (raw or {}).values():
        if isinstance(rec, dict) and rec.get("Name_ar"):
            out[phrase_key(str(rec["Name_ar"]))] = "ORG"
    return out


def petrarch_persons(data: Path) -> dict[str, str]:
    """Person names from the actor dictionary: entries followed by dated role lines."""
    out: dict[str, str] = {}
    path = data / "lexicons" / "petrarch-arabic" / "actor_dict_ar_v4.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if not line.strip() or line[0].isspace() or "[" in line:
            continue
        dated = i + 1 < len(lines) and re.match(r"\s+\[\w+ \d{8}", lines[i + 1])
        if not dated:
            continue
        words = [w for w in line.strip().split("_") if w]
        while words and match_key(words[0]) in _NOT_NAME:
            words = words[1:]
        if 2 <= len(words) <= 4 and all(is_arabic(w) for w in words):
            out[phrase_key(" ".join(words))] = "PER"
    return out


def kb_entries() -> dict[str, str]:
    """Names from marsad's actor knowledge base (`marsad.kb`), if it is installed: the
    hand-written lists and the entries generated from countries, organisations and PETRARCH.
    Entries generated from NewsFANE (the training text itself) are left out."""
    try:
        from marsad.kb import load_files
    except ImportError:
        return {}
    out: dict[str, str] = {}
    for actor in load_files():
        if actor.origin == "newsfane" or actor.type not in ("PER", "ORG", "LOC", "MISC"):
            continue
        for name in [actor.name_ar, *actor.aliases_ar]:
            if name and not name.startswith("~") and is_arabic(name):
                key = phrase_key(name)
                if key:
                    out.setdefault(key, actor.type)
    return out


def name_lists() -> dict[str, str]:
    """marsad's own broad name lists (`lexicons/ner_names/*.tsv`: persons, organisations,
    places, named events and products, written from general knowledge)."""
    from marsad.lexicons.loader import lexicon_path, read_tsv

    out: dict[str, str] = {}
    folder = lexicon_path("ner_names")
    if not folder.is_dir():
        return out
    for name in sorted(item.name for item in folder.iterdir() if item.name.endswith(".tsv")):
        for arabic, typ, *_ in read_tsv(f"ner_names/{name}", min_fields=2):
            key = phrase_key(arabic)
            if key and typ in ("PER", "ORG", "LOC", "MISC"):
                out.setdefault(key, typ)
    return out


def corpus_entities(sentences: Iterable[Sequence[tuple[str, str]]], min_count: int = 1) -> dict[str, str]:
    """The most frequent type of every entity phrase in labelled sentences."""
    counts: dict[str, Counter[str]] = {}
    for sent in sentences:
        for start, end, typ in bio_spans([t for _, t in sent]):
            key = " ".join(match_key(w) for w, _ in sent[start:end])
            counts.setdefault(key, Counter())[typ] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items() if sum(c.values()) >= min_count}


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Chunks of a BIO tag sequence as (start, end, type), conlleval semantics."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    typ = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if prefix != "I" or t != typ or start < 0:
            if start >= 0:
                spans.append((start, i, typ))
                start = -1
            if prefix in ("B", "I"):
                start, typ = i, t
    return spans


def build(data: Path, sources: Sequence[str], extra: dict[str, str] | None = None) -> dict[str, str]:
    gaz: dict[str, str] = {}
    if "names" in sources:
        gaz.update(name_lists())
    if "kb" in sources:
        gaz.update(kb_entries())
    if "petrarch" in sources:
        gaz.update(petrarch_persons(data))
    if "orgs" in sources:
        gaz.update(intl_orgs(data))
    if "countries" in sources:
        gaz.update(countries(data))
    if extra:
        for k, v in extra.items():
            gaz.setdefault(k, v)
    return {k: v for k, v in gaz.items() if k and len(k.split()) <= MAX_WORDS}


def save(gaz: dict[str, str], path: Path, header: Sequence[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for line in header:
            fh.write(f"# {line}\n")
        for k in sorted(gaz):
            fh.write(f"{k}\t{gaz[k]}\n")


def load(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            k, _, v = line.rstrip("\n").partition("\t")
            out[k] = v
    return out


class Matcher:
    """Longest-match lookup of gazetteer phrases over a sentence of token keys."""

    def __init__(self, gaz: dict[str, str]) -> None:
        self.gaz = gaz
        self.max_len = max((k.count(" ") + 1 for k in gaz), default=0)
        # single words that occur inside names of each type
        words: dict[str, set[str]] = {}
        for k, v in gaz.items():
            for w in k.split():
                if len(w) > 2:
                    words.setdefault(w, set()).add(v)
        self.words = {w: "|".join(sorted(ts)) for w, ts in words.items()}
        self.first_words = {k.split(" ", 1)[0] for k in gaz}

    def tags(self, keys: Sequence[str], firsts: Sequence[Sequence[str]]) -> list[str]:
        """BIO tags of the longest gazetteer matches; `firsts[i]` are readings of token i
        (its key and its clitic-stripped keys) tried when a match starts there."""
        n = len(keys)
        out = ["O"] * n
        i = 0
        first_words = self.first_words
        while i < n:
            if not any(f in first_words for f in firsts[i]):
                i += 1
                continue
            found, typ = self.longest_at(keys, firsts, i)
            if found:
                out[i] = "B-" + typ
                for j in range(i + 1, i + found):
                    out[j] = "I-" + typ
                i += found
            else:
                i += 1
        return out

    def longest_at(self, keys: Sequence[str], firsts: Sequence[Sequence[str]], i: int = 0) -> tuple[int, str]:
        """(words, type) of the longest gazetteer phrase starting at token i, as `tags` reads
        it ((0, "") for none)."""
        gaz = self.gaz
        for length in range(min(self.max_len, len(keys) - i), 0, -1):
            tail = " ".join(keys[i + 1 : i + length])
            for first in firsts[i]:
                t = gaz.get(f"{first} {tail}" if tail else first)
                if t:
                    return length, t
        return 0, ""
