"""A definite description that repeats the head word of an earlier source the article did not
name: "قال مسؤول أمني طلب عدم نشر اسمه إن ... وأضاف المسؤول أن ..."، "قال متحدث باسم الرئاسة إن
... وأضاف المتحدث أن ...". The article goes on with the same source, which stays unnamed; the
definite word does not refer back to whoever was named last (GUIDE.md: an unnamed source's
continuation is that source's). Split from `resolution`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import PARAGRAPHS_BACK
from marsad.layers.quotes.described_speakers import SPOKESMEN
from marsad.layers.quotes.speaker_ranker import UNNAMED

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder

ARTICLE = "ال"
DESCRIPTION_WORDS = 2  # "المسؤول"، "المصدر الأمني": a longer description says more than the first one
# the words that describe a source without naming it ("مسؤول"، "مصدر") or a spokesman ("متحدث")
# whose body or name is given, if at all, by the first description: a report, a study or a
# statement ("التقرير") is a document, whose issuer the other rules find
SOURCE_HEADS = UNNAMED | frozenset(k[len(ARTICLE):] if k.startswith(ARTICLE) else k for k in SPOKESMEN)


def head_word(finder: SpeakerFinder, ref: SpeakerRef) -> tuple[str, bool] | None:
    """The first word of a speaker span without proclitics and article, and whether it carried
    the article: ("متحدث", True) for "المتحدث"."""
    i = finder.tok_at(ref.start)
    if i >= len(finder.toks) or not finder.toks[i].is_word:
        return None
    tok = finder.toks[i]
    stem = next((st for off, st in tok.splits if off == ref.start), tok.key)
    if stem.startswith(ARTICLE) and len(stem) > len(ARTICLE) + 1:
        return stem[len(ARTICLE):], True
    return stem, False


def source_described_again(finder: SpeakerFinder, ref: SpeakerRef,
                           sources: Callable[[], Iterable[tuple[SpeakerRef, bool]]]) -> tuple[SpeakerRef, bool] | None:
    """The earlier source `ref` (a definite description of one word or more) describes again:
    among `sources()` (each statement's source span, latest last, and whether it stayed unnamed),
    the latest whose span opens with the same word without the article ("مسؤول" of "مسؤول
    أمني"), in this paragraph or the PARAGRAPHS_BACK before it; None when a named speaker's
    span or another description came in between with that word."""
    head = head_word(finder, ref)
    if head is None or not head[1] or head[0] not in SOURCE_HEADS or len(ref.text.split()) > DESCRIPTION_WORDS \
            or any(r.entity.type == "PER" and r.mention.kind == "name" for r in finder.mentions_between(ref.start, ref.end)):
        return None  # "وأكد الوزير الأصبحي": a name in the span is no unnamed source
    para = finder.paragraph_of(ref.start)
    for source, unnamed in reversed(list(sources())):
        if para - finder.paragraph_of(source.start) > PARAGRAPHS_BACK:
            return None
        other = head_word(finder, source)
        if other is None or other[0] != head[0]:
            continue
        if other[1] or source.entity is not None:
            return None  # "قال المتحدث فلان ... وأضاف المتحدث": a named holder, the usual rules
        return source, unnamed
    return None
