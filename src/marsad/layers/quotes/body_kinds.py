"""A body named again by the head word of its kind, where the article named it without that word:
"أعلن داعش مسؤوليته عن الهجوم ... وقال التنظيم في بيانه" (`generic_bodies.body_named_before` finds
"تنظيم «داعش»" and "حزب الأمة", whose names or introductions carry the head word, not this).

The head words and the knowledge-base kinds they stand for are `body_head_kinds.tsv`. The body is
the last organisation introduced by that head word ("تنظيم «داعش»", where the head word is not one
of the lexicon's body heads: "تنظيم" is also "organising"), else the one linked organisation of a
fitting kind named before the subject in the article's body; with two of them ("داعش" and "جبهة
النصرة": which one is "التنظيم"?) the head word is left as it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.kb import load_kb
from marsad.layers.quotes.generic_bodies import _head_before, _other_introduced
from marsad.lexicons.loader import table

if TYPE_CHECKING:
    from marsad.layers.quotes.attribution import SpeakerFinder

ARTICLE = "ال"
PLAIN_PREFIXES = ("", "و", "ف")
HEAD_KINDS: dict[str, frozenset[str]] = {match_key(row[0]): frozenset(row[1].split()) for row in table("body_head_kinds.tsv", 2)}


def body_of_kind(finder: SpeakerFinder, sp: SpeakerRef) -> SpeakerRef | None:
    """The one organisation whose knowledge-base kind fits the definite head word `sp` ("التنظيم")
    named before it in the body; None when `sp` is linked, more than that word, or the fit is not
    unique."""
    if sp.entity is not None:
        return None
    i0, i1 = finder.tok_at(sp.start), finder.tok_at(sp.end)
    if i1 - i0 != 1 or finder.toks[i0].start != sp.start:
        return None
    tok = finder.toks[i0]
    kinds, head = None, ""
    for _, st in tok.splits:
        prefix = tok.key[: len(tok.key) - len(st)]
        if prefix in PLAIN_PREFIXES and st.startswith(ARTICLE) and st[len(ARTICLE):] in HEAD_KINDS:
            head = st[len(ARTICLE):]
            kinds = HEAD_KINDS[head]
            break
    if kinds is None:
        return None
    kb = load_kb()
    fits: set[str] = set()
    introduced: str | None = None
    for r in finder.mentions_between(finder.doc.body_start, tok.start):
        entity = r.entity
        if entity.type != "ORG" or entity.id in finder.source_entities:
            continue
        if _head_before(finder, r.start, head):
            introduced = entity.id  # "تنظيم «داعش»": introduced by that very head word
        actor = kb.get(entity.kb) if entity.kb is not None else None
        if actor is not None and actor.kind in kinds and not finder.in_pp(r):
            # "نشر على تويتر"، "عبر فيسبوك": a platform or place named after a preposition is
            # where something was said or done, not a body the article tells of
            fits.add(entity.id)
    found = introduced if introduced is not None else next(iter(fits)) if len(fits) == 1 else None
    if found is None or _other_introduced(finder, found, i0):
        # "وتراجعت أرباح لشركة النقل البحري": another body of that kind, which the entity layer
        # did not find, was introduced since; the head word may be that one's
        return None
    return SpeakerRef(found, sp.start, sp.end, sp.text)
