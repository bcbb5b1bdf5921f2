"""HTML character references in plain-text records are decoded once, before cleaning; bare `&`
and pages already decoded by their HTML parser are left alone."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.ingest.build import make_document
from marsad.ingest.charrefs import count_char_refs, decode_char_refs
from marsad.ingest.htmlpage import read_html
from marsad.ingest.readers import read_blob
from marsad.ingest.record import RawRecord

BODY = ("أعلنت شركة الطيران الوطنية، مساء أمس الخميس، تشغيل خط جديد بين الرياض وأبها اعتبارا من "
        "مطلع الشهر المقبل، بمعدل ثلاث رحلات يوميا في الاتجاهين.")


@pytest.mark.parametrize(("raw", "meant"), [
    ("إطلاق &quot;مسار الشمال&quot; للقطارات", 'إطلاق "مسار الشمال" للقطارات'),
    ("افتتاح &#8220;سوق الأسر المنتجة&#8221; في تبوك", "افتتاح “سوق الأسر المنتجة” في تبوك"),
    ("إغلاق طريق &#x201C;الساحل&#x201D; مؤقتا", "إغلاق طريق “الساحل” مؤقتا"),
    ("الأمطار تغمر شوارع &#39;القنفذة&#39;", "الأمطار تغمر شوارع 'القنفذة'"),
    ("شركة &laquo;المراعي&raquo; &amp; شركاؤها", "شركة «المراعي» & شركاؤها"),
    ("الرياض&nbsp;&ndash; واس", "الرياض\u00a0– واس"),
    ("الفترة 2015&#150;2016", "الفترة 2015–2016"),  # a page's Windows-1252 reference means an en dash
    ("&QUOT;نص&QUOT;", '"نص"'),  # HTML5 knows some upper-case names
])
def test_references_become_the_characters_meant(raw: str, meant: str) -> None:
    assert decode_char_refs(raw) == meant


@pytest.mark.parametrize("text", [
    "ارتفع مؤشر S&P500 بنسبة 0.4 في المائة",
    "صفقة AT&T مع دايركت تي في",
    "جائزة (m-Media&News) العالمية",
    "تطبيق Pic&Vid Stitch لدمج الصور",
    "درجة (BA&Sc) في الآداب والعلوم",
    "الفقرة&para الثانية",  # a legacy name without its semicolon is not decoded
    "رمز &foo; ليس اسما معروفا",  # an unknown name stays as written
    "مرجع &#0; و&#xD800; و&#99999999; غير صالح",  # no character a writer can mean
    "علامة & وحدها بين كلمتين",
])
def test_text_that_is_not_a_reference_stays(text: str) -> None:
    assert decode_char_refs(text) == text
    assert not count_char_refs(text)


def test_one_level_only() -> None:
    # a record about HTML that writes the entity itself, escaped once by its page
    assert decode_char_refs("يكتب الرمز &amp;quot; في الصفحة") == "يكتب الرمز &quot; في الصفحة"


def test_clean_text_is_the_same_object() -> None:
    text = "نص عربي بلا مراجع"
    assert decode_char_refs(text) is text


def test_count_names_each_written_form() -> None:
    assert count_char_refs("&quot;أ&quot; و&#39;ب&#39; و&bogus; وS&P") == {"&quot;": 2, "&#39;": 2}


def test_jsonl_record_is_decoded_and_says_so() -> None:
    line = json.dumps({"id": "r1", "title": "&quot;الصحة&quot;: لا إصابات جديدة في جازان",
                       "text": BODY + "\n" + "وقال المتحدث إن &quot;الوضع مطمئن&quot; حتى الآن."},
                      ensure_ascii=False)
    [rec] = read_blob(line.encode("utf-8"), "mem.jsonl", "jsonl")
    assert isinstance(rec, RawRecord) and not rec.from_markup
    doc = make_document(rec)
    assert doc.title == '"الصحة": لا إصابات جديدة في جازان'
    assert doc.text.startswith(doc.title + "\n\n")
    assert "&quot;" not in doc.text and 'إن "الوضع مطمئن" حتى' in doc.text
    assert any("decoded 4 HTML character references (&quot; ×4)" in w for w in doc.warnings)


def test_text_record_is_decoded() -> None:
    [rec] = read_blob("إغلاق &#8220;الكورنيش&#8221; للصيانة\n\n".encode() + BODY.encode(), "mem.txt", "txt")
    assert make_document(rec).title == "إغلاق “الكورنيش” للصيانة"


def test_html_page_is_not_decoded_twice() -> None:
    # what an HTML parser gives is text: a literal "&quot;" in it (a page about HTML) must stay
    page = ("<html><head><title>دليل الكتابة</title></head><body><article><h1>دليل الكتابة</h1>"
            + "".join(f"<p>شركة AT&amp;T تعلن. {BODY}</p>" for _ in range(3)) + "</article></body></html>")
    rec = read_html(page, "mem.html")
    assert isinstance(rec, RawRecord) and rec.from_markup
    assert "شركة AT&T تعلن" in rec.body
    rec.body = "يوضح الدليل أن علامة &quot; تكتب بدل علامة التنصيص.\n" + rec.body
    doc = make_document(rec)
    assert "علامة &quot; تكتب" in doc.text
    assert not any("character reference" in w for w in doc.warnings)


# the characters a writer types, and the references a scraper may have escaped them into
_ESCAPES = {'"': ["&quot;", "&#34;", "&#x22;"], "“": ["&#8220;", "&ldquo;"], "”": ["&#8221;", "&rdquo;"],
            "'": ["&#39;", "&apos;"], "«": ["&laquo;"], "»": ["&raquo;"], "–": ["&#8211;", "&ndash;"]}
_WORDS = ["الوزير", "جدة", "أعلن", "مطار", "2015", "AT&T", "S&P", " & ", "،", ".", ":", " ", " ", "\n", "\n\n"]


@st.composite
def _written_and_escaped(draw: st.DrawFn) -> tuple[str, str]:
    pieces = draw(st.lists(st.sampled_from(_WORDS + list(_ESCAPES)), max_size=40))
    escaped = [draw(st.sampled_from([p, *_ESCAPES[p]])) if p in _ESCAPES else p for p in pieces]
    return "".join(pieces), "".join(escaped)


@settings(max_examples=300, deadline=None)
@given(_written_and_escaped(), _written_and_escaped())
def test_escaped_record_gives_the_document_of_the_written_one(title: tuple[str, str], body: tuple[str, str]) -> None:
    (title_w, title_e), (body_w, body_e) = title, body
    # clean text is a fixed point, and decoding an escaped text gives back what was written
    assert decode_char_refs(title_w) == title_w and decode_char_refs(body_w) == body_w
    assert decode_char_refs(body_e) == body_w
    written = make_document(RawRecord(body=body_w, title=title_w))
    escaped = make_document(RawRecord(body=body_e, title=title_e))
    # same text, title and cleaning: every offset later computed on it is the same
    assert (escaped.text, escaped.title, escaped.removed) == (written.text, written.title, written.removed)
    assert escaped.body_start == written.body_start


def test_byline_is_decoded_and_trimmed() -> None:
    rec = RawRecord(title="افتتاح معرض الكتاب", body=BODY, author="&nbsp;سعد المالكي&ndash; جدة")
    doc = make_document(rec)
    assert doc.author == "سعد المالكي– جدة"
    assert not doc.warnings  # a byline's spaces are not worth a warning on the document
    page = RawRecord(title="افتتاح معرض الكتاب", body=BODY, author="دليل &amp; أمثلة", from_markup=True)
    assert make_document(page).author == "دليل &amp; أمثلة"


def test_analysed_document_reads_the_decoded_headline() -> None:
    from marsad.pipeline import Analyzer

    body = ("قال المتحدث باسم وزارة الصحة محمد العبدالعالي في تصريح صحفي اليوم الأحد إن الوزارة "
            "لم تسجل أي إصابة جديدة في منطقة جازان خلال الأسبوع الماضي.")
    doc = Analyzer().analyze(body, title="&quot;الصحة&quot;: لا إصابات جديدة في جازان", published="2015-07-26")
    doc.check_offsets()  # every span is exact on the decoded text
    assert doc.text.startswith('"الصحة": لا إصابات')
    spans = [m.text for e in doc.entities for m in e.mentions] + [q.text for q in doc.quotes]
    assert spans and not any("quot" in s or "&" in s for s in spans)
