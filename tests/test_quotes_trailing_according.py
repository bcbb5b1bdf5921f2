"""An according phrase that closes a statement already found ("إن ... «...»، بحسب ما نقلت وسائل
الإعلام") names its channel: no second statement of its own, and the statement ends with its
quotation, before the phrase. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "سعيد الراشد", [("سعيد الراشد", "name"), ("الراشد", "surname")]),
        ("ORG", "الشرطة", [("الشرطة", "name")])]


def _quotes(body: str) -> list[tuple[str, str]]:
    doc = run(make_doc(body, ents=ENTS))
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    return [(q.kind, q.text) for q in doc.quotes]


def test_according_after_a_quotation_that_spans_two_sentences():
    body = ('وصرح سعيد الراشد إن الحكومة "لم تعد تؤيد الخطة القديمة. أعتقد أنها ستتخلى عنها"، '
            'بحسب ما نقلت عنه وسائل الإعلام المحلية.')
    quotes = _quotes(body)
    assert ("indirect", 'إن الحكومة "لم تعد تؤيد الخطة القديمة. أعتقد أنها ستتخلى عنها"') in quotes
    assert not any("بحسب" in text for _, text in quotes)
    assert len([q for q in quotes if q[0] == "indirect"]) == 1


def test_according_after_a_new_sentence_still_reports():
    body = "قالت الشرطة إن الحادث وقع مساء أمس. وأصيب ثلاثة أشخاص بجروح طفيفة، بحسب ما أفاد مصدر طبي."
    assert [text for _, text in _quotes(body)] == ["إن الحادث وقع مساء أمس", "وأصيب ثلاثة أشخاص بجروح طفيفة"]


def test_quotation_right_after_an_according_source_is_its_words():
    body = "وبحسب الراشد «لا تخلو أرصفة الميناء من السفن التي تنقل الغذاء والدواء إلى المدينة»."
    assert _quotes(body) == [("direct", "لا تخلو أرصفة الميناء من السفن التي تنقل الغذاء والدواء إلى المدينة")]


def test_an_outlet_name_in_marks_after_according_is_no_quotation():
    body = "وبحسب صحيفة «الوطن» فإن الوزير سيزور المدينة الأسبوع المقبل."
    assert _quotes(body) == [("indirect", "إن الوزير سيزور المدينة الأسبوع المقبل")]


def test_according_after_a_comma_and_but_opens_its_own_statement():
    body = ("وأكد سعيد الراشد أن مواجهة التهريب أولوية كبرى، لكن وفق عدد من الخبراء فإنه لا يمكن "
            "إيجاد حل فعال من دون تعاون الدول المجاورة.")
    assert any(text.startswith("إنه لا يمكن إيجاد حل") for _, text in _quotes(body))


def test_according_between_the_verb_and_its_clause_still_names_a_source():
    # the phrase stands before the statement's words, not inside them: it is read as before
    body = ("وقالت صحيفة «الأنباء»، حسب أصدقاء سعيد الراشد، إنه كان يعاني من ضغوط كبيرة. "
            "لكنه كان يقول إنه سئم من تعليمات الأطباء ولا يريد اتباعها.")
    texts = [text for _, text in _quotes(body)]
    assert texts[0] == "إنه كان يعاني من ضغوط كبيرة"


def test_according_to_a_statement_described_by_who_issued_it():
    body = ("ووفقا للبيان الصادر من الاتحاد الوطني للعبة عن اجتماعه الأخير، فإنه جرى تدارس كل "
            "الجوانب الخاصة بديون الأندية.")
    assert [text for _, text in _quotes(body)] == ["إنه جرى تدارس كل الجوانب الخاصة بديون الأندية"]


def test_the_body_that_issued_the_statement_speaks():
    doc = run(make_doc("ووفقا للبيان الصادر من الشرطة عن الحادث، فإنه جرى القبض على ثلاثة مشتبه بهم في المدينة.",
                       ents=ENTS))
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == ["الشرطة"]
