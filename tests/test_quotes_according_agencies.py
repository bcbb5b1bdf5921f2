"""An agency named alone after "بحسب"/"حسب" is the source of the statement, not the person who
spoke before; relaying someone ("بحسب ما نقلته وكالة X عن فلان") it is only the channel. Every
sentence is written for these tests."""

from __future__ import annotations

from marsad.ingest import RawRecord
from marsad.pipeline import Analyzer

_AN = Analyzer()


def _speakers(body: str) -> list[str | None]:
    doc = _AN(_AN.document(RawRecord(body=body, title="", source="sabq")))
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker.entity) if q.speaker and q.speaker.entity else None for q in doc.quotes]


def test_agency_closing_the_sentence_is_its_source():
    body = ("وقال وزير الدفاع الأمريكي آشتون كارتر إن الزيارة مهمة للبلدين.\n\n"
            "وتهدف الزيارة إلى مناقشة تعميق العلاقات الأمنية بين البلدين والابتعاد عن التوترات "
            "السياسية، حسب وكالة «رويترز».")
    assert _speakers(body)[-1] == "رويترز"


def test_agency_opening_the_sentence_is_its_source():
    body = ("قال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي.\n\n"
            "وبحسب وكالة الأنباء الفرنسية، فإن الوزير سيزور باريس الأسبوع المقبل.")
    assert _speakers(body)[-1] == "وكالة الأنباء الفرنسية"


def test_agency_relaying_someone_is_no_source():
    body = ("قال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي.\n\n"
            "وبحسب ما نقلته وكالة الأنباء الفرنسية عن مصدر دبلوماسي، فإن الوزير سيزور باريس قريبا.")
    assert _speakers(body)[-1] != "وكالة الأنباء الفرنسية"


def test_agency_after_someone_s_words_in_the_same_sentence_passes_them_on():
    body = ("وأوضح سالم الحربي؛ مدير المبادرة، أن نحو نصف الأطفال يحتاجون إلى مساعدات غذائية عاجلة، "
            "حسبما نقلت وكالة الأنباء الألمانية.")
    assert "وكالة الأنباء الألمانية" not in _speakers(body)


def test_according_to_before_but_closes_the_statement_before_it():
    body = ("وتواصلت الاشتباكات أمس بين الطرفين. وكانت قوات المعارضة قد اعتقلت عشرة عناصر من اللواء بينهم "
            "قائد اللواء مساء الثلاثاء قرب مدينة حلب، بحسب المرصد السوري لحقوق الإنسان، إلا أن وزارة الدفاع "
            "نفت الأمر.")
    doc = _AN(_AN.document(RawRecord(body=body, title="", source="sabq")))
    found = [q for q in doc.quotes if "بينهم قائد اللواء" in q.text]
    assert len(found) == 1 and found[0].text.endswith("قرب مدينة حلب")
    assert found[0].speaker is not None and "المرصد" in found[0].speaker.text
