"""Companies named with their legal form or trade: "إعمار العقارية", "المملكة القابضة", "مشاريع
الكويت القابضة".

The Gulf business press names a listed company by its name and a definite adjective of its form
or trade ("القابضة" holding, "العقارية" real estate). The adjective belongs to the name: a company
or place found right before it ("إعمار", "المملكة", "الكويت") becomes, with it, one company; a
place word alone before it is the first word of the company's name ("مشاريع الكويت"), after the
definite company word when there is one ("الشركة الوطنية القابضة" is found by pattern). The forms
are the lexicon section `company_form`; after a market or sector word ("سوق لندن العقارية") the
adjective describes that word (section `form_described_noun`).
"""

from __future__ import annotations

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed
from marsad.layers.entities.name_words import NameWords, reads_as
from marsad.layers.entities.word_lists import COMPANY_FORMS, FORM_DESCRIBED_NOUNS

_FORM_WORDS = FormMemo()  # word form -> is a company form word ("القابضة"): its key decides it


def add_company_forms(cands: list[NameCandidate], tokens: list[Token], text: str,
                      words: NameWords) -> list[NameCandidate]:
    """The candidates, a name right before a company form word made one company with it."""
    # only a company form word ends such a name: most articles have none, and nothing is made then
    forms = [f for f in indices_where(tokens, _FORM_WORDS, lambda t: t.key in COMPANY_FORMS) if f > 0]
    if not forms:
        return cands
    ending = {c.tok_end: c for c in cands}
    taken = claimed(cands)
    replaced: list[NameCandidate] = []
    added: list[NameCandidate] = []
    for f in forms:
        tok = tokens[f]
        if f in taken or not adjacent(tokens, f):
            continue
        before = ending.get(f)
        if before is None or before.type not in ("ORG", "LOC"):
            continue  # "الشركة العقارية", "السوق العقارية": a kind of company, a market
        a, start = before.tok_start, before.start
        if a > 0 and reads_as(tokens[a - 1], FORM_DESCRIBED_NOUNS):
            continue  # "بسوق لندن العقارية": the adjective describes the market
        if before.type == "LOC" and before.tok_end - before.tok_start == 1 and a > 0 and adjacent(tokens, a) \
                and a - 1 not in taken and words.name_like(tokens[a - 1]) and not tokens[a - 1].key.startswith("و"):
            a -= 1  # "مشاريع الكويت القابضة"
            start = tokens[a].start
        end = tok.end
        replaced.append(before)
        added.append(NameCandidate(start, end, a, f + 1, "ORG", alias_key(text[start:end]), None, "pattern"))
    if not added:
        return cands
    gone = {id(r) for r in replaced}
    kept = [c for c in cands if id(c) not in gone]
    return sorted(kept + added, key=lambda c: c.start)
