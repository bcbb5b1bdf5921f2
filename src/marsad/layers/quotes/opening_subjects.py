"""The subject a sentence opens with, when a participle goes on with it: in "ونوه سمو رئيس الهيئة
الملكية بالجهود التي بذلتها وزارة X وشركة Y، مشيرا إلى ..." the one who points out is the subject
of the verb that opens the sentence (a description opened by an honorific), not the first body
named in the sentence, which is the verb's object. So is a title with the body it heads ("وتمنى
مدرب النادي في حديثه ...، مضيفا"): the title is the subject, not the body named in it nor the last
speaker; `resolution` links it to the person the article gave that title. Split from
`resolution`."""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import TITLE_PREFIXES, SpeakerFinder

# "سمو"، "معالي": an honorific right after the verb opens the description of a person, its subject;
# a bare title ("ورحب الرئيس بمبعوث ...") may run on into the object, and is left to the usual rules
DESCRIPTION_HEADS = ("honorific",)
# a definite title alone is the subject when a phrase of the verb follows it ("ورحب الرئيس بالوفد")
PHRASE_PROCLITICS = ("ب", "ل", "ك")
SPOKESMAN_OF = "باسم"  # "الناطقة باسم الوزارة": the title goes on, no phrase of the verb
# prepositions opening a phrase of the verb, as match keys (the key of "إلى" is "الي")
PHRASE_WORDS = frozenset(match_key(w) for w in ("في", "على", "عن", "من", "إلى", "خلال", "أمام"))
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


def title_opening_subject(finder: SpeakerFinder, si: int, cue: int | None, verb_like: VerbLike) -> SpeakerRef | None:
    """The title right after the verb opening sentence si, as the subject a later reporting word
    at token `cue` goes on with (`_title_subject`); None when the sentence opens otherwise."""
    toks, lex = finder.toks, finder.lex
    lo, _ = finder.sent_tok_range(si)
    if cue is None or cue <= lo + 2 or finder.covering(lo + 1) is not None:
        return None
    opener = toks[lo]
    # a verb for sure: a reporting or stance verb of the lexicon, or a word of a verb's shape ("لكن"
    # and other particles are neither)
    if lex.cue(opener) is None and not (verb_like(finder, lo) and verb_shaped(opener.key)):
        return None
    return _title_subject(finder, lo + 1, cue)


def _title_subject(finder: SpeakerFinder, k: int, cue: int) -> SpeakerRef | None:
    """The title at token k, right after the verb opening the sentence, with the body it heads
    ("مدرب النادي", the body a mention of its own) or alone when definite and followed by a phrase
    of the verb ("ونوه الرئيس بجهود ..."، "وتمنى المدرب في حديثه"): the verb's subject. A longer
    description may run on into the verb's object, and is left to the usual rules."""
    toks, lex = finder.toks, finder.lex
    title = toks[k]
    if not title.is_word or not lex.has("title", title, TITLE_PREFIXES) or k + 1 >= cue:
        return None
    body = finder.mention_at_token(k + 1)
    if body is not None and body.entity.type == "ORG" and body.start == toks[k + 1].stem_start \
            and body.end <= toks[cue - 1].end:
        return finder.span_ref(title.stem_start, body.end)
    nxt = toks[k + 1]
    definite = any(st.startswith("ال") for _, st in title.splits)
    phrase = nxt.key in PHRASE_WORDS or nxt.key != SPOKESMAN_OF and nxt.key.startswith(PHRASE_PROCLITICS) and not nxt.key.startswith("ال") \
        and finder.covering(k + 1) is None
    if definite and phrase:
        return finder.span_ref(title.stem_start, title.end)
    return None
