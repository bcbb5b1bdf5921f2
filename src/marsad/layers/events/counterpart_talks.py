"""Talks with a counterpart ("اجتمع الوزير مع نظيره المصري ..."): a CONSULT event of the record
(named-events mode) between the person acting in the sentence and the person named after "نظيره".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event
from marsad.layers.events.checks import _tokens_after, title_holders
from marsad.layers.events.clauses import _span
from marsad.layers.events.words import _Mention

# "مع نظيره المصري سامح شكري"، "لنظيره الصيني"، "بنظرائه": a minister or a head of state meeting,
# calling or talking with their counterpart
COUNTERPARTS = frozenset(match_key(w) for w in (
    "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظرائه", "نظراءه", "نظرائها", "نظراءها", "نظرائهم",
    "نظيرهم"))
COUNTERPART_REACH = 5  # words from "نظيره" to the counterpart's name (nationality, title between)


def counterparts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of "نظيره" and its forms in text[start:end] introduced by مع, ب or ل ("مع
    نظيره"، "بنظيره"، "لنظيره"), or the object of a verb of meeting right before them."""
    out = []
    prev = ""
    for w, s, e in _tokens_after(text, start, end):
        key = match_key(w)
        if key[:1] == "و" and key[1:2] in ("ب", "ل"):
            key = key[1:]
        if key in COUNTERPARTS and prev == "مع" or key[:1] in ("ب", "ل") and key[1:] in COUNTERPARTS:
            out.append((s, e))
        prev = key[1:] if key[:1] == "و" and len(key) > 2 else key
    return out


def counterpart_talks(doc: Document, mentions: list[_Mention], kinds: dict, sent_dates: list) -> None:
    """Talks with a counterpart ("اجتمع الوزير مع نظيره المصري سامح شكري"، "أعرب كيري لنظيره الصيني
    وانغ يي عن قلقه"، "في مؤتمر صحفي عقده مع نظيره ..."): a CONSULT of the person acting in the
    sentence (the nearest named person before, or the speaker of the sentence's quote) with the
    person named right after "نظيره"."""
    if "نظير" not in doc.text and "نظرا" not in doc.text:
        return
    m_starts = [m.start for m in mentions]
    done = {(e.actor, e.target) for e in doc.events if e.type == "CONSULT"}
    for s_index, sent in enumerate(doc.sentences):
        if "نظير" not in sent.text and "نظرا" not in sent.text:
            continue
        spans = counterparts(doc.text, sent.start, sent.end)
        if not spans:
            continue
        near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
        named = title_holders(doc, [m for m in near if m.end <= sent.end], kinds)
        for c0, c1 in spans:
            after = [m for m in named if m.start >= c1 and len(doc.text[c1 : m.start].split()) <= COUNTERPART_REACH
                     and not any(ch in doc.text[c1 : m.start] for ch in ".؛:")]
            if not after or kinds.get(after[0].entity, (None,))[0] != "PER":
                continue
            other = after[0]
            actor = next((m for m in reversed(named) if m.end <= c0 and m.entity != other.entity
                          and kinds.get(m.entity, (None,))[0] == "PER"), None)
            if actor is None:  # "وشدد في مؤتمر صحفي عقده مع نظيره ...": the one speaking
                speakers = [q.speaker.entity for q in doc.quotes if q.cue is not None and q.speaker is not None
                            and q.speaker.entity and sent.start <= q.cue.start < sent.end]
                if speakers and speakers[0] != other.entity and kinds.get(speakers[0], (None,))[0] == "PER":
                    actor = _Mention(c0, c0, speakers[0], speakers[0])
            if actor is None or (actor.entity, other.entity) in done or (other.entity, actor.entity) in done:
                continue
            done.add((actor.entity, other.entity))
            doc.events.append(Event(
                type="CONSULT", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity,
                target=other.entity, mode="discuss", date=sent_dates[s_index], trigger=doc.text[c0:c1],
                actor_span=_span(doc, actor) if actor.end > actor.start else None, target_span=_span(doc, other),
            ))

