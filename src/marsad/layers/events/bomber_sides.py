"""A suicide bomber is who attacks, never whom an attack is on: "هجوم انتحاري" is a suicide
attack (the word its adjective), and "شاحنة مفخخة يقودها انتحاري" names the bomber as the one
driving the truck. A violent event of the sentence whose target was read as such a word loses it:
to the actor when a verb of doing or leading introduces it and the event has none, else to no
one. (A bomber killed by his own act, "مقتل انتحاري"، is no event at all: events/reach.py.)
Read by the events layer with `unnamed=True`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.sentences import Sentence
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.mention_positions import _word_index
from marsad.layers.events.words import AGENT_AFTER, _strip_conjunction

BOMBER = match_key("انتحاري")  # the stem of "انتحاري"، "انتحارية"، "الانتحاريين"


def _bomber(text: str) -> bool:
    key = _strip_conjunction(match_key(text.split()[0])) if text.split() else ""
    key = key[2:] if key.startswith("ال") else key
    return key.startswith(BOMBER)


def bomber_sides(doc: Document, words: list[Token], sent: Sentence, attack_at: Callable[[int], object]) -> None:
    """Give the bomber read as a violent event's target to its actor, or to no one."""
    for e in doc.events:
        if e.start != sent.start or e.type != "ASSAULT" or e.target_span is None or not _bomber(e.target_span.text):
            continue
        k = _word_index(words, e.target_span.start)
        if k == 0:
            continue
        before = _strip_conjunction(words[k - 1].key)
        if before in AGENT_AFTER:  # "يقودها انتحاري": the one who did it
            if e.actor_span is None:
                e.actor, e.actor_span, e.actor_sector = e.target, e.target_span, e.target_sector
            e.target, e.target_span, e.target_sector = None, None, None
        elif attack_at(k - 1) is not None:  # "هجوم انتحاري": the attack's adjective
            e.target, e.target_span, e.target_sector = None, None, None
