"""A family name that is also a relational adjective, read after the noun it describes.
Sentences written for these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.adjective_persons import adjective_after_noun
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords


def _person_at(text: str, word: str) -> tuple[NameCandidate, list]:
    tokens = tokenize(text)
    start = text.index(word)
    k = next(i for i, t in enumerate(tokens) if t.start == start)
    return NameCandidate(start, start + len(word), k, k + 1, "PER", alias_key(word), None, "ner"), tokens


def test_charity_work_names_nobody_but_a_titled_family_name_does():
    words = NameWords(load_kb())
    for text, expected in (("ويهتم كثير من الناس بالعمل الخيري في رمضان.", True),
                           ("وقال المهندس الخيري إن المشروع اكتمل.", False),
                           ("وكتب الزميل الخيري مقالا عن المشروع.", False)):
        cand, tokens = _person_at(text, "الخيري")
        assert adjective_after_noun(cand, tokens, text, words) is expected, text
