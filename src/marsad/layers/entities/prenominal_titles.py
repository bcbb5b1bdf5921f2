"""A descriptive title written right before a person's name introduces him with it.

"كشف الرئيس العام لرعاية الشباب صاحب السمو الملكي الأمير فلان", "وسفير عمان لدى المملكة الدكتور
فلان": the office is not one of the KB's role phrases, so nothing resolves it, and the same office
named alone later ("وبين الرئيس العام لرعاية الشباب أن ...") would refer to nobody. The phrase from
its head word ("رئيس", "أمين", "سفير", "زعيم" ...) to the honorifics before the name is taken as an
introduced title of that person, like "فلان، مدير ..." after a name (see `EntityLayer._resolve_titles`).

The phrase runs back from the name over words only: a comma, a full stop, a word that ends a
title phrase ("أكد", "خلال", "التي"), a word with a pronoun attached ("لقائه"), a title the KB
already read, or another person's name ends it; so "استقبل الأمير فلان سفير اليابان الدكتور علان"
gives "سفير اليابان" to the second man only. Two offices of one man follow each other ("الرئيس
العام لرعاية الشباب رئيس اللجنة الأولمبية"); a title reaches back to an earlier head word only
across a definite word or a body's name.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.layers.entities.name_words import has_pronoun_suffix
from marsad.layers.entities.titles import (
    FORMER,
    HONORIFICS,
    MAX_TITLE_TOKENS,
    PHRASE_STOP,
    SUBORDINATE,
    TitleHit,
    content_key,
    head_stem,
)

MAX_HONORIFICS = 4  # "صاحب السمو الملكي الأمير", "معالي الشيخ الدكتور"
MIN_TITLE_WORDS = 2  # a head word and what it governs ("سفير عمان"); a head alone is a rank


def _in_construct(tok: Token) -> bool:
    """An indefinite head word or a deputy's word before a title ("ممثل", "نائب", "مبعوث")."""
    return tok.is_word and not tok.key.startswith("ال") and (
        head_stem(tok) is not None or any(stem in SUBORDINATE for _off, stem in tok.splits))


def title_before(tokens: list[Token], name_start: int, stops: set[int], names: set[int]) -> TitleHit | None:
    """The descriptive title ending right before the name at token `name_start` (after up to four
    honorifics), from its earliest head word; None when there is none. `stops` holds the tokens of
    persons' names and of titles already found (a body's or a place's name may be in the title:
    "رئيس اللجنة الأولمبية", "سفير عمان": their tokens are `names`)."""
    k = name_start
    while k > 0 and name_start - k < MAX_HONORIFICS and tokens[k - 1].key in HONORIFICS:
        k -= 1
    end = k  # the title ends before the honorifics
    first: int | None = None
    j = end - 1
    while j >= 0 and end - j <= MAX_TITLE_TOKENS:
        t = tokens[j]
        if not t.is_word or j in stops or t.key in PHRASE_STOP \
                or has_pronoun_suffix(t.key):
            break
        if head_stem(t) is not None:
            if first == j + 1 and t.key.startswith("ال"):
                break  # "استقبل الوزير سفير ...": a bare title before another is its own man's
            first = j
            # a title before this one ends with a definite word or a body's name ("الرئيس العام
            # لرعاية الشباب رئيس اللجنة ..."); a head word in construct with this one makes it
            # his office ("ممثل الأمين العام", "نائب رئيس"); "أشاد رئيس الجمعية بجهود مدير ...": a
            # verb's complement stands between two persons' titles
            if j == 0 or not (tokens[j - 1].key.startswith("ال") or j - 1 in names
                              or _in_construct(tokens[j - 1])):
                break
        j -= 1
    if first is None or end - first < MIN_TITLE_WORDS:
        return None
    last = tokens[end - 1]
    if not (last.key.startswith(("ال", "لل")) or end - 1 in names):
        return None  # "رئيسة بلدية كاليه ناتاشا" + "بوشار": a word of the name the tagger left out
    if any(tokens[k].key in FORMER for k in range(first + 1, end)):
        return None  # "نائب رئيس الفيفا السابق": a past office, which several men of a story held
    head = tokens[first]
    stem = head_stem(head) or ""
    # "وسفير عمان": the conjunction opens the next person of a list, no word of his title
    start = head.start + 1 if head.text[:1] in "وف" and head.key.removeprefix("ال") != stem else head.start
    words = frozenset(content_key(t) for t in tokens[first + 1 : end] if t.is_word and len(t.key) > 2)
    return TitleHit(start, tokens[end - 1].end, first, end, head=stem, words=words)

