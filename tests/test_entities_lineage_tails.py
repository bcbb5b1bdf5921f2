"""A name after "بن" that ends a person's name is his lineage, not another person
(entities/lineage_tails). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures


def persons(doc):
    return [e for e in doc.entities if e.type == "PER"]


def test_the_rest_of_a_princes_lineage_is_no_other_man(ner_layer):
    doc = analysed(ner_layer, "زيارة رسمية.\n\nوصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود "
                              "إلى القاهرة مساء أمس في زيارة رسمية.", "2015-08-03")
    people = persons(doc)
    assert len(people) == 1 and people[0].kb == "marsad:per/mohammed-bin-salman"


def test_a_son_named_with_ibn_before_his_father_keeps_the_father(layer):
    # "ابن" before a person named on his own: two men, the father no lineage of the son
    doc = analysed(layer, "لقاء في الديوان.\n\nوقال الأمير تركي الفيصل، وهو ابن الملك فيصل بن عبدالعزيز، "
                          "إن الزيارة ناجحة.", "2015-08-03")
    people = persons(doc)
    son = [e for e in people if e.kb == "marsad:per/turki-al-faisal"]
    father = [e for e in people if any(m.text == "فيصل بن عبدالعزيز" for m in e.mentions)]
    assert len(son) == 1 and len(father) == 1 and son[0] is not father[0]
    assert not any("فيصل بن عبدالعزيز" in m.text for m in son[0].mentions)
