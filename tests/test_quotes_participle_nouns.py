"""A participle's letters that are no speaker's manner: after a preposition they are the verbal
noun ("من مطالبة الإدارة"), as are a past verb's letters ("حول وصف الوزير"); after a form of "كان" or a verb like it the predicate ("ستكون مطالبة
بـ": obliged to). Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "سعيد الراشد", [("سعيد الراشد", "name"), ("الراشد", "surname")])]


def _quotes(body: str) -> list[str]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.text for q in doc.quotes]


def test_verbal_noun_after_a_preposition_is_no_cue():
    body = "وجاء القرار بعد أسبوع من مطالبة الإدارة الأميركية الحكومة بوقف هدم البيوت في القرى الحدودية."
    assert _quotes(body) == []


def test_predicate_of_a_future_kana_is_no_cue():
    body = "وتقضي الاقتراحات بأن الوزارة ستكون مطالبة بإعلام الملاك بأن المستأجر فقد وضعه القانوني."
    assert _quotes(body) == []


def test_predicate_after_the_subject_of_kana_is_no_cue():
    body = "وكانت الشركة مطالبة بتسديد الديون المتراكمة عليها خلال العام الماضي."
    assert _quotes(body) == []


def test_a_participle_after_a_comma_still_reports():
    body = "وأشاد سعيد الراشد بالمشروع الجديد، مطالبا بضرورة الإسراع في تنفيذه قبل نهاية العام."
    assert _quotes(body) == ["بضرورة الإسراع في تنفيذه قبل نهاية العام"]


def test_a_participle_after_laysa_and_a_noun_still_reports():
    body = ("وقال سعيد الراشد إن الشرط أن يحارب المقاتلون التنظيم وليس النظام مبينا بأن التنظيم "
            "تكبد خسائر كبيرة في المعارك الأخيرة.")
    assert any(text.startswith("أن التنظيم تكبد") for text in _quotes(body))


def test_the_name_ali_before_a_participle_is_no_preposition():
    body = "ويعلق علي قائلا إنهم كانوا في البداية ينفقون الأموال بلا حساب في الأسواق."
    assert _quotes(body) == ["إنهم كانوا في البداية ينفقون الأموال بلا حساب في الأسواق"]


def test_verbal_noun_after_a_preposition_with_wa_is_no_cue():
    body = ("وفي مناشدة جديدة للمتبرعين عبر موقعها دعت الجمعية الخيرية الأهالي إلى دعم حملة كسوة العيد "
            "للأسر المحتاجة.")
    assert not any(text.startswith("جديدة") for text in _quotes(body))


def test_a_past_verbs_letters_after_a_preposition_are_its_noun():
    body = ("وردا على سؤال حول وصف الوزير ما جرى بالخطأ الفني قال سعيد الراشد إن "
            "اللجنة ستراجع كل الإجراءات المتبعة.")
    doc = run(make_doc(body, ents=ENTS))
    assert [(q.text, q.speaker.text if q.speaker else None) for q in doc.quotes] == [
        ("إن اللجنة ستراجع كل الإجراءات المتبعة", "سعيد الراشد")]


def test_who_said_keeps_its_verb():
    body = "وتساءل سعيد الراشد: من قال إن الأسعار سترتفع في الصيف المقبل؟"
    assert _quotes(body)
