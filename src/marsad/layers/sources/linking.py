"""Linking a source to its entity: the KB outlet's entity, a mention added to it, or a new one.

The entity layer may have read the outlet's name already (as the KB outlet, as an organisation, or
as a person or place it mistook the name for): the source joins that entity and corrects it rather
than adding a second one; a namesake outlet is replaced by the one a demonym after the name points
to. An outlet the KB does not list becomes an ORG entity named without its outlet word ("الميرور"
for "صحيفة الميرور"), since readers leave that word out as often as not.
"""

from __future__ import annotations

from bisect import bisect_right

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token, tokenize
from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from marsad.layers.sources.known_entities import OUTLET_KB_IDS
from marsad.layers.sources.words import (
    NEWS_ADJECTIVES,
    NEWS_WORDS,
    OUTLET_HEADS,
    OUTLET_SUFFIXES,
    QUOTES,
    is_nisba,
    outlet_head,
)

# papers, channels and sites; an agency keeps its word ("وكالة مأرب": a place's name without it)
NAMED_BY_WORD = frozenset(map(match_key, ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "شبكة")))


def link_source(doc: Document, start: int, end: int, actor, namesakes: dict) -> str | None:
    """The id of the entity for this source; creates it (or a mention) when missing."""
    text = doc.text[start:end]
    if actor is not None and actor.id in namesakes:
        others = {a.id for a in namesakes[actor.id]} - {actor.id}
        for ent in doc.entities:
            if ent.kb in others and [(m.start, m.end) for m in ent.mentions] == [(start, end)]:
                # "الديلي ستار، اللبنانية": the entity layer read the bare name; the demonym after it decides
                ent.kb, ent.name_en = actor.id, actor.name_en
    for ent in doc.entities:
        if actor is not None and ent.kb == actor.id:
            if not any(m.start < end and start < m.end for m in ent.mentions):
                ent.mentions.append(Mention(start, end, text, "name"))
                ent.mentions.sort(key=lambda m: m.start)
            return ent.id
    for ent in doc.entities:
        if ent.type != "ORG" and ent.kb is None and [(m.start, m.end) for m in ent.mentions] == [(start, end)]:
            ent.type = "ORG"  # "صحيفة «حرييت»": the tagger's person or place is the outlet
            if actor is not None:  # "لـ«الوئام»": and the KB's outlet of that name
                ent.kb, ent.name_en = actor.id, ent.name_en or actor.name_en
            return ent.id
        if actor is None and ent.kb is not None and ent.kb.startswith(OUTLET_KB_IDS) and all(
                start <= m.start and m.end <= end and adds_a_name(doc.text, m, start, end) for m in ent.mentions):
            continue  # "صحيفة “ذا تايمز أوف إنديا”": a longer name than the KB outlet's inside it, another outlet
        if ent.type == "ORG" and any(m.start <= start and end <= m.end or start <= m.start and m.end <= end
                                     for m in ent.mentions):
            if actor is not None and ent.kb is None and all(names_only(doc.text, m, start, end) for m in ent.mentions):
                # "بحسب صحيفة الماركا": the tagger's organisation is the KB outlet; its English name
                # lets the outlet be told apart from a namesake and found under another spelling
                ent.kb, ent.name_en = actor.id, ent.name_en or actor.name_en
            return ent.id
    mention = Mention(start, end, text, "name")
    if actor is not None:
        return add_entity(doc, "ORG", actor.name_ar, [mention], name_en=actor.name_en, kb=actor.id).id
    return add_entity(doc, "ORG", name_after_word(doc, start, end) or text, [mention]).id


def name_after_word(doc: Document, start: int, end: int) -> str | None:
    """"صحيفة الميدان المصرية" -> "الميدان", "قناة الرسالة الفضائية" -> "الرسالة": the name of an outlet the KB does
    not list, without the outlet word its source span opens with and the adjectives after it, which a
    reader leaves out as often as not ("الميرور" for "صحيفة الميرور"): the entity's name, the span
    its mention. None when the span opens with no such word, or the words after it are a
    description rather than a name ("قناة الجيش الإسرائيلي")."""
    first = max(0, bisect_right(doc.tokens, start, key=_start) - 1)  # "لقناة ..": the span opens after the "ل"
    name = [t for t in doc.tokens[first:] if t.end <= end]
    head = outlet_head(name[0]) if name else None
    if len(name) < 2 or head is None or head[1] not in NAMED_BY_WORD or not name[1].is_word or name[1].key in NEWS_WORDS:
        return None
    rest = name[1:]
    while len(rest) > 1 and (is_nisba(rest[-1], definite=True) or rest[-1].key in NEWS_ADJECTIVES):
        rest = rest[:-1]  # "قناة الفجر الفضائية", "صحيفة الميدان المصرية": its adjectives are no name
    if len(rest) > 1 and all(t.key.startswith("ال") for t in rest):
        return None  # "قناة الجيش الإسرائيلي": the head belongs to a descriptive name
    return doc.text[rest[0].start : rest[-1].end]


def names_only(text: str, mention: Mention, start: int, end: int) -> bool:
    """The mention lies within the source's span, or adds to it only the outlet word before it
    ("صحيفة الغارديان" for "الغارديان"): it names the same outlet and nothing more."""
    if start <= mention.start and mention.end <= end:
        return True
    if mention.end != end or mention.start > start:
        return False
    extra = text[mention.start : start].strip(" " + QUOTES)
    return " " not in extra and match_key(extra) in OUTLET_HEADS


def adds_a_name(text: str, mention: Mention, start: int, end: int) -> bool:
    """The span adds to the mention inside it words that make another name ("ذا تايمز" + "أوف
    إنديا"), not an outlet's usual last word or adjectives ("إيه بي سي" + "نيوز", "وكالة الأنباء
    اليمنية" + "الرسمية": the same outlet)."""
    extra = tokenize(text[start : mention.start] + " " + text[mention.end : end])
    return any(t.is_word and t.key not in OUTLET_SUFFIXES and t.key not in NEWS_ADJECTIVES
               and not is_nisba(t, definite=True) for t in extra)


def _start(tok: Token) -> int:
    return tok.start
