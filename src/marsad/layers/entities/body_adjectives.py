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


def _definite_dual(tok: Token) -> bool:
    """A definite word in the dual or the plural of the oblique case ("الحرمين", "الشريفين")."""
    key = tok.key
    return tok.is_word and tok.text.startswith("ال") and key.endswith("ين") and len(key) >= 6


def attach_dual_adjectives(cands: list[NameCandidate], tokens: list[Token], text: str) -> None:
    """"سفارة خادم الحرمين" + "الشريفين": a body's name that ends with a definite dual noun runs on
    over the definite dual adjective agreeing with it, which no other name holds (the two holy
    mosques are "الحرمين الشريفين"; the name does not stop between noun and adjective). Not a name the
    KB knows, nor before a participle ("الم..."), which a plural ("الحوثيين") takes as often."""
    starts = {c.tok_start for c in cands}
    for c in cands:
        j = c.tok_end
        if c.type != "ORG" or c.actor is not None or j >= len(tokens) or j in starts or c.end != tokens[j - 1].end \
                or text[c.end : tokens[j].start] != " " or not _definite_dual(tokens[j - 1]) \
                or not _definite_dual(tokens[j]) or tokens[j].key.startswith("الم"):
            continue  # "الحوثيين المدعومين من إيران": a participle with its complement describes them
        c.tok_end, c.end = j + 1, tokens[j].end
        c.key = alias_key(text[c.start : c.end])
