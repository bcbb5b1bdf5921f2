"""An ordinary noun for a person ("المواطن", "المقيم") as a later mention of the one person it
introduced (entities/person_nouns.py). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixtures


def mentions_of(doc, name: str) -> set[str]:
    """The mentions of the person whose name starts with the words of `name` (the layer runs
    without NER here: a family name may be left out)."""
    return {m.text for e in doc.entities if e.type == "PER" and name.startswith(e.name) for m in e.mentions}


def test_the_noun_before_the_name_names_him_elsewhere(layer):
    doc = analysed(layer, "مواطن يشكو تأخر صرف راتبه. وأوضح المواطن أنه راجع الإدارة مرارا. "
                          "وقال المواطن سالم محمد الحربي إن أحدا لم يرد عليه.", "2015-08-10")
    assert {"مواطن", "المواطن"} <= mentions_of(doc, "سالم محمد الحربي")


def test_one_of_the_residents_called_by_name(layer):
    doc = analysed(layer, "اتهم أحد المقيمين يدعى خالد حسن يوسف شركة بتأخير أجره. وأكد المقيم أنه "
                          "لم يتسلم شيئا منذ شهرين.", "2015-08-10")
    assert "المقيم" in mentions_of(doc, "خالد حسن يوسف")


def test_two_people_introduced_by_the_noun_leave_it_to_nobody(layer):
    doc = analysed(layer, "وقال المواطن سالم محمد الحربي إن الطريق خطر. وأيده المواطن فهد علي الشمري. "
                          "وأضاف المواطن أن الحوادث كثرت.", "2015-08-10")
    assert "المواطن" not in mentions_of(doc, "سالم محمد الحربي") | mentions_of(doc, "فهد علي الشمري")


def test_the_verb_read_as_the_noun_introduces_nobody(layer):
    doc = analysed(layer, "وطالب سالم محمد بوقف القصف. وأضاف الطالب أن الدراسة توقفت، كما طالب بالمساعدة.",
                   "2015-08-10")
    assert "الطالب" not in mentions_of(doc, "سالم محمد")


def test_the_noun_before_a_name_not_found_is_that_name_s(layer):
    doc = analysed(layer, "وقال الشاب سلمان محمد إن العمل متعب. ويرى الشاب علي الهاجري أن الموسم فرصة.",
                   "2015-08-10")
    assert mentions_of(doc, "سلمان محمد") & {"الشاب"} == set()


def test_an_adjective_between_the_noun_and_the_name_keeps_the_noun_his(layer):
    # the second man is introduced as "المواطن اليمني فلان": the noun there is his, not the first man's
    doc = analysed(layer, "وقال المواطن سالم محمد الحربي إن الطريق خطر. بدوره، قال المواطن اليمني فهد علي "
                          "الشمري إنه عاد إلى بيته.", "2015-08-10")
    assert "المواطن" not in mentions_of(doc, "سالم محمد الحربي") - {"المواطن سالم محمد الحربي"}
    assert len([m for m in mentions_of(doc, "سالم محمد الحربي") if m == "المواطن"]) == 0


def test_an_adjective_between_the_noun_and_the_name_introduces_him(layer):
    doc = analysed(layer, "وقال البائع العماني سالم محمد الحربي إن الموسم جيد. وأضاف البائع أن الزوار كثر.",
                   "2015-08-10")
    assert "البائع" in mentions_of(doc, "سالم محمد الحربي")
