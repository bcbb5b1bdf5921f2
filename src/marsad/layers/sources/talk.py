"""Words said to an outlet, and words that are not. Said to it with no verb of saying near: a talk ("وتحدث لمراسل وكالة .. أحد
الأهالي", "تحدث لوكالة .."), a reply or an answer ("في رد مكتوب لوكالة .. وصفت الإدارة القرية
بأنها"), where the verb that carries the words, if any, stands too far back for the layer's window.
The outlet as the subject of a verb of talking ("تحدثت وكالة .. عن مقتل") is read with the outlet
verbs (`words.OUTLET_VERBS`). Not said by it: a name opening the words quoted after a verb
("وقال “قناة .. القذرة أكثر من فرح”"). The words come from `lexicons/source_words_unseen.tsv`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES
from marsad.layers.sources.words import CORRESPONDENTS, GIVEN_TO, QUOTES, lone_lam, outlet_head, stem_in
from marsad.lexicons import loader


def _section(section: str) -> frozenset[str]:
    return loader.keyed("source_words_unseen.tsv", section, match_key)


TALK_VERBS = _section("talk_verb")
REPLIES = _section("reply")
MANNERS = _section("statement_manner")
QUOTED_NAME_TOKENS = 4   # a name in marks closes within this many tokens ("“قناة العالم الإيرانية”")
CLOSING = QUOTES + "″"   # "موقع “فرانس 24″": a double prime closes a name in some papers
REPLY_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "في"})  # "وردا", "برده"


def talks(tok: Token) -> bool:
    """A verb of talking, with the conjunction it may carry ("وتحدث")."""
    return stem_in(tok, TALK_VERBS, VERB_PREFIXES)


def talked_to(toks: list[Token], verb: int) -> bool:
    """The verb of talking at `verb` is followed at once by "ل" + what it was said to ("تحدث لمراسل",
    "وتحدثت لـ«..»")."""
    if not talks(toks[verb]) or verb + 1 >= len(toks):
        return False
    nxt = toks[verb + 1]
    return nxt.is_word and (nxt.key.rstrip("ـ") == "ل" or any(
        nxt.key[: len(nxt.key) - len(stem)] in ("ل", "لل") for _, stem in nxt.splits))


def replied(toks: list[Token], statement: int) -> bool:
    """The word at `statement`, right before "ل" + an outlet, is a reply or an answer, or an
    adjective of manner after one or after a statement word in `given_to` ("في رد مكتوب لوكالة")."""
    if statement < 0 or not toks[statement].is_word:
        return False
    if _is_reply(toks[statement]):
        return True
    return (toks[statement].key in MANNERS and statement > 0
            and (_is_reply(toks[statement - 1]) or toks[statement - 1].key in GIVEN_TO))


def _is_reply(tok: Token) -> bool:
    return stem_in(tok, REPLIES, REPLY_PREFIXES)


def to_correspondent(tok: Token) -> bool:
    """"لمراسل", "لمراسلة": "ل" + a correspondent, right before the outlet the correspondent works
    for: words said to the correspondent went to the outlet ("يقول أحدهم لمراسل «..» في طهران")."""
    return stem_in(tok, CORRESPONDENTS, ("ل", "ول"))


def opens_quotation(toks: list[Token], i: int, j: int) -> bool:
    """"وقال “قناة .. الإيرانية القذرة أكثر من فرح”": a mark opens right before the name at tokens
    i..j and none closes within a name's length, so the name is the first word of the words quoted
    after the verb, not the verb's subject; "لـ«..»" stays the words' recipient."""
    if i == 0 or toks[i - 1].text not in QUOTES or (i > 1 and lone_lam(toks[i - 2])):
        return False
    if i > 1 and (head := outlet_head(toks[i - 2])) is not None and not head[1].startswith("ال"):
        return False  # "ونقلت صحيفة “نيويورك تايمز البريطانية عن": the paper's name, its closing mark lost
    # "وذكرت “قناة العالم الإيرانية”", "«دجلة نيوز»": the mark closes within a name's length
    return not any(t.text in CLOSING for t in toks[i + 1 : max(j, i + QUOTED_NAME_TOKENS) + 1])
