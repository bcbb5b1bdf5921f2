"""A family name the article confirms by repeating it alone after a verb of saying completes the
person's full name where it was cut or missed. Sentences written for these tests; the cut
person is given as a candidate, as NER would find it."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.confirmed_surnames import complete_confirmed_surnames
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.lexicons.verbs import verb_keys


@pytest.fixture(scope="module")
def words():
    return NameWords(load_kb())


def persons(words, text, found=()):
    """The persons' spans after the rule, given the spans NER found (`found`)."""
    tokens = Document(text=text).tokens
    cands = []
    for name in found:
        start = text.index(name)
        first = next(i for i, t in enumerate(tokens) if t.start == start)
        last = next(i for i, t in enumerate(tokens) if t.end == start + len(name))
        cands.append(NameCandidate(start, start + len(name), first, last + 1, "PER", alias_key(name), None, "ner"))
    out = complete_confirmed_surnames(cands, tokens, text, words, verb_keys())
    for c in out:
        assert text[c.start : c.end] == text[tokens[c.tok_start].start : tokens[c.tok_end - 1].end]
    return [text[c.start : c.end] for c in out]


def test_cut_name_extended_over_an_ordinary_family_name(words):
    text = ("وقال فهد أحمد ألفي الرئيس التنفيذي للشركة إن الأرباح ارتفعت هذا العام. "
            "وأوضح ألفي أن الشركة ستفتتح فرعا جديدا في جدة.")
    assert persons(words, text, ["فهد أحمد"]) == ["فهد أحمد ألفي"]
    # an ordinary word extends a name only where a title follows it
    text = "وقال فهد أحمد ألفي إن الأرباح ارتفعت. وأوضح ألفي أن الشركة ستفتتح فرعا."
    assert persons(words, text, ["فهد أحمد"]) == ["فهد أحمد"]


def test_missed_name_with_a_nisba_family_name_added(words):
    text = ("وقالت لـ\"الوطن\" هدى المغربي، مديرة البرنامج، إن المساعدات ستتوقف الشهر المقبل. "
            "وأكدت المغربي أن التمويل لم يصل بعد.")
    assert persons(words, text) == ["هدى المغربي"]


def test_no_family_name_without_the_repeat_or_from_a_role(words):
    # no verb of saying takes the word alone: nothing is confirmed
    assert persons(words, "وقال فهد أحمد ألفي إن الأرباح ارتفعت.", ["فهد أحمد"]) == ["فهد أحمد"]
    # a role after a verb of saying is no family name ("وقال المتحدث إن")
    text = "وقال سالم خالد المتحدث باسم الوزارة إن الطرق مفتوحة. وقال المتحدث إن العمل مستمر."
    assert persons(words, text, ["سالم خالد"]) == ["سالم خالد"]
    # an adverb after a verb of saying is no family name ("وأضاف قائلا إن")
    text = "وتحدثت سلمى هارتمان قائلة إن المشروع ناجح. وأضافت قائلة إن التمويل كاف."
    assert persons(words, text, ["سلمى هارتمان"]) == ["سلمى هارتمان"]
    # a verb before the family name is no first name ("وينوه الشمري أن")
    text = "وأكد المحلل أن السوق مستقرة. وينوه الشمري أن الأسعار سترتفع. وأضاف الشمري أن الطلب قوي."
    assert persons(words, text) == []
    # a definite word before the nisba is an adjective's noun, no first name
    text = "وأوضح المسؤول المغربي أن الاتفاق جاهز. وأكد المغربي أن التوقيع قريب."
    assert persons(words, text) == []
