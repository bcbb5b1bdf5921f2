"""Towns named with no place word, placed in a country or city the KB knows right after: "في
جومبي بنيجيريا", "في كارتاهينا شمال كولومبيا", "في مارسيليا الفرنسية".

Foreign and small towns are in no gazetteer and the tagger often leaves them alone; without a
head ("مدينة", "بلدة": `small_places.py`, `country_placed.py`) what shows a place is the sentence:
a word after a preposition of place ("في", "من", "إلى", "قرب") that is at once located in a
larger place, by ب + a country or city of the KB, by a compass point ("شمال", "جنوب شرق") + one,
or by a country's adjective ("الفرنسية": an indefinite word described by a definite
adjective is a proper name). The word must be indefinite and no ordinary word, verb, given name
or adjective ("في مؤتمر بباريس", "في حديث بالرياض", "في فهد بالرياض" name no town); a word a
finder already read stays as it was read. Not "في" + a country: any noun is placed so ("إلى
أعاصير في الصين", "من اقتتال في سوريا", "من وقائع في مصر").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import NameWords, country_adjective, has_pronoun_suffix, possessed_noun
from marsad.layers.entities.word_lists import (
    INSTITUTION_HEADS,
    NAME_HEADS,
    PATTERN_HEADS,
    QUOTED_PLACE_HEADS,
    QUOTED_PLACES_HEADS,
    WORD_GIVEN_NAMES,
)
from marsad.lexicons.loader import keyed

# prepositions of place a town's name follows as a word of its own
_LOCATIVE = frozenset(alias_key(w) for w in ("في", "من", "إلى", "الى", "قرب", "بقرب", "وفي", "ومن", "وإلى"))
_COMPASS = frozenset(alias_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"))
# kinds of KB places that locate a town ("جنوب المحيط الهادئ", a region, may follow a storm's name)
_LARGER = frozenset({"country", "city"})
# and the head words of bodies and places ("في محكمة في لندن", "في وزارة ..."): a kind, not a name
_NOT_TOWNS = keyed("located_places.tsv", None, alias_key) | INSTITUTION_HEADS | PATTERN_HEADS \
    | frozenset(NAME_HEADS) | QUOTED_PLACE_HEADS | QUOTED_PLACES_HEADS
# given names that are also words ("عمر", an age: "من عمره"), kept out of the KB's given names
_WORD_NAMES = keyed("word_given_names.tsv", None, alias_key) | WORD_GIVEN_NAMES
_MIN_LETTERS = 3


class LocatedPlaces:
    """`add(cands, tokens, text)`: a town after a preposition, placed in a known larger place."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs
        # the words `possessed_noun` compares with, made once (a union of the big list per word was
        # most of this finder's time), again only should the list of ordinary words be replaced
        self._possessed_by: tuple[frozenset[str], frozenset[str]] | None = None

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        known = self._known_places(cands)
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in range(1, len(tokens) - 1):
            tok = tokens[i]
            if i in taken or not tok.is_word or tokens[i - 1].key not in _LOCATIVE \
                    or tok.start - tokens[i - 1].end != 1 or not self._town_word(tok):
                continue
            if not self._located(tokens, i + 1, known):
                continue
            added.append(NameCandidate(tok.start, tok.end, i, i + 1, "LOC", tok.key, None, "pattern"))
            taken.add(i)
        return with_added(cands, added)

    def _known_places(self, cands: list[NameCandidate]) -> dict[int, NameCandidate]:
        """The KB's countries and cities among the candidates, by their first token."""
        out: dict[int, NameCandidate] = {}
        for c in cands:
            a = c.actor
            if c.type == "LOC" and a is not None and a.kind in _LARGER:
                out[c.tok_start] = c
        return out

    def _town_word(self, tok: Token) -> bool:
        key, words = tok.key, self.words
        if len(key) < _MIN_LETTERS or key.isdigit() or tok.text.startswith("ال") or not words.name_like(tok):
            return False
        if key in words.common or key in words.given_names or key in self.verbs or key in _NOT_TOWNS \
                or has_pronoun_suffix(key) or possessed_noun(tok.text, key, self._common_or_not_towns()):
            return False
        if self._possessed(tok, key):
            return False  # "في حينا", "من مقره", "في العاشرة من عمره": a noun with "our", "his"
        if any(stem in words.common or stem in self.verbs for _off, stem in tok.splits[1:]):
            return False  # "بحديث", "لقاء" read as ل + "قاء": a word with a clitic, no town
        if key[:1] == "م" and key.endswith(("ين", "ون")) and len(key) >= 6:
            return False  # "إلى متطرفين في سوريا", "مسلحين": a plural participle
        if tok.text.endswith("ية") or country_adjective(self.kb, key):
            return False  # "إقليمية", "أمريكي": an indefinite adjective ("جومبي" is a town)
        if len(key) == 5 and key[0] == "ت" and key[3] == "ي":
            return False  # "من تقليل السعودية": a verbal noun of the pattern تفعيل
        return not self.kb.lookup(key)  # a name the KB knows is found, or left, as it is known

    def _common_or_not_towns(self) -> frozenset[str]:
        made = self._possessed_by
        if made is None or made[0] is not self.words.common:
            made = self._possessed_by = (self.words.common, self.words.common | _NOT_TOWNS)
        return made[1]

    def _possessed(self, tok: Token, key: str) -> bool:
        """A noun with a pronoun attached: any word written with a final "ه" (a town's "ة" is
        written so only in names the KB knows), an ordinary word before "نا", "ها" ("كارتاهينا"
        keeps its "نا": "كارتاهي" is no word)."""
        if tok.text.endswith("ه"):
            return True  # "في قصره بالرياض", "في مكتبه بجدة": a place of his, placed in a city
        words = self.words
        for suffix in ("نا", "ها"):
            stem = key[: -len(suffix)]
            if tok.text.endswith(suffix) and (stem in words.common or stem in _NOT_TOWNS or stem in words.given_names
                                              or stem in _WORD_NAMES):
                return True
        return False

    def _located(self, tokens: list[Token], k: int, known: dict[int, NameCandidate]) -> bool:
        """Does the sentence place the word before token k in a larger place right after it?"""
        if k >= len(tokens) or not tokens[k].is_word or tokens[k].start - tokens[k - 1].end != 1:
            return False
        tok = tokens[k]
        c = known.get(k)
        if c is not None and tok.key[:1] == "ب" and c.start > tok.start:
            return True  # "بنيجيريا", "بالصين": the place read after ب
        if tok.key.startswith("ال") and self.kb.demonym(tok.key) is not None and tok.text.endswith("ية") \
                and k not in known:  # "من تقليل السعودية": the word is the country there, no adjective
            return True  # "مارسيليا الفرنسية": a town is feminine ("من هوفنهايم الألماني" is a club)
        j = k + 1
        while j < len(tokens) and tokens[j].key in _COMPASS and j - k < 2:
            j += 1  # "جنوب شرق"
        return tok.key in _COMPASS and j in known and known[j].start == tokens[j].start
