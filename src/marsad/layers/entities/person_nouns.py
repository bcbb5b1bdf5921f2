"""An ordinary noun for a person as a later mention of the one person it introduced.

Complaint and human-interest reports name their man once and call him by the noun that introduced
him before and after ("شكا مواطن ... وذكر المواطن أنه ... وقال المواطن فلان: ..."; "اتهم أحد
المقيمين العرب يدعى فلان ... وأكد المقيم أن ..."). When exactly one person of the article stands
right after such a noun ("المواطن فلان") or is introduced by it and "يدعى" ("أحد المقيمين يدعى
فلان"), the noun alone elsewhere in the article is a mention of him. With two people introduced by
the same noun, or none, it names nobody. The nouns are those of
`lexicons/actors/speaker_person_nouns.tsv`.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.titles import TitleHit
from marsad.lexicons.loader import keyed

# not kin, who are other people ("جورج بوش الأب"), nor offices, which the titles resolve, nor a noun
# that is as often a thing ("المدرسة": the school; "العاملة": working)
NOT_INTRODUCING = frozenset(alias_key(w) for w in (
    "أب", "أم", "شقيق", "شقيقة", "قاضي", "مدعي", "متحدثة", "ناطقة", "نائبة", "عميد", "عميدة", "وكيل",
    "مفوض", "مفوضة", "مدرسة", "عاملة"))
# "المواطن" -> "مواطن": nouns compared without the article
NOUNS = frozenset(k.removeprefix("ال") for k in keyed("actors/speaker_person_nouns.tsv", None, alias_key)) \
    - NOT_INTRODUCING
# "(أحد المقيمين) يدعى فلان": the verb that gives the name of a person a noun introduced
CALLED = frozenset(alias_key(w) for w in ("يدعى", "يُدعى", "ويدعى", "تدعى", "وتدعى", "يدعي", "اسمه", "اسمها"))
CALLED_REACH = 4  # words from the noun to "يدعى" ("أحد المقيمين العرب" + "يدعى")
PLURALS = ("ين", "ون")
ADJECTIVES_BETWEEN = 2  # "المواطن اليمني فلان", "البائع العماني الشاب فلان": adjectives of the noun


def _past_adjectives(tokens: list[Token], j: int, step: int) -> int:
    """The index past the definite relational adjectives ("اليمني", "السعودية") that stand at j,
    going forward (step 1) or back (step -1): they describe the noun, the name comes after them."""
    for _ in range(ADJECTIVES_BETWEEN):
        if not 0 <= j < len(tokens) or not tokens[j].is_word:
            break
        key = tokens[j].key
        if not (key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 4):
            break
        j += step
    return j


def _bare_noun(key: str) -> str | None:
    """The noun of a token key without و/ف and the article ("والمواطن" -> "مواطن"), or None."""
    for k in (key, key[1:] if key[:1] in ("و", "ف") else ""):
        if not k:
            continue
        bare = k.removeprefix("ال")
        if bare in NOUNS:
            return bare
    return None


def _plural_noun(key: str) -> str | None:
    """"المقيمين" -> "مقيم": the noun of a plural ("one of the residents")."""
    bare = key.removeprefix("ال")
    if bare.endswith(PLURALS) and bare[:-2] in NOUNS:
        return bare[:-2]
    return _bare_noun(key)


def _name_follows(tokens: list[Token], j: int, name_like: Callable[[Token], bool]) -> bool:
    """A name no finder took starts at token j: a name-like word, or a word the lists read as an
    ordinary one ("علي", "على") before a family name under the article ("علي السالم")."""
    if j >= len(tokens) or not tokens[j].is_word:
        return False
    if name_like(tokens[j]):
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.key.startswith("ال") and name_like(nxt)


def _definite(key: str) -> bool:
    """"المواطن", "والمواطن": the noun with the article."""
    return key.startswith("ال") or key[:1] in ("و", "ف") and key[1:].startswith("ال")


def _stem_start(tok: Token) -> int:
    """Where the noun starts in the token: after a و/ف that joins it to the clause."""
    if tok.key[:1] in ("و", "ف") and _bare_noun(tok.key[1:]) is not None and len(tok.splits) > 1:
        return tok.splits[1][0]
    return tok.start


def add_noun_mentions(tokens: list[Token], cands: list[NameCandidate], is_person: list[bool],
                      titles: list[list[TitleHit]], name_like: Callable[[Token], bool]) -> None:
    """Append a mention ("title" kind) of the one person a noun introduced to `titles` of his
    cluster for each other use of the noun alone. `is_person[c.cluster]` says a candidate names a
    person; `titles[cluster]` is the cluster's list of title mentions; `name_like` tells a word
    that may be a name's."""
    persons = [c for c in cands if is_person[c.cluster]]
    if not persons:
        return
    name_at = {c.tok_start: c for c in persons}
    name_end = {c.tok_end for c in persons}
    introduced: dict[str, set[int]] = {}
    for c in persons:
        i = _past_adjectives(tokens, c.tok_start - 1, -1)
        if i < 0:
            continue
        # definite only: "طالب فلان", "وطالب فلان" are as often the verb "demanded" before a subject
        noun = _bare_noun(tokens[i].key) if c.start == tokens[c.tok_start].start and _definite(tokens[i].key) \
            else None
        if noun is None and tokens[i].key in CALLED:
            noun = next((n for k in range(i - 1, max(i - 1 - CALLED_REACH, -1), -1)
                         if tokens[k].is_word and (n := _plural_noun(tokens[k].key)) is not None), None)
        if noun is not None:
            introduced.setdefault(noun, set()).add(c.cluster)
    if not introduced:
        return
    taken = {k for c in cands for k in range(c.tok_start, c.tok_end)}
    for i, tok in enumerate(tokens):
        if i in taken or not tok.is_word:
            continue
        noun = _bare_noun(tok.key)
        if noun is not None and not _definite(tok.key) and i > 0:
            continue  # "طفلاً وطفلة", "وطالب بوقف": an indefinite noun is him only opening the headline
        who = introduced.get(noun) if noun is not None else None
        if not who or len(who) != 1:
            continue
        after = _past_adjectives(tokens, i + 1, 1)
        if after in name_at or i in name_end or _name_follows(tokens, after, name_like):
            # "المواطن فلان": the name is the mention (another man's, maybe); "الشاب علي السالم":
            # a name not found; "فلان الأب": a word of the name before it
            continue
        start = _stem_start(tok)
        titles[next(iter(who))].append(TitleHit(start, tok.end, i, i + 1, bare=True, any_person=True))
