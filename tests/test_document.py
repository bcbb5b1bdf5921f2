"""The Document: JSON round trip without loss, and the offset invariant."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import (
    DateExpr,
    Document,
    Entity,
    Event,
    Mention,
    OffsetError,
    Quote,
    SourceRef,
    Span,
    SpeakerRef,
)

TEXT = (
    "وزير الخارجية يلتقي نظيره\n\n"
    "قال وزير الخارجية المصري سامح شكري، اليوم الأحد، إن المحادثات مع نظيره الأردني كانت مثمرة. "
    "ونقلت وكالة أنباء الشرق الأوسط عنه قوله: «سنواصل التنسيق في كل الملفات»."
)


def _find(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return i, i + len(sub)


def _doc() -> Document:
    doc = Document(text=TEXT, id="t1", title="وزير الخارجية يلتقي نظيره", published="2024-03-10", source="مثال")
    s, e = _find("سامح شكري")
    ts, te = _find("وزير الخارجية المصري")
    doc.entities.append(Entity("e1", "PER", "سامح شكري", "Sameh Shoukry", "marsad:per/sameh-shoukry",
                               [Mention(ts, te, TEXT[ts:te], "title"), Mention(s, e, TEXT[s:e], "name")]))
    a, b = _find("وكالة أنباء الشرق الأوسط")
    doc.entities.append(Entity("e2", "ORG", "وكالة أنباء الشرق الأوسط", "MENA", None, [Mention(a, b, TEXT[a:b])]))
    qs, qe = _find("سنواصل التنسيق في كل الملفات")
    cs, ce = _find("قوله")
    doc.quotes.append(Quote("direct", qs, qe, TEXT[qs:qe], SpeakerRef("e1", s, e, TEXT[s:e]),
                            Span(cs, ce, TEXT[cs:ce]), ["e2"]))
    doc.sources.append(SourceRef("e2", a, b, TEXT[a:b]))
    ds, de = _find("اليوم الأحد")
    doc.dates.append(DateExpr(ds, de, TEXT[ds:de], "2024-03-10"))
    ss, se = _find("قال وزير الخارجية المصري سامح شكري، اليوم الأحد، إن المحادثات مع نظيره الأردني كانت مثمرة.")
    doc.events.append(Event("CONSULT", ss, se, TEXT[ss:se], "e1", None, None, "2024-03-10", "المحادثات"))
    doc.tone = 2.5
    return doc


def test_record_round_trip_is_lossless() -> None:
    doc = _doc()
    doc.check_offsets()
    rec = doc.to_record()
    again = Document.from_record(json.loads(json.dumps(rec, ensure_ascii=False)))
    assert again.to_record() == rec


def test_record_has_contract_fields() -> None:
    rec = _doc().to_record()
    for key in ("id", "title", "source", "url", "published", "language", "text", "entities", "quotes",
                "sources", "dates", "events", "tone"):
        assert key in rec
    q = rec["quotes"][0]
    assert set(q) >= {"kind", "start", "end", "text", "speaker", "cue", "via"}
    assert rec["entities"][0]["mentions"][0]["kind"] == "title"


def test_bad_offsets_are_caught() -> None:
    doc = _doc()
    doc.dates.append(DateExpr(0, 4, "غلط", None))
    with pytest.raises(OffsetError):
        doc.check_offsets()


def test_id_defaults_to_stable_text_hash() -> None:
    assert Document(text="نص قصير").id == Document(text="نص قصير").id
    assert Document(text="نص قصير").id != Document(text="نص آخر").id


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ،.؟\n\"«»“”0123456789"))),
       st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=8))
def test_spans_cut_from_text_survive_round_trip(text: str, cuts: list[tuple[int, int]]) -> None:
    doc = Document(text=text)
    for i, (start, length) in enumerate(cuts):
        start = min(start, len(text))
        end = min(start + length, len(text))
        doc.dates.append(DateExpr(start, end, text[start:end], None))
        doc.entities.append(Entity(f"e{i}", "MISC", text[start:end], mentions=[Mention(start, end, text[start:end])]))
    doc.check_offsets()
    again = Document.from_record(json.loads(json.dumps(doc.to_record())))
    again.check_offsets()
    assert again.to_record() == doc.to_record()
