"""Persons the tagger typed MISC (sentences written for these tests)."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.misc_persons import retype_misc_persons
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())


def _misc(text: str, name: str) -> NameCandidate:
    tokens = tokenize(text)
    start = text.index(name)
    end = start + len(name)
    a = next(i for i, t in enumerate(tokens) if t.start == start)
    b = next(i for i, t in enumerate(tokens) if t.end == end) + 1
    return NameCandidate(start, end, a, b, "MISC", alias_key(name), None, "ner")


def _typed(text: str, name: str, surname: str | None = None) -> str:
    """The type of `name`, tagged MISC, with `surname` (its last occurrence) tagged a person."""
    c = _misc(text, name)
    cands = [c]
    if surname is not None:
        tokens = tokenize(text)
        start = text.rindex(surname)
        k = next(i for i, t in enumerate(tokens) if t.start == start)
        cands.append(NameCandidate(start, start + len(surname), k, k + 1, "PER", alias_key(surname), None, "ner"))
    retype_misc_persons(cands, tokenize(text), WORDS)
    return c.type


def test_a_quoted_player_named_again_by_his_family_name_is_a_person():
    text = "وأبدى مدرب الفريق «كارلوس كيروش» رضاه عن الأداء، وقال كيروش إن الفوز مستحق."
    assert _typed(text, "كارلوس كيروش", "كيروش") == "PER"


def test_a_quoted_name_never_given_to_a_person_stays_misc():
    assert _typed("وحققت سلسلة «هاري بوتر» مبيعات كبيرة.", "هاري بوتر") == "MISC"


def test_a_title_or_a_unit_in_quotes_stays_misc():
    assert _typed("وأطلق الفنان أغنية بعنوان «سلمان العز» في العيد، وغنى العز.", "سلمان العز", "العز") == "MISC"
    assert _typed("وقال قائد كتيبة «خالد الوليد» إن الهجوم صد.", "خالد الوليد") == "MISC"
    assert _typed("وشاهد الأطفال فيلم (هاري بوتر) في السينما.", "هاري بوتر") == "MISC"
