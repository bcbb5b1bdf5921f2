"""A city district named by an ordinary noun after "حي": "حي السلام", "بحي البلد", "وحي النسيم".

The Gulf press names districts by ordinary words (peace, the town, the breeze), which the finders of
places after a place word refuse as names ("مدينة الأحلام" is a figure of speech). After "حي" the
definite word is the district's name when "حي" opens the phrase: after a preposition, a comma, a
"و" or "ب" of its own, or a place word ("أحياء"), not after a noun it would describe ("بث حي" live).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, with_added
from marsad.layers.entities.name_words import has_pronoun_suffix

_DISTRICT = alias_key("حي")
_CLITICS = frozenset({"", "و", "ب", "وب", "ف"})
# words after which "حي" opens a phrase: prepositions of place and what introduces a place
_OPENERS = frozenset(alias_key(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "داخل", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط",
    "سكان", "أهالي", "بلدية", "شوارع", "شملت", "شمل", "مثل",
))
# definite words that say what kind of district it is, not its name ("حي الأعمال", "الحي السكني")
_KINDS = frozenset(alias_key(w) for w in ("السكني", "التجاري", "الدبلوماسي", "الشعبي", "الراقي", "القديم",
                                          "الجديد", "الصناعي", "الجامعي", "الأعمال", "المالي"))


def _district_at(tok: Token) -> int | None:
    """Where "حي" begins in the token ("بحي": after ب), or None."""
    if not tok.is_word:
        return None
    for off, stem in tok.splits:
        if stem == _DISTRICT and tok.key[: len(tok.key) - len(stem)] in _CLITICS:
            return off
    return None


# the forms that are "حي" after clitics (`_district_at` finds it): a function of the text
_DISTRICT_FORMS = FormMemo()


def _has_district(tok: Token) -> bool:
    return _district_at(tok) is not None


def _opens_phrase(tokens: list[Token], i: int) -> bool:
    if tokens[i].key != _DISTRICT:
        return True  # "بحي", "وحي": the clitic opens it
    if i == 0 or not tokens[i - 1].is_word:
        return True  # after a comma, a bracket, the start
    return tokens[i - 1].key in _OPENERS


def add_district_names(cands: list[NameCandidate], tokens: list[Token], text: str,
                       kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates with each unclaimed "حي" + definite word that opens its phrase, as a place."""
    taken = claimed(cands)
    added: list[NameCandidate] = []
    # only the tokens of forms that are "حي", found per form: it is rare
    for i in indices_where(tokens, _DISTRICT_FORMS, _has_district):
        j = i + 1
        if j >= len(tokens) or i in taken or j in taken:
            continue
        at = _district_at(tokens[i])
        if at is None or not adjacent(tokens, j) or not _opens_phrase(tokens, i):
            continue
        word = tokens[j]
        key = word.key
        if not word.is_word or not word.text.startswith("ال") or len(key) < 5 or key in _KINDS \
                or kb.demonym(key) is not None or has_pronoun_suffix(key):
            continue
        start, end = at, word.end
        added.append(NameCandidate(start, end, i, j + 1, "LOC", alias_key(text[start:end]), None, "pattern"))
    return with_added(cands, added)
