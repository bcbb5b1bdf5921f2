"""Readers for the public NER corpora, mapped to marsad's four types in BIO.

Every reader returns sentences as lists of (token, tag) with tags `O`, `B-T`, `I-T` and
T in PER / ORG / LOC / MISC. Which corpus may be used for what is in
`shared/data/MANIFEST.md`: ANERcorp test and AQMAR are for evaluation only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

Sentence = list[tuple[str, str]]

# sentence ends used where a corpus has no blank lines
_SENT_END = {".", "?", "!", "؟"}

_ANER: dict[str, str | None] = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}

# NewsFANE fine classes -> coarse type. Anything not listed (Sports, Book, Movie, Software,
# Drug, Food, Medical-Science, ...) is MISC, as ANERcorp annotates such names.
NEWSFANE: dict[str, str | None] = {
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Other_PER": "PER",
    "Religious_PER": "PER", "Scientist": "PER", "Businessperson": "PER", "Lawyer": "PER",
    "Engineer": "PER", "Police": "PER",
    "Nation": "LOC", "Population-Center": "LOC", "State-or-Province": "LOC",
    "County-or-District": "LOC", "GPE-Cluster": "LOC", "Continent": "LOC",
    "Water-Body": "LOC", "Land-Region-Natural": "LOC", "Land": "LOC", "Path": "LOC",
    "Building-Grounds": "LOC", "Airport": "LOC",
    "Government": "ORG", "Non-Governmental": "ORG", "Media": "ORG", "Commercial": "ORG",
    "Educational": "ORG", "Religious_ORG": "ORG", "Entertainment": "ORG",
    "Sports": "ORG", "Group": None,  # nationalities and communities: not names in ANERcorp
}

# Wojood: nested IOB2; we keep the outermost layer that maps to one of our types.
WOJOOD: dict[str, str | None] = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def _map_tag(tag: str, table: dict[str, str | None], default: str | None) -> str:
    tag = tag.strip().replace("--", "-")
    if tag in ("O", "OO", "IO", ""):
        return "O"
    prefix, _, typ = tag.partition("-")
    if prefix not in ("B", "I") or not typ:
        return "O"
    mapped = table.get(typ, default)
    return f"{prefix}-{mapped}" if mapped else "O"


def read_columns(path: Path, sep: str | None = None) -> list[list[list[str]]]:
    """Sentences of rows (token, tag, ...) from a one-token-a-line file; blank lines split sentences.

    Where a file has no blank lines, sentences end at . ? ! tokens.
    """
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    saw_blank = False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").replace("\u200f", "")
            if not line.strip():
                saw_blank = True
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cols = line.split(sep) if sep else line.split()
            if len(cols) < 2:
                continue
            cur.append(cols)
    if cur:
        sents.append(cur)
    if not saw_blank:
        out: list[list[list[str]]] = []
        for s in sents:
            cur = []
            for row in s:
                cur.append(row)
                if row[0] in _SENT_END:
                    out.append(cur)
                    cur = []
            if cur:
                out.append(cur)
        sents = out
    return sents


def _simple(path: Path, table: dict[str, str | None], default: str | None, sep: str | None = None) -> list[Sentence]:
    return [[(r[0], _map_tag(r[-1] if sep else r[1], table, default)) for r in s] for s in read_columns(path, sep)]


def anercorp(data: Path, split: str) -> list[Sentence]:
    """ANERcorp, CAMeL Lab split: `split` is "train" or "test" (test: evaluation only)."""
    path = next((data / "ner" / "anercorp").glob(f"*_{split}.txt"))
    return [_repair(s) for s in _simple(path, _ANER, None)]


def newsfane(data: Path) -> list[Sentence]:
    path = next((data / "ner" / "newsfane").glob("*train_only.txt"))
    return [_repair(s) for s in _simple(path, NEWSFANE, "MISC", sep="\t")]


def wojood(data: Path, splits: Iterable[str] = ("train", "val")) -> list[Sentence]:
    out: list[Sentence] = []
    for split in splits:
        for s in read_columns(data / "ner" / "wojood-sample" / f"{split}.txt"):
            sent: Sentence = []
            for row in s:
                tag = "O"
                for t in row[1:]:  # outermost layer first
                    mapped = _map_tag(t, WOJOOD, None)
                    if mapped != "O":
                        tag = mapped
                        break
                sent.append((row[0], tag))
            out.append(_repair(sent))
    return out


def _aqmar_type(typ: str) -> str | None:
    if typ in ("PER", "LOC", "ORG"):
        return typ
    if typ.startswith("MIS"):
        return "MISC"
    return None  # stray labels such as SPANISH / ENGLISH


def aqmar(data: Path) -> list[Sentence]:
    """AQMAR Wikipedia NER (evaluation only). Stray tags are cleaned, MIS0-3 -> MISC."""
    return [s for article in aqmar_articles(data) for s in article]


def aqmar_articles(data: Path) -> list[list[Sentence]]:
    """AQMAR, one list of sentences per article."""
    articles: list[list[Sentence]] = []
    for path in sorted((data / "ner" / "aqmar" / "articles").glob("*.txt")):
        out: list[Sentence] = []
        articles.append(out)
        for s in read_columns(path):
            sent: Sentence = []
            for row in s:
                tag = row[1].strip().replace("--", "-").rstrip("`")
                if tag in ("O", "OO", "IO"):
                    sent.append((row[0], "O"))
                    continue
                prefix, _, typ = tag.partition("-")
                typ = typ.replace("-", "")
                mapped = _aqmar_type(typ) if prefix in ("B", "I") else None
                sent.append((row[0], f"{prefix}-{mapped}" if mapped else "O"))
            out.append(sent)
    return articles


def _repair(sent: Sentence) -> Sentence:
    """Turn an I- that starts a chunk into B- (IOB2), so every corpus means the same thing."""
    out: Sentence = []
    prev = "O"
    for tok, tag in sent:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((tok, tag))
        prev = tag
    return out


_MINISTRY = {"وزاره", "بوزاره", "لوزاره", "ووزاره", "كوزاره"}
_DEFINITE = ("ال", "لل")


def ministries_as_org(sent: Sentence) -> Sentence:
    """marsad's convention, not ANERcorp's: "وزارة الخارجية الروسية" is an organisation.

    ANERcorp leaves ministries unannotated (NewsFANE and OUTPUT.md call them organisations);
    training data is relabelled where "وزارة" is followed by definite words left as O.
    """
    from marsad.arabic.normalize import match_key

    out = list(sent)
    i = 0
    while i < len(out):
        tok, tag = out[i]
        if tag == "O" and match_key(tok) in _MINISTRY:
            j = i + 1
            while j < len(out) and j - i <= 3 and out[j][1] == "O" and match_key(out[j][0]).startswith(_DEFINITE):
                j += 1
            if j > i + 1:
                out[i] = (tok, "B-ORG")
                for k in range(i + 1, j):
                    out[k] = (out[k][0], "I-ORG")
            i = j
        else:
            i += 1
    return out


READERS: dict[str, Callable[[Path], list[Sentence]]] = {
    "anercorp": lambda d: [ministries_as_org(s) for s in anercorp(d, "train")],
    "newsfane": newsfane,
    "wojood": wojood,
}
