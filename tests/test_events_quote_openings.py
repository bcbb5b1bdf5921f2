"""A verb opening a direct quote takes its subject after it, not the speaker named before the mark
(events/quote_openings.py). Sentences written for these tests; entity mentions and quotes placed by hand."""

from __future__ import annotations

from marsad.document import Quote, Span, SpeakerRef
from test_event_record_checks import _events
from test_events import _doc


def _direct(doc, words: str, cue: str, speaker: str, entity: str) -> Quote:
    t = doc.text
    qs, cs, ss = t.index(words), t.index(cue), t.index(speaker)
    return Quote("direct", qs, qs + len(words), words, SpeakerRef(entity, ss, ss + len(speaker), speaker),
                 Span(cs, cs + len(cue), cue))


def test_the_subject_of_a_verb_opening_a_quote_follows_it() -> None:
    text = "وقال المتحدث العسكري سعد الراشد «قصفت طائرات التحالف مواقع الحوثيين قرب صعدة الليلة الماضية»."
    names = {"سعد الراشد": ("e1", "PER"), "التحالف": ("e2", "ORG"), "الحوثيين": ("e3", "ORG")}
    doc = _doc(text, names)
    doc.quotes = [_direct(doc, "قصفت طائرات التحالف مواقع الحوثيين قرب صعدة الليلة الماضية", "وقال", "سعد الراشد", "e1")]
    doc.layers.append("quotes")
    found = _events(doc)
    assert ("ASSAULT", "e2", "e3") in found
    assert not any(a == "e1" for _t, a, _g in found)  # the speaker framed it, he did not strike



def test_a_quote_continuing_a_complement_clause_keeps_the_subject_before_the_mark() -> None:
    text = "وصرح مسؤول في الخارجية أن الوزير فهد سالم «رحب بقرار تركيا فتح قواعدها أمام الطائرات»."
    names = {"فهد سالم": ("e1", "PER"), "تركيا": ("e2", "LOC")}
    doc = _doc(text, names)
    doc.quotes = [_direct(doc, "رحب بقرار تركيا فتح قواعدها أمام الطائرات", "وصرح", "مسؤول", "e1")]
    doc.layers.append("quotes")
    assert ("SUPPORT", "e1", "e2") in _events(doc)
