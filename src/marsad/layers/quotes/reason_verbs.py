"""The subject of a verb of giving a reason ("برر"، "عزا"، "أرجع"; flag `reason` in
reporting_verbs.tsv): the verb takes its subject, then the thing explained, then the reason after
"إلى" or "بـ" ("وعزا الوزير التأخير إلى ..."، "وبرر المتحدث القرار بأنه ..."). The words of the thing
explained are no part of the speaker: "برر الزعيم عرض الرسوم بـ" is said by the leader, not by
"عرض الرسوم"; "أرجع تراجع المبيعات إلى" with a bare noun right after the verb has its subject
before the verb, or none said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.layers.quotes.antecedents import ADJECTIVE_ENDINGS  # a relational adjective: "الرسمي"، "الرسمية"
from marsad.layers.quotes.attribution import TITLE_PREFIXES
from marsad.layers.quotes.fronted_subjects import NAMING_HEADS
from marsad.layers.sources.words import COMMON_WORDS

if TYPE_CHECKING:
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder

REASON_PREPOSITIONS = frozenset(match_key(w) for w in ("إلى", "الى"))  # "عزا X إلى"
REASON_PROCLITIC = "ب"   # "برر X بأنه"، "بسبب"
REASON_REACH = 6         # tokens from the subject's first word to the reason's preposition
PLURAL_ENDINGS = ("ون", "ين", "و")   # "مسؤولون"، "مسؤولو الفنادق": a group speaking, not a thing explained


def reason_subject(finder: SpeakerFinder, sp: SpeakerRef | None, i: int, k: int, j: int) -> tuple[SpeakerRef | None, bool]:
    """The subject of the reason verb at token i whose subject search started at token k (and
    ends before j), given the subject `sp` found there; and whether it was changed."""
    toks, lex = finder.toks, finder.lex
    if sp is None or sp.entity is not None or k >= j:
        return sp, False
    reason = next((m for m in range(k + 1, min(j + 1, len(toks), k + REASON_REACH + 1))
                   if toks[m].key in REASON_PREPOSITIONS
                   or toks[m].key.startswith(REASON_PROCLITIC) and len(toks[m].key) > 2), None)
    if reason is None:
        return sp, False
    first = toks[k]
    if first.key.startswith(("ال", "وال")) and lex.has("title", first, TITLE_PREFIXES) \
            and finder.tok_at(sp.start) > k:
        # a definite title, and after it words the subject search took for the holder's name
        # ("برر الزعيم عرض الرسوم بـ"): the title is the subject, the words the thing explained
        return finder.span_ref(first.stem_start, toks[finder.tok_at(sp.start) - 1].end), True
    last = finder.tok_at(sp.end) - 1
    if any(lex.has(kind, first, TITLE_PREFIXES) for kind in ("title", "org_head")) \
            and finder.tok_at(sp.start) == k and last > k and last + 1 == reason \
            and toks[last].key.startswith("ال") and not toks[last].key.endswith(ADJECTIVE_ENDINGS):
        # "وبرر المتحدث الرسمي القرار بأنه"، "وعزت الشركة التأخير إلى"، "وعزا مدير المستشفى
        # التأخير إلى": the definite noun right before the reason is the thing justified, not a
        # word of the description (its adjectives end in "ي"، "ية")
        return finder.span_ref(sp.start, toks[last - 1].end), True
    if not first.key.startswith(("ال", "وال")) and first.key in COMMON_WORDS and k + 1 < reason \
            and toks[k + 1].key.startswith("ال") and not first.key.endswith(PLURAL_ENDINGS) \
            and not any(lex.has(kind, first, TITLE_PREFIXES) for kind in NAMING_HEADS) \
            and finder.tok_at(sp.start) == k:
        # "أرجع تراجع المبيعات إلى": a verbal noun and its genitive, the thing explained
        return finder.subject_before(i), True
    return sp, False
