"""Blame put as responsibility, "حمّل X المسؤولية" (events/responsibility_blame.py). Sentences
written for these tests; entity mentions, knowledge-base links and quotes placed by hand."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.layers.events.checks import _kb_kinds
from test_event_record_checks import _events, _quote
from test_events import _doc


def _known(doc: Document, *ids: str) -> Document:
    """The document with the entities `ids` linked to the knowledge base, after a quotes layer
    that found nothing (events told by quotes run only after it)."""
    doc.layers.append("quotes")
    for e in doc.entities:
        if e.id in ids:  # the knowledge base's own entry when it has one ("إسرائيل" is a state)
            e.kb = _kb_kinds()[2].get(f"{e.type}:{match_key(e.name)}") or f"test:{e.id}"
    return doc


def test_the_reporter_tells_who_holds_whom_responsible() -> None:
    text = "وحمّل وزير الخارجية الأردني سامر الحديدي إسرائيل المسؤولية الكاملة عن التصعيد في القدس."
    doc = _known(_doc(text, {"سامر الحديدي": ("e1", "PER"), "إسرائيل": ("e2", "LOC"), "القدس": ("e3", "LOC")}),
                 "e2")
    assert ("ACCUSE", "e1", "e2") in _events(doc)


def test_blame_in_a_speakers_words_is_the_speakers() -> None:
    text = "وقال المتحدث باسم الحكومة اليمنية نبيل الشرعبي إن الحكومة تحمّل الحوثيين مسؤولية انهيار الهدنة."
    doc = _known(_doc(text, {"نبيل الشرعبي": ("e1", "PER"), "الحوثيين": ("e2", "ORG")}), "e2")
    doc.quotes = [_quote(doc, "إن الحكومة تحمّل الحوثيين مسؤولية انهيار الهدنة", "وقال", "نبيل الشرعبي", "e1")]
    assert ("ACCUSE", "e1", "e2") in _events(doc)
    (ev,) = [e for e in doc.events if e.target == "e2"]
    assert ev.quote is not None and "الحوثيين" in ev.quote.text


def test_a_participle_after_the_quoted_words_is_the_speakers() -> None:
    text = "وأضاف مروان العطار أن الوضع في المخيم كارثي، محمّلا الحوثيين أيضا المسؤولية عن ذلك."
    doc = _known(_doc(text, {"مروان العطار": ("e1", "PER"), "الحوثيين": ("e2", "ORG")}), "e2")
    doc.quotes = [_quote(doc, "أن الوضع في المخيم كارثي", "وأضاف", "مروان العطار", "e1")]
    assert ("ACCUSE", "e1", "e2") in _events(doc)


def test_a_subject_named_before_the_verb_blames() -> None:
    text = "وكان رئيس الوزراء التركي كمال أوزتورك قد حمّل حزب العمال الكردستاني مسؤولية تفجير الحافلة."
    doc = _known(_doc(text, {"كمال أوزتورك": ("e1", "PER"), "حزب العمال الكردستاني": ("e2", "ORG")}), "e2")
    assert ("ACCUSE", "e1", "e2") in _events(doc)


def test_no_blame_without_a_known_party_or_when_the_name_is_a_place() -> None:
    # a club chairman and his coach: no knowledge-base party, no political event
    text = "وحمّل رئيس النادي فهد القحطاني المدرب جواو سيلفا مسؤولية الخسارة."
    doc = _known(_doc(text, {"فهد القحطاني": ("e1", "PER"), "جواو سيلفا": ("e2", "PER")}))
    assert not any(t == "ACCUSE" for t, _a, _g in _events(doc))
    # "بدولة الكويت": where the body sits, not the one held responsible
    text = "وحمّلت اللجنة الأولمبية بدولة الكويت مسؤولية تأجيل البطولة للاتحاد."
    doc = _known(_doc(text, {"اللجنة الأولمبية": ("e1", "ORG"), "الكويت": ("e2", "LOC")}), "e1", "e2")
    assert not any(t == "ACCUSE" for t, _a, _g in _events(doc))


def test_asking_a_party_to_bear_its_responsibilities_blames_no_one() -> None:
    text = "ودعا الأمين العام سامي الراشد إسرائيل إلى تحمّل مسؤولياتها تجاه المدنيين."
    doc = _known(_doc(text, {"سامي الراشد": ("e1", "PER"), "إسرائيل": ("e2", "LOC")}), "e2")
    assert ("ACCUSE", "e1", "e2") not in _events(doc)


def test_an_adverb_set_off_by_commas_inside_the_object() -> None:
    text = "وحمّل وزير الدفاع سامر الحديدي، مجددا، حركة حماس المسؤولية عن التصعيد في الجنوب."
    doc = _known(_doc(text, {"سامر الحديدي": ("e1", "PER"), "حماس": ("e2", "ORG")}), "e2")
    assert ("ACCUSE", "e1", "e2") in _events(doc)


def test_an_aside_with_a_name_ends_the_object() -> None:
    text = "وحمّل سامر الحديدي، ونبيل الشرعبي، حركة حماس المسؤولية عن التصعيد."
    doc = _known(_doc(text, {"سامر الحديدي": ("e1", "PER"), "نبيل الشرعبي": ("e3", "PER"),
                             "حماس": ("e2", "ORG")}), "e2")
    assert ("ACCUSE", "e1", "e2") not in _events(doc)
