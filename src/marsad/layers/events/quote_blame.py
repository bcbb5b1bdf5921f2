"""Accusations told in what a speaker says: "وقال الوزير إن ... الانتهاكات التي ارتكبتها ميليشيات
الحوثي ..."، "قالت البحرين إن التصريحات تعكس الموقف العدائي لإيران". A statement that puts a blame
noun (lexicons/event_words.tsv, section blame: violations, crimes, aggression, interference,
fabrications ...) on a named party accuses that party, whatever verb reports it: the speaker is
the actor (PLOVER ACCUSE, mode "criticize"), the party the target. The party is the blame noun's
owner: its genitive, a "ل" of possession, or the subject of a relative clause after it ("التي
ارتكبها"، "التي قامت بها"); a name after "بحق"، "ضد"، "على" is the one wronged, not the one blamed.
The party must be one the knowledge base knows (a state, a movement, a known figure): blame between a
company and a customer or a guild and a town hall is no political event. One event per speaker and
party in a document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import Document, Event, Span
from marsad.layers.events.occupation_forces import party_mentions
from marsad.lexicons import loader

BLAME = loader.keyed("event_words.tsv", "blame", match_key)
# words between a blame noun and its owner: adjectives and the relative clause's verb ("الممارسات
# العدوانية التي قامت بها ميليشيات")
BLAME_REACH = 4
RELATIVE_LINKS = frozenset(match_key(w) for w in (
    "التي", "الذي", "اللتي", "ارتكبها", "ارتكبتها", "ارتكبته", "قامت", "قام", "بها", "به", "تقوم", "يقوم",
    "تمارسها", "يمارسها", "مارستها", "مارسها"))
# a name after these is the one wronged or the place, not the one blamed
WRONGED = frozenset(match_key(w) for w in ("بحق", "ضد", "على", "في", "تجاه", "حيال", "من", "عن", "بين", "مع"))
_WORD = re.compile(r"[^\s«»\"'()،,.:؛!?]+|[«»\"'()،,.:؛!?]")


def _blame_key(word: str) -> bool:
    key = match_key(word)
    for form in (key, key[1:] if key[:1] in ("و", "ف", "ب", "ل") else key):
        if form in BLAME or (form.startswith("ال") and form[2:] in BLAME):
            return True
    return False


def blamed(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]
           ) -> list[tuple[tuple[int, int], tuple[int, int, str]]]:
    """Each blame noun of text[start:end] with a named owner: ((noun start, noun end), (owner
    start, owner end, entity))."""
    words = [(m.group(), m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    out = []
    for k, (w, s, e) in enumerate(words):
        if not _blame_key(w):
            continue
        for w2, s2, e2 in words[k + 1 : k + 1 + BLAME_REACH]:
            key = match_key(w2)
            if w2 in "«»\"'()،,.:؛!?" or key in WRONGED:
                break
            # the name, possibly after a clitic ("لإيران")
            named = next((m for m in mentions if s2 <= m[0] < e2 and m[0] - s2 <= 2), None)
            if named is not None:
                out.append(((s, e), named))
                break
            if not (key in RELATIVE_LINKS or key.startswith("ال")):
                break  # an adjective or the relative clause's words may stand between, nothing else
    return out


def blame_events(doc: Document, may_take: Callable[[str | None, str, str], bool],
                 sentence_date: Callable[[int], str | None]) -> None:
    """Add an ACCUSE event of each quote's speaker against a party its words blame."""
    if not doc.quotes:
        return
    types = {e.id: e.type for e in doc.entities}
    known = {e.id for e in doc.entities if e.kb}  # a party of the knowledge base: no local quarrel
    agencies = {s.entity for s in doc.sources if s.entity}
    mentions = party_mentions(doc)  # "قوات الاحتلال" stands for Israel
    m_starts = [m[0] for m in mentions]
    s_starts = [s.start for s in doc.sentences]
    have = {(e.actor, e.target) for e in doc.events if e.type == "ACCUSE"}
    for q in doc.quotes:
        sp = q.speaker
        if sp is None or not sp.entity or types.get(sp.entity) not in ("PER", "ORG", "LOC") \
                or not may_take(sp.entity, "ACCUSE", "actor"):
            continue
        inside = [m for m in mentions[bisect_left(m_starts, q.start) : bisect_right(m_starts, q.end)] if m[1] <= q.end]
        if not inside:
            continue
        folded = match_key(q.text)  # most quotes hold no blame word: one pass over the folded text
        if not any(b in folded for b in BLAME):
            continue
        for (n0, n1), (s, e, ent) in blamed(doc.text, q.start, q.end, inside):
            if ent == sp.entity or ent not in known or ent in agencies or (sp.entity, ent) in have \
                    or not may_take(ent, "ACCUSE", "target"):
                continue
            have.add((sp.entity, ent))
            k = max(0, bisect_right(s_starts, n0) - 1)
            sent = doc.sentences[k]
            doc.events.append(Event(
                type="ACCUSE", start=sent.start, end=sent.end, text=sent.text, actor=sp.entity, target=ent,
                mode="criticize", date=sentence_date(k), trigger=doc.text[n0:n1], quote=Span(q.start, q.end, q.text),
                actor_span=Span(sp.start, sp.end, sp.text), target_span=Span(s, e, doc.text[s:e]),
            ))
