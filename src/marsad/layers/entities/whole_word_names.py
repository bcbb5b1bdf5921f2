"""A name read after ب/ل/ك off a word that the article shows to be a name of its own.

The KB matcher and the tagger try every clitic reading of a word: "كاسيا" is ك + "آسيا", "بروسيا"
ب + "روسيا", "باندورا" ب + "أندورا", "كرافت" ك + "رأفت". When the same word stands elsewhere in the
article where a clitic cannot be, its letters are the name's own, and every clitic reading of it
in the article is wrong:

- right after a preposition ("في بروسيا": no preposition takes a second one), or
- right after a person's given name, or after a person the layer found, as that person's
  surname ("مايكل كرافت", "فرانسيسكو «كيكو» كاسيا"); a definite word after the clitic is no
  surname ("رحب خالد بالضيوف"), so it is not read so.

A person the tagger read after the clitic then takes the whole word when the word is a surname
("كرافت"); otherwise (a place or a body, or a word after a preposition: "في كوانغ نين" is a
province) it is dropped: the word names something else, which the clitic reading cannot tell.
"""

from __future__ import annotations

from marsad.arabic.form_memo import key_positions
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.clitic_names import SHOWN_CLITICS
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords

# the prepositions a clitic preposition cannot follow
_PREPOSITIONS = frozenset(alias_key(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "مع", "مثل"))
_QUOTES = frozenset("«»\"“”")


def _word_before(tokens: list[Token], k: int) -> int:
    """The index of the word before token k, over quotation marks and a quoted nickname
    ("فرانسيسكو «كيكو» كاسيا"); -1 when there is none."""
    j = k - 1
    if j >= 0 and tokens[j].text in _QUOTES:  # a nickname in quotation marks: the name before it
        j -= 1
        while j >= 0 and tokens[j].is_word and k - j < 5:
            j -= 1
        if j < 0 or tokens[j].text not in _QUOTES:
            return -1
        j -= 1
    return j if j >= 0 and tokens[j].is_word else -1


def _stands_whole(tokens: list[Token], k: int, person_ends: set[int], words: NameWords, like: bool) -> str:
    """Where the word at token k stands that no clitic can be: "preposition" after one, or, for a
    word read with ك (`like`), "surname" after a given name or a person; "" otherwise. (After a
    name a ب or ل is often the verb's object: "قدم أحمد لمصر".)"""
    j = k - 1
    if j >= 0 and tokens[j].is_word and tokens[j].key in _PREPOSITIONS:
        return "preposition"
    if not like:
        return ""
    j = _word_before(tokens, k)
    if j < 0:
        return ""
    prev = tokens[j].key
    return "surname" if j in person_ends or prev in words.given_names or prev in ROMANIZED_NAMES else ""


def restore_clitic_names(cands: list[NameCandidate], tokens: list[Token], text: str,
                         words: NameWords) -> list[NameCandidate]:
    """The candidates with the clitic readings of a word the article shows whole put right."""
    read: list[NameCandidate] = []
    for c in cands:
        if c.tok_end - c.tok_start != 1:
            continue
        tok = tokens[c.tok_start]
        if tok.start < c.start < tok.end and c.end == tok.end \
                and alias_key(text[tok.start : c.start]) in SHOWN_CLITICS and not c.key.startswith("ال"):
            read.append(c)
    if not read:
        return cands
    person_ends = {c.tok_end - 1 for c in cands if c.type == "PER" and c not in read}
    shown: dict[str, str] = {}
    wrong: dict[int, str] = {}
    for c in read:
        tok = tokens[c.tok_start]
        clitic = alias_key(text[tok.start : c.start])
        whole = tok.key[1:] if clitic[:1] in ("و", "ف") else tok.key
        if whole not in shown:
            like = clitic.endswith("ك")
            places = [_stands_whole(tokens, k, person_ends, words, like)
                      for k in key_positions(tokens, (whole,)) if tokens[k].is_word]
            shown[whole] = "surname" if "surname" in places else "preposition" if "preposition" in places else ""
        if shown[whole]:
            wrong[id(c)] = shown[whole]
    if not wrong:
        return cands
    out = []
    for c in cands:
        if id(c) not in wrong:
            out.append(c)
        elif c.type == "PER" and c.actor is None and wrong[id(c)] == "surname":
            tok = tokens[c.tok_start]
            # "وكرافت": the conjunction stays out of the name
            c.start = tok.start + (1 if alias_key(text[tok.start : c.start])[:1] in ("و", "ف") else 0)
            c.key = alias_key(text[c.start : c.end])
            out.append(c)
    return out
