"""Accusations told by a headline's statement: "فلان: إيران تستخدم الحزب لزعزعة المنطقة"، "الوزير:
خطاب المرشد تحريض على العنف". A headline "speaker: words" reports what a political figure said;
when those words open on another named party (the subject, or the genitive of the first noun) and
tell of something hostile it does (a blame noun of lexicons/event_words.tsv, a word of hostile
claim: "تستخدم"، "يحرض"، "يعرقل", or an event trigger of a hostile type), the speaker accuses that
party (PLOVER ACCUSE, mode "criticize"; GUIDE.md: the speaker is the actor, the accused the target).
Only the headline: in the body a statement of the same shape is read by the sentence's own rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Span
from marsad.layers.events.quote_blame import _blame_key
from marsad.lexicons import loader

# verbs and nouns of a hostile deed told of another party ("تستخدم"، "يحرض"، "يعرقل"، "تزعزع")
HOSTILE_CLAIMS = loader.keyed("event_words.tsv", "hostile_claim", match_key)
# event types whose trigger in the statement tells a hostile deed of its subject
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "ACCUSE", "REJECT"})
# words from the statement's start to the party it opens on: the party, or one noun and the party
# as its genitive ("خطاب خامنئي")
OPENING_REACH = 2
# particles that deny the verb after them ("لن تدخل"، "لا تتدخل"، "لم تهاجم")
NEGATIONS = frozenset(match_key(w) for w in ("لن", "لم", "لا", "ليس", "ليست", "ولن", "ولم", "ولا"))
_WORD = re.compile(r"[^\s«»\"'()،,.:؛!?{}]+")
_CLITICS = ("و", "ف", "ب", "ل")


def _hostile_triggers() -> frozenset[str]:
    return frozenset(match_key(row[0]) for row in loader.table("event_triggers.tsv", 3)
                     if row[1] in HOSTILE_TYPES and " " not in row[0])


HOSTILE_TRIGGERS = _hostile_triggers()


def _hostile(word: str) -> bool:
    key = match_key(word)
    forms = (key, key[1:]) if key[:1] in _CLITICS and len(key) > 3 else (key,)
    return any(f in HOSTILE_CLAIMS or f in HOSTILE_TRIGGERS for f in forms) or _blame_key(word)


def headline_claims(doc: Document, may_take: Callable[[str | None, str, str], bool],
                    sentence_date: Callable[[int], str | None]) -> None:
    """Add an ACCUSE event of a headline statement's speaker against the party its words open on
    when they tell a hostile deed of it."""
    title_end = len(doc.title)
    if not title_end or not doc.quotes or not doc.text.startswith(doc.title):
        return
    types = {e.id: e.type for e in doc.entities}
    known = {e.id for e in doc.entities if e.kb}
    agencies = {s.entity for s in doc.sources if s.entity}
    have = {(e.actor, e.target) for e in doc.events if e.type == "ACCUSE"}
    for q in doc.quotes:
        sp = q.speaker
        if q.start >= title_end or q.cue is None or q.cue.text != ":" or sp is None or not sp.entity \
                or sp.start is None or sp.end is None or sp.entity not in known \
                or types.get(sp.entity) not in ("PER", "ORG", "LOC") or not may_take(sp.entity, "ACCUSE", "actor"):
            continue
        end = min(q.end, title_end)
        clause = doc.text[q.start : end].split("..")[0]  # a headline's second item is another statement
        words = [(m.start() + q.start, m.end() + q.start) for m in _WORD.finditer(clause)]
        at = next((k for k, (s, e) in enumerate(words) if k > 0 and _hostile(doc.text[s:e])), None)
        if at is None or match_key(doc.text[words[at - 1][0] : words[at - 1][1]]) in NEGATIONS:
            continue  # "«سابك» لن تدخل ..."، "إيران لا تتدخل": a deed denied is no accusation
        deed = words[at]
        party = _opening_party(doc, words[:OPENING_REACH])
        if party is None:
            continue
        ent, (s, e) = party
        if ent == sp.entity or ent not in known or ent in agencies or (sp.entity, ent) in have \
                or not may_take(ent, "ACCUSE", "target"):
            continue
        have.add((sp.entity, ent))
        doc.events.append(Event(
            type="ACCUSE", start=0, end=title_end, text=doc.title, actor=sp.entity, target=ent,
            mode="criticize", date=sentence_date(0), trigger=doc.text[deed[0] : deed[1]],
            quote=Span(q.start, q.end, q.text), actor_span=Span(sp.start, sp.end, sp.text),
            target_span=Span(s, e, doc.text[s:e]),
        ))


def _opening_party(doc: Document, words: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The entity of a mention starting in the statement's first words (possibly after a clitic)."""
    for s, e in words:
        for ent in doc.entities:
            if ent.type not in ("PER", "ORG", "LOC"):
                continue
            for m in ent.mentions:
                if s <= m.start < e and m.start - s <= 2:
                    return ent.id, (m.start, m.end)
    return None
