"""The Document: one cleaned text and every annotation as character spans over it.

All layers write into the same Document; nothing is stored as copied text that could drift
from the original. The JSON record (`to_record` / `from_record`) is the contract in
`shared/eval/OUTPUT.md`; `removed` and `warnings` are additions (what cleaning took out and
why, and what a layer could not do).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, ClassVar, Self

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


class Annotation:
    """Base of every annotation dataclass: its JSON form is read from and written by its fields.

    Field types drive the conversion (a nested annotation, a list of them, an optional one), so a
    new annotation class or field needs no (de)serialisation code. `JSON_KEYS` names the keys whose
    order in the record differs from the field order (the contract predates the dataclasses);
    fields it leaves out follow in field order.
    """

    __slots__ = ()
    JSON_KEYS: ClassVar[tuple[str, ...]] = ()

    def to_json(self) -> dict[str, Any]:
        writer = _WRITERS.get(type(self))
        if writer is None:
            writer = _WRITERS[type(self)] = _compile_writer(type(self))
        return writer(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        kwargs = {}
        for name, decode, when_absent in _fields_of(cls).readers:
            value = data.get(name)
            if value is not None:
                kwargs[name] = value if decode is None else decode(value)
            elif when_absent == _REQUIRED:
                if name not in data:
                    raise KeyError(name)
                kwargs[name] = None  # a null where none belongs is kept: the store refuses it
            elif when_absent == _NULL:
                kwargs[name] = None
            # else absent or null, and the field has a default: the default
        return cls(**kwargs)

    def nested(self) -> Iterator[Annotation]:
        """The annotations held by this one's fields, depth first in field order."""
        for name in _fields_of(type(self)).nesting:
            value = getattr(self, name)
            if isinstance(value, dict):
                value = [item for items in value.values() for item in items]
            for item in value if isinstance(value, list) else (value,):
                if isinstance(item, Annotation):
                    yield item
                    yield from item.nested()


class SpanAnnotation(Annotation):
    """An annotation with `start`, `end` and `text` over the document text (checked by
    `Document.check_offsets`)."""

    __slots__ = ()


Convert = Callable[[Any], Any] | None  # None: the JSON value is the field value
_REQUIRED, _NULL, _DEFAULT = "required", "null", "default"  # what an absent key gives


@dataclass(frozen=True, slots=True)
class _Fields:
    """How an annotation class is read and written, derived once from its dataclass fields."""

    writers: tuple[tuple[str, Convert, bool], ...]  # (key, encode, omit when empty), in record order
    readers: tuple[tuple[str, Convert, str], ...]  # (key, decode of a non-null value, when absent)
    nesting: tuple[str, ...]  # fields that may hold annotations


def _or_none(convert: Convert) -> Convert:
    return convert and (lambda v: None if v is None else convert(v))


def _converters(tp: Any) -> tuple[Convert, Convert, bool]:
    """(encode, decode, may hold annotations) for values of type `tp`."""
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        encode, decode, nests = _converters(next(a for a in args if a is not type(None)))
        return _or_none(encode), _or_none(decode), nests
    if typing.get_origin(tp) is list:  # always a new list: a record and its document share nothing
        encode, decode, nests = _converters(args[0])
        return ((lambda v: [encode(x) for x in v]) if encode else list,
                (lambda v: [decode(x) for x in v]) if decode else list, nests)
    if isinstance(tp, type) and issubclass(tp, Annotation):
        return tp.to_json, tp.from_json, True
    return None, None, False


_WRITERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _compile_writer(cls: type[Annotation]) -> Callable[[Any], dict[str, Any]]:
    """`to_json` of one class as straight-line code, built once from its fields: records are
    written for every document of a batch, and a loop over field descriptions costs about twice
    as much as a dict display."""
    env: dict[str, Any] = {}
    plain, optional = [], []
    for i, (name, encode, omit_empty) in enumerate(_fields_of(cls).writers):
        value = f"o.{name}" if encode is None else f"e{i}(o.{name})"
        if encode is not None:
            env[f"e{i}"] = encode
        (optional if omit_empty else plain).append((name, value))
    if not optional:
        body = "    return {" + ", ".join(f"{n!r}: {v}" for n, v in plain) + "}\n"
    else:  # keys left out when empty keep the record order of the others
        lines = ["    d = {}"]
        values = dict(plain + optional)
        for name, _encode, omit_empty in _fields_of(cls).writers:
            v = values[name]
            lines.append(f"    if o.{name}: d[{name!r}] = {v}" if omit_empty else f"    d[{name!r}] = {v}")
        body = "\n".join(lines) + "\n    return d\n"
    exec(f"def to_json(o):\n{body}", env)  # noqa: S102 - source built from field names only
    return env["to_json"]


def _collect_spans(annotation: Annotation, out: list[SpanAnnotation]) -> None:
    """Append the spans `annotation.nested()` yields, depth first in field order: the walk of
    `Annotation.nested` in plain calls (a chain of nested generators cost most of the offset check
    that every stored document goes through)."""
    for name in _nesting(type(annotation)):
        value = getattr(annotation, name)
        if isinstance(value, dict):
            value = [item for items in value.values() for item in items]
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, Annotation):
                if isinstance(item, SpanAnnotation):
                    out.append(item)
                if _nesting(type(item)):  # most annotations nest none: no call to find none
                    _collect_spans(item, out)


_NESTING: dict[type, tuple[str, ...]] = {}


def _nesting(cls: type[Annotation]) -> tuple[str, ...]:
    """`_fields_of(cls).nesting`, by a plain dict look-up."""
    found = _NESTING.get(cls)
    if found is None:
        found = _NESTING[cls] = _fields_of(cls).nesting
    return found


@cache
def _fields_of(cls: type[Annotation]) -> _Fields:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    writers, readers, nesting = {}, [], []
    for f in fields:
        tp = hints[f.name]
        encode, decode, nests = _converters(tp)
        if typing.get_origin(tp) in (types.UnionType, typing.Union):  # from_json decodes non-null values only
            decode = _converters(next(a for a in typing.get_args(tp) if a is not type(None)))[1]
        if "codec" in f.metadata:  # a field whose values the type alone cannot convert
            encode, decode = f.metadata["codec"]
            nests = True
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            when_absent = _DEFAULT
        else:
            when_absent = _NULL if type(None) in typing.get_args(tp) else _REQUIRED
        writers[f.name] = (f.name, encode, bool(f.metadata.get("omit_empty")))
        readers.append((f.name, decode, when_absent))
        if nests:
            nesting.append(f.name)
    in_record_order = [writers.pop(k) for k in cls.JSON_KEYS] + list(writers.values())
    return _Fields(tuple(in_record_order), tuple(readers), tuple(nesting))


@dataclass(slots=True)
class Span(SpanAnnotation):
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention(SpanAnnotation):
    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(slots=True)
class Entity(Annotation):
    id: str
    type: str
    name: str
    name_en: str | None = None
    kb: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class SpeakerRef(SpanAnnotation):
    """Who a quote is attributed to: an entity (when linked) and the span naming the speaker."""

    entity: str | None
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Quote(SpanAnnotation):
    kind: str
    start: int
    end: int
    text: str
    speaker: SpeakerRef | None = None
    cue: Span | None = None
    via: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SourceRef(SpanAnnotation):
    """A news agency or outlet the text cites as the origin of its content."""

    entity: str | None
    start: int
    end: int
    text: str


@dataclass(slots=True)
class DateExpr(SpanAnnotation):
    """A date expression and its value; later occurrences of the same words with the same value
    (a report saying "أمس" five times) are kept as `occurrences`, as an entity keeps mentions."""

    start: int
    end: int
    text: str
    value: str | None
    occurrences: list[Span] = field(default_factory=list)

    def all_spans(self) -> list[Span]:
        return [Span(self.start, self.end, self.text), *self.occurrences]


@dataclass(slots=True)
class Event(SpanAnnotation):
    JSON_KEYS: ClassVar[tuple[str, ...]] = ("type", "mode", "actor", "target", "date", "start", "end", "text")

    type: str
    start: int
    end: int
    text: str
    actor: str | None = None
    target: str | None = None
    mode: str | None = None
    date: str | None = None
    trigger: str | None = None
    # additions to OUTPUT.md, left out of the record when empty: the words naming each side (an
    # entity mention, or a common noun such as "المحتجون" whose `actor` is then null) and the
    # side's PLOVER/CAMEO sector (GOV, MIL, POL, REB, OPP, CVL, ...) when the words give one
    actor_span: Span | None = field(default=None, metadata={"omit_empty": True})
    target_span: Span | None = field(default=None, metadata={"omit_empty": True})
    actor_sector: str | None = field(default=None, metadata={"omit_empty": True})
    target_sector: str | None = field(default=None, metadata={"omit_empty": True})
    # the quote this event is told in, when its cue is an event verb ("اتهم X ..."): layers/events/quote_events.py
    quote: Span | None = field(default=None, metadata={"omit_empty": True})


@dataclass(slots=True)
class Removal(Annotation):
    """A piece of the raw text that cleaning removed, and the rule that removed it."""

    text: str
    reason: str


# --- annotations of layers the Document does not name ---------------------------------------------
# A layer registered with an annotation class (layers/registry.py) writes its spans into
# `Document.extensions[name]`; the record carries them under "extensions" and reading a record
# rebuilds them by the class registered for `name` ("module:Class", imported when first needed).
# A record from a layer this installation does not have keeps its values as plain JSON.
EXTENSION_TYPES: dict[str, str | type[Annotation]] = {}


def extension_type(name: str) -> type[Annotation] | None:
    cls = EXTENSION_TYPES.get(name)
    if isinstance(cls, str):
        module, _, attr = cls.partition(":")
        cls = EXTENSION_TYPES[name] = getattr(importlib.import_module(module), attr)
    return cls


def _encode_extensions(value: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {name: [a.to_json() if isinstance(a, Annotation) else a for a in items]
            for name, items in value.items()}


def _decode_extensions(value: dict[str, list[Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for name, items in value.items():
        cls = extension_type(name)
        out[name] = [cls.from_json(x) for x in items] if cls is not None else list(items)
    return out


def text_id(text: str) -> str:
    """A stable id for a text with no id of its own: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document(Annotation):
    """One article and everything the layers found in it.

    `text` is the title, a blank line and the cleaned body; every span (entity mentions, quotes,
    speakers, cited sources, dates, events) holds character offsets into it, and
    `text[start:end] == span.text` always (`check_offsets`). `to_record()` is the JSON record of
    OUTPUT.md. Like spaCy's Doc, iterating a Document gives its tokens and `len(doc)` counts them.
    """

    JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id", "title", "source", "url", "published", "language", "text", "entities", "quotes", "sources",
        "dates", "events", "tone", "author", "layers", "removed", "warnings",
    )

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
    origin: str | None = field(default=None, metadata={"omit_empty": True})
    # which layers have run: lets a record say what it does not contain yet
    layers: list[str] = field(default_factory=list)
    # what layers outside the fields above wrote: layer name -> its annotations (see EXTENSION_TYPES)
    extensions: dict[str, list[Any]] = field(default_factory=dict, metadata={
        "omit_empty": True, "codec": (_encode_extensions, _decode_extensions)})

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
        text, title = self.text, self.title
        # layers ask for it per mention: kept with the text and title it was computed from
        known = self.__dict__.get("_body_start")
        if known is not None and known[0] is text and known[1] is title:
            return known[2]
        start = 0
        if title and text.startswith(title):
            start = len(title)
            while text.startswith("\n", start):
                start += 1
        self.__dict__["_body_start"] = (text, title, start)
        return start

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __repr__(self) -> str:
        # the dataclass repr would print the whole text and every span (thousands of characters)
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in
                           ("entities", "quotes", "sources", "dates", "events") if getattr(self, name))
        title = self.title if len(self.title) <= 60 else self.title[:59] + "…"
        return (f"<Document {self.id} {title!r} published={self.published} {len(self.text):,} characters"
                + (f"; {counts}" if counts else "") + ">")

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id (as quotes, sources and events refer to it), or None."""
        if entity_id is None:
            return None
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def speaker_of(self, quote: Quote) -> Entity | None:
        """The entity a quote is attributed to (with its English name and kb id when linked), or
        None when the speaker is unnamed or only a span ("مصدر مسؤول"): `quote.speaker.text` is
        then the words of the article that name it."""
        return self.entity(quote.speaker.entity) if quote.speaker else None

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None

    # --- invariants --------------------------------------------------------------------
    def iter_spans(self) -> Iterator[SpanAnnotation]:
        """Every span of the document (nested ones included), for invariant checks."""
        return (a for a in self.nested() if isinstance(a, SpanAnnotation))

    def check_offsets(self) -> None:
        """Raise OffsetError unless every span's text equals the document text at its offsets."""
        n = len(self.text)
        spans: list[SpanAnnotation] = []
        _collect_spans(self, spans)  # the spans of `iter_spans`, in its order, without its generators
        for sp in spans:
            if not (0 <= sp.start <= sp.end <= n) or self.text[sp.start : sp.end] != sp.text:
                raise OffsetError(
                    f"{type(sp).__name__} [{sp.start}:{sp.end}] {sp.text!r} != {self.text[sp.start:sp.end]!r}"
                )

    # --- JSON record (OUTPUT.md) -------------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        """The JSON record of OUTPUT.md (plain dicts and lists, ready for json.dumps)."""
        return self.to_json()

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Document:
        return cls.from_json(rec)
