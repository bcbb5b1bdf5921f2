"""Words shaped like a verb that tell a clause's tense, read by `marsad.layers.dates.tense`: nouns,
adverbs, particles and past verbs that begin like a future verb (س + a present), accusative verbal
nouns that begin like a present one (ت + stem), and "القادم" (coming) that is a participle of
motion before "من"/"إلى". Sentences written for these tests, published on Monday 14 February
2022."""

from __future__ import annotations

import pytest

from date_fixtures import found, layer  # noqa: F401 - pytest fixture
from marsad.layers.dates.tense import is_future_verb, is_present_verb


@pytest.mark.parametrize(("word", "future"), [
    # a present verb after "س", an object pronoun on it too
    ("سيطرح", True), ("سيكون", True), ("سيعطيهما", True), ("سيراها", True),
    # nouns of سياسة/سيارة/سياحة/سيادة whatever their ending, and nisba adverbs in "يا"
    ("سياستها", False), ("سياراتهم", False), ("سيادتها", False), ("سياحيا", False), ("سيبرانيا", False),
    # ... and names in "يا" ("سيبيريا")
    ("سيبيريا", False),
    # a noun with its possessive, too short for a verb and its object ("سير" + "هما": their walk)
    ("سيرهما", False),
    # listed: the past "سيّرت" (operated), "سيطرت" (took control), the particle of "لا سيما"
    ("سيرت", False), ("سيطرت", False), ("سيما", False),
    # listed nouns and names: "سيول" (floods), "سيناريو", "ستاد", "سياتل"
    ("سيول", False), ("سيناريو", False), ("ستاد", False), ("سياتل", False),
])
def test_words_that_begin_like_a_future_verb(word, future):
    assert is_future_verb(word) is future


@pytest.mark.parametrize(("word", "present"), [
    ("يستأنف", True), ("تعقد", True),
    # a verbal noun of form V or VI (ت + three or four letters) or II in the accusative
    ("تضررا", False), ("تواجدا", False), ("تأثرا", False), ("تقريبا", False),
])
def test_accusative_verbal_nouns_are_no_present_verbs(word, present):
    assert is_present_verb(word) is present


@pytest.mark.parametrize(("text", "expected"), [
    # "تواجدا" is no present verb heading the clause: the bare weekday is the one gone by
    ("وسجلت الفرق الميدانية تواجدا مكثفا في الأسواق الخميس.", [("الخميس", "2022-02-10")]),
    ("ولاحظ الزوار تواجدا أمنيا مكثفا الخميس.", [("الخميس", "2022-02-10")]),
    # "القادم إلى"/"القادم من": coming to or from a place, no time ahead
    ("وانضم المهاجم القادم إلى الدوري السعودي للتدريبات الجماعية الأربعاء.", [("الأربعاء", "2022-02-09")]),
    ("وانضم المهاجم القادم من الدوري البرتغالي للتدريبات الجماعية الأربعاء.", [("الأربعاء", "2022-02-09")]),
    # ... while "القادم" after a weekday places it ahead
    ("وتقام المباراة الخميس القادم في جدة.", [("الخميس القادم", "2022-02-17")]),
    # "سيّرت" with its shadda is the past verb too
    ("وسيّرت الهيئة قوافل إغاثة الأحد إلى القرى المتضررة.", [("الأحد", "2022-02-13")]),
])
def test_participles_and_verbal_nouns_in_a_weekdays_clause(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "سيرهما" (their walk) and "سياحيا" are no future verbs; "سيّرت" (operated) is a past one
    ("وتعرضت السائحتان لمضايقات أثناء سيرهما في السوق الخميس.", [("الخميس", "2022-02-10")]),
    ("وسيرت الشركة رحلات إضافية الخميس إلى المدن الساحلية.", [("الخميس", "2022-02-10")]),
])
def test_nouns_and_past_verbs_shaped_like_future_verbs(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "في سياق متصل" (in a related context): a noun, no future verb
    ("وفي سياق متصل، قال وزير الخارجية الخميس إن المحادثات مستمرة.", [("الخميس", "2022-02-10")]),
    ("وفي سياق آخر، أعلنت الوزارة الأربعاء عن خطة جديدة.", [("الأربعاء", "2022-02-09")]),
])
def test_in_a_related_context(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "لا سيما" and the past "سيطرت" (took control) announce nothing
    ("وتراجعت الأسهم لا سيما في قطاع المصارف الخميس.", [("الخميس", "2022-02-10")]),
    ("وسيطرت القوات الحكومية على البلدة الخميس بعد معارك عنيفة.", [("الخميس", "2022-02-10")]),
    # "سيطرح" (will present) is a future verb
    ("وسيطرح المجلس المشروع للتصويت الخميس.", [("الخميس", "2022-02-17")]),
])
def test_future_shaped_words_in_a_weekdays_clause(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a present of form X (ت + ست) heads its clause as one of ي does: its past begins with است
    ("وفي يوم الخميس تستقبل قاعة المعارض زوار المعرض الدولي للكتاب.", [("يوم الخميس", "2022-02-17")]),
    # a weekday alone in quote marks is read with the clause around the marks, not as a quotation
    ("وتحاضر الدكتورة سارة العلي «الخميس» عن الأمن الغذائي في قاعة النادي.", [("الخميس", "2022-02-17")]),
])
def test_present_verbs_around_a_weekday(layer, text, expected):
    assert found(layer, text) == expected
