"""A country as the fronted subject of a feminine cue verb (`acting_countries`): right before the
verb ("إندونيسيا تعلن أن") or before "ممثلة في X" that the verb closes ("قطر ممثلة في وزارة
الخارجية أكدت"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _speakers(analyzer, text: str) -> list[str | None]:
    doc = analyzer.analyze(text, published="2015-08-10")
    for q in doc.quotes:
        if q.speaker is not None:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_country_represented_by_its_ministry_speaks_the_verb_after_it(analyzer):
    text = ("أعرب رئيس الوزراء الإسباني عن تعازيه لأسر الضحايا. "
            "الكويت ممثلة في وزارة الخارجية أكدت في بيان لها إدانتها الشديدة للهجوم على المسجد، "
            "مشددة على وقوفها مع المملكة في حربها على الإرهاب.")
    assert _speakers(analyzer, text)[:2] == ["الكويت", "الكويت"]


def test_country_right_before_the_feminine_cue_in_a_dated_list(analyzer):
    text = ("وفي مثل هذا اليوم من التاريخ: 1958 - افتتاح جسر جديد على النهر. "
            "1966 - ماليزيا تعلن ان الاتفاق مع جارتها أصبح نافذا.")
    assert "ماليزيا" in _speakers(analyzer, text)


def test_country_after_a_noun_is_its_genitive_not_the_subject(analyzer):
    # "في سوق لندن قالت": London belongs to the market; the firms speak
    text = ("غير أن عدة شركات تأمين من بينها شركة «هارلو» في سوق لندن قالت إنها لم تدرس السوق الجديدة بعد.")
    assert "لندن" not in _speakers(analyzer, text)
