"""A function word at the head of a clause read as the start of a person. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import person_candidate
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.particle_persons import drop_particle_persons

WORDS = NameWords(load_kb())


def _kept(text: str, name: str) -> str | None:
    """What is left of a person read as `name` (the first place it occurs), or None."""
    tokens, cand = person_candidate(text, name)
    kept = drop_particle_persons([cand], tokens, text, WORDS)
    if not kept:
        return None
    assert text[kept[0].start : kept[0].end] == text[kept[0].start : kept[0].end].strip()
    return text[kept[0].start : kept[0].end]


def test_a_particle_and_an_ordinary_word_is_no_person():
    assert _kept("وأي تأخير في التسليم سيحمل المقاول غرامة مالية.", "وأي تأخير") is None
    assert _kept("هؤلاء المتطوعون قدموا وقتهم دون مقابل.", "هؤلاء المتطوعون") is None
    assert _kept("قال المشجع: أنا متفائل بالموسم الجديد.", "أنا متفائل") is None


def test_a_given_name_after_the_particle_starts_the_person():
    assert _kept("كتبت في مذكراتها: أنا سارة الغامدي ولدت في الطائف.", "أنا سارة الغامدي") == "سارة الغامدي"
    assert _kept("وقال إن فيه خالد المطيري رجل المهمات الصعبة.", "فيه خالد المطيري") == "خالد المطيري"


def test_names_spelled_like_particles_stay():
    # "آي", "إي" and "آن" are written with another hamza than "أي" and "أن"
    assert _kept("واستمع إلى الأغنية عبر آي تيونز أمس.", "آي تيونز") == "آي تيونز"
    assert _kept("وزارت الطالبات متحف آن فرانك في أمستردام.", "آن فرانك") == "آن فرانك"
    # "هو" and "لي" are left out of the list: East Asian names begin so
    assert _kept("واستقبل الرئيس هو جينتاو الوفد الزائر.", "هو جينتاو") == "هو جينتاو"
    assert _kept("وصرح رئيس الوزراء لي كه تشيانغ بأن النمو مستقر.", "لي كه تشيانغ") == "لي كه تشيانغ"
