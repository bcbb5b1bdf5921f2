"""A local person named like a famous one: a given name right before a family name the KB knows
alone ("مسفر المالكي" is not Nouri al-Maliki, "جمعان الأسد" not Bashar al-Assad).

The KB links "المالكي" alone to its best-known holder; the tagger often leaves out a given name it
does not know (the Gulf names few famous people bear: lexicon `gulf_given_names.tsv`). A known
given name right before such a one-word KB person begins the person's name; unless the KB knows the
actor by that given name ("نوري" + "المالكي"), the longer name is someone else, and the link goes.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.kb import Actor, alias_key
from marsad.layers.entities.coref import skeleton
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_start
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.titles import HONORIFICS
from marsad.lexicons.loader import keyed

GULF_GIVEN_NAMES = keyed("gulf_given_names.tsv", None, match_key)

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
    existence, an ordinary word though "جود" is a name)."""
    if not tok.is_word:
        return None
    if tok.key in given or tok.key in GULF_GIVEN_NAMES:
        return tok.start
    rest = tok.key[1:]
    if tok.key.startswith("و") and len(tok.splits) > 1 and tok.key not in common \
            and (rest in given or rest in GULF_GIVEN_NAMES):
        return tok.splits[1][0]
    return None


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
        if at is None:
            continue
        actor = c.actor
        move_start(c, i - 1, tokens, text, at=at)
        if not given_name_fits(actor, c.key):
            c.actor, c.source = None, "given"
        covered.add(i - 1)
