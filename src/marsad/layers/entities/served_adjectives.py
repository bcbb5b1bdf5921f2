"""What a body serves, closed by its adjectives: "الاتحاد العام للنقابات" + "الفنية", "الجمعية
الخيرية لتحفيظ القرآن" + "الكريم", "بورصة النيل للشركات" + "الصغيرة والمتوسطة", "اللجنة السعودية
للرقابة" + "على المنشطات", "حزب اليونانيين" + "المستقلين".

The patterns close a body's name after what it serves (لل + a noun, or ل + a noun and its definite
complement), and the tagger's own extension (`name_extension.extend_purpose`) reaches only the
tagger's names. But what a body serves is a noun phrase with its own adjectives: a relational one
("للنقابات الفنية"), a fixed epithet ("القرآن الكريم", "المياه المالحة"), two joined by و
("الصغيرة والمتوسطة"), a people after a plural of people ("للفنانين العرب"), and على + the object
of a purpose noun that governs it ("للرقابة على المنشطات"). The name runs on over them. A country's
adjective is left out (`extend_adjectives` leaves it too: "الاتحاد العربي للسلة" + "المصري" is the
country's body), and so is any word another name holds. A plural complement in ين closes with a
plural adjective of the lexicon ("حزب اليونانيين المستقلين", "رابطة الرياضيين السوريين الأحرار").
`extend_served_adjectives` is a step of `mentions.MentionFinder.find`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, claimed, move_end
from marsad.layers.entities.word_lists import NAME_ENDERS, PREPOSITIONS
from marsad.lexicons.loader import keyed

_LEXICON = "served_adjectives.tsv"
_EPITHETS = keyed(_LEXICON, "epithet", alias_key)
_PEOPLE = keyed(_LEXICON, "people", alias_key)
_PLURAL = keyed(_LEXICON, "plural", alias_key)
_GOVERNS_ALA = keyed(_LEXICON, "governs_ala", alias_key)
_ALA = alias_key("على")
_MAX_ADJECTIVES = 2


def _purpose_noun(tokens: list[Token], c: NameCandidate) -> str | None:
    """The noun of what the body `c` serves when its name ends with it: "للنقابات" -> "النقابات",
    "لتحفيظ القرآن" -> "القرآن"; None when the name ends otherwise."""
    if c.tok_end - c.tok_start < 2:
        return None
    last = tokens[c.tok_end - 1].key
    if last.startswith("لل") and len(last) > 4:
        return "ال" + last[2:]
    before = tokens[c.tok_end - 2].key
    if c.tok_end - c.tok_start >= 3 and before.startswith("ل") and not before.startswith("لل") \
            and len(before) >= 4 and before not in PREPOSITIONS and last.startswith("ال"):
        return last
    return None


def _relational(key: str) -> bool:
    """"الفنية", "البحري": a definite relational adjective. Those every body has ("الفنية" of
    "اللجنة الفنية") qualify what it serves as well ("للنقابات الفنية")."""
    return key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5 and key not in NAME_ENDERS


def _plural_people(noun: str) -> bool:
    """"الفنانين", "المحامون": a definite sound masculine plural."""
    return noun.startswith("ال") and noun.endswith(("ين", "ون")) and len(noun) > 6


def extend_served_adjectives(cands: list[NameCandidate], tokens: list[Token], text: str,
                             demonym: Callable[[str], object]) -> list[NameCandidate]:
    """Let every organisation's name that ends with what it serves, or with a plural complement,
    run on over that phrase's adjectives (see the module's docstring)."""
    taken = claimed(cands)
    for c in cands:
        if c.type != "ORG" or c.end != tokens[c.tok_end - 1].end:
            continue
        noun = _purpose_noun(tokens, c)
        last = tokens[c.tok_end - 1].key
        j = c.tok_end
        if noun is None:
            # a plural complement closed by a plural adjective: "حزب اليونانيين" + "المستقلين"
            if c.actor is None and c.tok_end - c.tok_start >= 2 and _plural_people(last) \
                    and j not in taken and adjacent(tokens, j) and tokens[j].key in _PLURAL:
                taken.add(j)
                move_end(c, j + 1, tokens, text, relink=False)
            continue
        if noun in _GOVERNS_ALA and j + 1 not in taken and adjacent(tokens, j) and tokens[j].key == _ALA \
                and adjacent(tokens, j + 1) and tokens[j + 1].key.startswith("ال") \
                and tokens[j + 1].key not in NAME_ENDERS and len(tokens[j + 1].key) > 4:
            j += 2  # "للرقابة" + "على المنشطات"
        else:
            count = 0
            while count < _MAX_ADJECTIVES and j not in taken and adjacent(tokens, j):
                key = tokens[j].key
                bare = key[1:] if key.startswith("وال") and count else key  # "الصغيرة" + "والمتوسطة"
                if bare in _PEOPLE and _plural_people(noun) and not count:
                    j += 1
                    break
                if bare in _EPITHETS or (_relational(bare) and demonym(bare) is None):
                    if adjacent(tokens, j + 1) and demonym(tokens[j + 1].key) is not None:
                        break  # "لكرة القدم" + "الدولي السعودي خليل": a title of the person named next
                    j += 1
                    count += 1
                    continue
                break
        if j != c.tok_end and not any(k in taken for k in range(c.tok_end, j)):
            taken.update(range(c.tok_end, j))
            move_end(c, j, tokens, text, relink=False)
    return cands
