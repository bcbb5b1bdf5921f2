"""Dealings between two sides no knowledge base knows and no title ties to a state are local,
private or business news, not "clear political interactions between named actors (states,
governments, leaders, armed groups, international organisations)" (GUIDE.md). Read on unlabelled
news, a meeting, a call, an approval, a praise or a refusal between two such sides is a museum's
director meeting a researcher, a committee approving a listing, a guest received by his hosts, a
philosopher criticising another: the record's (named-events) mode drops it.

A side counts as a state's when the knowledge base knows it, when it is a place (a country, a
capital or a region stands for its rulers), when it is an organisation whose name
holds a country or its adjective ("وزارة البترول المصرية"), or when a person's title before one of
their mentions does ("رئيس الأركان العامة للجيش اليمني الفريق فلان"، "نظيره القطري فلان"): the
event is dropped only when neither side is. Violence, coercion, threats and protests are left
alone: armed groups and crowds the knowledge base lacks act in them. (events/word_senses.py drops
two unknown private persons dealing with each other; this reads bodies too, and titles naming a
state.) Only where the entity linker ran: with no entity linked, its silence says nothing.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.document import Document, Entity
from marsad.layers.events.checks import _countries

# the non-violent interactions this applies to
DEALINGS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                      "ACCUSE", "REJECT"})
TITLE_REACH = 8  # words before a person's mention read for a country in their title
# where a title stops: a sentence mark or a quote; not a comma ("وزير الخارجية النمساوي، فلان")
_STOP = re.compile(r"[.؛;:!?؟\n«»\"()]")
_CLITICS = ("و", "ف", "ب", "ل")
_WORD = re.compile(r"[^\s،,]+")


def _country_word(word: str) -> bool:
    by_word = _countries()[1]
    key = match_key(word)
    forms = [key]
    if key[:1] in _CLITICS and len(key) > 3:
        forms.append(key[1:])
    if key.startswith("لل"):
        forms.append("ال" + key[2:])
    return any(f in by_word or (f.startswith("ال") and f[2:] in by_word) for f in forms)


def _state_side(doc: Document, ent: Entity) -> bool:
    """Whether the entity is known, or its name or a person's title ties it to a country."""
    if ent.kb or ent.type == "LOC":
        return True  # a place side is a country, a capital or a region standing for its rulers
    if ent.type == "ORG":
        return any(_country_word(w) for m in [ent.name, *(x.text for x in ent.mentions)] for w in m.split()[1:])
    if ent.type != "PER":
        return False
    for m in ent.mentions:
        before = _WORD.findall(_STOP.split(doc.text[max(0, m.start - 120) : m.start])[-1])[-TITLE_REACH:]
        if any(_country_word(w) for w in before):
            return True
    return False


def drop_unknown_dealings(doc: Document) -> None:
    """Drop the record's non-violent events between two sides of which neither is a state's."""
    if not doc.events or not any(e.kb for e in doc.entities):
        return  # no entity linked: the linker did not run, and its silence says nothing
    by_id = {e.id: e for e in doc.entities}
    kept = []
    for e in doc.events:
        actor, target = by_id.get(e.actor or ""), by_id.get(e.target or "")
        if e.type in DEALINGS and actor is not None and target is not None \
                and not _state_side(doc, actor) and not _state_side(doc, target):
            continue
        kept.append(e)
    doc.events[:] = kept
