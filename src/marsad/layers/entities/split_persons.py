"""One man's name the tagger read as two persons side by side: "[رامي] [محمد سعد]", "[محمد علي]
[ياسين العمري]", "[خالد محفوظ] [بحاح]".

An Arabic name is a chain of given names (the man's, his father's, his grandfather's) closed by a
family name, and the tagger sometimes breaks the chain in two. Two unlinked persons with one space
between are one man when the first ends in a given name (a father's name goes on) or the second is
one word that is no given name (the family name closing the chain). Two persons the KB knows stay
two ("التقى كيري لافروف": subject and object), as do a family name followed by another man's name.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.word_lists import WORD_NAMES


def _split(first: NameCandidate, second: NameCandidate, tokens: list[Token], text: str, words: NameWords) -> bool:
    if first.type != "PER" or second.type != "PER" or first.actor is not None or second.actor is not None:
        return False
    if second.tok_start != first.tok_end or first.end != tokens[first.tok_end - 1].end \
            or second.start != tokens[second.tok_start].start or text[first.end : second.start] != " ":
        return False
    given = words.given_names
    head = tokens[second.tok_start].key
    if head[:1] in ("و", "ف") and head not in given:
        return False  # "كعبي والسالم": a list, "و" + the next man
    last = alias_key(text[tokens[first.tok_end - 1].start : first.end])
    if last in given or last in WORD_NAMES and first.tok_end - first.tok_start > 1:
        return True  # "محمد علي" + "ياسين العمري": "علي" after a name is the father's, no preposition
    return second.tok_end - second.tok_start == 1 and second.key not in given


def join_split_persons(cands: list[NameCandidate], tokens: list[Token], text: str,
                       words: NameWords) -> list[NameCandidate]:
    """The candidates with each split man's name joined into its first part."""
    out: list[NameCandidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and _split(prev, c, tokens, text, words):
            prev.end, prev.tok_end = c.end, c.tok_end
            prev.key = alias_key(text[prev.start : prev.end])
            prev.display = None
            continue
        out.append(c)
    return out
