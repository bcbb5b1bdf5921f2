"""A player or a coach named by one foreign word after his role noun: "المهاجم الفنزويلي ريفاس",
"تحت إشراف المدرب زعلاني", "بقيادة مدربه زلاتكو".

The sports press names foreign players and coaches by the surname alone, right after the role
noun (`player_roles.tsv`), with the nationality adjective between or not. The tagger knows no
such surname and the other finders want a given name first. After a role noun (and a country
adjective), a word no finder claimed is the person's name when it may be a name and plainly is
nothing else: no article, no conjunction before it, no preposition on an ordinary word, no
ordinary word, no verb of the lexicons, no given name (a first name alone names nobody), no
accusative ending ("موجوداً": the player is present).

The name must also plainly end after the word, so that a two-word name ("المدرب خورخي دا
سيلفا", "اللاعب البرازيلي إلتون الميدا") is left to the finders that read whole names. And a role
noun is as often the subject of a clause whose verb follows ("رغبة اللاعب تغيرت في", "المدرب
أخطأ بلا شك"), a verb whose letters may look like a foreign name's. So without a nationality
between, the word must end its sentence or clause (a mark or the end right after it: "تحت إشراف
المدرب زعلاني."); with one, a preposition or a relative after it ends the name too ("الحارس
الألماني تيرشتيجن الذي شارك").
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate, claimed, one_word_person, with_added
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords, country_adjective
from marsad.layers.entities.word_lists import PREPOSITIONS
from marsad.lexicons.loader import keyed

_ROLES = keyed("player_roles.tsv", None, alias_key)
_ROLE_FORMS = FormMemo()
_CONJUNCTIONS = ("و", "ف")
_PREPOSITION_LETTERS = ("ب", "ل", "ك")
# the words that end a name after it: prepositions and relatives
_AFTER_NAME = PREPOSITIONS | frozenset(alias_key(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "الذي", "التي"))


def _role(tok: Token) -> bool:
    return tok.is_word and tok.key in _ROLES


def _surname(tok: Token, words: NameWords, verbs: frozenset[str]) -> bool:
    """May `tok` be a foreign surname standing alone: name-like and nothing else it plainly is?"""
    key, surface = tok.key, tok.text
    if not tok.is_word or len(key) < 4 or surface.startswith("ال") or surface.endswith(("اً", "ًا", "ً")):
        return False
    if surface[:1] in _CONJUNCTIONS and len(tok.splits) > 1:
        return False  # "وناديه", "فبينات": a conjunction on a word or on a name (the name is not next)
    if surface[:1] in _PREPOSITION_LETTERS and len(tok.splits) > 1 and words.ordinary(tok.splits[1][1]):
        return False  # "بتمثيل", "لتدعيم": a preposition on an ordinary word ("كرانتشار" is a name)
    if key in words.given_names or key in ROMANIZED_NAMES or match_key(surface) in verbs:
        return False
    return words.name_like(tok) and not words.ordinary(key)


def _name_ends(tok: Token | None, prev: Token, nationality: bool) -> bool:
    """The name ends before `tok`: a mark or the end; after a nationality also a preposition or a
    relative."""
    if tok is None or not tok.is_word:
        return True
    return nationality and tok.start - prev.end == 1 and tok.key in _AFTER_NAME


def add_role_named_players(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords,
                           kb: KnowledgeBase, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates with the players and coaches named by a surname alone after their role."""
    taken = claimed(cands)
    added: list[NameCandidate] = []
    for i in indices_where(tokens, _ROLE_FORMS, _role):
        j = i + 1
        nationality = j < len(tokens) and tokens[j].is_word and tokens[j].text.startswith("ال") \
            and country_adjective(kb, tokens[j].key)
        if nationality:
            j += 1
        if j >= len(tokens) or j in taken or tokens[j].start - tokens[j - 1].end > 1 \
                or not _surname(tokens[j], words, verbs):
            continue
        if not _name_ends(tokens[j + 1] if j + 1 < len(tokens) else None, tokens[j], nationality):
            continue
        c = one_word_person(tokens, text, j)
        if c is not None:
            added.append(c)
            taken.add(j)
    return with_added(cands, added)
