"""State services named by what they do: "الدفاع المدني", "حرس الحدود", with the directorate, command
or forces that head them ("إدارة الدفاع المدني", "قيادة حرس الحدود") and a country's adjective after
them ("قوات حرس الحدود المصرية").

Every state has its civil defence and its border guard, and the press names them without a country
(a Saudi paper means its own, a wire story another's): no KB entry can link them, the patterns need a
head word, and NER reads "الدفاع المدني" as civil defence in general. The name (lexicon
`service_bodies.tsv`) is a body wherever no other name holds its words; a head in construct before
it is part of the name, as the press names the directorate; a country's adjective after it says
whose service it is and goes with it.
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CLITIC_PREFIXES
from marsad.lexicons.loader import words

_LEXICON = "service_bodies.tsv"
_NAMES = {tuple(alias_key(w) for w in name.split()) for name in words(_LEXICON, "name")}
_BY_FIRST = {name[0]: name for name in _NAMES}
_HEADS = frozenset(alias_key(w) for w in words(_LEXICON, "head"))
# "العامة" of "الإدارة العامة", "المديرية العامة": a directorate named by what it serves, ل + the service
_GENERAL = frozenset({alias_key("العامة"), alias_key("العام")})


def _name_start(tok: Token) -> tuple[int, tuple[str, ...]] | None:
    """(offset where a name begins in `tok`, the name) when `tok` is a name's first word after
    clitics ("والدفاع", "بحرس"), or its article merged with the preposition ل ("للدفاع")."""
    for off, stem in tok.splits:
        prefix = tok.key[: off - tok.start]
        if stem in _BY_FIRST and prefix in CLITIC_PREFIXES:
            return off, _BY_FIRST[stem]
        if ("ال" + stem) in _BY_FIRST and prefix.endswith("لل") and prefix[:-2] in ("", "و", "ف"):
            return off, _BY_FIRST["ال" + stem]  # "للدفاع": ل + the article, the name read without it
    return None


# the forms that may open a service's name (`_name_start` finds one): a function of the text
_START_FORMS = FormMemo()


def _may_start(tok: Token) -> bool:
    return _name_start(tok) is not None


def _head_offset(tok: Token) -> int | None:
    """Where a head word begins in `tok` ("قيادة", "بقيادة", "وقوات"); None for any other word."""
    for off, stem in tok.splits:
        if stem in _HEADS and tok.key[: off - tok.start] in CLITIC_PREFIXES:
            return off
    return None


class ServiceBodies:
    """`add(cands, tokens, text)`: civil defence and border guard (module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        taken = claimed(cands)
        added: list[NameCandidate] = []
        # only the tokens of forms that may open a name (`_name_at` asks it), found per form
        for i in indices_where(tokens, _START_FORMS, _may_start):
            tok = tokens[i]
            if i in taken or i + 1 in taken or not tok.is_word or not adjacent(tokens, i + 1):
                continue
            found = self._name_at(tokens, i, taken)
            if found is None:
                continue
            start, a = found
            j = i + 2
            if j not in taken and adjacent(tokens, j) and self.kb.demonym(tokens[j].key) is not None:
                j += 1  # "حرس الحدود" + "المصرية": whose service it is
            stop = tokens[j - 1].end
            added.append(NameCandidate(start, stop, a, j, "ORG", alias_key(text[start:stop]), None, "pattern"))
            taken.update(range(a, j))
        return with_added(cands, added)

    @staticmethod
    def _name_at(tokens: list[Token], i: int, taken: set[int]) -> tuple[int, int] | None:
        """(character start, first token) of a service's name whose words begin at token i: the
        name itself, or a head before it with the name in construct ("قيادة حرس الحدود")."""
        read = _name_start(tokens[i])
        if read is None or len(read[1]) != 2 or tokens[i + 1].key != read[1][1]:
            return None
        off = read[0]
        if off != tokens[i].start and i > 0 and adjacent(tokens, i) and tokens[i - 1].key in _GENERAL:
            return None  # "الإدارة العامة" + "للدفاع المدني": what the directorate named so serves
        if i > 0 and i - 1 not in taken and off == tokens[i].start and adjacent(tokens, i):
            head = _head_offset(tokens[i - 1])  # "قيادة" + "حرس الحدود", "إدارة" + "الدفاع المدني"
            if head is not None:
                return head, i - 1
        return off, i
