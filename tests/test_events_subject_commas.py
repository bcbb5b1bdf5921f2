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


def test_a_name_in_a_genitive_or_a_relative_clause_is_no_subject() -> None:
    # the name before the comma belongs to the object ("تابعة لرجل يدعى ...") or to "ما قاله":
    # the comma still closes the clause, and the name does not become the attacker or the agreer
    names = {"سالم عوض": ("e1", "PER"), "الحوثيين": ("e2", "ORG"), "جون كيري": ("e3", "PER"),
             "إيران": ("e4", "LOC")}
    text = "وقصفت الطائرات مخزنا تابعا لتاجر يدعى سالم عوض، وقتل عدد من الحوثيين في المنطقة."
    assert not any(a == "e1" for _, a, _ in _events(text, names))
    text = "ورفض الوزير ما قاله وزير الخارجية الأمريكي جون كيري، إنه لا اتفاق أفضل مع إيران."
    assert not any(t == "AGREE" and a == "e3" for t, a, _ in _events(text, names))


def test_a_reporting_verbs_subject_before_a_time_aside_hosts_the_meeting() -> None:
    text = "وشدد الملك عبدالله الثاني، اليوم، خلال لقائه وزير الخارجية الفرنسي لوران فابيوس على أهمية الحل السياسي."
    names = {"عبدالله الثاني": ("e1", "PER"), "لوران فابيوس": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events(text, names)


def test_a_name_before_an_aside_and_a_new_clause_is_no_subject() -> None:
    # "يدعى" reads like a reporting verb: the aside is followed by another clause, the comma stays
    text = "وقصفت الطائرات مخزنا تابعا لتاجر يدعى سالم عوض، في منطقة الحصن، واستهدفت موقعا للحوثيين."
    names = {"سالم عوض": ("e1", "PER"), "الحوثيين": ("e2", "ORG")}
    assert not any(a == "e1" for _, a, _ in _events(text, names))
