"""Dates: kinds found on unlabelled articles (session 24): a weekday as a family name after a
Gulf given name, a given name that is also an ordinary word, a title before any given name, or a
word for a family.

Sentences written for these tests."""

from __future__ import annotations

from date_fixtures import found, layer  # noqa: F401


def test_a_weekday_after_a_given_name_or_a_family_word_is_a_family_name(layer):  # noqa: F811
    assert found(layer, "وقال رئيس النادي سامي الجمعة إن الفريق جاهز.") == []
    assert found(layer, "وكشف المهندس علي الجمعة عن تفاصيل المشروع.") == []
    assert found(layer, "وصرح العقيد تركي الخميس بأن الحادث وقع فجرا.") == []
    assert found(layer, "وحضر الحفل أفراد عائلة الخميس وأقاربهم.") == []
    assert found(layer, "وقال عمر الخميس إن الوضع مستقر.") == []


def test_a_weekday_after_an_adjective_or_a_preposition_is_the_day(layer):  # noqa: F811
    # "تركي" an adjective after "مسؤول", "علي" the preposition as some papers spell it
    assert found(layer, "وقال مسؤول تركي الخميس إن الحدود أغلقت.") == [("الخميس", "2022-02-10")]
    assert found(layer, "وصادق المجلس علي الخميس على القرار.") == [("الخميس", "2022-02-10")]


def _titled(layer, title: str, body: str) -> list[tuple[str, str | None]]:  # noqa: F811
    from marsad.document import Document

    doc = Document(text=f"{title}\n\n{body}", title=title, published="2022-02-14")
    layer(doc)
    doc.check_offsets()
    return [(d.text, d.value) for d in doc.dates]


def test_a_present_tense_title_weekday_is_the_day_the_body_gives_it(layer):  # noqa: F811
    # a Monday paper: the Tuesday the body tells of is the one gone by
    assert _titled(layer, "الوزير يدشن مشروع النقل الثلاثاء", "دشن الوزير يوم الثلاثاء مشروع النقل.") == [
        ("يوم الثلاثاء", "2022-02-08")]
    # the body announcing the coming one
    assert _titled(layer, "الوزير يدشن مشروع النقل الثلاثاء", "يدشن الوزير يوم الثلاثاء المقبل المشروع.") == [
        ("يوم الثلاثاء المقبل", "2022-02-15")]
    # no weekday in the body: the title's own reading
    assert _titled(layer, "الوزير يدشن مشروع النقل الثلاثاء", "دشن الوزير مشروع النقل.") == [
        ("الثلاثاء", "2022-02-15")]
