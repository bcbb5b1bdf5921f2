"""A name that completes the noun before it: "لسوق عكاظ", "أن سوق عكاظ", "على تطوير سوق عكاظ".

A market, a street or a festival named like an outlet ("سوق عكاظ") is no source: when the name
follows a plain noun that a preposition or a complementiser governs, the noun is a complement and
the name its genitive, so a verb before them has a subject of its own. `plain_noun` says which
words may head such a construct (no verb, particle, outlet word or word of reporting); an outlet
word, a report or a correspondent there keeps the name a source ("في تقرير رويترز"). The owner of
an official channel ("القناة الرسمية للاتحاد") is the same kind of complement.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import SpeechLexicon
from marsad.layers.sources.outlet_names import OFFICIAL
from marsad.layers.sources.words import (
    ASKED,
    CORRESPONDENTS,
    MADE_BY,
    MADE_THINGS,
    MEDIA_ROLES,
    NEWS_WORDS,
    QUOTES,
    WEB_WORDS,
    outlet_head,
)

PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن")  # attached pronouns: the word completes nothing after it
PLACE_PREPOSITIONS = frozenset(map(match_key, ("في", "من", "على", "إلى")))  # as match keys ("إلى" -> "الي")
NOUN_PREFIXES = frozenset({"ل", "ب", "ول", "وب", "فل", "فب"})  # "لسوق عكاظ": a noun governed by its proclitic
NOUN_PREFIXES_OR_NONE = NOUN_PREFIXES | {""}
CHAIN_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset(map(match_key, ("عن", "حول", "مع")))  # "المسؤول عن تنظيم سوق عكاظ"
CHAIN_NOUNS = 2          # nouns of a construct chain before the noun a name completes ("على تطوير سوق عكاظ")
MIN_NOUN_CHARS = 3       # a governed noun this long at least ("لسوق"); shorter stems are particles ("لدى")
# stems of news, asking, made things and media roles, and prepositions: never a plain noun
# ... and the parts of a website ("حسب بوابة الأهرام": the paper's portal, not "ب" + a noun)
NOT_PLAIN_STEMS = NEWS_WORDS | ASKED | MADE_THINGS | CORRESPONDENTS | MEDIA_ROLES | PLACE_PREPOSITIONS | WEB_WORDS


def official_owner(toks: list[Token], i: int) -> bool:
    """Token i, after "لـ", names the owner of an official channel or site right before it ("القناة
    الرسمية للاتحاد", "الموقع الرسمي للهلال"): a club or a body sharing a paper's name, no source."""
    return (i > 1 and toks[i].key.startswith("ل") and toks[i - 1].key in OFFICIAL
            and outlet_head(toks[i - 2]) is not None)


def completes_noun(text: str, toks: list[Token], i: int, lex: SpeechLexicon,
                    in_a_name: Callable[[int], bool] = lambda k: False) -> bool:
    """"قال مدير المهرجان في سوق عكاظ", "وأكد أن سوق عكاظ ..", "المدير التنفيذي لسوق عكاظ": a name
    without a proclitic right after a plain noun completes that noun (a market, a street, a festival
    named like an outlet) when the noun follows a preposition or a complementiser or carries a
    preposition itself: the noun is a complement, so the verb before it has its own subject. An outlet
    word, a report, a poll or a correspondent there keeps the name a source ("في تقرير رويترز", "أن
    مراسل رويترز", "لتقرير رويترز"), and so does a line break: a title ending "... في سطور" completes
    nothing in the dateline "أ ف ب - سيدني" under it."""
    if i < 1:
        return False
    noun = toks[i - 1]
    if "\n" in text[noun.end : toks[i].start] or not plain_noun(noun, lex):
        return False
    if any(noun.key[: len(noun.key) - len(stem)] in NOUN_PREFIXES and len(stem) >= MIN_NOUN_CHARS
           and not stem.startswith("ال") for _, stem in noun.splits):
        return True  # "لسوق عكاظ", "بجادة عكاظ"
    if noun.key.startswith("ال") or i < 2:
        return False
    before = toks[i - 2]
    # "ذكرت «سوق عكاظ» ..": a noun opening the quoted name makes the whole of it one name;
    # "وأوضحت أمانة سوق عكاظ أن": a chain of nouns, the first one's "ة" showing it is no verb ("خبراء
    # استطلعت رويترز آراءهم" has a verb there), and the name completes the last of them; a word with
    # a pronoun attached governs no name ("لحصيلة أعدتها وكالة ..": a verb and its object)
    return (before.key in PLACE_PREPOSITIONS or lex.is_comp(before) or before.text in QUOTES
            or (before.text.endswith("ة") and plain_noun(before, lex) and len(noun.key.strip("ـ")) >= MIN_NOUN_CHARS
                and not noun.text.endswith(PRONOUN_ENDINGS) and noun.key not in MADE_BY)
            # "في فايننشال تايمز رويترز": a name before the name is no chain of common nouns
            or (chain_noun(noun, lex) and not in_a_name(i - 1) and not in_a_name(i - 2)
                and governed_chain(toks, i - 2, lex)))


def governed_chain(toks: list[Token], k: int, lex: SpeechLexicon) -> bool:
    """"المشرف على تطوير سوق عكاظ", "دار نشر باسم سوق عكاظ": the noun before the name's noun
    heads a chain of nouns that a preposition governs (a word before it, or its own proclitic);
    the chain is a complement, and the name completes its last noun. A word that may be a
    feminine past verb ("خبراء استطلعت رويترز آراءهم") or carries a pronoun breaks the chain."""
    for m in range(k, max(-1, k - CHAIN_NOUNS), -1):
        tok = toks[m]
        if tok.key in CHAIN_PREPOSITIONS:
            return m < k  # at least one noun of the chain between the preposition and the name's noun
        if not chain_noun(tok, lex):
            return False
        if any(tok.key[: len(tok.key) - len(stem)] in NOUN_PREFIXES and len(stem) >= MIN_NOUN_CHARS
               and not stem.startswith("ال") for _, stem in tok.splits):
            return True  # "باسم سوق عكاظ": the chain's first noun carries its preposition
    return False


def chain_noun(tok: Token, lex: SpeechLexicon) -> bool:
    """A plain noun that may stand in a construct chain: not what may be a feminine past verb
    ("استطلعت"), a word with a pronoun, a verb of making, or a short particle."""
    return (plain_noun(tok, lex) and not tok.key.endswith("ت") and not tok.text.endswith(PRONOUN_ENDINGS)
            and tok.key not in MADE_BY and len(tok.key.strip("ـ")) >= MIN_NOUN_CHARS)


def plain_noun(tok: Token, lex: SpeechLexicon) -> bool:
    """A word that may head a construct ("سوق", "جادة"): no verb, particle, outlet word or word of
    reporting, polling, interviewing, asking or reporting for an outlet, with any proclitic."""
    stems = {stem for _, stem in tok.splits}
    return (tok.is_word and outlet_head(tok) is None and lex.cue(tok) is None
            and not lex.has("speech_noun", tok, NOUN_PREFIXES_OR_NONE)
            and not lex.has("interview", tok, NOUN_PREFIXES_OR_NONE)
            and not lex.is_according(tok) and not lex.is_comp(tok) and not lex.is_stop(tok)
            and stems.isdisjoint(NOT_PLAIN_STEMS))
