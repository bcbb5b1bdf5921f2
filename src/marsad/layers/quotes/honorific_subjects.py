"""A reporting verb with no subject of its own whose clause is about someone an honorific pronoun
stands for ("تنفيذا لما وعد به معاليه في زيارته الأولى عندما قال:"، "وفي ختام زيارة سموه قال
فيها"): the verb goes on with the pronoun's holder, the person the article introduced with that
honorific's words ("صاحب السمو الأمير فلان"، "معالي الوزير فلان"), not with whoever spoke last.
A person or body named between the pronoun and the verb may be the verb's subject instead, so the
rule stands back then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.layers.quotes.honorific_agreement import introduced_with
from marsad.layers.quotes.speaker_window import HONORIFIC_HOLDERS

if TYPE_CHECKING:
    from marsad.layers.quotes.antecedents import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder

WORDS_BACK = 14  # "وتعزيزا لما أعلنه سموه قبل أربع سنوات حينما قال": the pronoun's clause
# "حينما قال"، "عندما أكد": a time clause whose verb shares the subject of the clause it hangs on
TIME_LEADS = frozenset(match_key(w) for w in ("حينما", "عندما", "حين", "لما", "وحين", "وعندما", "وحينما", "بعدما",
                                              "كلما"))
SENTENCES_BACK = 3  # the holder is introduced shortly before ("... الأمير فلان ... سموه")


def honorific_subject(finder: SpeakerFinder, si: int, cue: int | None,
                      words: list[tuple[int, int]]) -> SpeakerRef | None:
    """The holder of the honorific pronoun that the verb at `cue` goes on with, if the pronoun
    stands before it in its sentence with no person or body named between them. `words`: the
    spans of the statements found before; a pronoun inside someone's words ("وأضاف فلان: إن الأمير
    ... وبدعم سموه ...، مشيدا") belongs to them and a verb outside goes on with their speaker,
    unless a time clause ties the verb to the pronoun's clause ("لما أعلنه سموه حينما قال")."""
    if cue is None:
        return None
    first = finder.sent_tok_range(si)[0]
    toks = finder.toks
    for k in range(cue - 1, max(first, cue - WORDS_BACK) - 1, -1):
        holders = HONORIFIC_HOLDERS.get(toks[k].key)
        if holders and k > 0 and finder.lex.cue(toks[k - 1]) is not None:
            return None  # "وأكد سموه ...، مضيفا": that statement's own speaker goes on
        if holders:
            pos = toks[cue].start
            if toks[cue - 1].key not in TIME_LEADS \
                    and any(a <= toks[k].start < b and not a <= pos < b for a, b in words):
                return None
            between = finder.mentions_between(toks[k].end, toks[cue].start)
            if any(r.entity.type in ("PER", "ORG") for r in between):
                return None
            return _holder_before(finder, max(0, si - SENTENCES_BACK), toks[k].start, holders)
        if toks[k].text in ".:«\"“" or finder.lex.cue(toks[k]) is not None:
            return None  # another statement's words, or another verb's own clause
    return None


def _holder_before(finder: SpeakerFinder, si0: int, end: int, holders: frozenset[str]) -> SpeakerRef | None:
    """The last person before `end` (from sentence `si0` on) introduced with the holder words."""
    for r in reversed(finder.mentions_between(finder.sents[si0].start, end)):
        if r.entity.type == "PER" and introduced_with(finder, r.entity) & holders:
            return finder.ref(r)
    return None
