"""Quotes that are events: "اتهم X ..."، "وطالب X ..."، "داعيا X إلى ...".

A quote whose cue is itself an event verb (lexicons/event_quote_cues.tsv: accuse, condemn,
criticise, demand, call on, appeal, reject, threaten) is an event of its speaker: the actor is the
quote's speaker (resolved by the quote layer, also when the sentence names them by a title or a
pronoun), the target the first named participant after the cue, in the cue's object or the
quoted words ("وطالب أبو ردينة في تصريح ... إسرائيل بالتوقف"). The event carries the quote's span
(`Event.quote`), and an event the sentence's own trigger already gave for the same cue is linked
to the quote rather than repeated.

This runs when the quotes layer has run (it comes before the events layer in the registry); a
document without quotes gets no quote events. `add_quote_events` is what the events layer calls:
without the quotes layer it only warns (QUOTES_NOT_RUN).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Quote, Span
from marsad.layers.dates import sentence_dates
from marsad.layers.events.checks import entity_kinds, state_like
from marsad.layers.events.descriptions import described_after
from marsad.layers.events.headline_claims import headline_claims
from marsad.layers.events.occupation_forces import party_mentions
from marsad.layers.events.participle_accusations import participle_events
from marsad.layers.events.quote_blame import blame_events
from marsad.layers.events.responsibility_blame import responsibility_events
from marsad.layers.events.words import LOCATIVES
from marsad.lexicons import loader

# how many words after the cue (or after the speaker named after it) the target may stand: the
# cue's object, or the first words quoted
TARGET_REACH = 8
# words that end the cue's object: what follows is what is asked or said ("دعا إلى ..."، "طالب بأن
# ...") or a prayer ("داعيا الله أن ..."), not whom the speaker addresses
OBJECT_END = frozenset(match_key(w) for w in ("إلى", "الى", "أن", "ان", "بأن", "بان", "الله", "المولى", "الباري"))


@cache
def quote_cues() -> dict[str, tuple[str, str | None]]:
    """Cue match key -> (PLOVER type, mode)."""
    return {match_key(row[0]): (row[1], (row[2] if len(row) > 2 else "") or None)
            for row in loader.table("event_quote_cues.tsv", 2)}


def _cue_event(cue: str) -> tuple[str, str | None] | None:
    key = match_key(cue.strip())
    cues = quote_cues()
    if key in cues:
        return cues[key]
    if key[:1] in ("و", "ف") and key[1:] in cues:
        return cues[key[1:]]
    return None


def quote_events(doc: Document, may_take: Callable[[str | None, str, str], bool],
                 sentence_date: Callable[[int], str | None]) -> None:
    """Add to `doc.events` the events of its quotes whose cue is an event verb, and link the events
    the sentence triggers already gave for those cues. `may_take(entity, type, role)` says whether
    an entity may be an event's actor or target (role "actor" / "target"); `sentence_date(offset)`
    is the date of the sentence at a character offset."""
    if not doc.quotes or "quotes" not in doc.layers:
        return
    told = [(q, found) for q in doc.quotes if q.cue is not None and q.speaker is not None and q.speaker.entity
            and (found := _cue_event(q.cue.text)) is not None]
    if not told:
        return
    types = {e.id: e.type for e in doc.entities}
    agencies = {s.entity for s in doc.sources if s.entity}
    mentions = party_mentions(doc)  # "قوات الاحتلال" stands for Israel
    m_starts = [m[0] for m in mentions]
    sentences = doc.sentences
    s_starts = [s.start for s in sentences]
    for q, (etype, mode) in told:
        assert q.cue is not None and q.speaker is not None
        if _whoever(doc.text, q.cue.start):
            continue  # "هناك من اتهم واشنطن بأنها ...": someone unnamed accuses; the name is the accused
        actor = q.speaker.entity or ""
        if types.get(actor) not in ("PER", "ORG", "LOC") or not may_take(actor, etype, "actor"):
            continue
        target = _target(doc, q, actor, agencies | set(q.via), mentions, m_starts, etype, may_take)
        if target is None:
            continue
        k = max(0, bisect_left(s_starts, q.cue.start + 1) - 1)
        sent = sentences[k] if sentences else None
        link = Span(q.start, q.end, q.text)
        same = [e for e in doc.events if e.type == etype and e.actor == actor and e.target == target]
        at_cue = [e for e in doc.events if e.type == etype and sent is not None and e.start == sent.start
                  and e.trigger and match_key(e.trigger) in match_key(q.cue.text)]
        if same or at_cue:
            for e in same + at_cue:
                if e.quote is None:
                    e.quote = link
            continue
        if sent is None:
            continue
        doc.events.append(Event(
            type=etype, start=sent.start, end=sent.end, text=sent.text, actor=actor, target=target,
            mode=mode, date=sentence_date(k), trigger=q.cue.text, quote=link,
            actor_span=Span(q.speaker.start, q.speaker.end, q.speaker.text)
            if q.speaker.start is not None and q.speaker.end is not None else None,
        ))


WHOEVER = frozenset(match_key(w) for w in ("من", "ومن", "فمن", "ممن"))


def _whoever(text: str, start: int) -> bool:
    """Whether the word before offset `start` is the relative "من" (whoever) the cue verb follows."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and match_key(before[-1]) in WHOEVER


def _target(doc: Document, q: Quote, actor: str, skip: set[str], mentions: list[tuple[int, int, str]],
            m_starts: list[int], etype: str, may_take: Callable[[str | None, str, str], bool]) -> str | None:
    """The first named participant after the cue, within TARGET_REACH words, in the cue's object
    or the quoted words; not the speaker, nor an agency the words come through."""
    assert q.cue is not None
    start = q.cue.end
    sp = q.speaker
    if sp is not None and sp.end is not None and sp.start is not None and start <= sp.start < q.end:
        start = sp.end  # "دعا المبعوث ورئيس بعثة الأمم المتحدة برناردينو ليون إلى ...": after the speaker
    end = q.end if q.end > start else start
    reach = start
    words = 0
    text = doc.text
    # the offset TARGET_REACH words after the cue (the quote's words included)
    for i in range(start, min(len(text), end)):
        if text[i].isspace() and i > reach:
            words += 1
            reach = i
            if words >= TARGET_REACH:
                break
    else:
        reach = end
    for w in re.finditer(r"\S+", text[start:reach]):
        if match_key(w.group().strip("«»\"'(),،")) in OBJECT_END:
            reach = start + w.start()
            break
    joined = sp.end if sp is not None and sp.end is not None else None
    for s, _e, ent in mentions[bisect_left(m_starts, start):]:
        if s >= reach:
            break
        if ent == actor or ent in skip or _placed(text, s) or _spoken_to(text, s):
            continue
        if sp is not None and start == sp.end and described_after(text, start, s):
            continue  # "دعت الجامعة، التي تعتبر قطر عضوا فيها، ...": a name describing the speaker after the cue
        if joined is not None and joined <= s and text[joined:s].strip() in ("و", "،", ","):
            joined = _e  # "وطالب المواطنون أحمد ... وعبدالعزيز ... وعبدالله ...": co-speakers, not the one addressed
            continue
        if may_take(ent, etype, "target"):
            return ent
    return None


def _placed(text: str, start: int) -> bool:
    """Whether the mention at `start` is a place where ("في العراق"، "بالعاصمة")."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    if text[start - 1 : start] == "ب":
        return True
    return not text[start - 1 : start].strip() and match_key(before[-1]) in LOCATIVES


# "في تصريح لـ«الشرق الأوسط»": the outlet spoken to
SPOKEN_TO = frozenset(match_key(w) for w in ("تصريح", "تصريحات", "حديث", "حوار", "مقابلة", "بيان"))


def _spoken_to(text: str, start: int) -> bool:
    """Whether the mention at `start` is the outlet or body words were given to ("في تصريح لـ«X»")."""
    if text[start - 1 : start] not in ("ل", "«", "ـ", "\""):
        return False
    before = text[max(0, start - 30) : start].split()
    if len(before) < 2:
        return False
    return match_key(before[-2].strip("«»\"'(),،")) in SPOKEN_TO and before[-1].strip("«»\"'ـ") in ("ل", "")


QUOTES_NOT_RUN = "events: the quotes layer did not run, so events told by a quote's verb are not coded"


def add_quote_events(doc: Document, kinds: dict | None = None, dates: list | None = None) -> None:
    """The events of quotes whose cue is an event verb (`quote_events`), with the same
    participant checks as the record's events."""
    if "quotes" not in doc.layers:  # the quotes layer runs before events when both are asked for
        if QUOTES_NOT_RUN not in doc.warnings:
            doc.warnings.append(QUOTES_NOT_RUN)
        return
    kinds = kinds if kinds is not None else entity_kinds(doc)
    cache: list = [dates]

    def date_of(k: int) -> str | None:
        if cache[0] is None:
            cache[0] = sentence_dates(doc)
        return cache[0][k] if k < len(cache[0]) else None

    quote_events(doc, lambda ent, etype, role: state_like(kinds, ent, etype, role), date_of)
    blame_events(doc, lambda ent, etype, role: state_like(kinds, ent, etype, role), date_of)
    headline_claims(doc, lambda ent, etype, role: state_like(kinds, ent, etype, role), date_of)
    responsibility_events(doc, lambda ent, etype, role: state_like(kinds, ent, etype, role), date_of)
    participle_events(doc, lambda ent, etype, role: state_like(kinds, ent, etype, role), date_of)
