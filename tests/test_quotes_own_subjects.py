"""A reporting verb's own subject that names someone the entity layer missed (a body with its
name, a surname introduced earlier) keeps the statement from the speaker named before. Every
sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("ORG", "منظمة الدول المصدرة للبترول", [("منظمة الدول المصدرة للبترول", "name")]),
        ("PER", "سالم الدوسري", [("سالم الدوسري", "name"), ("القنصل", "title")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity or q.speaker.text if q.speaker else None for q in doc.quotes]


def test_body_named_after_its_verb_is_not_the_report_before():
    body = ("أصدرت منظمة الدول المصدرة للبترول تقريرها الشهري أمس. وقال التقرير إن الطلب سيرتفع. "
            "وأوضح التقرير أن المخزونات تراجعت. وأشار التقرير إلى أن الأسعار ستتحسن. "
            "وفي تطور آخر قالت إدارة الإحصاءات الزراعية الكندية \"إن محصول القمح تراجع هذا العام\".")
    assert _speakers(body)[-1] == "إدارة الإحصاءات الزراعية الكندية"


def test_surname_introduced_before_speaks_for_itself():
    body = ("قال القنصل سالم الدوسري إن القنصلية تابعت الحادثة منذ وقوعها، مبينا أن المصابين نقلوا "
            "إلى المستشفى، ولافتا إلى أن حالتهم مستقرة. وأضاف أن التحقيق مستمر. "
            "ويروي باسم الحربي وهو شاهد عيان ما جرى في الفندق. "
            "وقال الحربي إن الطعام كان فاسدا. وأضاف أن المصابين نقلوا سريعا.")
    assert _speakers(body)[-2:] == ["الحربي", "الحربي"]


def test_bare_title_still_goes_to_the_person_named_with_it():
    body = ("قال القنصل سالم الدوسري إن المصابين بخير. وقال القنصل إن الأدوية متوفرة.")
    assert _speakers(body) == ["e2", "e2"]



def test_participle_goes_on_with_the_described_subject_not_the_object():
    ents = [("PER", "ماجد الشهري", [("ماجد الشهري", "name")]),
            ("ORG", "وزارة النقل", [("وزارة النقل", "name")]),
            ("ORG", "شركة الخطوط الحديدية", [("شركة الخطوط الحديدية", "name")])]
    body = ("قال رئيس هيئة الموانئ ماجد الشهري إن الميناء الجديد سيفتتح قريبا. "
            "ونوه معالي رئيس الهيئة بالجهود التي بذلتها وزارة النقل وشركة الخطوط الحديدية، "
            "مشيرا إلى أن الربط بين الميناء والسكة سيختصر زمن الشحن.")
    doc = run(make_doc(body, ents=ents))
    last = doc.quotes[-1]
    assert last.speaker is not None and last.speaker.entity == "e1"
