"""Fixtures shared by the entity tests: the layer without NER (rules and KB only) and with it, and
the helpers that run it on a sentence and read its names."""

from __future__ import annotations

import pytest

from marsad.arabic.tokens import Token, tokenize
from marsad.document import Document
from marsad.kb import alias_key
from marsad.layers.entities.layer import EntityLayer
from marsad.layers.entities.name_candidate import NameCandidate


@pytest.fixture(scope="module")
def layer():
    return EntityLayer(use_ner=False)


@pytest.fixture(scope="module")
def ner_layer():
    lay = EntityLayer()
    if lay.ner is None:
        pytest.skip("NER model not installed")
    return lay


def analysed(layer, text: str, published: str) -> Document:
    """The text as a Document dated `published`, through the layer, its offsets checked."""
    doc = Document(text=text, published=published)
    layer(doc)
    doc.check_offsets()
    return doc


def names(doc: Document, typ: str) -> set[str]:
    """The name mentions of the document's entities of one type."""
    return {m.text for e in doc.entities if e.type == typ for m in e.mentions if m.kind == "name"}


def span_candidate(text: str, tokens: list[Token], span: str, typ: str = "PER", source: str = "ner",
                   start: int | None = None) -> NameCandidate:
    """A candidate of one type read as `span` where it first occurs (or at `start`); its tokens
    are those the span starts and ends in."""
    start = text.index(span) if start is None else start
    end = start + len(span)
    first = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
    last = next(i for i, t in enumerate(tokens) if t.start < end <= t.end)
    return NameCandidate(start, end, first, last + 1, typ, alias_key(span), None, source)


def person_candidate(text: str, name: str) -> tuple[list[Token], NameCandidate]:
    """The text's tokens and a tagger person read as `name` where it first occurs."""
    tokens = tokenize(text)
    return tokens, span_candidate(text, tokens, name)
