"""Persons that are phrases of religious prose (sentences written for these tests)."""

from __future__ import annotations

from entity_fixtures import person_candidate, span_candidate
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.sermon_phrases import drop_sermon_phrases

WORDS = NameWords(load_kb())


def _kept(text: str, name: str) -> bool:
    tokens, cand = person_candidate(text, name)
    return bool(drop_sermon_phrases([cand], tokens, WORDS))


def test_a_given_name_before_this_world_is_a_phrase():
    assert not _kept("وفي اتباع الهدي صلاح الدنيا والآخرة كما قال الإمام.", "صلاح الدنيا")


def test_the_servant_of_god_is_no_person():
    assert not _kept("ويجب على العبد المؤمن أن يحاسب نفسه كل يوم.", "العبد المؤمن")


def test_a_noun_addressed_to_god_ends_no_name():
    assert not _kept("اللهم أعنا على ذكرك وشكرك وحسن طاعتك.", "حسن طاعتك")


def test_a_scholar_named_after_the_world_stays():
    assert _kept("وروى ابن أبي الدنيا هذا الخبر في كتابه.", "ابن أبي الدنيا")


def test_an_ordinary_person_stays():
    assert _kept("وقال صلاح الغامدي إن الحملة ناجحة.", "صلاح الغامدي")


def test_a_family_name_that_starts_with_the_servant_stays():
    assert _kept("وأوضح محمد العبد الكريم أن الموسم بدأ مبكرا.", "محمد العبد الكريم")


def test_the_family_of_a_named_person_said_again_stays():
    text = "وقال سعد العبد الكريم إن السوق هادئة. وأضاف العبد الكريم أن الأسعار ثابتة."
    tokens, full = person_candidate(text, "سعد العبد الكريم")
    again = span_candidate(text, tokens, "العبد الكريم", start=text.index("العبد الكريم أن"))
    assert len(drop_sermon_phrases([full, again], tokens, WORDS)) == 2


def test_the_servant_before_no_word_is_a_family_name():
    assert _kept("واستمع الجمهور إلى أغاني العبد لات الشهيرة.", "العبد لات")
