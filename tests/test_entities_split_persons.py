"""One man's name the tagger read as two persons side by side (entities/split_persons). Sentences
written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.split_persons import join_split_persons


def _cands(text: str, parts: list[str], actors: tuple = ()) -> tuple[list, list[NameCandidate]]:
    tokens = tokenize(text)
    out = []
    for n, part in enumerate(parts):
        start = text.index(part)
        end = start + len(part)
        a = next(i for i, t in enumerate(tokens) if t.start == start)
        b = next(i for i, t in enumerate(tokens) if t.end == end) + 1
        actor = actors[n] if n < len(actors) else None
        out.append(NameCandidate(start, end, a, b, "PER", alias_key(part), actor, "ner"))
    return tokens, out


def test_a_given_name_before_a_mans_name_begins_it(ner_layer):
    doc = analysed(ner_layer, "شهادات من الحي.\n\nيقول رامي محمد سعد (39 عاما) إن الشبان حموا الحي.", "2015-08-03")
    assert "رامي محمد سعد" in names(doc, "PER")


def test_a_fathers_given_name_goes_on_into_the_rest_of_the_name():
    words = NameWords(load_kb())
    text = "وشيع الجندي أول محمد علي ياسين العمري إلى مثواه الأخير."
    tokens, cands = _cands(text, ["محمد علي", "ياسين العمري"])
    joined = join_split_persons(cands, tokens, text, words)
    assert [text[c.start:c.end] for c in joined] == ["محمد علي ياسين العمري"]
    # the family name alone after a man's two names closes the chain
    text = "وصل رئيس الوزراء خالد محفوظ بحاح إلى عدن."
    tokens, cands = _cands(text, ["خالد محفوظ", "بحاح"])
    assert [text[c.start:c.end] for c in join_split_persons(cands, tokens, text, words)] == ["خالد محفوظ بحاح"]


def test_a_family_name_then_another_mans_name_are_two_men():
    words = NameWords(load_kb())
    text = "وهنأ سعد العتيبي فهد الدوسري بالفوز."
    tokens, cands = _cands(text, ["سعد العتيبي", "فهد الدوسري"])
    assert len(join_split_persons(cands, tokens, text, words)) == 2


def test_a_man_after_and_is_another_man():
    words = NameWords(load_kb())
    text = "ويعتمد المدرب على كعبي والسالم في الهجوم."
    tokens, cands = _cands(text, ["كعبي", "والسالم"])
    assert len(join_split_persons(cands, tokens, text, words)) == 2


def test_two_men_of_one_family_with_one_given_name_stay_two(ner_layer):
    # "محمد حمد العمري" begins and ends as "محمد علي ياسين العمري" but his father is another man
    text = ("تشييع في الساحل.\n\nوشيع الأهالي الجندي أول محمد علي ياسين العمري إلى مثواه الأخير، وقدم شيخ "
            "القبيلة الشيخ محمد حمد العمري شكره للحضور، وقال محمد علي العمري إن الفقيد كان مثالا.")
    doc = analysed(ner_layer, text, "2015-08-03")
    people = [{m.text for m in e.mentions if m.kind == "name"} for e in doc.entities if e.type == "PER"]
    assert {"محمد علي ياسين العمري", "محمد علي العمري"} in people and {"محمد حمد العمري"} in people
