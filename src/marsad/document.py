"""The Document: one cleaned text and every annotation as character spans over it.

All layers write into the same Document; nothing is stored as copied text that could drift
from the original. The JSON record (`to_record` / `from_record`) is the contract in
`shared/eval/OUTPUT.md`; `removed` and `warnings` are additions (what cleaning took out and
why, and what a layer could not do).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from marsad.arabic.sentences import Sentence, split_sentences
from marsad.arabic.tokens import Token, tokenize

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MENTION_KINDS = ("name", "title", "pronoun")
QUOTE_KINDS = ("direct", "indirect")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class OffsetError(ValueError):
    """A span whose text does not equal the document text at its offsets."""


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    name_en: str | None = None
    kb: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
            "kb": self.kb, "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(slots=True)
class SpeakerRef:
    """Who a quote is attributed to: an entity (when linked) and the span naming the speaker."""

    entity: str | None
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Quote:
    kind: str
    start: int
    end: int
    text: str
    speaker: SpeakerRef | None = None
    cue: Span | None = None
    via: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "cue": self.cue.to_json() if self.cue else None,
            "via": list(self.via),
        }


@dataclass(slots=True)
class SourceRef:
    """A news agency or outlet the text cites as the origin of its content."""

    entity: str | None
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class DateExpr:
    """A date expression and its value; later occurrences of the same words with the same value
    (a report saying "أمس" five times) are kept as `occurrences`, as an entity keeps mentions."""

    start: int
    end: int
    text: str
    value: str | None
    occurrences: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "occurrences": [o.to_json() for o in self.occurrences]}

    def all_spans(self) -> list[Span]:
        return [Span(self.start, self.end, self.text), *self.occurrences]


@dataclass(slots=True)
class Event:
    type: str
    start: int
    end: int
    text: str
    actor: str | None = None
    target: str | None = None
    mode: str | None = None
    date: str | None = None
    trigger: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode, "actor": self.actor, "target": self.target,
            "date": self.date, "start": self.start, "end": self.end, "text": self.text,
            "trigger": self.trigger,
        }


@dataclass(slots=True)
class Removal:
    """A piece of the raw text that cleaning removed, and the rule that removed it."""

    text: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


def text_id(text: str) -> str:
    """A stable id for a text with no id of its own: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    text: str
    id: str = ""
    title: str = ""
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "ar"
    author: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tone: float | None = None
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # where the record came from: file path and record number, for error messages and the store
    origin: str | None = None
    # which layers have run: lets a record say what it does not contain yet
    layers: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    # --- derived views, computed once -------------------------------------------------
    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @property
    def body_start(self) -> int:
        """Offset where the body starts (after the title and its blank line)."""
        if self.title and self.text.startswith(self.title):
            rest = self.text[len(self.title) :]
            return len(self.title) + (len(rest) - len(rest.lstrip("\n")))
        return 0

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    # --- invariants --------------------------------------------------------------------
    def iter_spans(self):
        """Every span-like object of the document, for invariant checks."""
        for ent in self.entities:
            yield from ent.mentions
        for q in self.quotes:
            yield q
            if q.speaker:
                yield q.speaker
            if q.cue:
                yield q.cue
        yield from self.sources
        for d in self.dates:
            yield d
            yield from d.occurrences
        yield from self.events

    def check_offsets(self) -> None:
        """Raise OffsetError unless every span's text equals the document text at its offsets."""
        n = len(self.text)
        for sp in self.iter_spans():
            if not (0 <= sp.start <= sp.end <= n) or self.text[sp.start : sp.end] != sp.text:
                raise OffsetError(
                    f"{type(sp).__name__} [{sp.start}:{sp.end}] {sp.text!r} != {self.text[sp.start:sp.end]!r}"
                )

    # --- JSON record (OUTPUT.md) -------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id, "title": self.title, "source": self.source, "url": self.url,
            "published": self.published, "language": self.language, "text": self.text,
            "entities": [e.to_json() for e in self.entities],
            "quotes": [q.to_json() for q in self.quotes],
            "sources": [s.to_json() for s in self.sources],
            "dates": [d.to_json() for d in self.dates],
            "events": [e.to_json() for e in self.events],
            "tone": self.tone,
            "author": self.author,
            "layers": list(self.layers),
            "removed": [r.to_json() for r in self.removed],
            "warnings": list(self.warnings),
        }
        if self.origin:
            rec["origin"] = self.origin
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Document:
        def span(d: dict[str, Any] | None) -> Span | None:
            return Span(d["start"], d["end"], d["text"]) if d else None

        def speaker(d: dict[str, Any] | None) -> SpeakerRef | None:
            return SpeakerRef(d.get("entity"), d["start"], d["end"], d["text"]) if d else None

        return cls(
            text=rec["text"], id=rec.get("id") or "", title=rec.get("title") or "",
            source=rec.get("source"), url=rec.get("url"), published=rec.get("published"),
            language=rec.get("language") or "ar", author=rec.get("author"),
            entities=[
                Entity(
                    e["id"], e["type"], e["name"], e.get("name_en"), e.get("kb"),
                    [Mention(m["start"], m["end"], m["text"], m.get("kind", "name")) for m in e.get("mentions", [])],
                )
                for e in rec.get("entities", [])
            ],
            quotes=[
                Quote(q["kind"], q["start"], q["end"], q["text"], speaker(q.get("speaker")), span(q.get("cue")),
                      list(q.get("via") or []))
                for q in rec.get("quotes", [])
            ],
            sources=[SourceRef(s.get("entity"), s["start"], s["end"], s["text"]) for s in rec.get("sources", [])],
            dates=[
                DateExpr(d["start"], d["end"], d["text"], d.get("value"),
                         [Span(o["start"], o["end"], o["text"]) for o in d.get("occurrences", [])])
                for d in rec.get("dates", [])
            ],
            events=[
                Event(e["type"], e["start"], e["end"], e["text"], e.get("actor"), e.get("target"), e.get("mode"),
                      e.get("date"), e.get("trigger"))
                for e in rec.get("events", [])
            ],
            tone=rec.get("tone"),
            removed=[Removal(r["text"], r["reason"]) for r in rec.get("removed", [])],
            warnings=list(rec.get("warnings", [])),
            origin=rec.get("origin"),
            layers=list(rec.get("layers", [])),
        )
