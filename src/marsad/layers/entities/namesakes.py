"""A local person named like a famous one: a given name right before a family name the KB knows
alone ("مسفر المالكي" is not Nouri al-Maliki, "جمعان الأسد" not Bashar al-Assad).

The KB links "المالكي" alone to its best-known holder; the tagger often leaves out a given name it
does not know (the Gulf names few famous people bear: lexicon `gulf_given_names.tsv`). A known
given name right before such a one-word KB person begins the person's name; unless the KB knows the
actor by that given name ("نوري" + "المالكي"), the longer name is someone else, and the link goes.

A one-word person right after "حزب" or "مركز" is a body's name ("حزب ميرتس", "مركز كارتر"),
unless the article names that person elsewhere (lexicon `word_named_bodies.tsv`).
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import Actor, alias_key
from marsad.layers.entities.coref import skeleton
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_start
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS
from marsad.layers.entities.word_lists import WORD_NAMES
from marsad.lexicons.loader import keyed

GULF_GIVEN_NAMES = keyed("gulf_given_names.tsv", None, match_key)
WORD_BODY_HEADS = keyed("word_named_bodies.tsv", None, match_key)
# given names under the article ("الساعدي القذافي" is not Muammar): lexicon `definite_given_names.tsv`
DEFINITE_GIVEN_NAMES = keyed("definite_given_names.tsv", None, match_key)

_ALI = alias_key("علي")
# "عبد الفتاح السيسي": a compound given name an alias writes in two words
_COMPOUND_HEADS = frozenset(alias_key(w) for w in ("عبد", "أبو"))


def _alias_givens(words: list[str]) -> set[str]:
    """The given name an alias begins with, as one word or its two words joined."""
    if len(words) > 2 and words[0] in _COMPOUND_HEADS:
        return {skeleton(words[0]), skeleton(words[0] + words[1])}
    return {skeleton(words[0])}


def given_name_fits(actor: Actor | None, key: str) -> bool:
    """Whether a longer name ending with a family name the KB knows alone begins as one of the
    actor's full names does, up to long vowels ("باراك حسين أوباما" is Obama; "فايز المالكي" is not Nouri
    al-Maliki, nor "عبد الحكيم" anyone called "الحكيم")."""
    if actor is None:
        return False
    first = skeleton(key.split(" ", 1)[0])
    for alias in actor.all_ar():
        words = [w for w in alias_key(alias).split(" ") if w not in HONORIFICS]  # "الشيخ يوسف القرضاوي"
        # press spellings of a given name differ in long vowels ("فرنسوا" / "فرانسوا")
        if len(words) > 1 and first in _alias_givens(words):
            return True
    return False


def _given_at(tok: Token, given: frozenset[str], common: frozenset[str]) -> int | None:
    """Offset of a given name in the word: the word itself, or after و ("ومسفر"; not "وجود",
    existence, an ordinary word though "جود" is a name); one under the article too ("الساعدي")."""
    if not tok.is_word:
        return None
    if tok.key in given or tok.key in GULF_GIVEN_NAMES or tok.key in DEFINITE_GIVEN_NAMES:
        return tok.start
    rest = tok.key[1:]
    if tok.key.startswith("و") and len(tok.splits) > 1 and tok.key not in common \
            and (rest in given or rest in GULF_GIVEN_NAMES or rest in DEFINITE_GIVEN_NAMES):
        return tok.splits[1][0]
    return None


def _word_given_before_nisba(given: Token, family: Token) -> bool:
    """"معاذ" + "الجعفري", "سامي" + "المالكي": a given name that is also an ordinary word
    (lexicon `word_given_names.tsv`) names a man before a family's relational name; not "علي", also
    the preposition "على" ("قضى على المالكي" is no Ali), nor before another word ("حصة الأسد")."""
    key = family.key
    return given.is_word and given.key in WORD_NAMES and given.key != _ALI \
        and key.startswith("ال") and key.endswith("ي") and len(key) >= 5


def unlink_namesakes(cands: list[NameCandidate], tokens: list[Token], text: str, words: NameWords) -> None:
    """A one-word KB person right after a given name (one space between, the given name in no other
    name) is named in full with it; the link stays only if the KB knows the actor by that name."""
    covered = claimed(cands)
    for c in cands:
        i = c.tok_start
        if c.type != "PER" or c.actor is None or c.tok_end - i != 1 or i == 0 or i - 1 in covered \
                or c.start != tokens[i].start or text[tokens[i - 1].end : c.start] != " ":
            continue
        at = _given_at(tokens[i - 1], words.given_names, words.common)
        if at is None and _word_given_before_nisba(tokens[i - 1], tokens[i]):
            at = tokens[i - 1].start
        if at is None:
            continue
        actor = c.actor
        move_start(c, i - 1, tokens, text, at=at)
        if not given_name_fits(actor, c.key):
            c.actor, c.source = None, "given"
        covered.add(i - 1)


def _head_at(tok: Token) -> bool:
    """Is the word a body's head word, alone or after one proclitic ("لحزب", "ومركز"; not "الحزب")?"""
    if not tok.is_word:
        return False
    return tok.key in WORD_BODY_HEADS or len(tok.splits) > 1 and tok.splits[-1][1] in WORD_BODY_HEADS \
        and tok.key[0] in "وفلب" and not tok.key.startswith(("ال", "وال", "بال", "فال", "لل"))


def _named_in_full(c: NameCandidate, cands: list[NameCandidate], tagged: NameCandidate) -> bool:
    """Does another person candidate of the article than `tagged` (the one `c` is cut from) name
    the same person: the same KB actor, or a longer name that ends with the word?"""
    for o in cands:
        if o is tagged or o.type != "PER":
            continue
        if c.actor is not None and o.actor is not None and o.actor.id == c.actor.id:
            return True
        if " " in o.key and o.key.rsplit(" ", 1)[1] == c.key:
            return True
    return False


def retype_word_named_bodies(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """"حزب ميرتس", "مركز كارتر": a one-word person right after the head word of a party or a
    centre is the body's name; unless the article names that person elsewhere ("حزب المالكي" beside
    "نوري المالكي", his party). A person's name the tagger ran over the head word ("باسم حزب
    ميرتس") is cut before it: what is left stays a person only if two words or more."""
    covered = claimed(cands)
    out: list[NameCandidate] = []
    for c in cands:
        b = c.tok_end
        h = b - 2  # the head word's token
        if c.type != "PER" or h < 0 or h < c.tok_start - 1 or c.end != tokens[b - 1].end \
                or text[tokens[h].end : tokens[b - 1].start] != " " or not _head_at(tokens[h]) \
                or h == c.tok_start - 1 and (h in covered or text[tokens[h].end : c.start] != " ") \
                or h >= c.tok_start and tokens[h].splits[-1][0] != tokens[h].start:
            out.append(c)
            continue
        word = NameCandidate(tokens[b - 1].start, c.end, b - 1, b, "PER", alias_key(text[tokens[b - 1].start : c.end]),
                             c.actor if h == c.tok_start - 1 else None)
        if _named_in_full(word, cands, c):
            out.append(c)
            continue
        start = tokens[h].splits[-1][0]
        if h - c.tok_start >= 2:
            out.append(NameCandidate(c.start, tokens[h - 1].end, c.tok_start, h, "PER",
                                     alias_key(text[c.start : tokens[h - 1].end]), None, c.source))
        out.append(NameCandidate(start, c.end, h, b, "ORG", alias_key(text[start : c.end]), None, "pattern"))
        covered.add(h)
    return out
