from __future__ import annotations

from marsad.document import Document
from marsad.layers.tone import ToneLayer

LAYER = ToneLayer()


def test_violent_report_is_negative_and_cooperation_positive() -> None:
    bad = Document(text="أسفر الهجوم الإرهابي عن مقتل عشرة أشخاص وإصابة آخرين، وسط مخاوف من تصاعد العنف.")
    good = Document(text="وأشاد الوزير بنجاح المباحثات، مؤكداً أن التعاون بين البلدين يشهد تقدماً وازدهاراً.")
    assert LAYER(bad).tone < 0 < LAYER(good).tone
    assert -10 <= bad.tone <= 10 and -10 <= good.tone <= 10


def test_negation_flips_polarity() -> None:
    plain = Document(text="ونجحت المفاوضات في الوصول إلى حل")
    negated = Document(text="ولم تنجح المفاوضات في الوصول إلى حل")
    assert LAYER(plain).tone > 0
    assert LAYER(negated).tone <= 0


def test_empty_document_has_neutral_tone() -> None:
    assert LAYER(Document(text="")).tone == 0.0
