"""A family name that is also a relational adjective, read after the noun it describes.

Many family names are relational adjectives of ordinary words ("الخيري" of "خير", "الشعبي" of
"شعب"), and the tagger reads the adjective as the name where it follows its noun: "العمل الخيري"
(charity work) is no person "الخيري". One word tagged a person, under the article, ending in ي
and made on an ordinary word, right after a definite ordinary noun that is no title nor a word
for a person ("المهندس الخيري", "اللاعب الشعبي" name people: a title before a family name), is
that noun's adjective and names nobody.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS
from marsad.lexicons.loader import table

_ARTICLE = "ال"


def _person_words() -> frozenset[str]:
    """The first word of every title, role phrase ("وزير" of "وزير العمل"; not "العمل") and noun
    for a person, with the article and without."""
    out: set[str] = set()
    for name, columns in (("actors/title_words.tsv", 2), ("actors/titles.tsv", 2),
                          ("actors/speaker_person_nouns.tsv", 1), ("adjective_persons.tsv", 2)):
        for row in table(name, columns):
            key = alias_key(row[0].split()[0])
            out.update({key, key.removeprefix(_ARTICLE), _ARTICLE + key.removeprefix(_ARTICLE)})
    return frozenset(out | HONORIFICS)


PERSON_WORDS = _person_words()


def _definite_noun(tok: Token, common: frozenset[str]) -> bool:
    """A definite ordinary noun, also after a clitic ("بالعمل"), that is no title or person's word."""
    for _off, stem in tok.splits:
        if stem.startswith(_ARTICLE) and len(stem) > 3:
            return stem in common and stem not in PERSON_WORDS and stem.removeprefix(_ARTICLE) not in PERSON_WORDS
    return False


def adjective_after_noun(c: NameCandidate, tokens: list[Token], text: str, words: NameWords) -> bool:
    """Is the one-word person `c` a relational adjective of the noun before it?"""
    if c.type != "PER" or c.actor is not None or c.tok_end - c.tok_start != 1 or c.tok_start == 0:
        return False
    tok, prev = tokens[c.tok_start], tokens[c.tok_start - 1]
    key = c.key
    if c.start != tok.start or not text.startswith(_ARTICLE, c.start) or not key.endswith("ي") \
            or key[2:-1] not in words.common or not prev.is_word or tok.start - prev.end > 1:
        return False
    return _definite_noun(prev, words.common)


def drop_adjective_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                           words: NameWords) -> list[NameCandidate]:
    """The candidates without the adjectives read as persons after their noun."""
    return [c for c in cands if not adjective_after_noun(c, tokens, text, words)]
