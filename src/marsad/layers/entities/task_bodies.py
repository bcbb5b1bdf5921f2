"""Bodies named by their kind and the task they are set up for: "جهاز مكافحة الإرهاب", "مكتب رعاية
الشباب", "وحدات حماية الشعب الكردية", "وكالة تنمية المنشآت".

A state's agency, a unit or a charity is often named by an indefinite head word in construct with
the verbal noun of its task and that task's object under the article. The patterns of
`name_patterns` take a head's complement only under the article ("مجلس النواب"), and those of
`named_bodies` a word of the body's own before what it serves: this construction falls between
them, and NER, which has seen few such names, leaves it untagged. The head and the task are closed
classes (lexicon `task_bodies.tsv`): an office serving customers ("مكتب خدمة العملاء") or a
committee running an event ("لجنة تنظيم الحفل") is named so too but names no body of its own. The
object's relational adjectives and one conjunct under the article go with it ("الشعب الكردية",
"الشباب والرياضة"); a country's adjective does not (the body of that country, not its name).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import CLITIC_PREFIXES, country_adjective, has_pronoun_suffix
from marsad.layers.entities.word_lists import NAME_ENDERS
from marsad.lexicons.loader import keyed

_LEXICON = "task_bodies.tsv"
_HEADS = keyed(_LEXICON, "head", alias_key)
_TASKS = keyed(_LEXICON, "task", alias_key)
_HEAD_ENDINGS = tuple(_HEADS)
_HEAD_FORMS = FormMemo()
_MAX_ADJECTIVES = 2


def _head_offset(tok: Token) -> int | None:
    """Where the head word begins in `tok`: "جهاز", "لمكتب", "ووحدات" (after clitics only); None
    for "الجهاز" or any other word. ("وكالة" is read "و" + "كالة" and "وك" + "الة" too: the head is
    looked for among the readings, not ruled out by an article one of them seems to have.)"""
    if not tok.is_word or not tok.key.endswith(_HEAD_ENDINGS):
        return None
    for off, stem in tok.splits:
        if stem in _HEADS and tok.key[: off - tok.start] in CLITIC_PREFIXES:
            return off
    return None


def _head(tok: Token) -> bool:
    return _head_offset(tok) is not None


def _object(tok: Token) -> bool:
    """The task's object: a definite noun, no relative pronoun or preposition, no possessed noun."""
    key = tok.key
    return tok.is_word and key.startswith("ال") and len(key) > 4 and key not in NAME_ENDERS \
        and not has_pronoun_suffix(key)


class TaskBodies:
    """`add(cands, tokens, text)`: bodies named by their kind and their task (module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def add(self, cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
        heads = indices_where(tokens, _HEAD_FORMS, _head)
        if not heads:
            return cands
        taken = claimed(cands)
        added: list[NameCandidate] = []
        for i in heads:
            j = i + 1
            if any(k in taken for k in (i, j, j + 1)) or not adjacent(tokens, j) or not adjacent(tokens, j + 1) \
                    or tokens[j].key not in _TASKS or not _object(tokens[j + 1]):
                continue
            end = self._adjectives(tokens, j + 2, taken)
            tok = tokens[i]
            start = _head_offset(tok)  # "لمكتب": the name begins at its head
            if start is None:
                continue
            stop = tokens[end - 1].end
            added.append(NameCandidate(start, stop, i, end, "ORG", alias_key(text[start:stop]), None, "pattern"))
            taken.update(range(i, end))
        return with_added(cands, added)

    def _adjectives(self, tokens: list[Token], j: int, taken: set[int]) -> int:
        """End of the object's relational adjectives and of one conjunct under the article from token j."""
        count = 0
        conjunct = False
        while count < _MAX_ADJECTIVES and j not in taken and adjacent(tokens, j):
            key = tokens[j].key
            if key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5 and key not in NAME_ENDERS \
                    and not country_adjective(self.kb, key):
                j += 1
                count += 1
                continue
            if not conjunct and not count and key.startswith("وال") and len(key) > 5 and key[1:] not in NAME_ENDERS \
                    and not has_pronoun_suffix(key):
                j += 1
                conjunct = True
                continue
            break
        return j
