"""A shooting told by "أطلق/فتح ... النار" with its subject between the verb and its object:
"وأطلق مسلحون مجهولون النار على سيارة القاضي"، "فتح الجنود النار باتجاه المتظاهرين".

The lexicon lists the shooting with its object right after the verb ("أطلق النار"); Arabic puts
the subject between a verb and its object, and the verb then stands apart, as with "فجر"
(events/detonations.py). Here the verb counts when what is fired ("النار"، "الرصاص") follows a
few words after it, with the subject between and no punctuation: the subject is the shooter.
Fired into the air or for joy ("في الهواء"، "ابتهاجا") it is no attack on anyone.

A shooting of the sentence with no target, or with a target read as a word of manner or a
preposition ("مباشرة باتجاه"), takes whom it was fired at: the participant after "على"،
"باتجاه"، "نحو" past words of manner ("أطلقوا النار مباشرة باتجاه السيارة").
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document, Event, Span
from marsad.layers.events.clauses import _bare
from marsad.layers.events.words import BARE_STOP, TODAY, _Mention, _strip_conjunction
from marsad.lexicons import loader

FIRE_VERBS = loader.keyed("event_words.tsv", "fire_verb", match_key)
FIRED = loader.keyed("event_words.tsv", "fire_object", match_key)
FIRE_AT = loader.keyed("event_words.tsv", "fire_at", match_key)
FIRE_SKIP = loader.keyed("event_words.tsv", "fire_skip", match_key)
FIRE_AIR = loader.keyed("event_words.tsv", "fire_air", match_key)
SUBJECT_WORDS = 3  # words of the subject between the verb and its object, at most
MANNER_WORDS = 3  # words of manner between the object and the word introducing whom it was fired at


def _into_air(words: list[Token], o: int) -> bool:
    """Whether the shot is fired into the air or for joy ("النار في الهواء"، "الرصاص ابتهاجا")."""
    return any(_strip_conjunction(w.key) in FIRE_AIR for w in words[o + 1 : o + 4])


def _fired_at(doc: Document, words: list[Token], j: int, mentions: list[_Mention],
              after: int) -> _Mention | None:
    """Whom a shot was fired at: the participant (else the noun) after fire_at, from word j past
    words of manner; mentions before `after` (the shooter) are not it."""
    x = j
    while x < len(words) and x < j + MANNER_WORDS and _strip_conjunction(words[x].key) in FIRE_SKIP:
        x += 1
    if x >= len(words) or _strip_conjunction(words[x].key) not in FIRE_AT:
        return None
    x += 1
    if x >= len(words) or words[x].kind != "word":
        return None
    return next((m for m in mentions if words[x].start <= m.start < words[x].end and m.start >= after), None) \
        or _bare(doc, words, x)


def fire_events(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention], date: str | None,
                mode_of: Callable[[list[Token], int], str | None]) -> None:
    """Add an ASSAULT (firearms) for each "أطلق <subject> النار" of the sentence."""
    for k, w in enumerate(words):
        key = _strip_conjunction(w.key)
        if key not in FIRE_VERBS:
            continue
        o = next((j for j in range(k + 2, min(len(words), k + 2 + SUBJECT_WORDS)) if words[j].key in FIRED), None)
        between = words[k + 1 : o]
        if o is None or _into_air(words, o) or any(
                x.kind not in ("word", "num") or x.key in BARE_STOP or x.key in TODAY for x in between):
            continue
        lo, hi = words[k + 1].start, words[o - 1].end
        actor = next((m for m in mentions if lo <= m.start and m.end <= hi), None)
        if actor is None:
            actor = _bare(doc, words, k + 1)
            if actor is not None and actor.end > hi:
                actor = _Mention(actor.start, hi, None, "@" + match_key(doc.text[actor.start : hi]))
        if actor is None:
            continue
        t0 = w.start + (1 if w.key != key and w.text[:1] in "وف" else 0)
        if any(e.start == sent.start and e.type == "ASSAULT" and e.trigger.startswith(doc.text[t0 : w.end])
               for e in doc.events):
            continue
        target = _fired_at(doc, words, o + 1, mentions, actor.end)
        doc.events.append(Event(
            type="ASSAULT", start=sent.start, end=sent.end, text=sent.text, actor=actor.entity,
            target=target and target.entity, mode=mode_of(words, k) or "firearms", date=date,
            trigger=doc.text[t0 : w.end],
            actor_span=Span(actor.start, actor.end, doc.text[actor.start : actor.end]), actor_sector=actor.sector,
            target_span=target and Span(target.start, target.end, doc.text[target.start : target.end]),
            target_sector=target and target.sector,
        ))


def fire_target(doc: Document, words: list[Token], sent: Sentence, mentions: list[_Mention]) -> None:
    """A shooting of the sentence ("أطلقوا النار") with no target, or with one read as a word of
    manner or a preposition ("مباشرة باتجاه"), takes whom it was fired at."""
    for e in doc.events:
        if e.start != sent.start or e.type != "ASSAULT" or e.mode != "firearms":
            continue
        if e.target_span is not None:
            first = match_key(e.target_span.text.split()[0]) if e.target_span.text.split() else ""
            if _strip_conjunction(first) not in FIRE_SKIP and _strip_conjunction(first) not in FIRE_AT:
                continue
        at = doc.text.find(e.trigger, sent.start, sent.end)
        if at < 0:
            continue
        end = at + len(e.trigger)
        k = next((j for j, w in enumerate(words) if w.start >= end), len(words))
        target = _fired_at(doc, words, k, mentions, e.actor_span.end if e.actor_span else sent.start)
        if target is not None or e.target_span is not None:
            e.target, e.target_sector = (target.entity, target.sector) if target else (None, None)
            e.target_span = Span(target.start, target.end, doc.text[target.start : target.end]) if target else None
