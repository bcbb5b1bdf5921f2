"""Which named participants the record's events may have: states, governments, leaders, armed
groups, organisations; not the places where things happen, nor the agencies that report them.

The gold conventions (GUIDE.md, events) code "clear political interactions between named actors
(states, governments, leaders, armed groups, international organisations)". A place named in an
event's sentence is most often where it happened ("في منطقة عسير"، "قرية برقين"): a town, a
province or a district is not a political actor. A place counts as a participant when the
knowledge base knows it as a country, or as a capital standing for its government ("بكين" for
China); a place the knowledge base does not know is taken for a town or a district. The one
exception: the target of an attack may be a city or a region the knowledge base knows ("قصف تعز").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TypeVar

from marsad.arabic.normalize import match_key
from marsad.document import Document
from marsad.lexicons import loader

M = TypeVar("M")

# kinds of knowledge-base places that act or are acted upon as states
STATE_KINDS = frozenset({"country"})
# event types whose target may be a known city or region (it is shelled, besieged, attacked)
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE"})


# kinds of knowledge-base bodies that report, teach or play rather than act politically
NOT_ACTORS = frozenset({"agency", "outlet", "sports_club", "educational", "event", "facility"})


@cache
def _kb_kinds() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """KB id -> kind of every place and organisation, the KB ids of capitals, and the KB id of
    each of their names' match keys (all empty when the KB is not installed)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}, frozenset(), {}
    kb = [a for a in load_kb() if a.type in ("LOC", "ORG")]
    by_name: dict[str, str] = {}
    for a in kb:
        for name in (a.name_ar, *a.aliases_ar):
            by_name.setdefault(f"{a.type}:{match_key(name)}", a.id)
    return ({a.id: a.kind for a in kb}, frozenset(a.capital for a in kb if a.kind == "country" and a.capital),
            by_name)


def state_like(doc_entities: dict[str, tuple[str, str | None, str]], entity: str | None, etype: str,
               role: str) -> bool:
    """Whether the entity `entity` (an id of `doc_entities`: id -> (type, kb, name)) may be the
    `role` ("actor" or "target") of an event of type `etype`. Persons are never refused; places
    that are not states and news agencies, outlets, clubs and schools are. An entity the entity
    layer did not link is looked up by its name."""
    if entity is None or entity not in doc_entities:
        return True
    ent_type, kb, name = doc_entities[entity]
    if ent_type not in ("LOC", "ORG"):
        return True
    kinds, capitals, by_name = _kb_kinds()
    if not kinds:  # no knowledge base: nothing to tell a country from a town by
        return True
    kb = kb or by_name.get(f"{ent_type}:{match_key(name)}")
    kind = kinds.get(kb or "")
    if ent_type == "ORG":
        return kind not in NOT_ACTORS
    if kind in STATE_KINDS or (kb in capitals):
        return True
    return role == "target" and etype in PLACE_TARGETS and kind in ("city", "region")


def entity_kinds(doc: Document) -> dict[str, tuple[str, str | None, str]]:
    return {e.id: (e.type, e.kb, e.name) for e in doc.entities}


# The head words of a person's title ("رئيس مجلس النواب"، "مندوب اليمن"): a body or a place in
# their genitive describes the person holding the title, who is the participant
TITLE_HEADS = loader.keyed("actors/title_words.tsv", "title_head", match_key)
TITLE_REACH = 8  # words between the title's genitive and the holder's name after it, at most
_WORD = re.compile(r"\S+")


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The match keys of the `n` words before offset `start` (nearest last), و/ف and ال removed."""
    out = []
    for w in _WORD.findall(text[max(0, start - 40 * n) : start])[-n:]:
        k = match_key(w.strip("«»\"'()،,."))
        if k[:1] in ("و", "ف") and len(k) > 3:
            k = k[1:]
        out.append(k[2:] if k.startswith("ال") and len(k) > 4 else k)
    return out


def title_holders(doc: Document, mentions: list[M], kinds: dict[str, tuple[str, str | None, str]] | None = None
                  ) -> list[M]:
    """The sentence's participants without the bodies and places that only describe a named
    person's office: "رئيس مجلس النواب في مملكة البحرين أحمد الملا" is al-Mulla acting, "السفير
    محمد الهيصمي مندوب اليمن" is al-Haisami; "الأمانة العامة لمنظمة التعاون" is the organisation.
    `mentions` (sorted by start) carry `start`, `end` and `entity`; `kinds` is `entity_kinds(doc)`."""
    if len(mentions) < 2:
        return mentions
    kinds = kinds if kinds is not None else entity_kinds(doc)
    none = (None, None, "")
    text = doc.text
    persons = [m for m in mentions if kinds.get(m.entity, none)[0] == "PER"]
    drop: set[int] = set()
    owned: dict[int, M] = {}
    for k, m in enumerate(mentions):
        if kinds.get(m.entity, none)[0] not in ("ORG", "LOC"):
            continue
        if k + 1 < len(mentions):  # "الأمانة العامة لمنظمة ...": a part of what follows it
            nxt = mentions[k + 1]
            if (kinds.get(m.entity, none)[0] == "ORG" and not kinds.get(m.entity, none)[1] and nxt.entity != m.entity
                    and text[m.end : nxt.start].strip() in ("ل", "لـ")):
                # the part's words stand where it acts, for the organisation it belongs to
                owned[k] = replace(m, entity=nxt.entity, key=nxt.key)  # type: ignore[type-var]
                drop.add(k + 1)
                continue
        if k and kinds.get(m.entity, none)[0] == "LOC" and kinds.get(mentions[k - 1].entity, none)[0] == "ORG" \
                and text[mentions[k - 1].end : m.start].strip() in ("ب", "في"):
            drop.add(k)  # "مجلس النواب بمملكة البحرين": where the body sits, not a participant
            continue
        prev = _words_before(text, m.start, 1)
        if not prev or not (prev[-1] in TITLE_HEADS or prev[-1] == "باسم" or (
                prev[-1] == "لدي" and any(w in TITLE_HEADS for w in _words_before(text, m.start, 5)))):
            continue  # "مندوب اليمن"، "المتحدث باسم الخارجية"، "سفير ... لدى الأمم المتحدة"
        head_start = text.rfind(" ", 0, max(0, m.start - 1))
        holder_after = any(p.start > m.end and len(_WORD.findall(text[m.end : p.start])) <= TITLE_REACH
                           and not any(c in text[m.end : p.start] for c in ".،؛:") for p in persons)
        holder_before = any(p.end <= m.start and len(_WORD.findall(text[p.end : max(p.end, head_start)])) <= 3
                            for p in persons)
        if holder_after or holder_before:
            drop.add(k)
    return [owned.get(k, m) for k, m in enumerate(mentions) if k not in drop] if drop else mentions



# interactions two sides may hold together ("اتفاق روسيا وتونس"، "محادثات كيري ولافروف")
MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def coordinated(text: str, actor: M | None, target: M | None, etype: str) -> bool:
    """Whether the target is joined to the actor by "و" ("تطالب فيتنام وماليزيا ..."، "نددت الولايات
    المتحدة والاتحاد الأوروبي"): a second subject, not the one acted upon, unless the event is
    one both hold together. `actor` and `target` carry `start` and `end`."""
    if actor is None or target is None or etype in MUTUAL:
        return False
    a, b = (actor, target) if actor.end <= target.start else (target, actor)
    between = text[a.end : b.start].strip()
    return between in ("و", "،", ",") or (between == "" and text[b.start : b.start + 1] == "و")
