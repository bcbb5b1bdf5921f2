"""The Document: JSON round trip without loss, and the offset invariant."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import (
    ENTITY_TYPES,
    MENTION_KINDS,
    PLOVER_TYPES,
    QUOTE_KINDS,
    DateExpr,
    Document,
    Entity,
    Event,
    Mention,
    OffsetError,
    Quote,
    Removal,
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


# --- generated documents with every kind of annotation -------------------------------------------
_ALPHABET = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ،.؟\n\"«»“”0123456789")
_maybe_str = st.none() | st.text(alphabet=st.sampled_from(_ALPHABET), max_size=12)


@st.composite
def _documents(draw) -> Document:
    """A document whose annotations are cut from its own text, with every optional part drawn."""
    text = draw(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=300))

    def cut() -> Span:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return Span(start, end, text[start:end])

    ids = [f"e{i}" for i in range(draw(st.integers(0, 4)))]
    maybe_id = (st.none() | st.sampled_from(ids)) if ids else st.none()
    doc = Document(text=text, id=draw(st.sampled_from(["", "d1"])), title=draw(st.sampled_from(["", text[:10]])),
                   source=draw(_maybe_str), url=draw(_maybe_str), published=draw(_maybe_str),
                   author=draw(_maybe_str), origin=draw(st.sampled_from([None, "", "f.jsonl:3"])),
                   tone=draw(st.none() | st.floats(-10, 10)),
                   warnings=draw(st.lists(_maybe_str.filter(bool), max_size=2)),
                   layers=draw(st.lists(st.sampled_from(["entities", "quotes", "dates"]), max_size=3)))
    for eid in ids:
        kinds = draw(st.lists(st.sampled_from(MENTION_KINDS), max_size=3))
        mentions = [Mention(*_parts(cut()), kind) for kind in kinds]
        doc.entities.append(Entity(eid, draw(st.sampled_from(ENTITY_TYPES)), draw(_maybe_str) or "اسم",
                                   draw(_maybe_str), draw(_maybe_str), mentions))
    for _ in range(draw(st.integers(0, 3))):
        speaker = SpeakerRef(draw(maybe_id), *_parts(cut())) if draw(st.booleans()) else None
        via = draw(st.lists(st.sampled_from(ids), max_size=2)) if ids else []
        cue = cut() if draw(st.booleans()) else None
        doc.quotes.append(Quote(draw(st.sampled_from(QUOTE_KINDS)), *_parts(cut()), speaker, cue, via))
    doc.sources.extend(SourceRef(draw(maybe_id), *_parts(cut())) for _ in range(draw(st.integers(0, 2))))
    for _ in range(draw(st.integers(0, 3))):
        doc.dates.append(DateExpr(*_parts(cut()), draw(_maybe_str), [cut() for _ in range(draw(st.integers(0, 2)))]))
    for _ in range(draw(st.integers(0, 2))):
        doc.events.append(Event(draw(st.sampled_from(PLOVER_TYPES)), *_parts(cut()), draw(maybe_id), draw(maybe_id),
                                draw(st.none() | st.sampled_from(["verbal", "material"])), draw(_maybe_str),
                                draw(_maybe_str)))
    doc.removed.extend(Removal(draw(_maybe_str) or "", "boilerplate") for _ in range(draw(st.integers(0, 2))))
    return doc


def _parts(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


@settings(max_examples=300, deadline=None)
@given(_documents())
def test_generated_documents_round_trip_with_exact_offsets(doc: Document) -> None:
    doc.check_offsets()
    for span in doc.iter_spans():
        assert doc.text[span.start : span.end] == span.text
    line = json.dumps(doc.to_record(), ensure_ascii=False)
    again = Document.from_record(json.loads(line))
    again.check_offsets()
    assert json.dumps(again.to_record(), ensure_ascii=False) == line  # same keys, order and values
    if doc.origin == "":  # an empty origin is left out of the record
        doc.origin = None
    assert again == doc


def test_record_keys_keep_the_contract_order() -> None:
    doc = _doc()
    doc.origin = "f.jsonl:1"
    rec = doc.to_record()
    assert list(rec) == ["id", "title", "source", "url", "published", "language", "text", "entities", "quotes",
                         "sources", "dates", "events", "tone", "author", "layers", "removed", "warnings", "origin"]
    assert list(rec["events"][0]) == ["type", "mode", "actor", "target", "date", "start", "end", "text", "trigger"]
    assert list(rec["quotes"][0]) == ["kind", "start", "end", "text", "speaker", "cue", "via"]
    assert list(rec["quotes"][0]["speaker"]) == ["entity", "start", "end", "text"]
    assert list(rec["entities"][0]) == ["id", "type", "name", "name_en", "kb", "mentions"]
    assert list(rec["dates"][0]) == ["start", "end", "text", "value", "occurrences"]
    doc.origin = None
    assert "origin" not in doc.to_record()


def test_sparse_record_takes_the_defaults() -> None:
    doc = Document.from_record({"text": "نص", "title": None, "language": None,
                                "entities": [{"id": "e1", "type": "PER", "name": "س",
                                              "mentions": [{"start": 0, "end": 1, "text": "ن"}]}],
                                "quotes": [{"kind": "direct", "start": 0, "end": 2, "text": "نص", "via": None,
                                            "speaker": {"start": 0, "end": 1, "text": "ن"}}]})
    assert (doc.title, doc.language, doc.id) == ("", "ar", Document(text="نص").id)
    assert doc.entities[0].mentions[0].kind == "name" and doc.entities[0].name_en is None
    assert doc.quotes[0].via == [] and doc.quotes[0].speaker == SpeakerRef(None, 0, 1, "ن")
    with pytest.raises(KeyError):
        Document.from_record({"title": "بلا نص"})


def test_iter_spans_reaches_nested_spans_in_document_order() -> None:
    doc = _doc()
    kinds = [type(s).__name__ for s in doc.iter_spans()]
    assert kinds == ["Mention", "Mention", "Mention", "Quote", "SpeakerRef", "Span", "SourceRef", "DateExpr", "Event"]
