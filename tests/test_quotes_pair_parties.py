"""A dual subject ("وأكد الجانبان"، "وأكد البلدان") speaks for the two parties named together
before it; the first of them stands for both (layers/quotes/pair_parties.py). Every sentence here
is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, quote_with, run


def place(name: str) -> tuple[str, str, list[tuple[str, str]]]:
    return ("LOC", name, [(name, "name")])


def test_the_first_of_two_countries_named_between_speaks_for_both():
    body = ("وبحث الوفد تعزيز التعاون بين الكويت وتونس في مجالات التعليم والصحة. "
            "وأكد البلدان أهمية تبادل الخبرات في التدريب المهني.")
    doc = run(make_doc(body, ents=[place("الكويت"), place("تونس")]))
    assert quote_with(doc, "تبادل الخبرات").speaker.entity == "e1"


def test_two_leaders_opening_the_sentence_before():
    body = ("سامي الراشد وخالد المنصور يبحثان أزمة المياه في اتصال هاتفي. "
            "وأكد الرئيسان أنهما سيواصلان التشاور خلال الأيام المقبلة.")
    doc = run(make_doc(body, ents=[person("سامي الراشد"), person("خالد المنصور")]))
    assert quote_with(doc, "سيواصلان التشاور").speaker.entity == "e1"


def test_a_dual_of_persons_passes_over_a_pair_of_countries():
    body = ("وتربط الكويت وتونس علاقات قديمة. "
            "وأكد الرئيسان أنهما سيواصلان التشاور خلال الأيام المقبلة.")
    doc = run(make_doc(body, ents=[place("الكويت"), place("تونس")]))
    assert quote_with(doc, "سيواصلان التشاور").speaker.text == "الرئيسان"


def test_two_places_visited_are_not_the_sides():
    body = ("وزار الوزير الكويت وتونس الأسبوع الماضي، ثم التقى نظيره في القاهرة. "
            "وأكد الجانبان أهمية تنسيق المواقف في المحافل الدولية.")
    doc = run(make_doc(body, ents=[place("الكويت"), place("تونس")]))
    assert quote_with(doc, "تنسيق المواقف").speaker.text == "الجانبان"


def test_a_dual_verb_goes_on_with_the_pair():
    body = ("وبحث الوفد تعزيز التعاون بين الكويت وتونس في مجالات التعليم والصحة. "
            "وأكد البلدان أهمية تبادل الخبرات في التدريب المهني، وشددا على أن التعليم هو أساس التنمية في المنطقة.")
    doc = run(make_doc(body, ents=[place("الكويت"), place("تونس")]))
    assert quote_with(doc, "أساس التنمية").speaker.entity == "e1"
