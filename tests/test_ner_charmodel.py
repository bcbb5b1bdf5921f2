"""The name-likeness model and the NER features built on it."""

from __future__ import annotations

from marsad.ner.charmodel import NameShape, grams
from marsad.ner.features import FeatureExtractor


def _model() -> NameShape:
    names = [("شوارزنيجر", "PER"), ("ستيفنسون", "PER"), ("هوفنهايم", "ORG"), ("فرانكفورت", "LOC"),
             ("كوبنهاغن", "LOC"), ("فولكسفاغن", "ORG"), ("جونسون", "PER"), ("شتوتغارت", "LOC")]
    ordinary = ["يعتبر", "الاقتصاد", "مباحثات", "سياسة", "تعاون", "يجتمع", "المسؤولين", "قرار",
                "الحكومة", "اجتماع", "مواطنين", "بمشاركة", "استثمار", "يستمر"]
    return NameShape.build(names, ordinary)


def test_grams_mark_word_edges() -> None:
    assert "^ست" in grams("ستيف") and "يف$" in grams("ستيف")


def test_transliterated_names_look_like_names() -> None:
    m = _model()
    assert m.features("هوفنبرغ")[0] in ("1", "2")
    assert m.features("يستعرض")[0] in ("-2", "-1")
    assert m.features("يستعرض")[1] == ""


def test_round_trip(tmp_path) -> None:
    m = _model()
    path = tmp_path / "chars.tsv"
    m.save(path)
    again = NameShape.load(path)
    assert again.counts == m.counts
    assert again.features("نيرنبرغ") == m.features("نيرنبرغ")


def test_glued_mark_does_not_change_the_word() -> None:
    fx = FeatureExtractor(None, _model())
    assert fx.word("كابول؛").own == fx.word("كابول").own
    assert fx.word("(بغداد").key == fx.word("بغداد").key
    assert fx.word("؛").key == "؛"


def test_given_name_and_shape_features() -> None:
    fx = FeatureExtractor(None, _model())
    assert "fn" in fx.word("ومحمد").own
    assert any(f.startswith("nm=") for f in fx.word("هوفنبرغ").own)



def test_name_lists_feed_the_gazetteer() -> None:
    from marsad.ner.gazetteer import Matcher, name_lists, phrase_key

    names = name_lists()
    assert set(names.values()) == {"PER", "ORG", "LOC", "MISC"}
    assert len(names) > 5000
    assert names[phrase_key("حركة المقاومة الإسلامية")] == "ORG"
    m = Matcher(names)
    keys = [phrase_key(w) for w in ["وصل", "جمال", "عبد", "الناصر", "إلى", "القاهرة"]]
    assert m.tags(keys, [(k,) for k in keys])[1:4] == ["B-PER", "I-PER", "I-PER"]
