"""A state or an armed group named by a noun of its government or forces and an adjective of it:
"النظام السوري"، "الحكومة اليمنية"، "القوات الإسرائيلية"، "المقاتلات التركية" stand for the state,
"المليشيات الحوثية"، "المسلحين الحوثيين" for the group, with or without the article ("مقاتلات
سعودية"، "قوات أمريكية"); the event's participant is that state or
group when the document names it (a country in the knowledge base, or a group whose name is a
plural of relation: "الحوثيين"، "الحوثيون").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.layers.events.checks import _countries

M = TypeVar("M")

# the nouns of a government or of its armed forces, and of an armed group's men, that an adjective
# of relation follows; a clitic (و ف ب ل) may be attached, and the article
_FORCE_NOUN = re.compile(
    r"(?<!\S)[وفبل]?((?:ال|لل)?(?:نظام|حكومة|سلطات|قوات|جيش|سلطة|مقاتلات|طائرات|مدفعية|بحرية|"
    r"مليشيات|ميليشيات|مليشيا|ميليشيا|مسلحين|مسلحون|عناصر))\s+([^\s«»\"'()،,.:؛]+)")
# the endings a plural of relation ("الحوثيين") shares with its adjectives ("الحوثية"، "الحوثي")
_PLURAL_ENDINGS = ("يين", "يون")
# words from a genitive force noun to the person whose title it ends ("رئيس أركان للقوات الأردنية الفريق
# أول X": X acts), at most
TITLE_REACH = 6
_ADJECTIVE_ENDINGS = ("يه", "ي", "يين", "يون")
# the last document's entities and their `doc_groups`: `force_nouns` runs once per sentence
_last_groups: list[tuple[dict, int, dict[str, str]]] = []


def doc_groups(doc_entities: dict[str, tuple[str, str | None, str]]) -> dict[str, str]:
    """Adjective key -> entity id for each organisation the document names by a plural of relation
    ("الحوثيين" gives "الحوثية"، "الحوثي"، "الحوثيون"): its men and militias stand for it."""
    out: dict[str, str] = {}
    for eid, (ent_type, _kb, name) in doc_entities.items():
        key = match_key(name)
        if ent_type != "ORG" or " " in key or not key.startswith("ال"):
            continue
        stem = next((key[: -len(e)] for e in _PLURAL_ENDINGS if key.endswith(e)), None)
        if stem is None or len(stem) < 4:
            continue
        for ending in _ADJECTIVE_ENDINGS:
            out.setdefault(stem + ending, eid)
    return out


def force_nouns(text: str, start: int, end: int, states: dict[str, str],
                doc_entities: dict[str, tuple[str, str | None, str]], taken: list[M]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of each such noun phrase in text[start:end] whose adjective names one
    of the document's states (`states`: country code -> entity id) or groups (`doc_groups`), outside the mentions `taken` (they carry `start` and `end`)."""
    groups = _groups_of(doc_entities)
    if not states and not groups:
        return []
    return [(s, e, entity) for m, s, e, entity
            in adjective_phrases(_FORCE_NOUN, text, start, end, states, groups, _adjective_key, taken)
            if not (m.group(1).startswith("لل") and _ends_title(text, e, end, doc_entities, taken))]


def _adjective_key(word: str) -> str:
    """The match key of a force noun's adjective, made definite when written without the article
    ("مقاتلات سعودية"، "قوات أمريكية"، "مسلحين حوثيين"): the demonyms and group adjectives are keyed
    with it. A country's own name ("قوات روسيا") stays as it is."""
    key = match_key(word)
    if key.startswith("ال") or key in _countries()[1]:
        return key
    return "ال" + key


def adjective_phrases(pattern: re.Pattern[str], text: str, start: int, end: int, states: dict[str, str],
                      groups: dict[str, str], adjective_key: Callable[[str], str],
                      taken: list[M]) -> Iterator[tuple[re.Match[str], int, int, str]]:
    """(match, start, end, entity id) of each match of `pattern` (a noun, group 1, and an adjective,
    group 2) in text[start:end] whose adjective names one of the document's states (`states`:
    country code -> entity id) or groups (`groups`: adjective key -> entity id), outside the
    mentions `taken`."""
    by_word = _countries()[1]
    for m in pattern.finditer(text, start, end):
        adjective = adjective_key(m.group(2))
        code = by_word.get(adjective)
        entity = states.get(code) if code is not None else groups.get(adjective)
        if entity is None:
            continue
        s, e = m.start(1), m.end(2)
        if any(t.start < e and s < t.end for t in taken):  # type: ignore[attr-defined]
            continue
        yield m, s, e, entity


def _groups_of(doc_entities: dict[str, tuple[str, str | None, str]]) -> dict[str, str]:
    """`doc_groups(doc_entities)`, made once per document (its entities do not change meanwhile)."""
    return once_per_document(_last_groups, doc_entities, doc_groups)


def once_per_document(last_made: list[tuple[dict, int, dict[str, str]]], doc_entities: dict[str, tuple[str, str | None, str]],
                      make: Callable[[dict[str, tuple[str, str | None, str]]], dict[str, str]]) -> dict[str, str]:
    """`make(doc_entities)`, kept in `last_made` for the document last read and made again only for
    another document or once its entities changed (asked per sentence)."""
    last = last_made[0] if last_made else None
    if last is None or last[0] is not doc_entities or last[1] != len(doc_entities):
        last = (doc_entities, len(doc_entities), make(doc_entities))
        last_made[:] = [last]
    return last[2]


def _ends_title(text: str, at: int, end: int, doc_entities: dict[str, tuple[str, str | None, str]],
                taken: list[M]) -> bool:
    """Whether a person is named within TITLE_REACH words after offset `at`, with no punctuation
    between: the genitive force noun before it ends that person's title."""
    for t in taken:
        if t.start >= at and doc_entities.get(t.entity, ("",))[0] == "PER":  # type: ignore[attr-defined]
            between = text[at : t.start]
            return t.start <= end and len(between.split()) <= TITLE_REACH and not any(c in between for c in ".،؛:")
    return False
