"""A generic head word under the article and the stray word the tagger ran it into (issue ent3).
Sentences written for these tests; the tagger's span is given by hand so the repair is tested
whatever the installed model tags."""

from __future__ import annotations

import pytest

from entity_fixtures import span_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.generic_heads import GenericHeads
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords


@pytest.fixture(scope="module")
def heads():
    return GenericHeads(NameWords(load_kb()))


def _ner(text: str, tokens, span: str, typ: str) -> NameCandidate:
    return span_candidate(text, tokens, span, typ, "ner")


def _repair(heads, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    cands = [_ner(text, tokens, s, t) for s, t in spans]
    out = heads.repair(cands, tokens, text)
    for c in out:
        assert text[c.start : c.end] == text[c.start : c.end].strip()
    return [(text[c.start : c.end], c.type) for c in out]


def test_a_verb_after_the_ministry_names_nothing(heads):
    text = "وأكد المتحدث أن الوزارة سخرت كل طاقاتها لخدمة الحجاج."
    assert _repair(heads, text, [("الوزارة سخرت", "ORG")]) == []


def test_a_person_after_the_club_is_the_person(heads):
    text = "وقال مدير الكرة بالنادي فهد المزيني إن الفريق جاهز."
    assert _repair(heads, text, [("النادي فهد المزيني", "ORG")]) == [("فهد المزيني", "PER")]


def test_a_given_name_after_the_hospital_begins_the_next_name(heads):
    text = "وحضر مدير المستشفى علي حسن الشهري الحفل."
    out = _repair(heads, text, [("المستشفى علي", "ORG"), ("حسن الشهري", "PER")])
    assert out == [("علي حسن الشهري", "PER")]


def test_a_second_body_joined_by_and(heads):
    text = "ووقعت اتفاقية بين الجامعة ووزارة الصحة أمس."
    assert _repair(heads, text, [("الجامعة ووزارة الصحة", "ORG")]) == [("وزارة الصحة", "ORG")]


def test_a_club_before_punctuation_keeps_its_name(heads):
    text = "غموض في تشكيلة الاتحاد.. وعودة المهاجم"
    assert _repair(heads, text, [("الاتحاد.. وعودة", "ORG")]) == [("الاتحاد", "ORG")]


def test_a_definite_complement_is_part_of_the_name(heads):
    text = "ودرس في المعهد العالي للقضاء ثلاث سنوات."
    assert _repair(heads, text, [("المعهد العالي للقضاء", "ORG")]) == [("المعهد العالي للقضاء", "ORG")]
