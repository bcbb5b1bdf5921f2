"""A given name that is also an ordinary word, read as a person where the word is meant.

Many given names are nouns, adjectives or verbal nouns too ("رضا" satisfaction, "عطاء" giving,
"تيسير" easing, "خيري" charitable, "عليا" high, and brand names written like a name: "آيفون"),
and the tagger takes the word, alone, for a person: "بمدى رضا المستخدمين", "ذات طابع خيري",
"هيئة عليا للعقار", "هواتف آيفون". A one-word name said once in the article is
that word when the word right before it is an ordinary indefinite noun (which the word describes
or completes, as no person is named right after one) or when the word right after it carries a
pronoun ("تيسير أدائهم": a verbal noun and its object). A given name after a verb ("قال سفيان"),
a preposition ("فعن أنس"), a definite noun ("الطفلة زينب"), a title, a given name, or joined by
"و" (it may follow a name that is a word too: "صباح وفيروز"), or named twice or more, stays.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords, has_pronoun_suffix, reads_as
from marsad.layers.entities.titles import HONORIFICS, TITLE_HEADS
from marsad.layers.entities.word_lists import PREPOSITIONS

# the short prepositions a name is governed by ("فعن أنس", "إلى سعاد"), which PREPOSITIONS leaves out
_PARTICLES = frozenset(alias_key(w) for w in ("من", "عن", "في", "على", "إلى", "مع", "عند", "لدى", "كما", "أن", "إن"))


def _ordinary_noun_before(tok: Token, words: NameWords, verbs: frozenset[str]) -> bool:
    """Is `tok` an indefinite ordinary word, after any clitic ("بمدى", "وطابع"), no verb, given
    name, title or honorific?"""
    if not tok.is_word or reads_as(tok, verbs) or reads_as(tok, words.given_names) \
            or any(stem.startswith("ال") for _off, stem in tok.splits):
        return False  # "وكانت كريس", "والملكة ماري": a verb, a definite noun
    if reads_as(tok, HONORIFICS) or reads_as(tok, TITLE_HEADS) or reads_as(tok, PREPOSITIONS | _PARTICLES):
        return False  # "فعن أنس": a preposition governs the name
    return any(stem in words.common and not stem.startswith("ال") and stem not in verbs for _off, stem in tok.splits)


def drop_word_given_persons(cands: list[NameCandidate], tokens: list[Token], words: NameWords,
                            verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates without the one-word persons that are the ordinary word their name also is."""
    said: dict[str, int] = {}  # how often a word is said as a name or in one
    for c in cands:
        for w in set(c.key.split()) | {c.key}:
            said[w] = said.get(w, 0) + 1
    person_ends = {c.tok_end for c in cands if c.type == "PER"}
    person_starts = {c.tok_start for c in cands if c.type == "PER"}
    out = []
    for c in cands:
        if c.type == "PER" and c.source == "ner" and c.actor is None and c.tok_end - c.tok_start == 1 \
                and c.display is None and c.key in words.given_names and said.get(c.key, 0) == 1 \
                and c.tok_start > 0 and c.tok_start not in person_ends:
            before, after = tokens[c.tok_start - 1], tokens[c.tok_end] if c.tok_end < len(tokens) else None
            # "صباح وفيروز": a name joined by و may follow a name the finders missed, which is a word too
            joined = c.start > tokens[c.tok_start].start
            # "حث ولي نصر", "ورياض شراحيلي وسلام شاكر": after a verb or as an item of a list, the
            # word before may be the person's given name
            opens = c.tok_start > 1 and (tokens[c.tok_start - 2].key in verbs or before.key.startswith("و")
                                         and c.tok_start - 1 in person_ends)
            # "وكانت كريس فان دايل", "وسلام شاكر وماركو": an unknown word or a person after it goes on
            # with the name or the list
            goes_on = after is not None and after.is_word and (
                c.tok_end in person_starts or not after.key.startswith("ال") and after.key not in words.common
                and not has_pronoun_suffix(after.key))
            if not joined and not opens and not goes_on and _ordinary_noun_before(before, words, verbs) \
                    or after is not None and after.is_word and has_pronoun_suffix(after.key):
                continue
        out.append(c)
    return out
