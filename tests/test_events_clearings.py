"""Armed-conflict reports that name the side fought as the one a place is cleared of
(events/clearings.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"القوات الحكومية": ("e1", "ORG"), "جماعة المتمردين": ("e2", "ORG"), "بلدة الوادي": ("e3", "LOC"),
         "الجيش الوطني": ("e4", "ORG"), "تنظيم الشباب": ("e5", "ORG"), "الصومال": ("e6", "LOC")}


def test_a_clearing_attacks_the_group_driven_out() -> None:
    text = "واستكمل الجيش الوطني تطهير بلدة الوادي من عناصر تنظيم الشباب بعد معارك استمرت يومين."
    assert ("ASSAULT", "e4", "e5") in _events(text, NAMES)
    text = "وحررت القوات الحكومية بلدة الوادي من قبضة جماعة المتمردين."
    assert ("ASSAULT", "e1", "e2") in _events(text, NAMES)


def test_a_clearing_aimed_at_or_dating_something_else_is_no_attack() -> None:
    for text in ("وحشدت القوات الحكومية آلاف الجنود تمهيدا لتحرير بلدة الوادي من جماعة المتمردين.",
                 "وأعلن الجيش الوطني خطة لتحرير بلدة الوادي من تنظيم الشباب.",
                 "والقوات الحكومية والجيش الوطني متفقان على تطهير بلدة الوادي من تنظيم الشباب.",
                 "ووقعت انتهاكات من عناصر في القوات الحكومية أثناء تحرير بلدة الوادي من جماعة المتمردين."):
        assert not any(t == "ASSAULT" for t, _, _ in _events(text, NAMES)), text


def test_a_state_left_or_a_name_in_a_phrase_is_no_side_of_a_clearing() -> None:
    # "من الصومال": where something comes from, no armed group driven out
    text = "وقال الجيش الوطني إنه استعاد أسلحة مهربة من الصومال."
    assert not any(t == "ASSAULT" for t, _, _ in _events(text, NAMES))
    # the name before the clearing sits in a phrase ("مصادر في ...") and is no subject
    text = "وقالت مصادر في القوات الحكومية إن تحرير بلدة الوادي من جماعة المتمردين بات قريبا."
    assert ("ASSAULT", "e1", "e2") not in _events(text, NAMES)


def test_a_clearing_listed_with_other_nouns_is_no_report() -> None:
    text = "واحتفل أبناء الصومال بالعيد وتحرير بلدة الوادي من جماعة المتمردين."
    assert not any(t == "ASSAULT" for t, _, _ in _events(text, NAMES))
