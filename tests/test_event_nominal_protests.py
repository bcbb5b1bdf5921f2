"""A protest told by an indefinite protest noun at the head of a sentence or a headline
(events/nominal_protests.py). Sentences written for these tests."""

from __future__ import annotations

from test_events import _occurring


def test_a_headline_protest_noun_with_its_place_or_mark_reports_a_protest() -> None:
    (e,) = _occurring("مظاهرات حاشدة في العاصمة ضد قانون الضرائب الجديد", "PROTEST")
    assert e.target_span.text.startswith("قانون الضرائب")
    assert e.actor_span is None  # "حاشدة" describes the protests, no one holds them
    (e,) = _occurring("إضراب عمال الموانئ في مرسيليا", "PROTEST")
    assert e.actor_span.text == "عمال الموانئ"


def test_a_march_or_aspects_at_the_head_are_no_protest_without_a_mark() -> None:
    assert not _occurring("مسيرة الإصلاح في البلاد مستمرة", "PROTEST")
    assert not _occurring("مظاهر الفرح في شوارع المدينة", "PROTEST")
    assert not _occurring("المظاهرات في العاصمة", "PROTEST")  # a definite noun names one told before
    assert _occurring("مسيرة في باريس ضد العنصرية", "PROTEST")


def test_a_protest_going_on_or_spreading_is_reported() -> None:
    (e,) = _occurring("واستمر إضراب عمال المناجم لليوم الخامس على التوالي.", "PROTEST")
    assert e.actor_span.text == "عمال المناجم"
    assert _occurring("واتسعت الاحتجاجات لتشمل مدنا جديدة في الجنوب.", "PROTEST")


def test_a_crowd_going_out_for_a_cause_protests() -> None:
    (e,) = _occurring("وخرج الآلاف أمس تنديدا بقرار إغلاق المصانع.", "PROTEST")
    assert e.actor_span.text == "الآلاف"
    assert not _occurring("وخرج الوزير من القاعة تنديدا بالكلمة.", "PROTEST")  # one man leaving


def test_a_noun_heading_its_sentence_has_a_genitive_not_a_subject() -> None:
    (e,) = _occurring("مظاهرات الخبز تتواصل في المدن الكبرى", "PROTEST")
    assert e.actor_span is None  # the bread is what they are about, not who protests
