"""Outlets that share a name, told apart by the country adjective written after the name.

"صحيفة ديلي ستار البريطانية" is the London tabloid, "الديلي ستار اللبنانية" the Beirut paper: both
KB entries carry the same Arabic forms, the first listed is the reading of a bare name, and a
demonym right after the name (past a closing mark or a comma) picks the namesake of that country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.kb.model import Actor

# closing marks, commas and spaces that may stand between a name and its country adjective
_GAP = re.compile(r"[\s\"'”“»«،,)]*")
_WORD = re.compile(r"[\u0621-\u064A]+")


def namesake_groups(actors: Iterable, alias_key: Callable[[str], str]) -> dict[str, list]:
    """Actor id -> every actor (itself included, in KB order) sharing one of its Arabic forms, for
    the actors that have a namesake."""
    by_form: dict[str, list] = {}
    for actor in actors:
        for alias in actor.all_ar():
            group = by_form.setdefault(" ".join(alias_key(alias).split()), [])
            if actor not in group:
                group.append(actor)
    out: dict[str, list] = {}
    for group in by_form.values():
        if len(group) > 1:
            for actor in group:
                members = out.setdefault(actor.id, [])
                members.extend(a for a in group if a not in members)
    return out


def namesake_by_country(text: str, end: int, actor, groups: dict[str, list], demonym: Callable[[str], Actor | None],
                        alias_key: Callable[[str], str]):
    """The namesake of `actor` whose country the adjective after `end` names; `actor` otherwise."""
    group = groups.get(actor.id)
    if not group:
        return actor
    word = _WORD.match(text, _GAP.match(text, end).end())  # the gap may be empty: it always matches
    if word is None:
        return actor
    country = demonym(alias_key(word.group()))
    if country is None or not country.country:
        return actor
    return next((a for a in group if a.country == country.country), actor)
