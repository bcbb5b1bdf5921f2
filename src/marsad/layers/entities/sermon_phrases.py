"""Persons that are phrases of religious and moral prose: "صلاح الدنيا", "خيري الدنيا والآخرة",
"أشرف الأنبياء", "العبد المسلم".

Sermons, Friday-prayer reports and opinion columns put a given name that is also an ordinary word
("صلاح" good, "خيري" the two goods, "أشرف" the noblest) before a definite noun of that prose
("الدنيا" this world, "الأنبياء" the prophets), and the tagger or the given-name finder reads a
person there; they also say "العبد" (God's servant) or "المرء" (one) before an adjective or a
clause, which the tagger takes for a name. No family name is one of those nouns and no person's
name starts with those two (lexicon `sermon_words.tsv`), so an unlinked person holding one is
dropped; not after "أبي"/"ابن", where the noun is a scholar's name ("ابن أبي الدنيا"). A prayer
addresses God with nouns that carry "your" or "our" after their taa ("وحسن عبادتك", "نعمتك",
"طاعتنا"), which no name ends with either (a family's "ميقاتي" is why "my" after a plural is not
taken: "رغباتي").
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.lexicons.loader import keyed

_AFTER = keyed("sermon_words.tsv", "after", alias_key)
_FIRST = keyed("sermon_words.tsv", "first", alias_key)
_ALL = _AFTER | _FIRST
# the words of a kunya or a lineage before which such a noun is a name ("ابن أبي الدنيا")
_LINEAGE = frozenset(alias_key(w) for w in ("أبي", "أبو", "ابن", "بن", "أم"))
# the prepositions NER runs into a phrase it reads as a name, as written (the key of "على" is Ali's)
_PREPOSITIONS = frozenset(("على", "في", "من", "إلى", "عن"))
# the particles that open a clause after a noun ("العبد ما دام", "العبد في عون أخيه")
_PARTICLES = frozenset(("ما", "في", "إذا", "إن", "أن", "لا", "من", "الذي"))
# "your" (one, many) and "our" after a taa: "عبادتك", "رحمتكم", "طاعتنا"
_ADDRESSED = ("تك", "تكم", "تنا")


def _addressed_noun(tok: Token) -> bool:
    key = tok.key
    return len(key) >= 5 and key.endswith(_ADDRESSED) and not key.startswith("ال")


def _ordinary(tok: Token, words: NameWords) -> bool:
    """A word after "العبد" that makes it a noun: a definite adjective ("المسلم") or a particle
    that opens a clause ("ما", "في"); not the rest of a family name ("العبد لات")."""
    return tok.key.startswith("ال") and tok.key not in words.given_names or tok.text in _PARTICLES


def _sermon_phrase(c: NameCandidate, tokens: list[Token], words: NameWords) -> bool:
    a, b = c.tok_start, c.tok_end
    k = a + 1 if b - a >= 3 and tokens[a].text in _PREPOSITIONS else a
    if b - k >= 2 and tokens[k].key in _FIRST and _ordinary(tokens[k + 1], words):
        # "العبد المسلم", also with the preposition NER ran in ("على العبد المسلم"); not within a
        # name ("محمد العبد الله": a family's name)
        return True
    return any(tokens[k].key in _AFTER and tokens[k - 1].key not in _LINEAGE or _addressed_noun(tokens[k])
               for k in range(a + 1, b))


def drop_sermon_phrases(cands: list[NameCandidate], tokens: list[Token], words: NameWords) -> list[NameCandidate]:
    """The candidates without the unlinked persons that are a phrase of religious prose."""
    # the ends of longer persons' names: "العبد اللطيف" after "عبد اللطيف العبد اللطيف" is his family
    ends = {c.key for c in cands if c.type == "PER" and c.tok_end - c.tok_start >= 3}
    out = []
    for c in cands:
        if c.type == "PER" and c.actor is None and not any(e.endswith(" " + c.key) for e in ends) and any(tokens[k].key in _ALL or _addressed_noun(tokens[k])
                                                       for k in range(c.tok_start, c.tok_end)) \
                and _sermon_phrase(c, tokens, words):
            continue
        out.append(c)
    return out
