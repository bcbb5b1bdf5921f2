"""What the entity layer already found at a source's span: a person, a place, a body that is no
outlet, or a longer name of which the span is the short form.

A paper's name is often a common word or a transliteration the tagger reads as a person or a place
("الرياض", "فوكس"), and a body's website or magazine shares words with an outlet's name: these
tests let the layer keep a source the construction proves while refusing a span the entities
explain better.
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import Token
from marsad.document import Document, Entity
from marsad.lexicons.names import given_names

PERSON_TYPES = frozenset({"PER", "LOC"})
OUTLET_KB_IDS = ("marsad:agency/", "marsad:outlet/")


def in_a_name(doc: Document, tok: Token) -> bool:
    """The entity layer read the token as (part of) a name: "فايننشال" in "فايننشال تايمز"."""
    return any(m.start <= tok.start and tok.end <= m.end for ent in doc.entities for m in ent.mentions)


def known_body(doc: Document, start: int, end: int) -> bool:
    """The span overlaps an entity of the KB that is no outlet ("موقع أرامكو": the company's site),
    or an organisation the tagger found ("موقع ويكيليكس": the body's own site, which publishes leaks
    rather than news), when it spans the whole name: a part of the name it tagged ("شبكة فوكس بيزنس",
    "فوكس" alone) is a transliterated name misread, as a person or a place it found may be."""
    return any(ent.kb is not None and not ent.kb.startswith(OUTLET_KB_IDS)
               and any(m.start < end and start < m.end for m in ent.mentions)
               or ent.kb is None and ent.type == "ORG" and any(m.start <= start and end <= m.end for m in ent.mentions)
               for ent in doc.entities)


def shortens_a_body(doc: Document, start: int, end: int) -> bool:
    """The paper's common-word name at start..end opens the longer name of a body that is no outlet
    elsewhere in the document ("المرصد" after "المرصد السوري لحقوق الإنسان"): the short form
    the article uses for that body, not the paper that shares its first word."""
    words = [match_key(w) for w in doc.text[start:end].split()]
    for ent in doc.entities:
        if ent.type != "ORG" or (ent.kb is not None and ent.kb.startswith(OUTLET_KB_IDS)):
            continue
        for m in ent.mentions:
            name = [match_key(w) for w in doc.text[m.start : m.end].split()]
            if len(name) > len(words) and name[: len(words)] == words and not (m.start <= start < m.end):
                return True
    return False


def names_a_person(doc: Document, start: int, end: int) -> bool:
    """The span of two words or more is a person's name: the entity layer found a person there, or
    it opens with a given name ("داود الشريان"). One word alone may be a paper's name the tagger took
    for a person."""
    words = doc.text[start:end].split()
    if len(words) < 2:
        return False
    return match_key(words[0]) in given_names() or any(
        ent.type == "PER" and ent.kb is None and any(m.start <= start and end <= m.end for m in ent.mentions)
        for ent in doc.entities)


def person_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the entity layer found persons."""
    return [(m.start, m.end) for ent in doc.entities if ent.type == "PER" for m in ent.mentions]


def names_a_person_or_place(doc: Document, start: int, end: int) -> bool:
    """The whole span is a person, a place or a known body that is not an outlet: "و«حماس»", not
    "و«تايوان نيوز»", whose first word alone is a place."""
    return any(no_outlet(ent) and any(m.start <= start and end <= m.end for m in ent.mentions)
               for ent in doc.entities)


def person_or_place(doc: Document, start: int, end: int) -> bool:
    """The span overlaps a person or place, or a known body that is not an outlet."""
    return any(no_outlet(ent) and any(m.start < end and start < m.end for m in ent.mentions)
               for ent in doc.entities)


def no_outlet(ent: Entity) -> bool:
    """A person, a place or a KB entry that is no agency or outlet."""
    return ent.type in PERSON_TYPES or (ent.kb is not None and not ent.kb.startswith(OUTLET_KB_IDS))
