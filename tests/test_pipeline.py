"""The pipeline: building from layer names, the Python API, failures reported per record."""

from __future__ import annotations

import pytest

import marsad
from marsad.document import Document
from marsad.ingest.record import RawRecord, ReadError
from marsad.layers.registry import registered
from marsad.pipeline import AnalysisError, Analyzer, PipelineError

ARTICLE = (
    "وقال وزير الخارجية السعودي الأمير فيصل بن فرحان، في مؤتمر صحفي عقده أمس في الرياض، إن المملكة "
    "تدعم كل الجهود الرامية إلى وقف إطلاق النار. وأضاف: “نحن نعمل مع شركائنا من أجل الاستقرار”.\n\n"
    "اترك تعليقاً"
)


def test_unknown_layer_is_refused_when_built() -> None:
    with pytest.raises(PipelineError, match="unknown layer"):
        Analyzer(["entities", "horoscope"])


def test_requirements_are_checked_when_built() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Analyzer(["quotes"])  # quotes needs entities and sources


def test_layers_run_in_registry_order_whatever_the_request_order() -> None:
    a = Analyzer(["dates", "entities"])
    assert a.layer_names == ["entities", "dates"]


def test_analyze_api_returns_a_cleaned_annotated_document() -> None:
    doc = marsad.analyze(ARTICLE, title="الرياض تدعم وقف إطلاق النار", published="2024-06-03")
    assert isinstance(doc, Document)
    assert doc.text.startswith("الرياض تدعم وقف إطلاق النار\n\n")
    assert "اترك تعليقاً" not in doc.text
    assert any(r.reason for r in doc.removed)
    assert doc.layers == [n for n in registered() if n in doc.layers]
    doc.check_offsets()
    assert any(d.value == "2024-06-02" for d in doc.dates)  # "أمس"


def test_reusable_analyzer_gives_the_same_record_twice() -> None:
    a = Analyzer()
    one = a.analyze(ARTICLE, title="عنوان", published="2024-06-03").to_record()
    two = a.analyze(ARTICLE, title="عنوان", published="2024-06-03").to_record()
    assert one == two


def test_cached_resources_are_refrozen_and_records_do_not_change(monkeypatch) -> None:
    import gc

    import marsad.pipeline as pipeline

    monkeypatch.setattr(pipeline, "REFREEZE_DOCS", 2)
    a = Analyzer()
    first = a.analyze(ARTICLE, title="عنوان", published="2024-06-03").to_record()
    frozen = gc.get_freeze_count()
    a.analyze("نص قصير عن الطقس في جدة اليوم.", title="طقس")
    assert gc.get_freeze_count() > frozen  # the second document froze what the first cached
    assert a.analyze(ARTICLE, title="عنوان", published="2024-06-03").to_record() == first


class _Broken:
    name = "broken"
    requires = ()
    assigns = ()

    def __call__(self, doc: Document) -> Document:
        raise ValueError("boom")


def test_a_failing_layer_is_reported_and_the_stream_goes_on() -> None:
    a = Analyzer([_Broken(), "dates"])
    items = [ReadError("a.jsonl:3", "invalid JSON"), RawRecord(body="نص", origin="a.jsonl:4")]
    out = list(a.run(items))
    assert isinstance(out[0], ReadError)
    assert isinstance(out[1], AnalysisError) and "a.jsonl:4" in str(out[1]) and "broken" in str(out[1])


def test_a_page_in_another_language_is_marked_and_left_alone():
    from marsad.pipeline import Analyzer

    english = ("The foreign minister said on Monday that the talks with the delegation were constructive "
               "and that both sides agreed to meet again in Riyadh next month.")
    persian = "وزیر امور خارجه روسیه روز دوشنبه گفت که مسکو هنوز منتظر پاسخ کتبی آمریکا به پیشنهادهای امنیتی است."
    analyzer = Analyzer(["dates"])
    for text, code in ((english, "en"), (persian, "fa")):
        doc = analyzer.analyze(text, published="2022-02-14")
        assert doc.language == code and doc.layers == [] and doc.dates == []
        assert any("not Arabic" in w for w in doc.warnings)
    arabic = analyzer.analyze("أعلنت الوزارة يوم الاثنين الماضي عن خطة جديدة لدعم المزارعين في المناطق الريفية.",
                              published="2022-02-14")
    assert arabic.language == "ar" and arabic.layers == ["dates"] and arabic.dates
