"""A content noun after the setting of a statement ("في تصريحاته أمس"، "في تصريح له"، "في بيان
لها") opens what was said: the statement starts at that noun, not at the preposition after it or
inside the speaker's description. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "سعيد الراشد", [("سعيد الراشد", "name"), ("الراشد", "surname")]),
        ("LOC", "الرياض", [("الرياض", "name")]),
        ("LOC", "قطر", [("قطر", "name")])]


def _quotes(body: str) -> list[str]:
    doc = run(make_doc(body, ents=ENTS))
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    return [q.text for q in doc.quotes]


def test_content_noun_after_a_setting_and_a_time_word():
    body = "وأكد سعيد الراشد في تصريحاته أمس عزمه على مواصلة الإصلاحات في قطاع التعليم خلال العام المقبل."
    assert _quotes(body) == ["عزمه على مواصلة الإصلاحات في قطاع التعليم خلال العام المقبل"]


def test_content_noun_after_a_setting_with_its_pronoun():
    body = ("وأكد سعيد الراشد وزير الخارجية في تصريح له تضامن الرياض حكومة وشعبا مع الدول "
            "المتضررة من الفيضانات الأخيرة.")
    assert _quotes(body) == ["تضامن الرياض حكومة وشعبا مع الدول المتضررة من الفيضانات الأخيرة"]


def test_fronted_subject_then_a_setting_then_the_content_noun():
    body = ("وقطر ممثلة في وزارة الخارجية أكدت في بيان لها إدانتها الشديدة للهجوم الذي استهدف "
            "السوق الشعبي، مشيرة إلى أنها تقف إلى جانب الضحايا.")
    quotes = _quotes(body)
    assert quotes[0] == "إدانتها الشديدة للهجوم الذي استهدف السوق الشعبي"


def test_a_noun_governed_by_a_preposition_is_no_content_head():
    body = "وأعلن سعيد الراشد اليوم عن دعم المبادرة الجديدة لتشغيل الشباب في المنطقة."
    assert _quotes(body) == ["عن دعم المبادرة الجديدة لتشغيل الشباب في المنطقة"]


def test_colon_after_the_verbs_own_preposition_phrase_lists_its_places():
    body = ("وأعلنت المقاومة الشعبية، عن مقتل 42 مسلحا على الأقل، و9 من مقاتليها، في مواجهات "
            "اندلعت في قرى: (الوادي، والجبل) خلال اليومين الماضيين.")
    quotes = _quotes(body)
    assert len(quotes) == 1 and quotes[0].startswith("عن مقتل 42 مسلحا")


def test_quotation_after_such_a_colon_stays_the_words():
    body = "وأشاد سعيد الراشد بجهود العاملين في المهرجان: «لقد قدموا عملا رائعا طوال الأسبوع»."
    assert _quotes(body) == ["لقد قدموا عملا رائعا طوال الأسبوع"]


def test_colon_before_a_list_on_lines_of_its_own_keeps_the_list():
    body = ("وأشار عدد من الخبراء الذين استشارتهم الصحيفة إلى عدد من العوامل الفاعلة في السوق منها:\n"
            "- أن أسعار العقار الفاخر تتجه إلى الاستقرار بوجه عام في العاصمة.")
    assert not any(text.startswith("إلى عدد من العوامل") for text in _quotes(body))
