"""Who answers an interview, chosen among the speakers of its lead: the one the lead quotes most
often, counting the headline ("البكوش" twice in the lead beats a junk name the entity layer made
of a word once; "الشيحي: ..." in the headline and once in the lead beats the reporter's byline
"فلان- سبق- الرياض:" that a participle took as its subject). A speaker is counted by the last word
of the words naming him ("الطيب البكوش"، "البكوش"), a cue once however many statements it opens.
Ties go to a speaker the entity layer linked, then to the first quoted. Split from `interviews`."""

from __future__ import annotations

from collections import Counter

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.patterns import QuoteCandidate


def _name_key(finder: SpeakerFinder, sp: SpeakerRef) -> str:
    """The last word of the speaker's name: the entity's name when linked, else the span's."""
    ent = finder.entities.get(sp.entity) if sp.entity is not None else None
    words = (ent.name if ent is not None else sp.text).split()
    return match_key(words[-1]) if words else ""


def lead_interviewee(finder: SpeakerFinder, cands: list[QuoteCandidate], first_q: int) -> SpeakerRef | None:
    """The speaker of the lead (the statements before the first question, the headline's too)
    who is quoted most often; None when the lead quotes nobody."""
    said = sorted((c for c in cands if c.pos < first_q and c.speaker is not None), key=lambda c: c.pos)
    if not said:
        return None
    cues: dict[str, set[int]] = {}
    for c in said:
        cues.setdefault(_name_key(finder, c.speaker), set()).add(c.cue_tok if c.cue_tok is not None else -c.pos - 1)
    counts = Counter({key: len(found) for key, found in cues.items()})
    body = [c for c in said if c.pos >= finder.doc.body_start]
    if not body:
        return said[0].speaker  # only the headline speaks: "المصففة فلانة: أطمح ..."

    def rank(item: tuple[int, QuoteCandidate]) -> tuple[int, int, int]:
        n, c = item
        return (-counts[_name_key(finder, c.speaker)], 0 if c.speaker.entity is not None else 1, n)

    # the words of a body statement name him best; the headline only adds to the count
    _, best = min(enumerate(body), key=rank)
    return best.speaker
