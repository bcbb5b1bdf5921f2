"""Persons that begin with a function word: "وأي تبديل", "أنا فاتن حمامة", "فيه ألكسيس تسيبراس".

No person's name starts with a pronoun, a demonstrative, a particle or a preposition carrying a
pronoun (`particle_words.tsv`), yet the tagger reads such a word at a clause's head together with
the word after it as a person. When the next word of the span is a given name ("أنا فاتن حمامة":
"I am Faten Hamama"), the person starts there; otherwise the span names nobody ("وأي تبديل": and
any change; "هؤلاء الملائكة": these angels) and is dropped. The KB's persons are left alone.
"""

from __future__ import annotations

from marsad.arabic.normalize import strip_diacritics
from marsad.arabic.tokens import Token
from marsad.layers.entities.name_candidate import NameCandidate, move_start
from marsad.layers.entities.name_words import ROMANIZED_NAMES, NameWords
from marsad.lexicons.loader import words as word_list

_PARTICLES = word_list("particle_words.tsv")
_CONJUNCTIONS = ("و", "ف")


def _particle(word: str) -> bool:
    """`word` (as written) is a function word, also after و/ف ("وأي", "فهذا")."""
    word = strip_diacritics(word)
    return word in _PARTICLES or word[:1] in _CONJUNCTIONS and word[1:] in _PARTICLES


def _given_name(key: str, words: NameWords) -> bool:
    """An Arabic given name, or a foreign one that is no Arabic word ("بن" is also "Ben")."""
    return key in words.given_names or key in ROMANIZED_NAMES and not words.ordinary(key)


def drop_particle_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                          words: NameWords) -> list[NameCandidate]:
    """The candidates without the persons that begin with a function word; a given name right
    after it starts the person instead."""
    out = []
    for c in cands:
        if c.type != "PER" or c.actor is not None \
                or not _particle(text[c.start : tokens[c.tok_start].end]):
            out.append(c)
            continue
        nxt = c.tok_start + 1
        if nxt < c.tok_end and tokens[nxt].is_word and _given_name(tokens[nxt].key, words):
            move_start(c, nxt, tokens, text)
            out.append(c)
    return out
