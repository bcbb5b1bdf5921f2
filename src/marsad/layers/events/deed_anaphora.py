"""A condemnation of deeds named earlier: "تنصلت الحكومة من تصريحات أطلقها نائب الرئيس فلان، بينما
استنكرت المنظمة التصريحات": the definite deed noun after the condemnation refers back to the same
noun told with its owner a little before, and the owner is the one condemned (an ACCUSE or a REJECT
of theirs). Deed nouns: checks.DEEDS. The record's (named-events) mode.
"""

from __future__ import annotations

import re

from marsad.arabic.normalize import match_key
from marsad.layers.events.checks import DEEDS
from marsad.layers.events.words import _Mention

_WORD = re.compile(r"[^\s«»\"'()،,.:؛]+")
_FULL_STOP = re.compile(r"[.؛]")
DEED_AFTER = 3  # words from the condemnation (or its subject after it) to the definite deed noun, at most
BACK_REACH = 600  # characters before the sentence where the deed may have been told with its owner
OWNER_REACH = 8  # words from the earlier deed noun to its owner's name, at most


def earlier_deed_owner(text: str, after: int, end: int, sent_start: int, mentions: list[_Mention],
                       kinds: dict, actor: _Mention) -> _Mention | None:
    """The owner of the deeds a definite deed noun right after offset `after` refers back to, named
    with the same noun before it (in the sentence or shortly before), or None."""
    words = list(_WORD.finditer(text, after, end))[:DEED_AFTER]
    deed = next((w for w in words if match_key(w.group()).startswith("ال") and match_key(w.group()) in DEEDS), None)
    if deed is None:
        return None
    bare = match_key(deed.group())[2:]
    back = max(0, sent_start - BACK_REACH)
    told = [w for w in _WORD.finditer(text, back, deed.start())
            if match_key(w.group()).lstrip("وفبل") == bare or match_key(w.group()) == bare]
    for w in reversed(told):
        window = list(_WORD.finditer(text, w.end(), deed.start()))[:OWNER_REACH]
        if not window:
            continue
        stop = window[-1].end()
        full = _FULL_STOP.search(text, w.end(), stop)
        if full is not None:  # the owner is named in the deed's own sentence
            stop = full.start()
        owner = next((m for m in mentions if w.end() <= m.start < stop and m.entity is not None
                      and kinds.get(m.entity, ("",))[0] in ("PER", "ORG") and m.key != actor.key), None)
        if owner is not None:
            return owner
    return None
