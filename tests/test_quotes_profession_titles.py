"""Professions, religious titles and ranks before a speaker's name (issue #14): the title is no
part of the name, the name after it is the speaker whether or not the entity layer found it, and
the bare title later refers back to the person it introduced. Every sentence here is written for
these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, quote_with, run


def _speaker_text(body: str, anchor: str) -> str | None:
    q = quote_with(run(make_doc(body)), anchor)
    return q.speaker.text if q.speaker else None


def test_feminine_profession_before_a_name_no_entity_holds():
    body = "وقالت الإعلامية ريم الخطاف إن الحلقة الأولى من البرنامج تبث مطلع الشهر المقبل."
    assert _speaker_text(body, "الحلقة الأولى من البرنامج") == "ريم الخطاف"


def test_profession_title_links_the_name_and_its_later_bare_use():
    body = ("وقال المخرج ماهر سليمان إن التصوير يبدأ في الربيع داخل مدينة حلب القديمة.\n\n"
            "وأضاف المخرج أن الميزانية تكفي لثلاثة أشهر من العمل.")
    doc = run(make_doc(body, ents=[("PER", "ماهر سليمان", [("ماهر سليمان", "name")])]))
    assert quote_with(doc, "التصوير يبدأ في الربيع").speaker.entity == "e1"
    assert quote_with(doc, "الميزانية تكفي لثلاثة").speaker.entity == "e1"


def test_feminine_lawyer_title_before_a_name():
    body = "وأوضحت المحامية سلوى القرشي أن الجلسة أجلت إلى منتصف الشهر لاستكمال الأوراق."
    assert _speaker_text(body, "الجلسة أجلت إلى منتصف") == "سلوى القرشي"


def test_tribal_title_in_construct_before_a_name():
    body = "وقال شيخ قبيلة الدواسر مبارك بن حمد إن الصلح بين العائلتين تم بعد صلاة الجمعة."
    assert _speaker_text(body, "الصلح بين العائلتين") == "مبارك بن حمد"


def test_novelist_and_clergy_titles_before_names():
    body = "وقالت الروائية منى العتيبي إن روايتها الجديدة تصدر قبل معرض الكتاب."
    assert _speaker_text(body, "روايتها الجديدة تصدر") == "منى العتيبي"
    body = "وقال المطران يوحنا حداد إن الكنيسة تفتح أبوابها للنازحين."
    assert _speaker_text(body, "الكنيسة تفتح أبوابها") == "يوحنا حداد"


def test_professionals_in_the_plural_name_nobody():
    body = "وقال دبلوماسيون غربيون إن جولة المفاوضات المقبلة ستعقد في جنيف."
    assert _speaker_text(body, "جولة المفاوضات المقبلة") is None
    body = "وأكد أكاديميون في الجامعة أن نتائج القبول تعلن الأسبوع المقبل."
    assert _speaker_text(body, "نتائج القبول تعلن") is None
