"""Bodies named by a word of their own between their kind and what they serve: "مؤسسة وجوه
للإعلام والتنمية", "جمعية نتدبره لتحفيظ القرآن الكريم", "مركز شقصان للدفاع المدني".

Charities, foundations, companies and local centres are often named by a coined or local word
that no gazetteer holds and NER, which has never seen it, leaves untagged. What shows the name is
the construction: an indefinite head for a kind of body (lexicon section head), in construct with
one indefinite word, then what the body serves (لل + a noun, or ل + a noun in construct with a
definite one). The word must be no ordinary noun ("مركز تدريب للشباب" is any training centre), no
adjective ("جمعية خيرية للأيتام", "مركز إقليمي للتدريب", "شركة متخصصة للتطوير"), no verbal noun of a
derived verb ("شركة إسكان للعمال"), no verb, given name or country adjective. Before a company's
legal form ("شركة أمانات القابضة") the word may be any noun: the definite form shows the phrase a name.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent, naming_run, purpose
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import (
    NameWords,
    country_adjective,
    has_pronoun_suffix,
    indefinite_head,
)
from marsad.layers.entities.word_lists import COMPANY_FORMS, PREPOSITIONS
from marsad.lexicons.loader import keyed

_LEXICON = "named_bodies.tsv"
_HEADS = keyed(_LEXICON, "head", alias_key)
_EPITHETS = keyed(_LEXICON, "epithet", alias_key)
_HEAD_ENDINGS = tuple(_HEADS)
_HEAD_FORMS = FormMemo()
_MAX_CONJUNCTS = 2  # "للإعلام والتنمية والتدريب"


def _indefinite_head(tok: Token) -> bool:
    """"مؤسسة", "لجمعية", "وشركة"; not "المؤسسة", "للشركة"."""
    return indefinite_head(tok, _HEADS, _HEAD_ENDINGS)


def _served_end(tokens: list[Token], k: int) -> int | None:
    """End of what a body serves from token k: "للإعلام", "لتحفيظ القرآن"; None when none follows."""
    if not adjacent(tokens, k):
        return None
    key = tokens[k].key
    if purpose(key):
        return k + 1
    if key.startswith("ل") and len(key) >= 4 and key not in PREPOSITIONS and not has_pronoun_suffix(key) \
            and adjacent(tokens, k + 1) and tokens[k + 1].key.startswith("ال"):
        return k + 2
    return None


def _served_run(tokens: list[Token], k: int, end: int, taken: set[int]) -> int:
    """Extend what a body serves by naming adjectives, a fixed epithet and up to two conjuncts
    ("للتنمية الإنسانية", "القرآن الكريم", "للإعلام والتنمية")."""
    conjuncts = 0
    while True:
        end = naming_run(tokens, k, end, taken)
        if end not in taken and adjacent(tokens, end) and tokens[end].key in _EPITHETS:
            end += 1
        if conjuncts < _MAX_CONJUNCTS and end not in taken and adjacent(tokens, end) \
                and tokens[end].key.startswith("وال") and len(tokens[end].key) >= 6:
            end += 1
            conjuncts += 1
            continue
        return end


def _derived(key: str) -> bool:
    """A participle or a verbal noun of a derived verb, the words a body is described by rather than
    named: "ممتاز", "متخصص", "مستقل", "منتج" (م + ت/س/م/ن), "إسكان" (إفعال), "اتصال" (افتعال),
    "استثمار" (استفعال)."""
    if len(key) >= 5 and key.startswith(("مت", "مس", "مم", "من")):
        return True
    if key[:1] != "ا":
        return False
    return (len(key) == 5 and key[3] == "ا") or (len(key) == 6 and key[2] == "ت" and key[4] == "ا") \
        or (len(key) == 7 and key.startswith("است"))


class NamedBodies:
    """`add(cands, tokens, text)`: bodies named by their kind, a word of their own and their purpose."""

    def __init__(self, kb: KnowledgeBase, words: NameWords, verbs: frozenset[str]) -> None:
        self.kb = kb
        self.words = words
        self.verbs = verbs

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = indices_where(tokens, _HEAD_FORMS, _indefinite_head)
        if not heads:
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in heads:
            j = i + 1
            if i in taken or j in taken or j + 1 in taken or not adjacent(tokens, j):
                continue
            if adjacent(tokens, j + 1) and tokens[j + 1].key in COMPANY_FORMS and self._formed_name(tokens[j]):
                end = j + 2  # "شركة أمانات القابضة"
            else:
                if not self._own_name(tokens[j]):
                    continue
                end = _served_end(tokens, j + 1)
                if end is None or any(k in taken for k in range(j + 1, end)):
                    continue
                end = _served_run(tokens, j + 1, end, taken)
            tok = tokens[i]
            start = next(off for off, stem in tok.splits if stem in _HEADS)  # "لجمعية": the name begins at its head
            stop = tokens[end - 1].end
            added.append(NameCandidate(start, stop, i, end, "ORG", alias_key(text[start:stop]), None, "pattern"))
            taken.update(range(i, end))
        return with_added(cands, added)

    def _formed_name(self, tok: Token) -> bool:
        """May `tok` name a company before its legal form ("شركة أمانات القابضة"): the definite form
        describes a definite phrase, so any indefinite noun is the company's name here (a common one
        too), but no definite noun (the phrase is then definite by it), indefinite adjective, country adjective, reporting verb or possessed noun."""
        key = tok.key
        if not tok.is_word or len(key) < 3 or key.startswith("ال") or key in self.verbs or has_pronoun_suffix(key) \
                or purpose(key):
            return False  # "شركة الاستشارات العقارية": a definite noun makes the phrase definite, no name needed
        if key.endswith(("ي", "يه")):
            return False  # "شركة عقارية"
        return not country_adjective(self.kb, key)

    def _own_name(self, tok: Token) -> bool:
        """May `tok` be a body's own name word: indefinite, no ordinary word, adjective, verb,
        given name, country adjective or possessed noun."""
        key = tok.key
        if not tok.is_word or len(key) < 3 or key.startswith("ال") or purpose(key) or key in self.words.common \
                or key in self.words.given_names or key in self.verbs or has_pronoun_suffix(key):
            return False
        if key.endswith(("ي", "يه")) or tok.text.endswith("ة") or key[:1] in ("ي", "ت"):
            return False  # "مركز إقليمي", "شركة متخصصة", "شركة وساطة"; a verb or a masdar ("شركة تعمل")
        if _derived(key):
            return False
        if any(len(stem) >= 3 and (stem in self.words.common or stem in PREPOSITIONS) for _off, stem in tok.splits[1:]):
            return False  # a conjunct or a preposition on an ordinary word: "وعمل", "بعد"
        return not country_adjective(self.kb, key)
