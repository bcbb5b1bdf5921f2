"""Political events between actors, typed by the PLOVER ontology, from trigger words in sentences.

A trigger (lexicons/event_triggers.tsv) found in a sentence becomes an event whose actor and
target are entity mentions of the same sentence, chosen by Arabic word order: verb-first
clauses ("استقبل الملك ... الوزير") take the subject after the verb, subject-first ones the
nearest mention before it; the target is the next distinct mention after the trigger, preferring
one introduced by مع/على/ضد/إلى/ل. Negated triggers ("لم يتفق") and triggers with no actor are
skipped: an event without a participant is not evidence of anything. Each event carries its
sentence as evidence and the sentence's date, read from the dates layer's expressions (the
publication date where the paragraph names none).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token, token_starts
from marsad.document import PLOVER_TYPES, Document, Event
from marsad.layers.dates import sentence_dates
from marsad.lexicons import loader

NEGATIONS = loader.keyed("negation.tsv", "events", match_key)  # the events use of the one list
TARGET_PREPOSITIONS = loader.keyed("event_words.tsv", "target", match_key)
# punctuation kept among the words: it bounds the clause a participant is looked for in
CLAUSE_MARKS = "،,:/؛;-–"
# words that open another clause: a mention after them is not the trigger's object
CLAUSE_WORDS = loader.keyed("event_words.tsv", "clause", match_key)
# "في عمان": a place where something happens, not a participant
LOCATIVES = loader.keyed("event_words.tsv", "locative", match_key)
# event types that are complete without a target ("تظاهر آلاف في ..."); others need both sides
INTRANSITIVE = frozenset({"PROTEST", "MOBILIZE"})
# how far (in tokens) a participant may stand from its trigger
SUBJECT_WINDOW = 8
# a subject after its verb may follow a title ("بحث رئيس هيئة الأركان الأردني مشعل ...")
SUBJECT_REACH = 6
OBJECT_WINDOW = 10


@dataclass(frozen=True, slots=True)
class Trigger:
    keys: tuple[str, ...]
    type: str
    pos: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: str


def _any_token(tok: Token) -> bool:
    return True


def load_triggers(name: str = "event_triggers.tsv") -> PhraseTable[Trigger]:
    """The trigger phrases by match key, tried at every token (with every clitic reading)."""
    triggers: list[tuple[str, Trigger]] = []
    for fields in loader.table(name, 3):
        form, etype, pos = fields[:3]
        if etype not in PLOVER_TYPES:
            raise ValueError(f"lexicon {name}: unknown PLOVER type {etype!r} for {form!r}")
        mode = fields[3] if len(fields) > 3 and fields[3] else None
        keys = tuple(match_key(w) for w in form.split())
        triggers.append((" ".join(keys), Trigger(keys, etype, pos, mode)))
    return PhraseTable(triggers, may_start=_any_token)


class EventLayer:
    name = "events"
    requires = ("entities", "dates")  # each event carries its sentence's date
    assigns = ("events",)

    def __init__(self) -> None:
        self.triggers = load_triggers()
        self.capital_of = _capitals()

    def __call__(self, doc: Document) -> Document:
        # "بكين" acting or acted upon is China's government, when China is in the document
        by_kb = {e.kb: e.id for e in doc.entities if e.kb}
        stand_in = {e.id: by_kb.get(self.capital_of.get(e.kb or ""), e.id) for e in doc.entities}
        mentions = sorted(
            (_Mention(m.start, m.end, stand_in[e.id]) for e in doc.entities if e.type in ("PER", "ORG", "LOC")
             for m in e.mentions),
            key=lambda m: m.start,
        )
        if not mentions:
            return doc
        sent_dates = sentence_dates(doc)
        tokens = doc.tokens
        starts = token_starts(tokens)
        seen: set[tuple[str, str | None, str | None]] = set()
        m_starts = [m.start for m in mentions]
        # the tokens a trigger may start at (few): sentences without one are passed over
        at = self.triggers.starts_in(tokens)
        may_start = set(at)
        for s_index, sent in enumerate(doc.sentences):
            lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
            first = bisect_left(at, lo)
            if first == len(at) or at[first] >= hi:
                continue
            # the mentions inside the sentence (they are sorted by start)
            near = mentions[bisect_left(m_starts, sent.start) : bisect_right(m_starts, sent.end)]
            sent_mentions = [m for m in near if sent.start <= m.start and m.end <= sent.end]
            if not sent_mentions:
                continue
            kept = [k for k in range(lo, hi) if tokens[k].kind != "punct" or tokens[k].text in CLAUSE_MARKS]
            words = [tokens[k] for k in kept]
            i = 0
            while i < len(words):
                if kept[i] not in may_start:  # no trigger starts at this word
                    i += 1
                    continue
                found = self.triggers.first_at(words, i)  # the first clitic reading that begins one
                if found is None:
                    i += 1
                    continue
                trig, n, t0 = found.values[0], found.tok_end - i, found.start
                if i and words[i - 1].key in NEGATIONS:
                    i += n
                    continue
                actor, target = _participants(words, i, n, trig, sent_mentions)
                if actor is not None and (target is not None or trig.type in INTRANSITIVE):
                    key = (trig.type, actor, target)
                    if key not in seen:
                        seen.add(key)
                        t1 = words[i + n - 1].end
                        doc.events.append(Event(
                            type=trig.type, start=sent.start, end=sent.end, text=sent.text, actor=actor,
                            target=target, mode=trig.mode, date=sent_dates[s_index],
                            trigger=doc.text[t0:t1],
                        ))
                i += n
        return doc


# the word list last asked about and the ends of its words (a sentence's words, asked many
# times); one tuple, read and replaced whole, so that threads cannot mix two lists
_last_ends: tuple[list[Token] | None, list[int]] = (None, [])


def _word_index(words: list[Token], offset: int) -> int:
    """Index of the first word ending after `offset` (len(words) if none)."""
    global _last_ends
    last = _last_ends
    if last[0] is not words:
        last = _last_ends = (words, [w.end for w in words])
    return bisect_right(last[1], offset)


def _introduced_by_preposition(words: list[Token], m: _Mention) -> bool:
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]  # "لروسيا": the mention starts after ل
    return (k > 0 and words[k - 1].key in TARGET_PREPOSITIONS) or attached[-1:] in ("ل", "ب")


def _locative(words: list[Token], m: _Mention) -> bool:
    k = _word_index(words, m.start)
    attached = words[k].text[: m.start - words[k].start]
    return k > 0 and words[k - 1].key in LOCATIVES and not attached


def _participants(
    words: list[Token], i: int, n: int, trig: Trigger, mentions: list[_Mention]
) -> tuple[str | None, str | None]:
    t_start, t_end = words[i].start, words[i + n - 1].end
    before = [m for m in mentions if m.end <= t_start and i - _word_index(words, m.start) <= SUBJECT_WINDOW]
    after = [m for m in mentions if m.start >= t_end and _word_index(words, m.start) - (i + n) <= OBJECT_WINDOW]
    # a clause mark between a mention and the trigger puts it in another clause
    before = [m for m in before if not any(w.kind == "punct" for w in words if m.end <= w.start < t_start)]
    after = [m for m in after if not any((w.kind == "punct" and w.text != "،") or w.key in CLAUSE_WORDS
                                         for w in words if t_end <= w.start < m.start)]
    before = [m for m in before if not _locative(words, m)]
    places = [m for m in after if _locative(words, m)]
    after = [m for m in after if not _locative(words, m)]
    actor: str | None = None
    first_after = after[0] if after else None
    gap = _word_index(words, first_after.start) - (i + n) if first_after else 99
    genitive = False
    if first_after and not _introduced_by_preposition(words, first_after):
        if trig.pos == "noun" and gap == 0:
            actor, genitive = first_after.entity, True  # "مطالب روسيا": the agent is the genitive
        elif trig.pos == "verb" and not before and gap <= SUBJECT_REACH:
            actor = first_after.entity  # verb-subject order, possibly after a title phrase
    if actor is None and before:
        actor = before[-1].entity
    rest = [m for m in after if m.entity != actor]
    target = next((m.entity for m in rest if _introduced_by_preposition(words, m)), None)
    if target is None and rest:
        target = rest[0].entity
    if target is None and genitive:
        # "رد واشنطن على مطالب روسيا": the demands are addressed to whoever stands before them
        target = next((m.entity for m in reversed(before) if m.entity != actor), None)
    if target is None:
        # "تدين الهجوم في السعودية": the place is what the event is about, for want of another
        target = next((m.entity for m in places if m.entity != actor), None)
    return actor, target


def _capitals() -> dict[str, str]:
    """KB id of each capital city -> KB id of its country (empty when the KB is not installed)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return {}
    return {a.capital: a.id for a in load_kb() if a.kind == "country" and a.capital}


