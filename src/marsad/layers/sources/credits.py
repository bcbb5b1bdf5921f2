"""Outlets named with no verb of saying: a quoted name on a credit line ("المصدر: «..»") and the
recipient of a headline's words ("وزير الخارجية لـ«..»: لن نقبل").

- A credit line opens a paragraph with a credit word and ends a few words later; a name in
  quotation marks there is the outlet the article is taken from, whether the KB calls it by a
  common word ("المصدر: «الشرق الأوسط»", which the entity layer may take for the region) or does
  not list it. A body ("المصدر: «وزارة الصحة»") is the caller's to leave out.
- Arabic headlines put a speaker, "لـ" and the outlet in marks before a colon and the words said
  ("مسؤول أمني لـ«..»: الحدود آمنة"): the line opens with a title and the speaker's words, none
  of them a verb or a particle ("نعم لـ«الحوار»: شعار المرحلة" is a slogan, not a statement).
  A headline may open with the speaker's family name alone ("الفلاني لـ«..»: ..."): one or two
  words that the article gives elsewhere to a person (a person's name the entity layer found, or
  the word right after a title or a name, "المهندس سالم الفلاني"), never a plain noun.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.framing import credited
from marsad.layers.sources.words import CREDIT_WORDS, QUOTES

TITLE_PREFIXES = frozenset({"", "ال"})
_CREDIT_FORMS = FormMemo()  # the forms of credit words ("المصدر", "خدمة")
SPEAKER_WORDS = (1, 8)   # tokens of a headline's speaker before "لـ" ("مسؤول أمني", "مدير إنتاج «..»")
NAME_ONLY_WORDS = 2      # a speaker named without a title: "الفلاني", "سالم الفلاني"


def credit_marks(toks: list[Token], taken: set[int]) -> list[int]:
    """The opening marks of quoted names right after a credit word and its colon ("المصدر: «"),
    on the credit lines `credited` accepts."""
    out = []
    for k in indices_where(toks, _CREDIT_FORMS, _is_credit_word):
        if k + 2 >= len(toks):
            continue
        mark = k + 1 + (toks[k + 1].text == ":")
        if mark + 1 < len(toks) and toks[mark].text in QUOTES and mark not in taken:
            out.append(mark)
    return out


def credit_line_at(text: str, toks: list[Token], mark: int) -> bool:
    """The quoted name opening after `mark` sits on a credit line."""
    return credited(text, toks, mark + 1)


def headline_speaker(text: str, toks: list[Token], lam: int, lex: SpeechLexicon,
                     person_keys: Callable[[], frozenset[str]] = frozenset) -> bool:
    """The "لـ" at `lam` follows the speaker that opens a line of its own: the words before it on
    the line are a few plain words (no verb, complementiser, particle or mark, but for a name in
    marks), the first a title ("وزير", "مسؤول", "المتحدث"), or one or two words the last of which
    is a person's name in `person_keys()` (the match keys the article gives to persons, asked
    only when no title opens the line)."""
    line_start = text.rfind("\n", 0, toks[lam].start) + 1
    k = lam - 1
    quoted = False  # inside a name in marks ("مدير إنتاج «..» لـ«..»:"), any word may stand
    while k >= 0 and toks[k].start >= line_start:
        tok = toks[k]
        if tok.text in QUOTES:
            quoted = not quoted
        elif not quoted and (not tok.is_word or lex.cue(tok) is not None or lex.is_comp(tok) or lex.is_stop(tok)):
            return False
        k -= 1
    lo, hi = SPEAKER_WORDS
    words = lam - 1 - k
    if quoted or not lo <= words <= hi:
        return False
    return (lex.has("title", toks[k + 1], TITLE_PREFIXES)
            or (words <= NAME_ONLY_WORDS and toks[lam - 1].key in person_keys()))


def person_name_keys(toks: list[Token], spans: list[tuple[int, int]], lex: SpeechLexicon) -> frozenset[str]:
    """The match keys of the words that name persons in a document: the words inside the person
    `spans` the entity layer found, and a word right after a title ("المهندس سالم", "الفريق
    سالم الفلاني": the title's next two words)."""
    keys: set[str] = set()
    for s, e in spans:  # walk each span's own tokens: a scan of every token against every span is slow
        i = bisect_left(toks, s, key=_token_start)
        while i < len(toks) and toks[i].start < e:
            if toks[i].is_word and toks[i].end <= e:
                keys.add(toks[i].key)
            i += 1
    for k, tok in enumerate(toks[:-1]):
        if lex.has("title", tok, TITLE_PREFIXES):
            for n in toks[k + 1 : k + 3]:
                if not n.is_word or lex.is_stop(n) or lex.cue(n) is not None or lex.has("title", n, TITLE_PREFIXES):
                    break
                keys.add(n.key)
    return frozenset(keys)


def _token_start(tok: Token) -> int:
    return tok.start


def _is_credit_word(tok: Token) -> bool:
    return tok.key in CREDIT_WORDS
