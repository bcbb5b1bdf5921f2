"""Persons that open with an ordinary noun ("عقار لندنية", "العقار المحلي", "هرمون الحليب").

The tagger (or a given name the noun also is: "عقار") reads a hand-listed ordinary noun
(`lexicons/actors/common_nouns.tsv`) and the word after it as a person. A name never opens with
such a noun followed by a definite word, an adjective or a possessed noun, so the candidate is
dropped; it stays when the KB knows it or a given name follows ("مواطن حمير الفهادي" keeps the
citizen's name for later cuts)."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.lexicons.loader import keyed

# clitics and the article a listed noun may carry in text ("للعقار", "والعقار", "بسجن")
_FRONTS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
# nouns of a drug or a hormone: the word after them names the substance, never a person
# ("عقار نالوكسون", "هرمون الكورتيزول"); a given name after them still keeps the candidate
_SUBSTANCE_NOUNS = frozenset(map(match_key, ("عقار", "دواء", "لقاح", "هرمون")))
# a rank or honorific right before the candidate makes its first word a given name ("الشيخ طلب")
_PERSON_TITLES = TITLE_HEADS | HONORIFICS


class NounLedPersons:
    """Tells a person candidate that opens with a listed ordinary noun and runs on with no name."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs
        self.nouns = keyed("actors/common_nouns.tsv", None, match_key)

    def _listed(self, key: str) -> str | None:
        """The listed noun `key` is, bare or under clitics ("للعقار" -> "ال" + "عقار" keeps its
        article, returned as "العقار"), or None."""
        if key in self.nouns:
            return key
        for front in _FRONTS:
            if key.startswith(front) and key[len(front):] in self.nouns:
                return ("ال" if front.endswith(("ال", "لل")) else "") + key[len(front):]
        return None

    def _no_name_word(self, key: str) -> bool:
        """A word after the noun that is no name: definite, an adjective ("سكني", "لندنية"), an
        ordinary word ("مبيع") or a noun with an attached pronoun ("ثمنه")."""
        return key.startswith("ال") or key.endswith(("ي", "يه", "يون", "يين")) or key in self.words.common \
            or has_pronoun_suffix(key) or len(key) > 3 and key.endswith("ه") and key[:-1] in self.words.common \
            or key in self.verbs or _passive_participle(key) or _verbal_noun(key)

    def drop(self, c: NameCandidate, text: str) -> bool:
        if c.type != "PER" or c.actor is not None or c.source == "kb":
            return False
        span = text[c.start : c.end].split()
        if not span:
            return False
        noun = self._listed(match_key(span[0]))
        if noun is None or self.kb.lookup(c.key):
            return False
        before = text[max(0, c.start - 40) : c.start].split()
        if before and alias_key(before[-1]) in _PERSON_TITLES:
            return False  # "الشيخ طلب الجميلي": a title before it shows the noun is a given name here
        rest = [match_key(w) for w in span[1:]]
        if not rest:
            return noun.startswith("ال")  # "العقار" alone: a definite ordinary noun names no one
        given = self.words.given_names
        if any(k in given or k.removeprefix("ال") in given for k in rest):
            return False  # "جائزة عبد الحميد شومان": a name follows, cut elsewhere
        return noun.removeprefix("ال") in _SUBSTANCE_NOUNS or self._no_name_word(rest[0])


def _passive_participle(key: str) -> bool:
    """"محظور", "مبيع": the pattern مفعول / مفيع of an adjective (given names of that shape,
    "منصور", "محمود", are kept by the given-name test before this one)."""
    return len(key) == 5 and key[0] == "م" and key[3] == "و" or len(key) == 4 and key[0] == "م" and key[2] == "ي"


def _verbal_noun(key: str) -> bool:
    """"إذابة", "إزالة": the verbal noun إفعالة of a hollow verb (as a key: ا.ا.ه)."""
    return len(key) == 5 and key[0] == "ا" and key[2] == "ا" and key.endswith("ه")
