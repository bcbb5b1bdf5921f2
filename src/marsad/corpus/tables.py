"""What each layer writes into the store: a Document's annotations as rows of the store's tables.

Every function here reads typed annotations (never keys of a JSON record) and returns rows
without the `doc` column, which the store adds. `LAYER_TABLES` maps each layer to its tables, in
the order the store writes them; a layer that adds a table registers it there (and the table
itself in `schema.MIGRATIONS`). Entity-valued fields (speaker, actor, via...) hold a document's
local entity id; `Actors` turns it into the store's actor id.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from marsad.arabic.normalize import match_key
from marsad.corpus.dedup import band_keys, entity_key
from marsad.document import Document, Entity, Span, SpeakerRef

if TYPE_CHECKING:
    from marsad.corpus.work import Analysed

Actors = Mapping[str, int]  # local entity id ("e3") -> actors.id
Row = tuple


def document_of(res: Analysed) -> Document:
    """The analysed document of a result: the document itself when the result was made in this
    process, else rebuilt from the JSON record it crossed a process boundary as."""
    if res.doc is not None:
        return res.doc
    return Document.from_record(json.loads(res.record_json))


def insert_sql(table: str, columns: Sequence[str], verb: str = "INSERT") -> str:
    return f"{verb} INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


@dataclass(frozen=True)
class Table:
    """A store table filled from documents: its name, its columns after `doc`, and its rows."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[Document, Actors], Iterable[Row]]
    ignore_duplicates: bool = False  # INSERT OR IGNORE: the table's key may repeat within a document
    # the same rows in two steps, for a document analysed in another process: `local_rows` (made
    # where the document is) hold the document's own entity ids ("e3") where `rows` hold actors,
    # and `bind` gives the rows `rows` would, the store's actor ids put in (built-in tables)
    local_rows: Callable[[Document], list[Row]] | None = None
    bind: Callable[[list[Row], Actors], Iterable[Row]] | None = None

    @cached_property
    def insert_sql(self) -> str:
        return insert_sql(self.name, ("doc", *self.columns), "INSERT OR IGNORE" if self.ignore_duplicates else "INSERT")


# --- the document itself -------------------------------------------------------------------------
DOCUMENT_COLUMNS = ("id", "origin", "title", "source", "url", "published", "text", "layers", "tone")


def document_row(doc: Document) -> Row:
    """The `documents` columns that come from the document (the store adds hash, record, cluster)."""
    return (doc.id, doc.origin or None, doc.title, doc.source, doc.url, doc.published, doc.text,
            json.dumps(doc.layers), doc.tone)


# --- entities: actors (shared across documents), then this document's links and mentions ----------
ACTOR_COLUMNS = ("key", "kb", "name", "name_key", "name_en", "type")


def actor_key(ent: Entity) -> str:
    """What identifies an entity's actor across documents: its kb id, else its type and name key."""
    return entity_key(ent.kb, ent.type, ent.name)


def actor_row(ent: Entity) -> Row:
    """The `actors` row an entity resolves to."""
    return (actor_key(ent), ent.kb, ent.name, match_key(ent.name), ent.name_en, ent.type)


def _two_steps(local_rows: Callable[[Document], list[Row]],
               bind: Callable[[list[Row], Actors], Iterable[Row]]) -> Callable[[Document, Actors], Iterable[Row]]:
    """`Table.rows` of a table written in two steps: the same rows whichever process made them."""
    return lambda doc, actors: bind(local_rows(doc), actors)


def _no_local_rows(doc: Document) -> list[Row]:
    return []


def _doc_entity_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    return ((local_id, actor) for local_id, actor in actors.items())


def _mention_local(doc: Document) -> list[Row]:
    return [(ent.id, m.start, m.end, m.text, m.kind) for ent in doc.entities for m in ent.mentions]


def _mention_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    return ((actors[r[0]], *r[1:]) for r in rows)


def _actor(actors: Actors, entity_id: str | None) -> int | None:
    return actors.get(entity_id or "")


# --- quotes, sources, dates, events ---------------------------------------------------------------
def _offsets(span: Span | SpeakerRef | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _quote_local(doc: Document) -> list[Row]:
    out = []
    for q in doc.quotes:
        sp = q.speaker
        out.append((
            q.kind, q.start, q.end, q.text,
            sp.entity if sp else None, *_offsets(sp), match_key(sp.text) if sp and sp.text else None,
            *_offsets(q.cue), list(q.via),
        ))
    return out


def _quote_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    for r in rows:
        yield (*r[:4], _actor(actors, r[4]), *r[5:12], json.dumps([actors[v] for v in r[12] if v in actors]))


def _source_local(doc: Document) -> list[Row]:
    return [(s.entity, s.start, s.end, s.text, match_key(s.text)) for s in doc.sources]


def _source_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    return ((_actor(actors, r[0]), *r[1:]) for r in rows)


def _date_local(doc: Document) -> list[Row]:
    return [(d.start, d.end, d.text, d.value) for d in doc.dates]


def _date_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    return rows


def _event_local(doc: Document) -> list[Row]:
    return [(e.type, e.mode, e.actor, e.target, e.date, e.start, e.end, e.text,
             e.trigger, e.actor_span.text if e.actor_span else None, e.actor_sector,
             e.target_span.text if e.target_span else None, e.target_sector) for e in doc.events]


def _event_rows(rows: list[Row], actors: Actors) -> Iterable[Row]:
    return ((r[0], r[1], _actor(actors, r[2]), _actor(actors, r[3]), *r[4:]) for r in rows)


def _table(name: str, columns: tuple[str, ...], local_rows: Callable[[Document], list[Row]],
           bind: Callable[[list[Row], Actors], Iterable[Row]], ignore_duplicates: bool = False) -> Table:
    return Table(name, columns, _two_steps(local_rows, bind), ignore_duplicates, local_rows, bind)


LAYER_TABLES: dict[str, tuple[Table, ...]] = {
    "entities": (
        _table("doc_entities", ("local_id", "actor"), _no_local_rows, _doc_entity_rows, ignore_duplicates=True),
        _table("mentions", ("actor", "char_start", "char_end", "text", "kind"), _mention_local, _mention_rows),
    ),
    "quotes": (
        _table("quotes", ("kind", "char_start", "char_end", "text", "speaker_actor", "speaker_start", "speaker_end",
                          "speaker_text", "speaker_key", "cue_start", "cue_end", "cue_text", "via"),
               _quote_local, _quote_rows),
    ),
    "sources": (_table("sources", ("actor", "char_start", "char_end", "text", "text_key"), _source_local, _source_rows),),
    "dates": (_table("dates", ("char_start", "char_end", "text", "value"), _date_local, _date_rows),),
    "events": (
        _table("events", ("type", "mode", "actor", "target", "date", "char_start", "char_end", "text", "trigger",
                          "actor_text", "actor_sector", "target_text", "target_sector"), _event_local, _event_rows),
    ),
}
BUILT_IN_TABLES: tuple[Table, ...] = tuple(t for group in LAYER_TABLES.values() for t in group)


class StoreRows(NamedTuple):
    """What the store writes of one document, made in the process that analysed it, so that the
    writing process neither parses the record JSON back nor rebuilds the document: its origin, its
    `documents` columns, its entities (local id, actor key, `actors` row) and the `local_rows` of
    each of `BUILT_IN_TABLES`."""

    origin: str
    document: Row
    entities: tuple[tuple[str, str, Row], ...]
    tables: tuple[list[Row], ...]
    bands: list[tuple[int, int]] | None = None  # the LSH band keys of the document's signature


def store_rows(doc: Document, sig: bytes | None = None) -> StoreRows:
    """The `StoreRows` of an analysed document, with the band keys of its MinHash signature `sig`."""
    entities = tuple((ent.id, actor_key(ent), actor_row(ent)) for ent in doc.entities)
    return StoreRows(doc.origin, document_row(doc), entities,
                     tuple(t.local_rows(doc) for t in BUILT_IN_TABLES),  # type: ignore[misc]
                     band_keys(sig) if sig is not None else None)


def tables() -> Iterable[Table]:
    """Every per-document table, in the order the store writes them: the built-in layers', then
    those of layers registered with their own `tables` (created by the store when missing)."""
    for group in LAYER_TABLES.values():
        yield from group
    yield from extension_tables()


def extension_tables() -> list[Table]:
    from marsad.layers.registry import REGISTRY

    return [t for spec in REGISTRY.values() if spec.name not in LAYER_TABLES for t in spec.store_tables()]


def create_sql(table: Table) -> list[str]:
    """The statements creating a layer's own table: one row per annotation, with its document's
    row id in `doc` like every per-document table (columns take SQLite's dynamic types; the
    built-in tables are declared in `schema.py`)."""
    columns = ", ".join(f'"{c}"' for c in table.columns)
    return [f"CREATE TABLE IF NOT EXISTS {table.name}(doc INTEGER NOT NULL, {columns})",
            f"CREATE INDEX IF NOT EXISTS {table.name}_doc ON {table.name}(doc)"]
