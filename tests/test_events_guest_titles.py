"""Meetings whose guest, introduced by "مع", carries a long title before the name
(events/clauses.py): the window for the guest is measured from "مع". Sentences written for these
tests."""

from __future__ import annotations

from marsad.pipeline import analyze


def _consults(text: str) -> set[tuple[str | None, str | None]]:
    doc = analyze(text, published="2015-07-20")
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(e.actor), names.get(e.target)) for e in doc.events if e.type == "CONSULT"}


def test_a_guest_named_after_a_long_title_is_the_target() -> None:
    found = _consults("التقى وزير الخارجية السعودي عادل الجبير في الرياض أمس مع نائب رئيس الوزراء ووزير "
                      "الخارجية والمغتربين الأردني ناصر جودة لبحث الأوضاع.")
    assert ("عادل الجبير", "ناصر جودة") in found


def test_with_after_the_window_opens_none() -> None:
    # "مع" stands more than ten words after the verb: it governs no guest of this meeting
    doc = analyze("التقى وزير الخارجية السعودي عادل الجبير في الرياض صباح أمس الأحد في مقر الوزارة بحضور عدد "
                  "من كبار المسؤولين مع نائب رئيس الوزراء ووزير الخارجية والمغتربين الأردني ناصر جودة.",
                  published="2015-07-20")
    names = {e.id: e.name for e in doc.entities}
    assert not any(e.type == "CONSULT" and names.get(e.target) == "ناصر جودة" and e.trigger == "التقى"
                   for e in doc.events)


def test_with_after_the_hosts_long_title_opens_the_guests_window() -> None:
    found = _consults("بحث وزير الخارجية الأردني ناصر جودة في مقر الوزارة بالعاصمة الأردنية ظهر اليوم الأحد مع "
                      "وزير الدولة للشؤون الخارجية العماني يوسف بن علوي سبل تعزيز العلاقات.")
    assert any(actor == "ناصر جودة" and (target or "").startswith("يوسف بن علوي") for actor, target in found)


def test_the_host_after_a_long_title_before_with_is_the_actor() -> None:
    found = _consults("وبحث قائد القوات البحرية في الجيش المصري الفريق أسامة ربيع في الإسكندرية أمس مع "
                      "وزير الخارجية السعودي عادل الجبير سبل التعاون.")
    assert any(actor and "أسامة ربيع" in actor and target == "عادل الجبير" for actor, target in found)
