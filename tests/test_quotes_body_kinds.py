"""A definite head word of a body's kind as a reporting verb's subject ("وقال التنظيم"، "وأشار
النادي") refers back to the body of that kind named before (`body_kinds`). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _speaker_entities(analyzer, text: str) -> list[str | None]:
    doc = analyzer.analyze(text, published="2015-08-10")
    names = {e.id: e.name for e in doc.entities}
    out = []
    for q in doc.quotes:
        if q.speaker is not None:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text
        out.append(names.get(q.speaker.entity) if q.speaker is not None and q.speaker.entity else None)
    return out


def test_organisation_introduced_by_the_head_word_is_the_body(analyzer):
    text = ("تبنى تنظيم «داعش» مساء أمس تفجير سيارة مفخخة قرب سوق شعبي. "
            "وقال التنظيم في بيان نشره على الإنترنت إن العملية استهدفت مقرا أمنيا.")
    assert _speaker_entities(analyzer, text)[-1] == "داعش"


def test_the_one_club_named_before_is_the_club(analyzer):
    text = ("تعرض لاعب وسط برشلونة الجديد لإصابة في الكاحل خلال التدريبات. "
            "وأشار النادي إلى أن الفحوصات ستحدد مدة غيابه عن الملاعب.")
    assert _speaker_entities(analyzer, text)[-1] == "برشلونة"


def test_two_clubs_of_that_kind_leave_the_head_word_unlinked(analyzer):
    text = ("تعادل برشلونة وريال مدريد بهدفين لكل منهما في المباراة الودية أمس. "
            "وأشار النادي إلى أن اللاعبين سيحصلون على راحة ثلاثة أيام.")
    assert _speaker_entities(analyzer, text)[-1] not in ("برشلونة", "ريال مدريد")


def test_a_company_named_only_after_a_preposition_is_not_the_company(analyzer):
    # Twitter is where the clip was posted; the company that speaks is another, unnamed here
    text = ("انتشر على تويتر مقطع يظهر عطلا في إحدى الطائرات قبل إقلاعها من المطار. "
            "وقالت الشركة في بيان إن الطائرة خضعت لفحص شامل قبل الرحلة.")
    assert "تويتر" not in _speaker_entities(analyzer, text)
