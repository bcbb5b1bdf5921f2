"""One body or place told with and without its head word where the KB knows only one form:
"تنظيم القاعدة" (linked) ... "القاعدة", "نادي النصر" ... "النصر", "محافظة حجة" ... "حجة",
"جماعة الحوثي" (linked) ... "مليشيا الحوثي". The name left once a head word that also stands
without it is dropped (its core) is compared; an unlinked entity joins the single other entity of
its type with that core, never when two compete for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from marsad.layers.entities.word_lists import ADMIN_HEADS, SAME_BODY_HEADS, UNIT_HEADS

# head words whose name also stands without them for the same entity: "مليشيا الحشد الشعبي" is
# "الحشد الشعبي", "نادي الهلال" "الهلال", "قيادة حرس الحدود" "حرس الحدود", "منطقة الرياض" "الرياض"
# (not "مطار صنعاء": a site of the city); coref's join of a head word + another name reads them too
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


def join_mistyped_strings(clusters: Sequence[_Clustered], find: Callable[[int], int],
                          join: Callable[[int, int], None]) -> None:
    """One string typed two ways in an article names one thing, and the type with the stronger
    evidence wins: "شركة سيرنر" ... "سيرنر" (tagged PER) is the company, "اليونيسكو" (tagged LOC)
    the KB's organisation named the same. An unlinked name joins the single entity of another type that the
    KB links with it, or, tagged a person, that names it after a head word; never a word of a person's full name
    (that is the person's, joined later), nor when two entities carry the string."""
    person_words: set[str] = set()
    for o in clusters:
        if o.type == "PER":
            for c in o.names:
                if " " in c.key:
                    person_words.update(c.key.split(" "))
    linked: dict[str, set[int]] = {}  # a name key -> the KB-linked bodies and places named so
    headed: dict[str, set[int]] = {}  # a name's core -> the bodies and places named with a head
    for j, o in enumerate(clusters):
        if o.type not in CORE_HEADS:
            continue
        for c in o.names:
            core = name_core(o.type, c.key)
            if core != c.key:
                headed.setdefault(core, set()).add(j)
            elif o.actor is not None:
                linked.setdefault(c.key, set()).add(j)
    for i, cl in enumerate(clusters):
        if cl.actor is not None or not cl.names or find(i) != i:
            continue
        keys = {c.key for c in cl.names}
        if len(keys) != 1:
            continue
        key = keys.pop()
        if key in person_words:
            continue
        # a head word tells a body from a person ("شركة سيرنر"), not from a place: "بورصة كوريا"
        # and "نادي الرياض" are named after the country and the city
        strong = linked.get(key, set()) | (headed.get(key, set()) if cl.type == "PER" and " " not in key else set())
        # a body tagged so is not the KB's place of its name: papers and clubs are named after
        # places ("الشرق الأوسط", "الرياض")
        owners = {j for j in strong if clusters[j].type != cl.type
                  and not (cl.type == "ORG" and clusters[j].type == "LOC")}
        roots = {find(j) for j in owners} - {i}
        if len(roots) == 1 and not any(find(j) == find(i) for j in owners):
            join(i, roots.pop())
