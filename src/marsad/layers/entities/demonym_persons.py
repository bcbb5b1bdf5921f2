"""Foreign persons named after their country's adjective used as a noun: "بجانب البولندي زوكالا",
"وسجل الكولومبي فريدي جوارين", "ورشح الروماني فلاد تشيريتشيش".

The sports and foreign press introduce a player or a politician its readers do not know by his
nationality alone, the adjective standing for "the Polish (player)". The adjective is a noun there
when no definite noun precedes it for it to describe ("الطيران السوري دوما": the Syrian air force,
then a town), and the words after it are a person's foreign name: one to three words that are no
ordinary word, no given name the lists know (an Arab given name there begins a name the other
finders read) and carry no article. The tagger reads such names as nothing, part of them, or a
place; the structure says a person.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate, with_replaced
from marsad.layers.entities.name_words import TANWIN, NameWords, possessed_noun
from marsad.layers.entities.word_lists import WORD_GIVEN_NAMES
from marsad.lexicons.verbs import verb_keys

_VERBS = verb_keys()
_CLOSERS = frozenset({"»", ")", '"', "”"})
MAX_NAME_WORDS = 3  # "فلاد تشير يتشيش"; longer runs go on into the clause
# letters of a name of one word: shorter words after the adjective are mostly Arabic verbs and
# adjectives the lists lack ("نتج", "يلوم", "طيب الذكر"), not foreign names ("زوكالا", "دونيس")
MIN_SINGLE = 5


class DemonymPersons:
    """`add(cands, tokens, text)`: the foreign persons named after a country adjective used as a noun."""

    def __init__(self, words: NameWords) -> None:
        self.words = words
        self._adjectives = FormMemo()

    def _adjective(self, tok: Token) -> bool:
        """A masculine singular country adjective under the article, after و/ب/ل or not ("والبولندي")."""
        if not tok.is_word:
            return False
        for off, stem in tok.splits:
            if stem.startswith("ال") and stem.endswith("ي") and self.words.kb.demonym(stem) is not None \
                    and tok.key[: off - tok.start] in ("", "و", "ف", "ب", "وب", "ل", "ول"):
                return True
        return tok.key.startswith("لل") and tok.key.endswith("ي") and self.words.kb.demonym("ا" + tok.key[1:]) is not None

    def _name_word(self, tok: Token, first: bool) -> bool:
        """May `tok` be a word of the foreign name (`first`: its first word)?"""
        key = tok.key
        if not tok.is_word or key.startswith("ال") or key[:1] in ("و", "ف") or len(key) < 3 \
                or key in self.words.given_names or key in _VERBS or tok.text.endswith(TANWIN):
            return False
        if key.startswith(("بال", "لل")) or key[:1] in ("ب", "ل") and key[1:2] not in "اوي":
            return False  # a preposition on a word ("بركلات", "بالرياض"); "بولوني", "لازلو" are names
        common = self.words.common
        if key.endswith("ا") and key[:-1] in common or possessed_noun(tok.text, key, common):
            return False  # an accusative ("إمعانا") or a noun with its pronoun ("نيته")
        # a later word the KB knows is the family name ("آندي موراي"), a first one a known name
        return self.words.name_like(tok) and not (first and self.words.kb.lookup(key))

    def _family(self, tok: Token, prev: Token) -> bool:
        """A family name under the article right after the name ("الزواهرة"), no ordinary word
        ("المدير", "الذي"), participle ("المعار", "المنتقل": a family's of that form ends with ي,
        "المطيري") nor a country's adjective."""
        key = tok.key
        if key.startswith("الم") and not key.endswith("ي"):
            return False
        return tok.is_word and tok.start - prev.end == 1 and tok.text.startswith("ال") and len(key) >= 5 \
            and self.words.name_like(tok) and self.words.kb.demonym(key) is None

    def _described(self, tokens: list[Token], a: int, named: dict[int, NameCandidate]) -> bool:
        """Does the word right before the adjective at `a` take it as its description: a definite
        noun ("الطيران السوري", "المنتخب البرازيلي"), a name ("شالكه الألماني"), a closing quote
        or bracket after one ("«تامبورا» الإندونيسي")?"""
        if a == 0 or tokens[a].start - tokens[a - 1].end > 1:
            return False
        if tokens[a].key[:1] in ("و", "ف", "ب", "ل") and not tokens[a].key.startswith("ال"):
            return False  # "والبولندي", "بالبولندي": a new noun phrase
        prev = tokens[a - 1]
        if not prev.is_word:
            return prev.text in _CLOSERS
        return a - 1 in named or any(stem.startswith("ال") for _off, stem in prev.splits) \
            or prev.key.startswith("لل")

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        adjectives = indices_where(tokens, self._adjectives, self._adjective)
        if not adjectives:
            return cands
        owner = {k: c for c in cands for k in range(c.tok_start, c.tok_end)}
        gone: set[int] = set()
        added: list[NameCandidate] = []
        for a in adjectives:
            if self._described(tokens, a, owner) or a in owner:
                continue
            j = a + 1
            while j < len(tokens) and j - a <= MAX_NAME_WORDS + 1 and tokens[j].start - tokens[j - 1].end == 1 \
                    and self._name_word(tokens[j], j == a + 1):
                j += 1
            if a + 1 < j <= a + MAX_NAME_WORDS and j < len(tokens) and self._family(tokens[j], tokens[j - 1]):
                j += 1  # "الأردني إبراهيم الزواهرة": an Arab name ends with its family's
            if j == a + 1 or j - a - 1 > MAX_NAME_WORDS \
                    or j == a + 2 and (len(tokens[a + 1].key) < MIN_SINGLE or tokens[a + 1].key in WORD_GIVEN_NAMES):
                continue
            # a name the tagger read inside the run (a part, or a place) gives way to the person
            found = {id(c): c for k in range(a + 1, j) if (c := owner.get(k)) is not None}
            if any(c.actor is not None or c.tok_start < a + 1 or c.tok_end > j or id(c) in gone
                   for c in found.values()):
                continue
            gone.update(found)
            start, end = tokens[a + 1].start, tokens[j - 1].end
            added.append(NameCandidate(start, end, a + 1, j, "PER", alias_key(text[start:end]), None, "pattern"))
        return with_replaced(cands, gone, added)
