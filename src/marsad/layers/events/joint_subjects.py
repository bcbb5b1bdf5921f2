"""Two sides joined as the subject of a verb of talks or accord: "إيران وألمانيا تتباحثان ..."،
"الوزير X ونظيره Y يطلقان الحوار ...". A subject-first clause puts both sides before a dual verb;
word order alone takes the nearer one as the actor and finds no target. Talks are held together
(PLOVER CONSULT, AGREE, COOPERATE between the two), so the side named first acts and the one joined
to it by "و" (or "ونظيره") is the target, as GUIDE.md codes a meeting of two named sides.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.events.checks import MUTUAL
from marsad.layers.events.counterpart_talks import COUNTERPARTS
from marsad.layers.events.mention_positions import _locative
from marsad.layers.events.words import Trigger, _Mention

# words from the first side to the second: "و" alone, or "ونظيره" and a nationality
JOIN_REACH = 2
# words from the second side to the verb ("أمس")
VERB_REACH = 1
CLAUSE_MARKS = ".،,؛:«»()\"!?"


def _dual(word: Token) -> bool:
    """A dual verb: "بحثا"، "اجتمعتا"، "يتباحثان"، "تلتقيان"."""
    key = word.key
    return key.endswith(("ا", "ان")) and len(key) > 3


def joint_subjects(text: str, words: list[Token], i: int, trig: Trigger, actor: _Mention | None,
                   target: _Mention | None, mentions: list[_Mention]) -> tuple[_Mention, _Mention] | None:
    """(first side, second side) when the trigger at word i is a dual verb of talks or accord whose
    subject, before it, is two named sides joined by "و"; None otherwise (a verb-first clause, an
    object named after the verb)."""
    if trig.type not in MUTUAL or trig.pos != "verb" or actor is None or not _dual(words[i]):
        return None
    t0 = words[i].start
    if actor.end > t0 or (target is not None and target.start >= t0 and target.key != actor.key
                          and not _locative(words, target)):
        return None  # "... يبحثان مع X": the object; "يلتقيان في أنقرة": only where
    to_verb = text[actor.end : t0]
    if len(to_verb.split()) > VERB_REACH or any(c in to_verb for c in CLAUSE_MARKS):
        return None
    first = next((m for m in reversed(mentions) if m.end <= actor.start and m.key != actor.key), None)
    if first is None:
        return None
    between = text[first.end : actor.start]
    joined = between.split()
    if not joined or len(joined) > JOIN_REACH or any(c in between for c in CLAUSE_MARKS):
        return None
    head = match_key(joined[0])
    if head == "و" and len(joined) == 1 or head[:1] == "و" and head[1:] in COUNTERPARTS:
        return first, actor
    return None
