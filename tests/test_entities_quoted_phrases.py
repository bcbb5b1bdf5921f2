"""Persons, bodies and places read inside a quoted phrase that names nothing: a quoted clause or a
quoted noun and its adjective. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import person_candidate
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.quoted_phrases import drop_quoted_phrases
from marsad.lexicons.verbs import verb_keys

WORDS = NameWords(load_kb())
VERBS = verb_keys()


def _kept(text: str, name: str, typ: str = "ORG") -> bool:
    tokens, cand = person_candidate(text, name)
    cand.type = typ
    kept = drop_quoted_phrases([cand], tokens, text, WORDS, VERBS)
    assert all(text[c.start : c.end] == name for c in kept)
    return bool(kept)


def test_a_quoted_clause_is_no_name():
    assert not _kept("مبادرة “ازرع شجرة” تجوب أحياء المدينة", "ازرع")
    assert not _kept('حملة "احموا أطفالكم" تنطلق في المدارس', "أطفالكم")
    assert not _kept('حملة "احموا أطفالكم" تنطلق في المدارس', "احموا أطفالكم")


def test_a_quoted_noun_and_its_adjective_is_no_name():
    assert not _kept("انتشال حطام «السفينة الغارقة» قرب الساحل", "السفينة الغارقة", "LOC")
    assert _kept("«الراية المالية» ترفع توصيتها لسهم المصرف", "الراية المالية")  # a company
    assert not _kept("وصول «القافلة الطبية» إلى القرى الحدودية", "القافلة الطبية", "MISC")
    # in a body the same shape may be a quoted site's name: kept
    assert _kept("افتتاح معرض الكتاب\nوتقام الفعاليات في «القاعة الكبرى» بالمدينة", "القاعة الكبرى", "LOC")


def test_quoted_names_stay():
    assert _kept("محافظ «المركزي المصري» يزور الرياض", "المركزي المصري")
    assert _kept("وفاز حزب «العمل الوطني» بعشرة مقاعد", "العمل الوطني")
    text = "هجوم لـ«الجبهة الشعبية» على البلدة. وقال قائد في الجبهة الشعبية إن مقاتليه تقدموا"
    assert _kept(text, "الجبهة الشعبية")
    assert _kept("«الهيئة الملكية» تطلق مشروعا جديدا في الجبيل", "الهيئة الملكية")
    assert _kept("«الشؤون الاجتماعية»: صرف الإعانات الأسبوع المقبل", "الشؤون الاجتماعية")
    assert _kept('"موبايلي" تطلق باقة جديدة للمشتركين', "موبايلي")
    assert _kept("حملة “ازرع شجرة” يقودها “سالم الدوسري” في الحي", "سالم الدوسري", "PER")
    assert _kept("اختتام فعاليات ملتقى «الطائف» الصيفي", "الطائف", "LOC")
    # an unquoted phrase is not this module's business
    assert _kept("انتشال حطام السفينة الغارقة قرب الساحل", "السفينة الغارقة")


def test_a_long_quotation_keeps_its_names():
    text = "وقال المتحدث: «إن الطائرة الماليزية سقطت في المحيط الهندي بعد ساعات من إقلاعها من العاصمة»"
    assert _kept(text, "الطائرة الماليزية", "MISC")


def test_the_quoted_words_after_residents_name_a_place():
    from marsad.layers.entities.quoted_phrases import retype_residents_places

    for text, name, typ in (('أهالي "وادي الخير" يشكون من انقطاع المياه', "وادي الخير", "LOC"),
                            ("سكان «حي الصفا» يطالبون بحديقة", "حي الصفا", "LOC"),
                            ("أهالي الحي يشكرون «شركة المياه» على سرعة الإصلاح", "شركة المياه", "ORG")):
        tokens, cand = person_candidate(text, name)
        cand.type = "ORG"
        retype_residents_places([cand], tokens, text)
        assert cand.type == typ, text
