"""A deed as the object of a condemnation, and a person shown rather than acting.

- "أدان الأمين العام فلان بشدة قتل الطفل فلان": the deed after a verb of condemnation, in its
  clause, is what is condemned; the one who condemns is not who did it (no attacker named
  before the deed), and the child named after the killing is its victim, not the one condemned.
  A condemnation takes a noun as its object, so a verb form there is the verbal noun ("قتل").
- "يحملون صور الطفل فلان": the one whose picture is carried is shown, not a protester.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.words import CLAUSE_WORDS, CONDEMN, RELATIVES, _Mention, _strip_conjunction
from marsad.lexicons import loader

# a preposition before a deed that makes it the charge of the one condemned ("دانت المحكمة فلانا في")
CHARGE_MARKS = frozenset(match_key(w) for w in ("في", "على", "بسبب", "بتهمة"))
DEED_REACH = 12  # words from the condemnation (its subject, a title, an adverb) to the deed, at most
VICTIM_REACH = 3  # words from the deed to the person it befell ("قتل الطفل الفلسطيني فلان")
PICTURE_REACH = 3  # words from the picture noun to the name ("صور الطفل الشهيد فلان")
PICTURES = loader.keyed("event_words.tsv", "picture", match_key)
# not بأن: its key is that of "بان" (بان كي مون)
COMPLEMENTIZERS = frozenset(match_key(w) for w in ("أن", "إن", "لأن", "حين", "عندما", "بعدما"))


def condemned_deed(words: list[Token], i: int, t0: int) -> bool:
    """Whether the trigger at `words[i]` (its match starting at offset `t0`) is the object of a verb
    of condemnation before it in its clause: none of a conjunction on it, a mark, a complementizer
    or a relative in between."""
    attached = words[i].text[: t0 - words[i].start]
    if attached[:1] in ("و", "ف") or "ب" in attached or (i > 0 and words[i - 1].key in CHARGE_MARKS):
        # "أدان ... وقتل": a verb of its own; "دانت المحكمة فلانا في تفجير ..."، "بقتل": the charge
        # the one condemned is convicted of, his own deed
        return False
    for k in range(i - 1, max(-1, i - 1 - DEED_REACH), -1):
        w = words[k]
        if w.kind == "punct":
            return False
        bare = _strip_conjunction(w.key)
        if w.key in COMPLEMENTIZERS or bare in COMPLEMENTIZERS or w.key in RELATIVES or w.key in CLAUSE_WORDS:
            return False
        if w.key in CONDEMN or bare in CONDEMN:
            return True
    return False


def _word_at(words: list[Token], offset: int) -> int | None:
    """Index of the word holding `offset`, or None (the offset falls between words)."""
    k = _word_index(words, offset)
    return k if k < len(words) and words[k].start <= offset else None


def doer_before(actor: _Mention | None, t0: int) -> bool:
    """Whether a condemned deed's actor stands before it: the condemnation's subject, not the doer."""
    return actor is not None and actor.end <= t0


def befallen(words: list[Token], t1: int, m: _Mention | None, person: bool, deed: Callable[[int], bool]) -> bool:
    """Whether a condemnation's target (ending at `t1`), a person, is named right after a deed the
    condemnation takes as object (`deed(j)`: an attack or coercion starts at `words[j]`): its victim."""
    if m is None or not person:
        return False
    k = _word_at(words, m.start)
    if k is None:
        return False
    return any(words[j].start >= t1 and deed(j) for j in range(max(0, k - VICTIM_REACH), k))


def shown_person(words: list[Token], text: str, m: _Mention | None) -> bool:
    """Whether a mention stands right after a picture noun ("صور الطفل فلان"): shown, not acting."""
    if m is None:
        return False
    k = _word_at(words, m.start)
    if k is None:
        return False
    for j in range(k - 1, max(-1, k - 1 - PICTURE_REACH), -1):
        w = words[j]
        if w.kind == "punct":
            return False
        if w.key in PICTURES or _strip_conjunction(w.key) in PICTURES:
            return True
    return False
