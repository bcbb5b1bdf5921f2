"""A state or an armed group named only by an adjective of relation on what an attack hits or who
carries it out: "قصف معسكرًا حوثيًّا"، "استهدفت مواقع حوثية"، "هاجموا قاعدة كينية"، "دورية
إسرائيلية". The adjective is no entity (GUIDE: nationality adjectives are not names), but the event's
side is the group or state it relates the noun to, when the document names that group or state.

`forces_named` reads the nouns of a government or its forces ("القوات التركية"); this module reads
the nouns of places, installations, vehicles and men an attack is aimed at or sent from, with the
adjective definite or not, and also groups named "جماعة الحوثي" or "جماعة الحوثيين" (a head word and
a relation word) besides the bare plural "الحوثيين".
"""

from __future__ import annotations

import re
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.layers.events.forces_named import (
    _ADJECTIVE_ENDINGS,
    _groups_of,
    adjective_phrases,
    once_per_document,
)
from marsad.lexicons import loader

M = TypeVar("M")

# nouns of what is attacked (installations, which do not act) or sends an attack (carriers, which
# may act), that an adjective of relation may follow (lexicons/event_installations.tsv), as regex
# alternations in the lexicon's order
_INSTALLATIONS = "|".join(re.escape(row[0]) for row in loader.table("event_installations.tsv", 2)
                          if row[1] == "installation")
_CARRIERS = "|".join(re.escape(row[0]) for row in loader.table("event_installations.tsv", 2) if row[1] == "carrier")
_CASE = r"[\u064b-\u0652]*ا?[\u064b-\u0652]*"  # a written case ending: "معسكرًا"، "قاعدةً"
_ADJECTIVE = r"([^\s«»\"'()،,.:؛]+)"
_OBJECT_NOUN = re.compile(
    rf"(?<!\S)[وفبل]?((?:ال|لل)?(?:{_INSTALLATIONS}|{_CARRIERS}){_CASE})\s+{_ADJECTIVE}")
_INSTALLATION = re.compile(rf"[وفبل]?(?:ال|لل)?(?:{_INSTALLATIONS}){_CASE}\s+{_ADJECTIVE}")
# words before an installation that make it where an attack comes from, passes or stays, not what
# it hits: "انطلقت من قاعدة تركية"، "باستخدام قاعدة تركية"، "تمركزوا في مواقع حوثية"
_NOT_HIT = frozenset({"من", "في", "الي", "عبر", "داخل", "باستخدام", "استخدام", "انطلاقا"})
# head words of a group named by its relation word ("جماعة الحوثي"، "ميليشيا الحوثيين")
_GROUP_HEADS = frozenset({"جماعه", "حركه", "مليشيا", "ميليشيا", "مليشيات", "ميليشيات"})
_RELATION_ENDINGS = ("يين", "يون", "ي")


def relation_key(word: str) -> str:
    """The definite match key of an adjective of relation, whatever its article and case ending:
    "حوثيًّا" and "حوثية" read as "الحوثي" and "الحوثيه", as the demonyms of the KB are keyed."""
    key = match_key(word)
    if key.startswith("ال"):
        key = key[2:]
    if key.endswith("يا") and len(key) > 3:  # the accusative tanween of an indefinite masculine
        key = key[:-1]
    return "ال" + key


_last_named: list[tuple[dict, int, dict[str, str]]] = []  # the document last read, its entity count, its groups


def named_groups(doc_entities: dict[str, tuple[str, str | None, str]]) -> dict[str, str]:
    """Adjective key -> entity id of the groups `doc_groups` reads, and of organisations named by a
    group head and a relation word ("جماعة الحوثي"، "ميليشيا الحوثيين"); made once per document,
    as `_groups_of` is (asked per sentence, and the entities do not change meanwhile)."""
    return once_per_document(_last_named, doc_entities, _named_groups)


def _named_groups(doc_entities: dict[str, tuple[str, str | None, str]]) -> dict[str, str]:
    out = dict(_groups_of(doc_entities))
    for eid, (ent_type, _kb, name) in doc_entities.items():
        words = match_key(name).split()
        if ent_type != "ORG" or len(words) != 2 or words[0] not in _GROUP_HEADS:
            continue
        last = words[1]
        stem = next((last[: -len(e)] for e in _RELATION_ENDINGS if last.endswith(e)), None)
        if stem is None or not stem.startswith("ال") or len(stem) < 4:
            continue
        for ending in _ADJECTIVE_ENDINGS:
            out.setdefault(stem + ending, eid)
    return out


def nisba_objects(text: str, start: int, end: int, states: dict[str, str],
                  doc_entities: dict[str, tuple[str, str | None, str]], taken: list[M]) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of each noun phrase of text[start:end] made of an object noun and an
    adjective naming one of the document's states (`states`: country code -> entity id) or groups,
    outside the mentions `taken` (they carry `start` and `end`)."""
    groups = named_groups(doc_entities) if doc_entities else {}
    if not states and not groups:
        return []
    return [(s, e, entity) for m, s, e, entity
            in adjective_phrases(_OBJECT_NOUN, text, start, end, states, groups, relation_key, taken)
            if not _place_of_the_attacker(text, m.start(), m.group(0))]



def _place_of_the_attacker(text: str, at: int, phrase: str) -> bool:
    """Whether the phrase at `at` is an installation governed by ب ("بقاعدة") or a word of _NOT_HIT."""
    if not _INSTALLATION.fullmatch(phrase):
        return False  # an aircraft or a patrol may act from anywhere
    if phrase.startswith("ب"):  # no listed noun begins with ب: it is the attached preposition
        return True
    before = text[max(0, at - 30) : at].split()
    return bool(before) and match_key(before[-1]) in _NOT_HIT


def drop_acting_installations(doc: Document) -> None:
    """Drop the events whose actor is an installation named by its adjective ("المعسكرات الإيرانية"):
    a camp or a base is what an attack hits, never who attacks or protests."""
    doc.events = [e for e in doc.events
                  if e.actor_span is None or not _INSTALLATION.fullmatch(e.actor_span.text)]
