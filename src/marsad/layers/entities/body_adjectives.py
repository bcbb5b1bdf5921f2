"""A country's feminine adjective right after a body's name: "شركة أرامكو السعودية", "«سابك» السعودية".

"السعودية" is the country and its feminine adjective alike. After a body's name it qualifies the
body (the company is Saudi), no place of the sentence: the candidate the KB made of it goes, and
the body's name runs on over it when nothing stands between ("شركة أرامكو السعودية" is the name
the company goes by); after a closing quote mark the adjective stays outside the quoted name.
The KB's own matches of such a name ("أرامكو السعودية") are left as they are. A feminine body word
with a masculine country adjective ("سباق الرئاسة الأميركي") names no body: the adjective agrees
with the noun before.
`attach_body_adjectives` is a step of `mentions.MentionFinder.find`.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.name_candidate import NameCandidate

_CLOSING_QUOTES = "»\"”'"


def attach_body_adjectives(cands: list[NameCandidate], tokens: list[Token], text: str,
                           kb: KnowledgeBase) -> list[NameCandidate]:
    """The candidates without the country adjectives that qualify the body named before them."""
    ends = {c.tok_end: c for c in cands if c.type == "ORG"}
    gone: list[NameCandidate] = []
    for c in cands:
        if c.type != "LOC" or c.source != "kb" or c.tok_end - c.tok_start != 1 or c.start != tokens[c.tok_start].start:
            continue
        tok = tokens[c.tok_start]
        if not tok.key.startswith("ال") or kb.demonym(tok.key) is None:
            continue  # "السعودية" read as the adjective it also is; not "مصر", nor "وسوريا"
        body = ends.get(c.tok_start)
        gap = text[body.end : c.start] if body is not None else ""
        if body is not None and gap == " ":
            body.tok_end, body.end = c.tok_end, c.end  # "شركة أرامكو السعودية"
            body.key = alias_key(text[body.start : body.end])
            gone.append(c)
            continue
        k = c.tok_start - 1
        if k >= 0 and not tokens[k].is_word and tokens[k].text and tokens[k].text[-1] in _CLOSING_QUOTES \
                and ends.get(k) is not None and text[tokens[k].end : c.start] == " ":
            gone.append(c)  # "«سابك» السعودية"
    for c in cands:
        if c.type == "ORG" and c.actor is None and c.source != "kb" and c.tok_end - c.tok_start == 2:
            first, second = tokens[c.tok_start], tokens[c.tok_start + 1]
            if first.key.startswith("ال") and first.key.endswith("ه") and second.key.startswith("ال") \
                    and second.key.endswith("ي") and kb.demonym(second.key) is not None:
                gone.append(c)  # "سباق الرئاسة الأميركي": the masculine adjective is the race's, no body's
    if not gone:
        return cands
    return [c for c in cands if all(c is not g for g in gone)]
