"""A programme and the channel it runs on: "حلا ضيفين على برنامج «..» في قناة «..»", "في حلقة من
برنامج «..» على شاشة ..", "ويقدم برنامج «..» عبر قناة ..". What the article reports of the
programme (its guests' words, its episode) comes from the channel, so the guide counts the channel
as a source. The programme words come from `lexicons/source_words_unseen.tsv`.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.layers.sources.words import QUOTES, SENTENCE_ENDS, stem_in
from marsad.lexicons import loader

PROGRAMMES = loader.keyed("source_words_unseen.tsv", "programme", match_key)
PROGRAMME_PREFIXES = frozenset({"", "و", "ل", "ب", "ول", "وب", "ف", "فب"})
RUNS_ON = frozenset(map(match_key, ("في", "على", "عبر")))  # "برنامج .. على قناة .."
RELATIVES = frozenset(map(match_key, ("الذي", "التي")))
# verbs of presenting a programme, with its pronoun: "الذي يقدمه الإعلامي .."
PRESENTS = frozenset(map(match_key, ("يقدمه", "تقدمه", "يقدمها", "تقدمها", "يديره", "تديره")))
PROGRAMME_STEPS = 12  # tokens from the programme word to "على" (its name in marks, a time between commas)
NAME_WORDS = 4        # words of a programme's name when it stands without marks


def programme_on(toks: list[Token], p: int) -> bool:
    """Token p is "في", "على" or "عبر" right after a programme word and its name ("برنامج «..» على",
    "برنامج الثامنة على"): the outlet after it is the channel that runs the programme."""
    if p < 1 or toks[p].key not in RUNS_ON:
        return False
    return after_programme(toks, p)


def after_programme(toks: list[Token], p: int) -> bool:
    """A programme word and its name right before token p, which is "في"/"على"/"عبر" or an outlet
    word carrying "ب" ("في برنامج «..» بقناة .."): the outlet there runs the programme."""
    words = 0
    for k in range(p - 1, max(-1, p - 1 - PROGRAMME_STEPS), -1):
        t = toks[k]
        if t.text in SENTENCE_ENDS:
            return False
        if _is_programme(t):
            return True
        if t.key in RELATIVES and k + 1 < p and toks[k + 1].key in PRESENTS:
            words = 0  # "برنامج «..» الذي يقدمه الإعلامي فلان في قناة ..": the host's clause, no name
            continue
        if t.is_word and not _inside_marks(toks, k, p):
            words += 1
            if words > NAME_WORDS:
                return False
    return False


def _is_programme(tok: Token) -> bool:
    return stem_in(tok, PROGRAMMES, PROGRAMME_PREFIXES)


def _inside_marks(toks: list[Token], k: int, p: int) -> bool:
    """Token k stands between quotation marks that close before p."""
    return any(t.text in QUOTES for t in toks[k + 1 : p]) and any(t.text in QUOTES for t in toks[max(0, k - NAME_WORDS) : k])
