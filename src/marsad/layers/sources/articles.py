"""An article or a column in a paper: what was published in it ("نشر في صحيفة ..", "كتب فلان في ..").

A word of publishing or writing shortly before "في" makes the outlet after it the paper that carried
the words (`published_before`, `article_before`), unless the article only dates or blames something
("منع من الكتابة بعد مقال في جريدة .."). A name inside the marks of a column's title ("في مقاله
«فكونا من الرياض»") is a word of the title, not the outlet cited (`inside_title`).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES
from marsad.layers.sources.statements import governing_words
from marsad.layers.sources.words import PUBLISHED_IN, QUOTES, STATEMENT_GAP, WROTE, stem_in
from marsad.lexicons import loader

PUBLISHED_STEPS = 2      # tokens between a word of publishing and "في" + the outlet ("نشرت المقابلة في")
WROTE_STEPS = 6          # ... between "كتب" and "في": the writer's name and title may come between ("كتب المحلل فلان الفلاني في")
CITE_PREFIXES = VERB_PREFIXES  # "", "و", "ف": before a citing verb or noun ("وذكرت", "فتقرير")
PUBLISHED_PREFIXES = CITE_PREFIXES | {"ب", "وب"}  # "بعموده في صحيفة ..", "بمقاله في ..": "ب" for "في"
TIME_GAP = loader.keyed("source_words_unseen.tsv", "time_gap", match_key)
WROTE_BY = loader.keyed("source_words_unseen.tsv", "wrote_by", match_key)
ARTICLES = loader.keyed("source_words_unseen.tsv", "article", match_key)
EVENT_OF = governing_words("event_of")
TITLED = match_key("بعنوان")
TITLE_WORDS_AROUND = 8  # words of a column's title in marks on either side of a name inside it


def _published(tok: Token, words: frozenset[str] = PUBLISHED_IN) -> bool:
    return stem_in(tok, words, PUBLISHED_PREFIXES)


def inside_title(toks: list[Token], i: int, j: int) -> bool:
    """The name at tokens i..j stands with other words inside the marks of a title that an article
    word or "بعنوان" opens ("في مقاله «فكونا من الرياض»", "مقالا بعنوان «عكاظ والمثقفون»"): a word
    of the title, not the outlet cited. A name alone in the marks is left to the citing rules."""
    opening = next((k for k in range(i - 1, max(-1, i - 1 - TITLE_WORDS_AROUND), -1)
                    if not toks[k].is_word), None)
    if opening is None or toks[opening].text not in QUOTES or opening == 0:
        return False
    before = toks[opening - 1]
    if not (before.key == TITLED or _published(before, ARTICLES)):
        return False
    closing = next((m for m in range(j, min(len(toks), j + TITLE_WORDS_AROUND)) if not toks[m].is_word), None)
    if closing is None or toks[closing].text not in QUOTES:
        return False
    return not (opening == i - 1 and closing == j)


def published_before(toks: list[Token], p: int) -> bool:
    """A word of publishing just before token p ("نشر في"), or "كتب" with the writer's name
    between ("كتب المحلل فلان الفلاني في")."""
    k = p  # "تقرير اليوم السبت في صحيفة ..", "نشر هذا الأسبوع في": words of time between are passed over
    while k > 0 and (toks[k - 1].key in STATEMENT_GAP or toks[k - 1].key in TIME_GAP):
        k -= 1
    return (any(_published(toks[m]) and not (m > 0 and toks[m - 1].key in EVENT_OF)
                for m in range(max(0, k - PUBLISHED_STEPS), k))
            or any(_published(t, WROTE | WROTE_BY) for t in toks[max(0, p - WROTE_STEPS) : p]))


def article_before(toks: list[Token], p: int) -> bool:
    """An article or a column word within WROTE_STEPS before token p ("في"/"على"), not one the
    text dates or blames something by ("منع من الكتابة بعد مقال في جريدة ..": no words taken from it)."""
    return any(_published(toks[m], ARTICLES) and not (m > 0 and toks[m - 1].key in EVENT_OF)
               for m in range(max(0, p - WROTE_STEPS), p))
