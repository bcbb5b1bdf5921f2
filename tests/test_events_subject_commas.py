"""The comma official news writes after a verb's named subject (events/subject_commas.py)."""

from __future__ import annotations

from test_events import named_triples as _events


def test_a_comma_after_the_named_subject_keeps_the_call_its_own() -> None:
    text = "أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا مساء أمس بالرئيس التونسي الباجي قائد السبسي."
    names = {"خادم الحرمين الشريفين": ("e1", "PER"), "الملك سلمان بن عبدالعزيز": ("e1", "PER"),
             "الباجي قائد السبسي": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events(text, names)


def test_a_comma_after_a_family_name_and_a_short_adverbial_of_time() -> None:
    text = "استقبل الأمير محمد بن نايف آل سعود، مساء اليوم، الوزير الأردني ناصر جودة."
    names = {"الأمير محمد بن نايف": ("e1", "PER"), "ناصر جودة": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events(text, names)


def test_a_comma_after_the_object_still_closes_the_clause() -> None:
    # the name before the comma is the object: what follows the comma is another clause
    text = "التقى الوزير سامح شكري، ثم توجه الرئيس إلى باريس لحضور قمة المناخ."
    names = {"سامح شكري": ("e1", "PER"), "باريس": ("e2", "LOC")}
    assert not any(t == "CONSULT" and tg == "e2" for t, _, tg in _events(text, names))
