"""Horses in race results, and their riders (issue ent3). Sentences written for these tests; the
tagger's spans are given by hand."""

from __future__ import annotations

import pytest

from entity_fixtures import span_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.race_animals import drop_race_animals


@pytest.fixture(scope="module")
def words():
    return NameWords(load_kb())


def _cand(text: str, tokens, span: str, typ: str = "PER") -> NameCandidate:
    return span_candidate(text, tokens, span, typ, "ner")


def _run(words, text: str, spans: list[str]) -> list[str]:
    tokens = tokenize(text)
    cands = [_cand(text, tokens, s) for s in spans]
    return [text[c.start : c.end] for c in drop_race_animals(cands, tokens, text, words)]


TEXT = 'وفاز الفارس سالم الدوسري على الجواد "نجمة الصحراء" بالشوط الأول، وحلت الفرس «هيفاء» ثانية.'


def test_a_horse_named_in_quotes_is_no_person(words):
    assert _run(words, TEXT, ["هيفاء", "نجمة الصحراء"]) == []


def test_the_word_for_the_horse_is_no_person(words):
    assert _run(words, TEXT, ["على الجواد", "الفرس"]) == []


def test_the_rider_s_word_and_mount_are_no_part_of_the_name(words):
    assert _run(words, TEXT, ["الفارس سالم الدوسري على الجواد"]) == ["سالم الدوسري"]


def test_a_family_name_rider_is_kept(words):
    text = "وقال المدرب محمد الفارس إن الفريق جاهز."
    assert _run(words, text, ["محمد الفارس"]) == ["محمد الفارس"]
