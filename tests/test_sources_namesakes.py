"""Sources layer: outlets sharing a name told apart by the country adjective after it
(`namesakes.py`), and two outlets joined by "و" after a verb of reporting or obtaining.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from source_fixtures import LAYER, names, run


def _kb_of_sources(doc: Document) -> list[str | None]:
    kbs = {e.id: e.kb for e in doc.entities}
    return [kbs.get(s.entity) for s in doc.sources]


def test_a_bare_daily_star_is_the_british_tabloid():
    doc = run("وقالت صحيفة ديلي ستار إن المدرب سيرحل عن النادي في الصيف.")
    assert names(doc) == ["ديلي ستار"]
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-gb"]
    doc = run("وذكرت صحيفة «ديلي ستار» البريطانية أن اللاعب رفض العرض.")
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-gb"]


def test_the_lebanese_adjective_picks_the_beirut_paper():
    doc = run("وأوردت صحيفة «الديلي ستار»، اللبنانية الناطقة بالإنجليزية، أن الحكومة اجتمعت.")
    assert names(doc) == ["الديلي ستار"]
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-lb"]


def test_the_entity_layers_reading_of_a_namesake_is_corrected():
    text = "ونقلت صحيفة الديلي ستار اللبنانية عن مصدر وزاري أن الجلسة أرجئت."
    doc = Document(text=text, title="")
    start = text.index("الديلي ستار")
    add_entity(doc, "ORG", "ديلي ستار", [Mention(start, start + len("الديلي ستار"), "الديلي ستار", "name")],
               kb="marsad:outlet/daily-star-gb")
    LAYER(doc)
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-star-lb"]


def test_two_outlets_in_marks_after_a_verb_of_obtaining():
    assert names(run("وحصلت «إن دي آر» و«صنداي تايمز» على وثائق تكشف حجم المخالفات.")) == [
        "إن دي آر", "صنداي تايمز"]


def test_the_second_of_a_pair_in_marks_or_brackets_after_a_dual_outlet_word():
    assert names(run("وقالت صحيفتا «فايننشال تايمز» و«غارديان» البريطانيتان إن المصرف خسر.")) == [
        "فايننشال تايمز", "غارديان"]
    assert names(run("وذكرت صحيفتا (مانيلا بوست) و(سيبو نيوز) أن الإعصار خلف دمارا.")) == [
        "مانيلا بوست", "سيبو نيوز"]


def test_an_agency_joined_by_waw_to_a_cited_one():
    assert names(run("ونقلت وكالتا الأناضول ودوغان أن الشرطة أوقفت عشرين مشتبها.")) == ["الأناضول", "دوغان"]


def test_a_body_joined_to_a_cited_outlet_is_no_outlet():
    text = "وقالت «رويترز» و«حماس» إن الهدنة انتهت."
    doc = Document(text=text, title="")
    start = text.index("حماس")
    add_entity(doc, "ORG", "حماس", [Mention(start, start + 4, "حماس", "name")], kb="marsad:org/hamas")
    LAYER(doc)
    assert names(doc) == ["رويترز"]


def test_daily_papers_spelled_with_a_long_vowel():
    doc = run("وذكر موقع صحيفة \"دايلي مايل\" أن المهاجم وقع عقدا جديدا.")
    assert names(doc) == ["دايلي مايل"]
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-mail"]
    doc = run("ونقلت صحيفة الدايلي تلغراف عن مصادر حكومية أن الميزانية ستعدل.")
    assert _kb_of_sources(doc) == ["marsad:outlet/daily-telegraph"]
