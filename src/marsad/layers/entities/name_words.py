"""What the entity layer knows of single words: ordinary words, given names, institution heads,
and whether a word may be part of a name. Shared by the NER repairs and the name patterns."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase
from marsad.kb.romanize import known_names
from marsad.layers.entities.titles import HONORIFICS, content_key
from marsad.layers.entities.word_lists import (
    AFTER_FAMILY_NAMES,
    INSTITUTION_HEADS,
    TRAILING_ROLES,
    WORD_FAMILY_NAMES,
)
from marsad.lexicons.loader import keyed, words
from marsad.lexicons.names import given_names

CACHE_LIMIT = 200_000     # memoised word forms, cleared when a long batch outgrows it
# given names the romaniser knows, foreign ones included ("ماريا"; "علي" is also a preposition,
# so not among the KB's given names)
ROMANIZED_NAMES = frozenset(known_names())


# the proclitic runs a head word may carry ("وبمحافظة"); the second also ك ("كهيئة"), فل, وك
CLITIC_RUNS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب")
CLITIC_RUNS_KAF = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
# the same runs and فل, as a set for membership tests of a word's prefix ("فلحرس")
CLITIC_PREFIXES = frozenset(CLITIC_RUNS + ("فل",))


# the nunation marks ("جارٍ", "رجلٌ"): the press writes them on indefinite words, never on a name
TANWIN = ("\u064c", "\u064d", "\u064b")


def reads_as(tok: Token, keys: frozenset[str]) -> bool:
    """Does some clitic reading of `tok` belong to `keys`? ("ووزارة" -> "وزارة")"""
    return any(stem in keys for _off, stem in tok.splits)


def clitic_reading(tok: Token, keys: frozenset[str], clitics: tuple[str, ...]) -> tuple[int, str] | None:
    """(offset in the word, stem) of the first clitic reading of `tok` in `keys` whose clitics are
    one of `clitics` ("لهيئة" -> (1, "هيئه")), or None."""
    for off, stem in tok.splits:
        rel = off - tok.start
        if stem in keys and tok.key[:rel] in clitics:
            return rel, stem
    return None


def indefinite_reading(tok: Token, keys: frozenset[str]) -> bool:
    """Does `tok` read as a word of `keys` without the article, after clitics or not ("ومحافظ",
    "بمحافظة"; not "المحافظ", "للمحافظة")?"""
    return reads_as(tok, keys) and not tok.key.startswith("لل") \
        and not any(stem.startswith("ال") for _off, stem in tok.splits)


def indefinite_head(tok: Token, keys: frozenset[str], endings: tuple[str, ...]) -> bool:
    """`indefinite_reading` of a head word, asked only of a word that ends with one of `endings`
    (`tuple(keys)`): a head ends the word, and most words' clitic readings are not worth making."""
    return tok.is_word and tok.key.endswith(endings) and indefinite_reading(tok, keys)


def institution(tok: Token) -> bool:
    """Is `tok` the first word of an institution's name ("وزارة", "الخارجية")?"""
    k = content_key(tok)
    return tok.key in INSTITUTION_HEADS or k in INSTITUTION_HEADS or ("ال" + k) in INSTITUTION_HEADS


def has_pronoun_suffix(key: str) -> bool:
    """A word ending with an attached pronoun ("أدائهم"): a possessed noun or a verb, not a name."""
    return len(key) > 4 and key.endswith(("هم", "ها", "هما", "كم", "هن"))


def country_adjective(kb: KnowledgeBase, key: str) -> bool:
    """Is `key`, with the article or without, a country's adjective ("أمريكية", "الروسي")?"""
    return kb.demonym(key) is not None or kb.demonym("ال" + key) is not None


def possessed_noun(word: str, key: str, common: frozenset[str]) -> bool:
    """A noun with the pronoun "ه" attached (written ه, not the taa marbuta ة its key folds to):
    after a taa ("بعودته", "زيارته") or on an ordinary word ("شكره"); no name ends so (names in
    "ه" are short or no word: "طه", "عبده"; "شحاتة" ends with ة).
    """
    if len(key) <= 4 or not word.endswith("ه"):
        return False
    return word.endswith("ته") or key[:-1] in common


class NameWords:
    """Ordinary words and given names (the KB's generated lists) and the test of a name-like word.

    `name_like` answers per word form (the answer depends on the token's text only), memoised."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # the generated list of common words, widened by the hand-written ordinary nouns it misses
        self.common = words("actors/common_words.tsv") | keyed("actors/common_nouns.tsv", None, match_key)
        self.given_names = given_names()  # the one set lexicons/names.py makes for every layer
        self._name_like_memo: dict[str, bool] = {}

    def ordinary(self, key: str) -> bool:
        """Is the match key an ordinary word, with its article or without it ("المصرف", "مصرف")?"""
        return key in self.common or key.removeprefix("ال") in self.common

    def name_like(self, tok: Token) -> bool:
        """May `tok` be a word of a name: not an ordinary word, an honorific or role, a country
        adjective, a definite feminine or relational noun, a word with a pronoun, a verb?"""
        memo = self._name_like_memo
        found = memo.get(tok.text)
        if found is None or not tok.is_word:
            if len(memo) >= CACHE_LIMIT:
                memo.clear()
            found = self._name_like_uncached(tok)
            if tok.is_word:
                memo[tok.text] = found
        return found

    def place_name_like(self, tok: Token, loose: bool = True) -> bool:
        """May `tok` name a place after a place word: as `name_like`, but a definite feminine or
        relational word is a name there ("قرية الزهيرية"), and with `loose` an ordinary noun
        under its article too ("ميدان التحرير", "حي الروضة"; not after "مدينة", "منطقة":
        "مدينة الأحلام", "منطقة المسؤولية" are figures of speech)."""
        if self.name_like(tok):
            return True
        key = tok.key
        return tok.is_word and tok.text.startswith("ال") and len(key) > 4 and key not in self.common \
            and (loose or content_key(tok) not in self.common) and key not in HONORIFICS \
            and self.kb.demonym(key) is None and not has_pronoun_suffix(key)

    def family_nisba(self, given: Token, tok: Token) -> bool:
        """"الحربي", "العمري" right after a given name: a family's relational name, though the word is
        also an adjective ("حماد الحربي"); no country's adjective ("خالد المصري" may be "the Egyptian"),
        and the given name must be no definite word ("التاج") nor a noun + "my" ("نصري" = نصر + ي)."""
        key, first = tok.key, given.key
        if given.text.startswith("ال") or first in self.common or first.endswith("ي") and first[:-1] in self.common:
            return False
        return tok.text.startswith("ال") and key.endswith("ي") and len(key) >= 5 and not has_pronoun_suffix(key) \
            and self.kb.demonym(key) is None

    @staticmethod
    def word_family(tok: Token, after: Token | None) -> bool:
        """Is `tok`, right after a given name or a lineage, a family name that is also an ordinary
        word ("سعد" + "الأمين", "صالح بن عبدالله" + "القاضي", lexicon `word_family_names.tsv`)? Not
        when a definite word follows it other than a relative pronoun or a day: "سعد الأمين العام"
        is a secretary-general, "القاضي الشرعي" a judge. (The caller checks the given name.)"""
        if tok.key not in WORD_FAMILY_NAMES or not tok.text.startswith("ال"):
            return False
        return after is None or after.start - tok.end > 1 or not after.is_word \
            or not after.text.startswith("ال") or after.key in AFTER_FAMILY_NAMES

    def names_after(self, given: Token, tok: Token) -> bool:
        """After a given name, is `tok` a name: a given name, one the romaniser or the KB knows, or a
        family's relational name ("حسن الحربي")?"""
        key = tok.key
        return key in self.given_names or key in ROMANIZED_NAMES or bool(self.kb.lookup(key)) \
            or self.family_nisba(given, tok)

    def prepositional(self, tok: Token) -> bool:
        """ل + the article ("للملف", "وللنصر"), or ل + an ordinary word of four letters or more
        ("لزيارة"): a preposition after a person's name, no part of it. Not ب (foreign names begin
        with "بي", "با": "بيكون" is no ب + "يكون") nor a name that starts with ل ("لؤي")."""
        key = tok.key
        if key.startswith(("لل", "ولل")):
            return True
        if not key.startswith("ل") or len(tok.splits) < 2 or key in self.given_names or self.kb.lookup(key):
            return False
        return any(len(stem) >= 4 and stem in self.common and stem not in self.given_names
                   for _off, stem in tok.splits[1:])

    def _name_like_uncached(self, tok: Token) -> bool:
        common = self.common
        key = tok.key
        if not tok.is_word or len(key) < 3 or key in common or content_key(tok) in common:
            return False
        if key in HONORIFICS or key in TRAILING_ROLES or self.kb.demonym(key) is not None \
                or key[:1] in ("و", "ف") and len(tok.splits) > 1 \
                and tok.splits[1][1] in common:
            return False
        if key.startswith("ال") and key.endswith(("ه", "يه")):
            return False  # "الحكومة", "الدولية"
        if has_pronoun_suffix(key) or possessed_noun(tok.text, key, common):
            return False  # a pronoun suffix: "أدائهم", "شكره", "بعودته"
        if tok.text.endswith("ه") and (key.startswith(("است", "انت", "اعت")) and len(key) >= 7
                                       or key[:1] == "ي" and len(key) >= 5):
            # a verbal noun of the derived forms or a verb with "ه" attached ("استحواذه", "يقهويه"); family
            # names are written with ه for ة too ("باسلمه"): other words keep their chance
            return False
        if len(key) > 4 and key[0] in "يت" and key.endswith("ون"):
            return False  # an imperfect verb: "يجرون"
        return not any(n and stem in common for n, (_off, stem) in enumerate(tok.splits))
