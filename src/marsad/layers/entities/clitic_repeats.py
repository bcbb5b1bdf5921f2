"""A person's name said again with a proclitic the tagger kept as its first letter.

"وسميرة توفيق التي ...", "في تقديري لماجد عبدالله": the tagger sometimes keeps the conjunction or
preposition written onto a name's first word as part of the name, and the person is then counted
twice: "سميرة توفيق" and "وسميرة توفيق". When the name without that letter is the name of another
person of the same article, the letter is the clitic: the mention starts after it.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate

_PROCLITICS = ("و", "ف", "ل", "ب")


def strip_repeated_clitics(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """Move the start of a person's name past a proclitic when the rest is a name said elsewhere."""
    persons = {c.key for c in cands if c.type == "PER"}
    for c in cands:
        if c.type != "PER" or c.start != tokens[c.tok_start].start or c.end - c.start < 4 \
                or text[c.start] not in _PROCLITICS:
            continue
        rest = alias_key(text[c.start + 1 : c.end])
        if rest != c.key and rest in persons:
            c.start += 1
            c.key = rest
