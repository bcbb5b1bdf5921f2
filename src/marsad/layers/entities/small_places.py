"""Small places named by an ordinary word after a settlement head, located in a larger place
right after: "مركز رغبة التابع لمحافظة ضرما", "حي الحمراء بالرياض", "هجرة حجالة شرق الديسة".

Local news names villages, districts and the administrative centres of a governorate ("مركز")
by words that are also ordinary nouns or adjectives ("رغبة" a wish, "الحمراء" the red one), which
no gazetteer holds and the name patterns refuse after a head ("مدينة الأحلام" is a figure of
speech). What shows a place is how the sentence goes on: the name is placed at once in a larger
one, by "التابع/التابعة ل", "الواقعة", a direction ("شمال", "شرق") or ب/في + a place the article
names ("بالرياض", "في منطقة حائل"). The head must be indefinite (in construct: "المركز الثاني في"
is a rank), the word after it no adjective ("بلدة صغيرة في"), country adjective or verb.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import (
    NameWords,
    country_adjective,
    has_pronoun_suffix,
    indefinite_head,
    reads_as,
)
from marsad.lexicons.loader import keyed

_LEXICON = "small_places.tsv"
_HEADS = keyed(_LEXICON, "head", alias_key)
_ANCHORS = keyed(_LEXICON, "anchor", alias_key)
_NOT_NAMES = keyed(_LEXICON, "not_name", alias_key)
_SETTLES = keyed(_LEXICON, "settles", alias_key)
_STRICT = keyed(_LEXICON, "strict", alias_key)
_IN = alias_key("في")
# also a centre of training, of dentistry: its name must be an indefinite word no ordinary one, or the
# centre attached to a governorate
_CENTRE = frozenset({alias_key("مركز")})
_DIRECTIONS = frozenset(alias_key(w) for w in ("شمال", "جنوب", "شرق", "غرب"))  # "ناحية الشمال": towards the north
_ATTACHED = frozenset(alias_key(w) for w in ("التابع", "التابعة"))
_HEAD_ENDINGS = tuple(_HEADS)
_HEAD_FORMS = FormMemo()


def _indefinite_head(tok: Token) -> bool:
    """"مركز", "بمحافظة", "وقرية"; not "المركز", "للمدينة"."""
    return indefinite_head(tok, _HEADS, _HEAD_ENDINGS)


class SmallPlaces:
    """`add(cands, tokens, text)`: small places a settlement head names, placed in a larger one."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = indices_where(tokens, _HEAD_FORMS, _indefinite_head)
        if not heads:
            return cands
        taken = claimed(cands)
        places = {c.tok_start for c in cands if c.type == "LOC"}
        # a name the article or the KB knows as a place alone ("البيضاء") is found as that place already
        named = {c.key for c in cands if c.type == "LOC"}
        added: list[NameCandidate] = []
        for i in heads:
            j = i + 1
            if i in taken or j + 1 >= len(tokens) or j in taken or not self._name_word(tokens[j]) \
                    or tokens[j].start - tokens[i].end != 1:
                continue
            if not self._placed(tokens, j + 1, places) and not self._settlement_name(tokens, i, j):
                continue
            if reads_as(tokens[i], _STRICT) and self._ordinary_after_strict(tokens[j]):
                continue  # "قضاء الإجازة", "ناحية أخرى", "مديرية التعليم": the noun, not a district
            if reads_as(tokens[i], _CENTRE) and (self._ordinary(tokens[j]) or tokens[j].key.startswith("ال")) \
                    and not self._attached_to_a_province(tokens, j + 1):
                continue  # "مركز الأسنان بجدة"; but "مركز شواق بتبوك", "مركز الصورة التابع لمحافظة ضباء"
            if tokens[j].key in named or any(a.type == "LOC" for a in self.kb.lookup(tokens[j].key)):
                continue
            tok = tokens[i]
            start = next(off for off, stem in tok.splits if stem in _HEADS)  # "بمحافظة": the name begins at its head
            end = tokens[j].end
            added.append(NameCandidate(start, end, i, j + 1, "LOC", alias_key(text[start:end]), None, "pattern"))
            taken.update((i, j))
        return with_added(cands, added)

    def _name_word(self, tok: Token) -> bool:
        key = tok.key
        if not tok.is_word or len(key) < 3 or key in _NOT_NAMES or key in self.verbs or has_pronoun_suffix(key):
            return False
        if country_adjective(self.kb, key):
            return False  # "مدينة أمريكية"
        if not key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) >= 4:
            return False  # "مركز ثقافي", "قرية درزية": an indefinite relational adjective
        if len(tok.splits) > 1 and (key[:1] in ("و", "ف", "ل") or tok.splits[1][1] in _HEADS):
            return False  # "والقرى", "للشرطة": a conjunct or a preposition, not a name in construct
        return reads_as(tok, _ANCHORS) is False and tok.splits[-1][1].removeprefix("ال") not in _DIRECTIONS

    def _settlement_name(self, tokens: list[Token], i: int, j: int) -> bool:
        """"بلدة سروج", "محافظة بقعاء": after a head that names a settlement, an indefinite word
        that is no ordinary word nor a given name names the place unplaced when the name visibly
        ends there: a stop, or a word with و/ب/ف, follows ("قرية صيد الأسماك" goes on)."""
        if not reads_as(tokens[i], _SETTLES):
            return False
        tok, key = tokens[j], tokens[j].key
        ordinary = self._ordinary_after_strict(tok) if reads_as(tokens[i], _STRICT) else self._ordinary(tok)
        if key.startswith("ال") or ordinary or key in self.words.given_names \
                or tok.splits[-1][1] in self.words.given_names or key.endswith(("ا", "ات", "ين", "ون")) and len(key) < 6:
            return False
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        if nxt is None or not nxt.is_word or nxt.start - tok.end > 1:
            return True
        if len(nxt.splits) < 2 or nxt.key[:1] not in ("و", "ب", "ف"):
            # any other word may go on with the head's noun ("قرية صيد الأسماك"), its purpose or a
            # verb ("محافظة سيطرت عليها"): nothing is named
            return False
        # "بمحافظة بقعاء بحضور", "بلدة سروج وقرى ...": the name ends before a clitic; a word of
        # the lists may be no clitic's ("واحد")
        return nxt.key[:1] == "ب" or nxt.key not in self.words.common

    def _ordinary(self, tok: Token) -> bool:
        common = self.words.common
        return tok.key in common or tok.splits[-1][1] in common or tok.splits[-1][1].removeprefix("ال") in common

    def _ordinary_after_strict(self, tok: Token) -> bool:
        """A word after "قضاء/ناحية/مديرية" that makes them the ordinary noun: definite ("الإجازة",
        "التعليم"), an ordinary word ("إجازة", "أخرى") or a given name; the word as written, not
        a clitic reading of it ("باجل" is no ب + "أجل")."""
        key, words = tok.key, self.words
        return key.startswith("ال") or key in words.common or key in words.given_names

    @staticmethod
    def _attached_to_a_province(tokens: list[Token], k: int) -> bool:
        """"التابع لمحافظة", "التابعة لمنطقة": an administrative centre of a governorate."""
        return k + 1 < len(tokens) and tokens[k].key in _ATTACHED and _indefinite_head(tokens[k + 1]) \
            and tokens[k + 1].key[:1] == "ل"

    def _placed(self, tokens: list[Token], k: int, places: set[int]) -> bool:
        """Is the word at k what places the name in a larger place: an anchor word ("التابعة",
        "شمال"), ب/ل + a place ("بالرياض", "لمحافظة"), or "في" + a place?"""
        tok = tokens[k]
        if not tok.is_word:
            return False
        if tok.key in _ATTACHED:  # "التابع لجمعية البر": a body's centre, no place
            return self._attached_to_a_province(tokens, k) or k + 1 in places
        if reads_as(tok, _ANCHORS):
            return True
        if tok.key == _IN:
            return k + 1 < len(tokens) and (k + 1 in places or _indefinite_head(tokens[k + 1]))
        return tok.key[:1] in ("ب", "ل") and len(tok.splits) > 1 and (k in places or _indefinite_head(tok))
