"""Whom a protest is against when the sentence names it only before the protest: the doer of an
act that set it off (events/protest_causes.py) or of an act told by a pronoun
(events/protest_pronouns.py); on sentences written for these tests, in unnamed mode."""

from __future__ import annotations

from marsad.pipeline import Analyzer

OPEN = Analyzer(config={"events": {"unnamed": True}})


def _protests(text: str) -> list[tuple[str | None, str | None]]:
    """(actor words, target words) of the PROTEST events of a sentence."""
    doc = OPEN.analyze(text, published="2024-05-02")
    doc.check_offsets()
    return [(e.actor_span and e.actor_span.text, e.target_span and e.target_span.text)
            for e in doc.events if e.type == "PROTEST"]


def test_the_doer_of_an_act_that_set_a_protest_off_is_its_target() -> None:
    (event,) = _protests("ومنع المسلحون مدير الشركة من دخول مكتبه، مما دعا مئات الموظفين إلى "
                         "الدخول في إضراب عن العمل احتجاجا.")
    assert event[1] == "المسلحون"
    (event,) = _protests("وأغلقت السلطات المحلية الطريق الرئيسي إلى المدينة، وهو ما أثار احتجاجات غاضبة من السكان.")
    assert event == ("السكان", "السلطات المحلية")


def test_no_doer_taken_from_a_place_or_the_protesters() -> None:
    # a place in a phrase opens the clause, the people who suffer are its subject: nothing named
    for text in ("وفي مدينة البصرة يعاني السكان من انقطاع الكهرباء مما تسبب في خروج مظاهرات غاضبة.",
                 "وفي بغداد، قتل شاب برصاص مجهولين مما أثار احتجاجات في المدينة."):
        assert all(target is None for _, target in _protests(text))


def test_a_protested_act_told_by_its_doers_pronoun_is_against_the_doer_named_before() -> None:
    (event,) = _protests("واستقبل رئيس الوزراء الهندي نارندرا مودي الرئيس الفرنسي وزوجته سارة في العاصمة، "
                         "فيما تظاهر مئات الطلاب في الساحة احتجاجا على زيارته التي تستمر يومين.")
    assert event == ("الطلاب", "الرئيس الفرنسي")
    # what is done to someone names the victim, often the protester himself: the act stays the target
    (event,) = _protests("وقال محامي الناشط أحمد علي المضرب عن الطعام منذ أسبوعين احتجاجا على اعتقاله إن حالته خطيرة.")
    assert event[1] == "اعتقاله"


def test_the_crowds_anger_at_something_names_what_it_protests() -> None:
    # "للتعبير عن غضبهم لـ ..."، "معربين عن استيائهم من ...": what the anger is at is the target
    (event,) = _protests("وتظاهر مئات الطلاب أمس أمام الجامعة للتعبير عن غضبهم لزيارة الرئيس الفرنسي.")
    assert event[0] == "الطلاب" and event[1] is not None and "الرئيس الفرنسي" in event[1]
    (event,) = _protests("واعتصم عشرات السكان قرب المستشفى معربين عن استيائهم من قرار المحافظ.")
    assert event[1] == "قرار المحافظ"  # past the preposition the anger takes (events/target_prepositions.py)
    # a word of degree after the noun is passed over
    (event,) = _protests("وتجمع عشرات المعلمين في الساحة معلنين رفضهم القاطع لقرار الوزارة.")
    assert event[1] is not None and "الوزارة" in event[1]
    (event,) = _protests("وتظاهر مئات العمال أمس معبرين عن غضبهم الشديد من إدارة الشركة.")
    assert event[1] is not None and "الشديد" not in event[1]
