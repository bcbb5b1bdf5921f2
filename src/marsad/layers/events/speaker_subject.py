"""The speaker of a reported statement as the subject of an event it announces: "أكد الوزير، X، أنه
سيلتقي نظراءه ..."، "أعلن X أنه سيسافر إلى طهران ... وسيجتمع مع الرئيس ..."، "أعلنت X اعتزامها زيارة
طهران". In Arabic news a speaker's own acts are told in the complement clause with a pronoun subject
("أنه"، "إنها") or as an intention noun with a pronoun ("اعتزامه"، "عزمها"): the sentence then names
no subject near the trigger, and the nearest name before it is often the place travelled to. The
quote layer has already resolved who speaks; the event's actor is that speaker (GUIDE.md: who
acts is the actor, a place visited is none).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, SpeakerRef
from marsad.layers.events.clauses import POSSESSIVES
from marsad.layers.events.words import Trigger, _Mention, _strip_conjunction
from marsad.lexicons import loader

# complementizers carrying the pronoun that is the clause's subject ("أنه سيزور"، "إنها بحثت")
PRONOUN_COMPLEMENTS = loader.keyed("event_words.tsv", "pronoun_complement", match_key)
# intention nouns carrying the speaker's pronoun before a verbal noun ("اعتزامه زيارة"، "عزمها إجراء")
INTENTIONS = loader.keyed("event_words.tsv", "intention", match_key)
# words back from a coordinated verb ("... وسيجتمع") to the pronoun complementizer of its clause
COORDINATED_REACH = 14
# complementizers with no pronoun: a clause of its own, with a subject of its own
BARE_COMPLEMENTS = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "ان", "بان"))


def _pronoun_complement(words: list[Token], k: int) -> bool:
    return words[k].key in PRONOUN_COMPLEMENTS or _strip_conjunction(words[k].key) in PRONOUN_COMPLEMENTS


def _intention(words: list[Token], k: int) -> bool:
    key = _strip_conjunction(words[k].key)
    return any(key.endswith(p) and key[: -len(p)] in INTENTIONS for p in POSSESSIVES)


def pronoun_subject(words: list[Token], i: int, trig: Trigger) -> tuple[str, int] | None:
    """How the trigger at word i has a pronoun subject set by a complementizer or an intention noun,
    and that word's index: "direct" right after it ("أنه التقى"، "اعتزامها زيارة"), "joined" for a
    verb joined by و to the verb of such a clause, with no punctuation but a comma nor another
    complementizer between ("أنه سيسافر إلى طهران الأسبوع المقبل وسيجتمع مع ..."); None otherwise."""
    if i == 0:
        return None
    if trig.pos == "noun":
        return ("direct", i - 1) if _intention(words, i - 1) else None
    if _pronoun_complement(words, i - 1):
        return "direct", i - 1
    if words[i].key[:1] != "و" or words[i].key == _strip_conjunction(words[i].key):
        return None
    for k in range(i - 1, max(-1, i - COORDINATED_REACH), -1):
        w = words[k]
        if w.kind == "punct" and w.text not in ("،", ","):
            return None
        if _pronoun_complement(words, k):
            return "joined", k
        if _strip_conjunction(w.key) in BARE_COMPLEMENTS:
            return None
    return None


def opened_by(doc: Document, word: Token) -> SpeakerRef | None:
    """The speaker, with its span, of the quote whose words open with `word` (the complementizer or
    intention noun after its cue): the statement that word begins, not a longer quote it falls inside."""
    for q in doc.quotes:
        if word.start <= q.start < word.end and q.speaker is not None \
                and q.speaker.start is not None and q.speaker.end is not None:
            return q.speaker
    return None


def speaker_as_actor(doc: Document, words: list[Token], i: int, n: int, trig: Trigger,
                     actor: _Mention | None, target: _Mention | None, mentions: list[_Mention]
                     ) -> tuple[_Mention | None, _Mention | None] | None:
    """(actor, target) when the trigger's subject is the pronoun of a reported statement's speaker:
    the speaker acts; a name the clause reading took as subject after the trigger is the object, one
    before it (the place travelled to) is dropped. None when the trigger has no such subject."""
    found = pronoun_subject(words, i, trig)
    if found is None:
        return None
    how, k = found
    t1 = words[i + n - 1].end
    if how == "joined" and actor is not None and actor.start >= t1:
        return None  # "... ويجتمع الوزير X مع ...": the joined verb names its own subject
    sp = opened_by(doc, words[k])  # a name the quote layer left unlinked still names a mention of the entity layer
    if sp is None:
        return None
    speaker = next((m for m in mentions if m.start < sp.end and sp.start < m.end and m.entity is not None), None)
    if speaker is None:
        return None
    if target is not None and (target.start < t1 or target.key == speaker.key):
        target = None  # a name before the trigger is the speaker's or in its title, not the object
    if actor is not None and actor.start >= t1 and actor.key != speaker.key and (
            target is None or actor.start < target.start):
        target = actor  # "أنه التقى الرئيس X"، "اعتزامها زيارة طهران": the name after it is its object
    return speaker, target
