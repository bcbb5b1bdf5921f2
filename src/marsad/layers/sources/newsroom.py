"""What an outlet did itself to get the news: it learned it from its own sources ("وعلمت «..» أن"),
observed or polled ("ورصدت «..» خلال جولتها"), reached someone ("وتواصلت «..» مع المدير"), obtained a
copy with quotation marks around its name ("وحصلت «..» على نسخة منه"), or asked a question ("ردا
على سؤال «..»"). Papers credit themselves this way all the time; the guide makes the publishing
paper naming itself an optional source, and counts any other outlet named so as a source.

The verb stands right before the name (quotation marks between), with the outlet as its subject,
so a first person "عندما علمت بالخبر" names nobody. The words come from
`lexicons/source_words_newsroom.tsv` and, for receiving, asking and copies, `source_words.tsv`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.sources.words import (
    ASKED,
    CONTACT_WORDS,
    COPY_WORDS,
    MADE_BY,
    MADE_THINGS,
    OUTLET_HEADS,
    QUOTES,
    RECEIVE_WORDS,
    stem_in,
)
from marsad.lexicons import loader

VERB_PREFIXES = frozenset({"", "و", "ف"})
FOLLOW_TOKENS = 4     # tokens after the name to the copy it obtained or the person it reached


def _section(section: str) -> frozenset[str]:
    return loader.keyed("source_words_newsroom.tsv", section, match_key)


LEARNED = _section("learned")
CONTACTED = _section("contacted")
REACHED_WITH = _section("reached_with")
MEMBER_WORDS = _section("member")
AUDIENCES = _section("audience")
WITH_HIM = _section("with_him")
MET_HIM = _section("met_him")
WITH_PRONOUN = _section("with_pronoun")
MADE_STEPS = 3      # tokens before the verb of making to the call or the interview it made


def _verb_in(tok: Token, words: frozenset[str]) -> bool:
    return stem_in(tok, words, VERB_PREFIXES)


def newsroom_work(toks: list[Token], i: int, j: int) -> bool:
    """The name at tokens i..j is the subject of a verb of the outlet's own newsroom work right
    before it, or the asker of a question ("سؤال «..»"), quotation marks allowed between."""
    k = i - 1
    marked = k >= 0 and toks[k].text in QUOTES
    if marked:
        k -= 1
    if marked and k > 0 and toks[k].key in OUTLET_HEADS:
        k -= 1  # "وعلمت وكالة «..» من مصدر": the outlet word between the verb and the name
    if k < 0 or not toks[k].is_word:
        return False
    if _verb_in(toks[k], MET_HIM):
        return True  # "الذي التقته «..»": the outlet met the one it quotes
    if k > 0 and toks[k].key in WITH_PRONOUN and _verb_in(toks[k - 1], CONTACTED):
        return True  # "دبلوماسي اتصلت به رويترز": the outlet reached him
    if _made_with(toks, k):
        return True
    before = toks[k]
    if marked and before.key in ASKED:
        return True  # "ردا على سؤال «..»": the plain name is read by the layer itself
    if _verb_in(before, LEARNED):
        return True
    after = toks[j + 1 if j < len(toks) and toks[j].text in QUOTES else j : j + FOLLOW_TOKENS + 1]
    if _verb_in(before, CONTACTED):
        return bool(after) and after[0].is_word and any(
            after[0].key[: len(after[0].key) - len(stem)] in REACHED_WITH or after[0].key in REACHED_WITH
            for _, stem in after[0].splits)
    if marked and _verb_in(before, RECEIVE_WORDS):
        # "وحصلت «..» على نسخة منه"; without marks the layer reads it already
        for t in after:
            if not t.is_word:
                return False
            if t.key in COPY_WORDS:
                return True
    return False


def _made_with(toks: list[Token], k: int) -> bool:
    """"في اتصال هاتفي أجرته معه قناة ..": token k (or the outlet word at k) follows "معه" after a
    verb of making whose object, a call or an interview, stands a few words before it."""
    if toks[k].key in OUTLET_HEADS:
        k -= 1
    if k < 1 or toks[k].key not in WITH_HIM or toks[k - 1].key not in MADE_BY:
        return False
    return any(t.is_word and any(stem in CONTACT_WORDS or stem in MADE_THINGS for _, stem in t.splits)
               for t in toks[max(0, k - 1 - MADE_STEPS) : k - 1])
