"""A body named again by its head word alone: "بيان الجامعة"، "تقرير صادر عن الوزارة" after
"جامعة تبوك"، "وزارة التعليم" earlier in the article. The definite head word refers back to the
last body the article named with that head word; the issuer of the document is that body
(GUIDE.md: a report speaks for the body that issued it when the article names it)."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder

ARTICLE = "ال"
PLAIN_PREFIXES = ("", "و", "ف")  # "الجامعة"، "والوزارة": the head word as a noun of its own, maybe after "و"


def body_named_before(finder: SpeakerFinder, j: int) -> SpeakerRef | None:
    """The body last named before token j whose name opens with the head word at j ("الجامعة" ->
    "جامعة تبوك"); None when the word is not a definite head word or no such body was named."""
    tok = finder.toks[j]
    heads = finder.lex.words.get("org_head", frozenset())
    head = None
    for _, st in tok.splits:
        prefix = tok.key[: len(tok.key) - len(st)]
        if prefix in PLAIN_PREFIXES and st.startswith(ARTICLE) and st[len(ARTICLE):] in heads:
            head = st[len(ARTICLE):]
            break
    if head is None:
        return None
    for r in reversed(finder.mentions_between(finder.doc.body_start, tok.start)):
        if r.entity.type != "ORG" or r.entity.id in finder.source_entities:
            continue
        words = r.entity.name.split()
        if words and match_key(words[0]) == head:
            return SpeakerRef(r.entity.id, tok.start, tok.end, tok.text)
    return None
