"""A person's name the tagger ran over "و" into the next item of a list (issue ent3). Sentences
written for these tests; the tagger's span is given by hand."""

from __future__ import annotations

import pytest

from entity_fixtures import span_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.joined_persons import JoinedPersons
from marsad.layers.entities.name_words import NameWords


@pytest.fixture(scope="module")
def joined():
    kb = load_kb()
    return JoinedPersons(kb, NameWords(kb))


def _repair(joined, text: str, span: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    cand = span_candidate(text, tokens, span, "PER", "ner")
    return [(text[c.start : c.end], c.type) for c in joined.repair([cand], tokens, text)]


def test_a_name_ends_before_and_the(joined):
    text = "وكان المتهم سعد الهاجري والتفافه حول المبنى مرصودا."
    assert _repair(joined, text, "سعد الهاجري والتفافه") == [("سعد الهاجري", "PER")]


def test_given_names_joined_by_and_are_a_list(joined):
    text = "وحكم البلاد أبناؤه سعود وفيصل من بعده."
    assert _repair(joined, text, "سعود وفيصل") == [("سعود", "PER")]


def test_a_known_place_after_and_is_a_place(joined):
    text = "وتشمل الجولة بريدة والرياض خلال أسبوع."
    assert ("الرياض", "LOC") in _repair(joined, text, "بريدة والرياض")


def test_names_written_with_waw_are_kept(joined):
    text = "وسجل اللاعب مبارك واكاسو هدفا، وأشاد المدرب وليد الحربي به."
    assert _repair(joined, text, "مبارك واكاسو") == [("مبارك واكاسو", "PER")]
    assert _repair(joined, text, "وليد الحربي") == [("وليد الحربي", "PER")]
