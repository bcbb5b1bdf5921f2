"""A country that acts as its government ("واعترفت إيران ... وقالت"، "وشنت تركيا ...، مشيرة إلى")
is a candidate speaker of the statements that go on from its verb (`speaker_window.acting_place`).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def _speakers(analyzer, text: str) -> list[str | None]:
    doc = analyzer.analyze(text, published="2015-08-10")
    return [q.speaker.text if q.speaker else None for q in doc.quotes]


def test_country_subject_of_a_feminine_verb_goes_on_with_the_participle(analyzer):
    text = ("وشنت تركيا منذ ذلك الحين غارات جوية على مواقع في الشمال، مشيرة إلى أنها تستهدف المسلحين فقط.")
    assert _speakers(analyzer, text) == ["تركيا"]


def test_country_of_the_sentence_before_speaks_the_pro_drop_verb(analyzer):
    text = ("واعترفت إيران رسميا بتنفيذ عشرات الأحكام هذا العام. وقالت إنها نفذتها وفق القانون.")
    assert _speakers(analyzer, text) == ["إيران"]


def test_country_after_a_preposition_is_no_speaker(analyzer):
    # the place where something happened, governed by "في", is no actor
    text = ("وصل الوفد أمس إلى الرياض في زيارة رسمية. وقال إن المحادثات ستتناول التعاون.")
    assert "الرياض" not in _speakers(analyzer, text)


def test_plural_cue_does_not_go_on_with_the_country(analyzer):
    # the observers speak, unnamed: no country goes on through a plural verb
    text = ("وشنت تركيا منذ ذلك الحين غارات جوية، مشيرة إلى أنها تستهدف المسلحين فقط. "
            "غير أن المراقبين يؤكدون أن الغارات أصابت مواقع أخرى.")
    assert _speakers(analyzer, text) == ["تركيا", None]


def test_masculine_cue_does_not_take_the_country_of_the_sentence_before(analyzer):
    text = ("كما قامت إيران بتدريب خلايا مسلحة في المنطقة. "
            "وأقر المقبوض عليهم في أقوالهم بأنهم تلقوا تدريبات عسكرية.")
    assert "إيران" not in _speakers(analyzer, text)


def test_feminine_cue_with_its_own_subject_takes_no_country_before(analyzer):
    # "أظهرت" has the surveys for its subject: Japan, acting in the sentence before, says nothing here
    text = ("وسجلت اليابان فائضا تجاريا مع الولايات المتحدة الشهر الماضي. "
            "وكانت أحدث الاستطلاعات أظهرت أن ثقة الشركات الصناعية تراجعت.")
    assert "اليابان" not in _speakers(analyzer, text)
