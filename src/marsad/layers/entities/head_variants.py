"""One body or place told with and without its head word where the KB knows only one form:
"تنظيم القاعدة" (linked) ... "القاعدة", "نادي النصر" ... "النصر", "محافظة حجة" ... "حجة",
"جماعة الحوثي" (linked) ... "مليشيا الحوثي". The name left once a head word that also stands
without it is dropped (its core) is compared; an unlinked entity joins the single other entity of
its type with that core, never when two compete for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from marsad.layers.entities.word_lists import ADMIN_HEADS, SAME_BODY_HEADS, UNIT_HEADS

# head words whose name also stands without them for the same entity (as coref's dropped heads)
CORE_HEADS = {"ORG": SAME_BODY_HEADS | UNIT_HEADS, "LOC": ADMIN_HEADS}


class _Named(Protocol):
    key: str


class _Clustered(Protocol):
    type: str
    actor: object | None
    names: Sequence[_Named]


def name_core(typ: str, key: str) -> str:
    """The name without a leading head word of its type that the entity is also called without
    ("نادي الهلال" / "النادي الهلال" -> "الهلال"); the name itself when it has none."""
    head, _, rest = key.partition(" ")
    heads = CORE_HEADS.get(typ, ())
    if rest and (head in heads or head.removeprefix("ال") in heads):
        return rest
    return key


def join_head_variants(clusters: Sequence[_Clustered], find: Callable[[int], int],
                       join: Callable[[int, int], None]) -> None:
    by_core: dict[tuple[str, str], set[int]] = {}
    for j, o in enumerate(clusters):
        if o.type in CORE_HEADS:
            for c in o.names:
                by_core.setdefault((o.type, name_core(o.type, c.key)), set()).add(j)
    for i, cl in enumerate(clusters):
        if cl.actor is not None or cl.type not in CORE_HEADS or not cl.names:
            continue
        mine = find(i)
        for c in cl.names:
            core = name_core(cl.type, c.key)
            roots = {find(j) for j in by_core.get((cl.type, core), ())} - {mine}
            if len(roots) == 1:
                join(i, roots.pop())
                break
