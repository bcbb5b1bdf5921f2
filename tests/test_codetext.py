"""Style sheets and scripts flattened into a plain-text record are cut out; prose stays."""

from __future__ import annotations

from marsad.ingest.build import make_document
from marsad.ingest.codetext import REASON, strip_code
from marsad.ingest.record import RawRecord

INTRO = ("تشهد الأسواق إقبالا كبيرا على شراء مستلزمات العيد في الأيام الأخيرة من الشهر، "
         "ويفضل بعض المتسوقين الشراء مبكرا تجنبا للزحام. ما رأيك؟ ومتى تفضل التسوق؟.")
CSS = ("#poll_box3 li { margin: 0; padding: 0; } .poll_result { border: solid 1px #ddd; "
       "border-radius: 4px; padding: 12px; overflow: hidden; } .poll_result h4 { font: bold 13px Arial; "
       "color: #555; margin: 0; }")
JS = ("jQuery(function(){ jQuery('#poll_form3').submit(function() { var id = jQuery('input[name=poll]').val(); "
      "jQuery('#poll_box3').html('جار التحميل…'); jQuery.post('/poll', {id: id}, function(res){ "
      "jQuery('#poll_box3').html(res); }); return false; }); });")
QUESTION = "متى تشتري ملابس العيد؟ في بداية الشهر في العشر الأواخر ليلة العيد"


def test_style_and_script_between_sentences_are_cut() -> None:
    text = f"{INTRO} {CSS} {JS} {QUESTION}"
    out, removed = strip_code(text)
    assert [r.reason for r in removed] == [REASON]
    assert removed[0].text == f"{CSS} {JS}"
    assert out.split("\n") == [INTRO + " ", " " + QUESTION]


def test_document_of_a_record_with_code() -> None:
    doc = make_document(RawRecord(title="استطلاع: موعد شراء ملابس العيد", body=f"{INTRO} {CSS} {JS} {QUESTION}"))
    assert doc.text == f"استطلاع: موعد شراء ملابس العيد\n\n{INTRO}\n\n{QUESTION}"
    assert [r.reason for r in doc.removed] == [REASON]
    assert "jQuery" not in doc.text and "{" not in doc.text


def test_a_page_parsed_as_html_is_left_alone() -> None:
    # a page's parser has dropped its style and script: code in its text is shown on purpose
    body = f"{INTRO} {CSS}"
    doc = make_document(RawRecord(title="درس في تنسيق الصفحات", body=body, from_markup=True))
    assert CSS in doc.text


def test_prose_with_latin_and_semicolons_stays() -> None:
    for text in (
        "كتب المبرمج السطر print('done'); ثم شغل البرنامج {مرة واحدة} فقط.",
        "ارتفعت مؤشرات S&P 500; Nasdaq; Dow Jones; FTSE 100; DAX خلال تعاملات اليوم بعد بيانات الوظائف "
        "الأمريكية {المعدلة} التي جاءت أفضل من توقعات المحللين في وول ستريت {Reuters}.",
        "قال الخبير إن المعادلة {x: 1; y: 2; z: 3; w: 4} بسيطة.",
    ):
        assert strip_code(text) == (text, [])
