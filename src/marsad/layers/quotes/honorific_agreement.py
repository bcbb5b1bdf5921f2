"""A reporting verb followed by an honorific pronoun ("وعبّر سموه"، "وأضاف معاليه") is said by a
person the article introduced with that honorific's words ("صاحب السمو الأمير فلان"، "أمير
المنطقة" for "سموه"; "معالي وزير الإسكان" for "معاليه"). A person introduced only with the words
of another honorific (a minister, for "سموه") is someone else, however recently he spoke.
The words come from `honorific_pronouns.tsv`, read by the speaker ranker's window as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.layers.quotes.speaker_window import HONORIFIC_HOLDERS

if TYPE_CHECKING:
    from marsad.document import Entity
    from marsad.layers.quotes.attribution import SpeakerFinder

HOLDER_WORDS = frozenset().union(*HONORIFIC_HOLDERS.values())
WORDS_BEFORE = 6  # "رئيس مجلس الشورى الشيخ الدكتور فلان": the title chain before a name


def pronoun_holders(finder: SpeakerFinder, cue_tok: int | None) -> frozenset[str]:
    """The holder words of the honorific pronoun right after the cue, if one stands there."""
    if cue_tok is None or cue_tok + 1 >= len(finder.toks):
        return frozenset()
    return HONORIFIC_HOLDERS.get(finder.toks[cue_tok + 1].key, frozenset())


def honorific_clash(finder: SpeakerFinder, holders: frozenset[str], entity_id: str | None) -> bool:
    """Was the person `entity_id` introduced with holder words, none of them the pronoun's?"""
    ent = finder.entities.get(entity_id) if entity_id else None
    if ent is None or ent.type != "PER":
        return False
    words = introduced_with(finder, ent)
    return bool(words) and not words & holders


def introduced_with(finder: SpeakerFinder, ent: Entity) -> set[str]:
    """The holder words in the title chain right before each of the person's mentions, and inside
    the mentions that are titles ("أمير منطقة القصيم"); not in a name ("آل الشيخ" is no sheikh)."""
    toks, found = finder.toks, set()
    for m in ent.mentions:
        first = finder.tok_at(m.start)
        last = finder.tok_at(m.end) if m.kind != "name" else first
        lo = first
        while lo > 0 and first - lo < WORDS_BEFORE and toks[lo - 1].is_word and not _person_at(finder, lo - 1):
            lo -= 1  # (a body's name belongs to the chain: "رئيس مجلس الشورى الشيخ فلان")
        for t in toks[lo:last]:
            found |= {st[2:] if st.startswith("ال") else st for _, st in t.splits} & HOLDER_WORDS
    return found


def _person_at(finder: SpeakerFinder, k: int) -> bool:
    """Is token k inside another person's mention (the chain before one name ends at another)?"""
    r = finder.covering(k)
    return r is not None and r.entity.type == "PER"
