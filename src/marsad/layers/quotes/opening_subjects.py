"""The subject a sentence opens with, when a participle goes on with it: in "ونوه سمو رئيس الهيئة
الملكية بالجهود التي بذلتها وزارة X وشركة Y، مشيرا إلى ..." the one who points out is the subject
of the verb that opens the sentence (a description opened by an honorific), not the first body
named in the sentence, which is the verb's object. Split from `resolution`."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder

# "سمو"، "معالي": an honorific right after the verb opens the description of a person, its subject;
# a bare title ("ورحب الرئيس بمبعوث ...") may run on into the object, and is left to the usual rules
DESCRIPTION_HEADS = ("honorific",)
VerbLike = Callable[[SpeakerFinder, int], bool]


def described_opening_subject(finder: SpeakerFinder, si: int, cue: int | None, verb_like: VerbLike) -> SpeakerRef | None:
    """The description right after the verb opening sentence si ("ونوه سمو رئيس الهيئة ..."),
    when the reporting word at token `cue` comes later in the sentence; None when the sentence
    opens otherwise or the subject is a name (the usual rules find names)."""
    toks, lex = finder.toks, finder.lex
    lo, _ = finder.sent_tok_range(si)
    if cue is None or cue <= lo + 2 or not (verb_like(finder, lo) or lex.cue(toks[lo]) is not None):
        return None  # "ونوه": a verb of praise or report that made no statement of its own
    subject = toks[lo + 1]
    if not any(lex.has(kind, subject, TITLE_PREFIXES) for kind in DESCRIPTION_HEADS) \
            or finder.covering(lo + 1) is not None:
        return None
    sp = finder.subject_after(lo + 1, cue)
    if sp is None or sp.start != subject.start and finder.tok_at(sp.start) > lo + 2:
        return None  # the words right after the verb are not its subject
    return sp
