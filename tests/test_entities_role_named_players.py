"""A foreign player or coach named by his surname alone after his role noun
(`role_named_players.py`). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.role_named_players import add_role_named_players
from marsad.lexicons.verbs import verb_keys

KB = load_kb()
WORDS = NameWords(KB)
VERBS = verb_keys()


def _added(text: str) -> list[str]:
    tokens = tokenize(text)
    found = add_role_named_players([], tokens, text, WORDS, KB, VERBS)
    for c in found:
        assert text[c.start : c.end] == c.display
    return [text[c.start : c.end] for c in found]


def test_a_surname_after_the_role_and_the_nationality_is_a_person():
    assert _added("وشارك المدافع البرتغالي مورايس في الحصة التدريبية المسائية.") == ["مورايس"]
    assert _added("ولم يتمكن الحارس الكرواتي سوباسيتش من اللحاق بالمباراة.") == ["سوباسيتش"]


def test_a_surname_that_ends_the_sentence_is_a_person():
    assert _added("وأدار الفريق مرانه الأخير تحت إشراف المدرب كرانتشار.") == ["كرانتشار"]


def test_a_verb_or_a_word_after_the_role_is_no_person():
    # the role noun is the clause's subject: a verb follows it
    assert _added("وقال الإداري إن رغبة اللاعب تبدلت في اللحظة الأخيرة.") == []
    assert _added("وأكد أن اللاعب موجوداً مع بعثة الفريق في المعسكر.") == []
    # a two-word name is for the finders of whole names
    assert _added("وعبر المهاجم البرازيلي ماركوس ليوناردو عن سعادته بالانضمام.") == []


def test_the_layer_keeps_the_surname(ner_layer):
    text = ("واصل الفريق الأول لكرة القدم تحضيراته في المعسكر الخارجي.\n\n"
            "وشهدت الحصة مشاركة المدافع البرتغالي مورايس بعد وصوله أمس إلى مقر المعسكر.")
    assert "مورايس" in names(analysed(ner_layer, text, "2015-08-01"), "PER")
