"""Where the name of an outlet the KB does not list ends, after its outlet word.

A name runs over at most MAX_NAME_TOKENS words that may be a name's ("صحيفة شيكاغو تريبيون"), up
to a definite adjective of origin or kind ("حرييت التركية"); a time word, the other script, "بال",
a year ("صحيفة .. بوست عام 2010") or a verb with its subject ("وبحسب صحيفة .. تضمن الغلاف") ends it
sooner, and a channel number before an adjective of origin belongs to it ("إذاعة سبورت 24
اليونانية"). An acronym spelled in Arabic letters is one name ("لشبكة ام اس ان بي سي").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.words import (
    NAME_STOPS,
    NEWS_WORDS,
    NOT_NAME,
    OUTLET_SUFFIXES,
    REMIT_FORMS,
    STATEMENT_GAP,
    acronym_end,
    is_latin,
    is_nisba,
)

MAX_NAME_TOKENS = 3      # words of an outlet name that is not in the KB
IN_THE_PLACE = ("بال", "وبال")  # a preposition with the article never continues a name
YEAR_WORDS = frozenset(map(match_key, ("عام", "العام", "سنة")))  # "صحيفة .. بوست عام 2010": a year ends the name
MAX_NUMBER_CHARS = 3     # "إذاعة سبورت 24 اليونانية": a channel number inside a name


def name_end(lex: SpeechLexicon, toks: list[Token], j: int, taken: set[int], definite: bool) -> int:
    """The end of a name starting at token j: definite words only after a definite head;
    otherwise up to a definite adjective of origin or kind ("حرييت التركية")."""
    if not definite and (acronym := acronym_end(toks, j)) > j and not taken & set(range(j, acronym)):
        while acronym - j > 2 and lex.is_comp(toks[acronym - 1]):
            acronym -= 1  # "قناة إن إتش كيه إن ..": the complementiser opens the statement
        return acronym  # "لشبكة ام اس ان بي سي": an acronym spelled in Arabic letters
    k = j
    while k < len(toks) and k - j < MAX_NAME_TOKENS and name_word(lex, toks[k], taken, k):
        if definite and not toks[k].key.startswith("ال"):
            break
        if definite and k > j and is_nisba(toks[k - 1], definite=True) and not is_nisba(toks[k], definite=True):
            break  # "التلفزيون الرسمي الكيني الرئيس ..": the adjective of origin closes the name
        if not definite and k > j and is_nisba(toks[k], definite=True):
            break
        if k > j and (toks[k].key in STATEMENT_GAP or is_latin(toks[k]) != is_latin(toks[j])):
            break  # "لراديو .. مساء أمس", "مجلة .. Pediatrics": a time word or the other script ends it
        if k > j and toks[k].key.startswith(IN_THE_PLACE):
            break  # "مكتب صحيفة .. بالطائف": "ب" and the article, where the office or the paper is
        if k > j and toks[k].key in YEAR_WORDS and k + 1 < len(toks) and toks[k + 1].kind == "num":
            break  # "صحيفة .. بوست عام 2010"
        if not definite and k > j and verb_with_subject(toks, k):
            break  # "وبحسب صحيفة .. تضمن الغلاف": a present verb and its subject after the name
        if (k > j and toks[j].key.startswith("ال") and not toks[k].key.startswith("ال")
                and toks[k].key not in OUTLET_SUFFIXES):
            break  # "قناة العربية ليرد ..": after a definite word only definite ones ("الشرق الأوسط")
        k += 1
    if (not definite and j < k < len(toks) - 1 and channel_number(toks[k])
            and is_nisba(toks[k + 1], definite=True)):
        k += 1  # "لإذاعة سبورت 24 اليونانية"
    elif (not definite and k - j == MAX_NAME_TOKENS and k < len(toks) - 1 and name_word(lex, toks[k], taken, k)
          and not toks[k].key.startswith("ال") and toks[k].key not in STATEMENT_GAP
          and is_latin(toks[k]) == is_latin(toks[j]) and lex.is_comp(toks[k + 1])):
        k += 1  # "صحيفة ذي إندبندنت أون صنداي أن": a fourth word, the statement opening right after it
    return k


def name_word(lex: SpeechLexicon, tok: Token, taken: set[int], k: int) -> bool:
    """Token k may be a word of a name: no news word, stop word, complementiser, cue or according
    word, nor a token another outlet took."""
    return (tok.is_word and len(tok.text) > 1 and k not in taken and not tok.key.startswith("لل")
            and tok.key not in NEWS_WORDS and tok.key not in NOT_NAME
            and tok.key not in NAME_STOPS and tok.key not in REMIT_FORMS and not lex.is_stop(tok)
            and not lex.is_comp(tok) and lex.cue(tok) is None and not lex.is_according(tok))


def verb_with_subject(toks: list[Token], k: int) -> bool:
    """Token k is shaped like a verb of the present or a feminine past ("تضمن", "تصدر", "يحتل") and a
    definite word follows that is no adjective of origin: a verb and its subject or object, not the
    next word of a transliterated name ("شيكاغو تريبيون الأمريكية" keeps its adjective)."""
    tok = toks[k]
    if not tok.is_word or is_latin(tok) or tok.key[:1] not in "يت" or len(tok.key) < 3 or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.is_word and nxt.key.startswith("ال") and not is_nisba(nxt, definite=True)


def channel_number(tok: Token) -> bool:
    return tok.kind == "num" and len(tok.text) <= MAX_NUMBER_CHARS
