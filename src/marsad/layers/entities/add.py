"""How other layers add an entity to a document: the entity layer owns the ids ("e1", "e2", ...).

A layer that finds an actor the entity layer did not (the sources layer, for an agency named
only in a dateline) adds it with `add_entity`, which gives it the next free id; no other layer
needs to know how ids are written.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.document import Document, Entity, Mention

ID_PREFIX = "e"


def entity_id(n: int) -> str:
    """The id of the n-th entity of a document (from 1)."""
    return f"{ID_PREFIX}{n}"


def _number(eid: str) -> int:
    digits = eid.removeprefix(ID_PREFIX)
    return int(digits) if eid.startswith(ID_PREFIX) and digits.isdigit() else 0


def next_entity_id(doc: Document) -> str:
    """An id no entity of `doc` has: one past the highest number in use."""
    return entity_id(max((_number(e.id) for e in doc.entities), default=0) + 1)


def add_entity(doc: Document, type: str, name: str, mentions: Iterable[Mention], *, name_en: str | None = None,
               kb: str | None = None) -> Entity:
    """Append a new entity with the next free id to `doc.entities` and return it."""
    entity = Entity(next_entity_id(doc), type, name, name_en, kb, sorted(mentions, key=lambda m: (m.start, m.end)))
    doc.entities.append(entity)
    return entity
