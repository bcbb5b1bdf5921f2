"""One-word names the NER tagger read after a clitic: is the clitic really one?

The tagger often splits a one-letter clitic off a word and calls the rest a name: "بالنسية" ->
"النسية", "كرافت" -> "رافت", "لمعان" (a shine) -> "معان", "كفيل" -> "فيل". A preposition or ك
before a name the reader has never seen is rare; a foreign name or an ordinary word that begins
with those letters is not. So a reading after ب, ل, ك (or ف, whose foreign F is handled in
`ner_spans`) stands only when what is left is a name marsad knows (the KB, its own name lists,
a given name) or one the article also writes without the clitic. A name the article writes
with the same letters again and never without them keeps them ("لامو" ... "لامو": no ل + "امو").
Otherwise nothing is left when
the whole word is an ordinary word or a verb, or too short to be a name the tagger may read a
clitic off ("بهوي" ... "هوي", "بريف"); after ك the name keeps its letters ("كرافت"); after ب/ل an
unknown definite word ("بالنابل", "بالنسية") is no name, an indefinite one stays ("بخيبر").
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic.form_memo import key_positions
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords, reads_as

# the clitics whose reading has to be shown: prepositions and ك, after و/ف or not; "و" alone
# is the conjunction names follow all the time ("ونيوتن", "وديكارت")
SHOWN_CLITICS = frozenset({"ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
# a whole word shorter than this is not taken as a name of its own when its reading fails
_MIN_WHOLE = 5


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """The one-word names of marsad's own name lists (`lexicons/ner_names`)."""
    from marsad.ner.gazetteer import name_lists

    return frozenset(key for key in name_lists() if " " not in key)


class CliticNames:
    """`start(text, tokens, a, s)` -> where a one-word name over token a that the tagger began at
    s (inside the token, after a clitic) starts: s, the token's start, or None for no name."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verb_keys: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verb_keys = verb_keys

    def start(self, text: str, tokens: list[Token], a: int, s: int) -> int | None:
        tok = tokens[a]
        clitic = alias_key(text[tok.start : s])
        if clitic not in SHOWN_CLITICS:
            return s
        key = alias_key(text[s : tok.end])
        if self.known(key) or key.startswith("ال") and self.known(key[2:]) \
                or any(k != a for k in key_positions(tokens, (key,))):
            return s
        whole, words = tok.key, self.words
        if len(key) <= 2 and whole not in words.common:
            return tok.start  # "بون" is no ب + "ون": two letters are no name
        if whole not in words.common and any(k != a for k in key_positions(tokens, (whole,))):
            return tok.start  # "لامو" again and again, never "امو": the letters are the name's own
        if len(whole) < _MIN_WHOLE or whole in words.common or key in words.common or reads_as(tok, self.verb_keys):
            return None
        if clitic.endswith("ك"):
            return tok.start  # "كرافت", "كالينينجراد": a foreign K, "like" is no clitic of names
        # after ب/ل: "بخيبر" is in Khaybar, but "بالنابل", "بالكورنيش" are no names the tagger
        # knows: a definite word after a preposition is an ordinary noun far more often
        return None if key.startswith("ال") else s

    def known(self, key: str) -> bool:
        """A name marsad knows without the article: the KB's, a given name, a listed name."""
        return bool(self.kb.lookup(key)) or key in self.words.given_names or key in ROMANIZED_NAMES \
            or key in _listed_names()
