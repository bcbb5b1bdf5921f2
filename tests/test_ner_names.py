"""The hand-written NER name lists (src/marsad/lexicons/ner_names): well-formed and clean."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from marsad.arabic.normalize import ARABIC_LETTER, match_key
from marsad.ner.gazetteer import phrase_key

LEX = Path(__file__).resolve().parents[1] / "src" / "marsad" / "lexicons"
NAMES = LEX / "ner_names"
FILES = ("persons.tsv", "organisations.tsv", "places.tsv", "misc.tsv")
TYPES = {"PER", "ORG", "LOC", "MISC"}
MINIMUM = {"persons.tsv": 2500, "organisations.tsv": 2000, "places.tsv": 3000, "misc.tsv": 500}
# generic words that must never be an entry on their own
GENERIC = {match_key(w) for w in (
    "الحكومة", "الجيش", "الشرطة", "البرلمان", "الرئيس", "الوزير", "الشيخ", "الملك", "الأمير",
    "المجلس", "الوزارة", "الدولة", "الحزب", "الحركة", "الجماعة", "الشركة", "الجامعة", "المدينة",
    "القرية", "النهر", "البحر", "الجبل", "الصحيفة", "القناة", "الوكالة", "الأمم", "الاتحاد",
)}


def rows(name: str) -> list[tuple[int, list[str]]]:
    out = []
    with open(NAMES / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            out.append((n, line.rstrip("\n").split("\t")))
    return out


def common_words() -> set[str]:
    path = LEX / "actors" / "common_words.tsv"
    if not path.exists():
        return set()
    with open(path, encoding="utf-8") as fh:
        return {line.split("\t")[0].strip() for line in fh if not line.startswith("#")}


@pytest.mark.parametrize("name", FILES)
def test_file_has_licence_header(name: str) -> None:
    head = (NAMES / name).read_text(encoding="utf-8").split("\n", 8)[:8]
    text = "\n".join(head)
    assert head[0].startswith("#") and "MIT" in text and "general knowledge" in text


@pytest.mark.parametrize("name", FILES)
def test_rows_parse(name: str) -> None:
    parsed = rows(name)
    assert len(parsed) >= MINIMUM[name]
    for n, cols in parsed:
        assert len(cols) == 3, f"{name}:{n}: {cols}"
        arabic, typ, _english = cols
        assert typ in TYPES, f"{name}:{n}: type {typ!r}"
        assert arabic == arabic.strip() and "  " not in arabic, f"{name}:{n}: spacing {arabic!r}"
        assert ARABIC_LETTER.search(arabic), f"{name}:{n}: no Arabic letter in {arabic!r}"
        assert not any("a" <= c.lower() <= "z" for c in arabic), f"{name}:{n}: Latin in {arabic!r}"


@pytest.mark.parametrize("name", FILES)
def test_no_duplicates(name: str) -> None:
    exact = Counter((cols[0], cols[1]) for _, cols in rows(name))
    assert [k for k, c in exact.items() if c > 1] == []
    # also none that only differ in what match keys fold (hamza seats, ة/ه, ى/ي, diacritics)
    folded = Counter((phrase_key(cols[0]), cols[1]) for _, cols in rows(name))
    assert [k for k, c in folded.items() if c > 1] == []


@pytest.mark.parametrize("name", FILES)
def test_no_single_common_or_generic_word(name: str) -> None:
    common = common_words()
    bad = []
    for n, cols in rows(name):
        key = phrase_key(cols[0])
        if " " not in key and (key in common or key in GENERIC):
            bad.append((n, cols[0]))
    assert bad == []


# one-word names that start like a proclitic + common word, checked by hand and kept because the
# name is far more frequent than the clitic reading
CLITIC_OK = {match_key(w) for w in (
    "بتكوين", "وفا", "كيا", "فيات", "كولن", "كمران", "بابل", "كابل", "كاليه", "بالي", "بالاو",
    "كالي", "باري", "لالش", "بوكان", "باجور",
)}


@pytest.mark.parametrize("name", FILES)
def test_no_single_word_that_reads_as_clitic_plus_common_word(name: str) -> None:
    """The matcher also tries clitic-stripped readings, so "بانه" (Baneh) would fire on "بأنه"."""
    common = common_words()
    bad = []
    for n, cols in rows(name):
        key = phrase_key(cols[0])
        if " " in key or key in CLITIC_OK or len(key) < 3 or key[0] not in "وفبلك":
            continue
        rest = key[1:]
        if rest in common or "ال" + rest in common or (rest.startswith("ال") and rest[2:] in common):
            bad.append((n, cols[0]))
    assert bad == []


def test_main_type_per_file() -> None:
    expected = {"persons.tsv": "PER", "organisations.tsv": "ORG", "places.tsv": "LOC", "misc.tsv": "MISC"}
    for name, typ in expected.items():
        types = Counter(cols[1] for _, cols in rows(name))
        assert types.most_common(1)[0][0] == typ


def test_lists_feed_the_gazetteer_matcher() -> None:
    from marsad.ner.gazetteer import Matcher

    gaz = {}
    for name in FILES:
        for _, (arabic, typ, _english) in rows(name):
            gaz.setdefault(phrase_key(arabic), typ)
    m = Matcher(gaz)
    sentence = "التقى سيرغي لافروف نظيره التركي في أنقرة بحضور ممثل عن منظمة الصحة العالمية"
    keys = [match_key(w) for w in sentence.split()]
    firsts = [[k] for k in keys]
    tags = m.tags(keys, firsts)
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[6] == "B-LOC"
    assert tags[10:13] == ["B-ORG", "I-ORG", "I-ORG"]
