"""Nationality words read into persons' names or as persons. Sentences written for these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.nationality_words import cut_nationality_words


def test_a_nationality_before_jinsiya_ends_the_name():
    kb = load_kb()
    text = "وأوقفت الشرطة خالد منصور - باكستاني الجنسية - بعد البلاغ."
    tokens = tokenize(text)
    start, end = text.index("خالد"), text.index(" الجنسية")
    first = next(i for i, t in enumerate(tokens) if t.start == start)
    last = next(i for i, t in enumerate(tokens) if t.end == end)
    cand = NameCandidate(start, end, first, last + 1, "PER", alias_key(text[start:end]), None, "ner")
    (kept,) = cut_nationality_words([cand], tokens, text, kb)
    assert text[kept.start : kept.end] == "خالد منصور"
    text = "وشارك في البطولة لاعبان سعوديان من الرياض."
    tokens = tokenize(text)
    start = text.index("سعوديان")
    k = next(i for i, t in enumerate(tokens) if t.start == start)
    cand = NameCandidate(start, start + 7, k, k + 1, "PER", alias_key("سعوديان"), None, "ner")
    assert cut_nationality_words([cand], tokens, text, kb) == []


def test_the_adjective_of_a_known_group_is_no_name():
    from marsad.arabic.tokens import tokenize
    from marsad.kb import alias_key, load_kb
    from marsad.layers.entities.name_candidate import NameCandidate
    from marsad.layers.entities.nationality_words import cut_nationality_words

    text = "واعتقلت الشرطة شابا داعشيا، ووصفه جاره فتحي بالهادئ."
    tokens = tokenize(text)

    def one(word, typ):
        start = text.index(word)
        k = next(i for i, t in enumerate(tokens) if t.start == start)
        return NameCandidate(start, start + len(word), k, k + 1, typ, alias_key(word), None, "ner")

    kept = cut_nationality_words([one("داعشيا", "LOC"), one("فتحي", "PER")], tokens, text, load_kb())
    assert [text[c.start : c.end] for c in kept] == ["فتحي"]


def test_a_people_alone_is_no_name():
    from marsad.layers.entities.nationality_words import drop_peoples

    text = "وتخشى أنقرة مواجهة مع الأكراد والدروز، فيما أعلن حزب العمال الكردستاني هدنة."
    tokens = tokenize(text)
    cands = []
    for word, typ in (("الأكراد", "ORG"), ("الدروز", "ORG")):
        start = text.index(word)
        k = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
        cands.append(NameCandidate(start, start + len(word), k, k + 1, typ, alias_key(word), None, "ner"))
    start = text.index("حزب العمال الكردستاني")
    a = next(i for i, t in enumerate(tokens) if t.start == start)
    party = NameCandidate(start, start + len("حزب العمال الكردستاني"), a, a + 3, "ORG",
                          alias_key("حزب العمال الكردستاني"), None, "ner")
    assert drop_peoples([*cands, party], tokens) == [party]
