"""A subject that is a body's head word alone ("وقالت الشركة"، "وأضافت الجامعة") is the body of
that kind the article named before ("شركة «الريان للتقنية»"، "جامعة الملك خالد"): the statement
takes its name. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("ORG", "جامعة الملك خالد", [("جامعة الملك خالد", "name")]),
        ("ORG", "الريان للتقنية", [("الريان للتقنية", "name")]),
        ("PER", "سالم الراشد", [("سالم الراشد", "name")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity if q.speaker else None for q in doc.quotes]


def test_head_word_after_the_body_named_with_it():
    body = ("افتتحت جامعة الملك خالد مركزا للأبحاث. وقال سالم الراشد إن المركز سيخدم الطلاب. "
            "وأضافت الجامعة أن التسجيل سيبدأ الأسبوع المقبل.")
    assert _speakers(body)[-1] == "e1"


def test_head_word_after_a_quoted_name_it_introduced():
    body = ("تقدمت شركة «الريان للتقنية» بطلب لإعادة الهيكلة. "
            "وصرحت الشركة، التي تتخذ من جدة مقرا لها، بأنها ستبيع عشرة من فروعها.")
    assert _speakers(body)[-1] == "e2"


def test_head_word_of_another_kind_stays_unnamed():
    body = ("افتتحت جامعة الملك خالد مركزا للأبحاث. "
            "وقالت الوزارة إن المركز سيخدم الطلاب.")
    assert _speakers(body)[-1] != "e1"


def test_head_word_after_another_body_of_its_kind_was_introduced():
    # "لشركة النقل البحري" (no entity found) comes between: "الشركة" may be that one
    body = ("ارتفعت أرباح شركة «الريان للتقنية» عشرة في المائة. "
            "وتراجعت أرباح لشركة النقل البحري خلال الربع الثاني. "
            "وقالت الشركة إن التراجع يعود إلى ارتفاع أسعار الوقود.")
    assert _speakers(body)[-1] != "e2"
