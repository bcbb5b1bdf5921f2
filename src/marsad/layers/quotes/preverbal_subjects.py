"""A subject before its reporting verb that names no entity: "لكن الوزير قال إن"، "غير أن الشركة
المنفذة أوضحت أن"، "والمتحدث باسم البلدية أكد". The verb has no subject after it, yet it is not
a continuation of the last speaker: the description before it is who spoke (linked, when the
text allows, to the person or body it refers back to). Split from `resolution`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.layers.quotes.attribution import TITLE_PREFIXES

if TYPE_CHECKING:
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import SpeechLexicon

OPENER_TOKENS = 2          # "غير أن": the longest sentence opener before the subject
SUBJECT_HEADS = ("title", "org_head", "outlet", "document")  # words that open a speaker description
DESCRIPTION_TOKENS = 6     # "المتحدث الرسمي باسم وزارة الصحة": the longest description read


def description_before_cue(finder: SpeakerFinder, lex: SpeechLexicon, si: int, cue: int | None) -> SpeakerRef | None:
    """The description standing between the start of sentence si (or a particle opening it,
    `subject_opener`) and the reporting verb at token `cue`, opened by a title, body, outlet or
    document word and running right up to the verb."""
    toks = finder.toks
    lo, _ = finder.sent_tok_range(si)
    if cue is None or cue <= lo:
        return None
    openers = lex.words.get("subject_opener", frozenset())
    k = lo
    for n in range(OPENER_TOKENS, 0, -1):
        if k + n < cue and " ".join(t.key for t in toks[k : k + n]) in openers:
            k += n
            break
    if not 0 < cue - k <= DESCRIPTION_TOKENS or not toks[k].key.startswith(("ال", "وال")) \
            or not any(lex.has(kind, toks[k], TITLE_PREFIXES) for kind in SUBJECT_HEADS) \
            or any(not t.is_word or lex.is_stop(t) or lex.is_comp(t) or lex.cue(t) is not None for t in toks[k:cue]):
        return None
    sp = finder.subject_after(k, cue)
    if sp is None or sp.end < toks[cue - 1].start:
        return None  # the description does not reach the verb: something else stands between them
    return sp
