"""A person's name the entity layer missed, told by its construction: right after the verb that
opens a clause and set off by a comma and a title ("كشف فلان الفلاني، وزير X، عن ..."), the
clause's subject, which a pro-drop reporting word of that clause ("معلنا أن") or of the next
sentence ("وقال إن") goes on with, rather than the last speaker; or right after a definite title
("الرئيس فلان الفلاني"), the holder a later bare "الرئيس" stands for.
Split from `resolution`, which turns the spans found here into speakers."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import TITLE_PREFIXES
from marsad.layers.quotes.name_edges import rank_or_stop_word
from marsad.lexicons.names import given_names

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import SpeechLexicon

APPOSITION_MIN_TOKENS = 6  # "كشف فلان الفلاني، وزير X، عن": a verb, a name, a comma, a title, before the cue
CLAUSE_OPENER_TOKENS = 4   # "من جهة أخرى،": words that may stand before the clause's verb
NAME_WORDS = (2, 4)        # a name is two to four words ("نور الدين الهاشمي")
COMMAS = frozenset({"،", ","})
ARTICLE = ("ال", "وال")
GIVEN_NAMES = given_names()  # match keys; a missed name opens with one


def subject_of_opening_clause(finder: SpeakerFinder, lex: SpeechLexicon, si: int, cue: int | None,
                              said: Collection[int], verb_like: Callable[[SpeakerFinder, int], bool]
                              ) -> tuple[int, int] | None:
    """The span of the missed name after the verb opening sentence si's clause before the
    reporting word at token `cue`. The verb is any verb (`verb_like`), or a reporting verb whose
    words were no statement ("كشف ... عن بدء"; `said` holds the cue tokens of statements)."""
    toks = finder.toks
    lo, _ = finder.sent_tok_range(si)
    if cue is None or cue - lo < APPOSITION_MIN_TOKENS:
        return None
    for k in range(lo, min(cue - 1, lo + CLAUSE_OPENER_TOKENS + 1)):
        t = toks[k]
        opens = k == lo or toks[k - 1].text in COMMAS
        if not opens or t.key.startswith(ARTICLE) or not verb_shaped(t.key) or k in said \
                or lex.is_stop(t) or finder.covering(k) is not None:
            continue
        if lex.cue(t) is None and not verb_like(finder, k):
            continue
        return apposed_name(finder, lex, k, cue)
    return None


def apposed_name(finder: SpeakerFinder, lex: SpeechLexicon, k: int, limit: int) -> tuple[int, int] | None:
    """The span of the name right after the verb at token k, closed by a comma and a title before
    token `limit` ("واستقبل فلان الفلاني، محافظ X،"), when no mention covers it."""
    toks = finder.toks
    first = end = k + 1
    while end < limit and end - first <= NAME_WORDS[1] and toks[end].text not in COMMAS:
        end += 1
    if not NAME_WORDS[0] <= end - first <= NAME_WORDS[1] or end + 1 >= limit or toks[end].text not in COMMAS \
            or not lex.has("title", toks[end + 1], TITLE_PREFIXES) \
            or not _given_name_at(finder, lex, first) \
            or not all(_name_word(finder, lex, i, first, end) for i in range(first, end)):
        return None
    return toks[first].start, toks[end - 1].end


def _name_word(finder: SpeakerFinder, lex: SpeechLexicon, i: int, first: int, end: int) -> bool:
    """Token i may be a word of a name (tokens first..end) no mention covers: a plain name word,
    or with the article the second word of a compound given name ("عز الدين") or the family
    name closing it ("الهاشمي"); a name opens with no article."""
    t = finder.toks[i]
    if finder.covering(i) is not None or not t.is_word:
        return False
    if finder.plain_name_word(t):
        return True
    return i > first and t.key.startswith(ARTICLE) and (i == end - 1 or lex.has("name_second", t)) \
        and not lex.is_stop(t) and not rank_or_stop_word(lex, t)


def name_after_title(finder: SpeakerFinder, lex: SpeechLexicon, k: int) -> tuple[int, int] | None:
    """The span of the name right after the title at token k ("الرئيس كمال الزين الأسبوع
    الماضي"): plain name words, a compound given name's second word, and at most one family
    name with the article, which closes it; none when no mention covers it."""
    toks = finder.toks
    end = k + 1
    while end < len(toks) and end - k <= NAME_WORDS[1] and _name_word(finder, lex, end, k + 1, end + 1) \
            and not lex.has("non_actor", toks[end]) and not lex.has("time", toks[end], TITLE_PREFIXES):
        end += 1
        if toks[end - 1].key.startswith(ARTICLE) and not lex.has("name_second", toks[end - 1]):
            break  # the family name "الزين" closes the name
    if not NAME_WORDS[0] <= end - k - 1 <= NAME_WORDS[1] or not _given_name_at(finder, lex, k + 1):
        return None
    return toks[k + 1].start, toks[end - 1].end


def _given_name_at(finder: SpeakerFinder, lex: SpeechLexicon, i: int) -> bool:
    """A name opens at token i: a known given name, or the first word of a compound one ("عز
    الدين"): the words of a description or a clause ("هذه المرة"، "باسم الشرطة") are none."""
    toks = finder.toks
    return toks[i].key in GIVEN_NAMES or i + 1 < len(toks) and lex.has("name_second", toks[i + 1])
