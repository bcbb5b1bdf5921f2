"""The word after a person's name the tagger took as its last word (issue ent3). Sentences
written for these tests; the tagger's span is given by hand."""

from __future__ import annotations

import pytest

from entity_fixtures import span_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.person_tails import cut_person_tails


@pytest.fixture(scope="module")
def words():
    return NameWords(load_kb())


def _cut(words, text: str, span: str, verbs: frozenset[str] = frozenset()) -> str:
    tokens = tokenize(text)
    c = span_candidate(text, tokens, span, "PER", "ner")
    cut_person_tails([c], tokens, text, words, verbs)
    return text[c.start : c.end]


def test_a_preposition_after_the_name(words):
    text = "وكتب الشيخ سعد الغامدي عبر حسابه في تويتر تهنئة بالعيد."
    assert _cut(words, text, "سعد الغامدي عبر") == "سعد الغامدي"


def test_a_participle_in_the_accusative(words):
    text = "وعين الاتحاد الحكم خالد الزهراني مساعدا أول للمباراة."
    assert _cut(words, text, "خالد الزهراني مساعدا") == "خالد الزهراني"


def test_with_an_ordinary_word_after_a_definite_word(words):
    text = "وبدأ الحفل بتلاوة من الذكر الحكيم بصوت القارئ ماجد العنزي."
    assert _cut(words, text, "الحكيم بصوت") == "الحكيم"


def test_a_verb_with_its_object_pronoun(words):
    text = "وافتتح الحفل بآيات من الذكر الحكيم رتلها القارئ فهد الشمري."
    assert _cut(words, text, "الحكيم رتلها") == "الحكيم"


def test_family_names_are_kept(words):
    text = "واستقبل الوزير يوسف بوعلي والسفير جون بيلي، وقرأ كتاب محمد سبيلا، وهنأ باراك أوباما."
    for name in ("يوسف بوعلي", "جون بيلي", "محمد سبيلا", "باراك أوباما"):
        assert _cut(words, text, name) == name


def test_a_word_given_name_after_the_family_name_heads_the_clause(words):
    text = "وعد مدير المهرجان المهندس خالد العتيبي نجاح تنظيم الدورات السابقة حافزا للفريق."
    assert _cut(words, text, "خالد العتيبي نجاح") == "خالد العتيبي"
    # a name of three words that goes on with no construct after it keeps its last word
    text = "وحضر الحفل الشاعر عبدالله الشهري أمل وأصدقاؤه."
    assert _cut(words, text, "عبدالله الشهري أمل") == "عبدالله الشهري أمل"
def _cut_verbs(words, text: str, span: str) -> str:
    """`_cut` with the verb lists the entity layer passes (a verb after a name is no word of it)."""
    from marsad.arabic.normalize import match_key
    from marsad.lexicons.loader import keyed
    from marsad.lexicons.verbs import verb_keys

    return _cut(words, text, span, verb_keys() | keyed("entity_verbs.tsv", None, match_key))


def test_a_present_verb_after_the_name(words):
    text = "العتيبي يؤكد جاهزية المعرض في مدينة الطائف"
    assert _cut_verbs(words, text, "العتيبي يؤكد") == "العتيبي"


def test_a_future_plural_after_the_name(words):
    text = "وقال إن الوزراء ومنهم الوزير سالم بارحمة سيعودون إلى العاصمة غدا."
    assert _cut_verbs(words, text, "سالم بارحمة سيعودون") == "سالم بارحمة"


def test_a_past_form_that_is_a_name_is_kept(words):
    text = "وحضر الحفل علي بن أبي طالب وعبد الرحمن عزت وسلفستر ستالون وواليس سيمبسون."
    for name in ("عبد الرحمن عزت", "سلفستر ستالون", "واليس سيمبسون"):
        assert _cut_verbs(words, text, name) == name


def test_a_short_noun_with_its_pronoun_after_the_name(words):
    text = "وقدم المدير خالد العنزي شكره للعاملين في المستشفى."
    assert _cut(words, text, "خالد العنزي شكره") == "خالد العنزي"


def test_a_surname_spelt_like_a_verbs_key_or_a_possessed_noun_is_kept(words):
    # "تراس" is the key of "ترأس" (presides) but not the verb as written; "هاكه" follows no family name
    text = "وصرح وارن تراس نائب رئيس الوزراء، وقالت المتحدثة إيفا هاكه إن البحث مستمر."
    for name in ("وارن تراس", "إيفا هاكه"):
        assert _cut_verbs(words, text, name) == name
