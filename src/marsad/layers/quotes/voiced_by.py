"""The person a body speaks through: "وأكدت الوزارة على لسان متحدثها فلان أن"، "وبينت «الشركة» على
لسان رئيسها التنفيذي فلان أن". The words are the named person's; the body is only whose voice he
is. When no one is named after "على لسان" ("على لسان مصدر رسمي") the body stays the speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key

if TYPE_CHECKING:
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder

ON_TONGUE = (match_key("على"), match_key("لسان"))  # "على لسان": on the tongue of
MARKS_BETWEEN = frozenset("»\"”’")  # the closing mark of a quoted body name ("«سابك» على لسان")
DESCRIPTION_TOKENS = 8  # "متحدثها الرسمي العقيد ركن": words between "لسان" and the name
# a clause opening, or a preposition: "على لسان مصدر مقرب من الرئيس فلان" names the source's
# neighbour, not the voice
CLAUSE_WORDS = frozenset(match_key(w) for w in ("أن", "إن", "بأن", "ان", "بان", "الذي", "التي", "من", "في", "عن"))


def voice_of(finder: SpeakerFinder, speaker: SpeakerRef, before: int) -> SpeakerRef | None:
    """The person named after "على لسان" right behind the speaker span (before offset `before`,
    where the statement starts), or None."""
    toks = finder.toks
    i = finder.tok_at(speaker.end)
    while i < len(toks) and toks[i].text in MARKS_BETWEEN:
        i += 1
    if i + 2 >= len(toks) or (toks[i].key, toks[i + 1].key) != ON_TONGUE:
        return None
    si = finder.sent_of(toks[i].start)
    for k in range(i + 2, min(len(toks), i + 2 + DESCRIPTION_TOKENS)):
        tok = toks[k]
        if tok.start >= before or finder.sent_of(tok.start) != si or tok.key in CLAUSE_WORDS \
                or finder.lex.cue(tok) is not None or tok.text in (".", ":", "؛", "«", "\""):
            return None
        r = finder.mention_at_token(k)
        if r is None:
            continue
        if r.entity.type == "PER" and r.mention.kind == "name" and r.end <= before \
                and not finder.title_taken_for_name(r):
            return finder.ref(r)
    return None
