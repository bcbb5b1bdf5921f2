"""A listed name of several words cut after the clitic letters its first word begins with.
Sentences written for these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key
from marsad.layers.entities.listed_clitic_names import restore_listed_names
from marsad.layers.entities.name_candidate import NameCandidate


def _restored(text: str, read: str, typ: str = "ORG") -> str:
    tokens = tokenize(text)
    start = text.index(read)
    end = start + len(read)
    first = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
    last = next(i for i, t in enumerate(tokens) if t.start < end <= t.end)
    cand = NameCandidate(start, end, first, last + 1, typ, alias_key(read), None, "ner")
    (out,) = restore_listed_names([cand], tokens, text)
    assert out.key == alias_key(text[out.start : out.end])
    return text[out.start : out.end]


def test_a_listed_name_takes_its_whole_first_word():
    assert _restored("حجزت مقعدا على رحلة «فلاي دبي» إلى المدينة", "اي دبي") == "فلاي دبي"


def test_a_real_clitic_stays_cut():
    # "بالأمم المتحدة": ب + the listed name; the cut reading is itself the name
    assert _restored("رحب الوزير بالأمم المتحدة ودورها", "الأمم المتحدة") == "الأمم المتحدة"
    # a one-word name after a clitic is not this module's business
    assert _restored("وصل الوفد لبيروت مساء أمس", "بيروت", "LOC") == "بيروت"
