"""A name a place's head word begins, or that stands right after one, is the place
(entities/headed_places). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.headed_places import retype_headed_places
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())


def _cand(text: str, span: str, typ: str = "PER") -> tuple[list, NameCandidate]:
    tokens = tokenize(text)
    start = text.index(span)
    end = start + len(span)
    a = next(i for i, t in enumerate(tokens) if t.start == start)
    b = next(i for i, t in enumerate(tokens) if t.end == end) + 1
    return tokens, NameCandidate(start, end, a, b, typ, alias_key(span), None, "ner")


def test_a_square_read_as_a_person_is_a_place():
    text = "ويمتد الطريق حتى إشارة ميدان الدوارق بالعاصمة المقدسة."
    tokens, c = _cand(text, "ميدان الدوارق")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "LOC" and text[c.start:c.end] == "ميدان الدوارق"


def test_a_name_after_a_place_head_names_the_place():
    text = "ويصل الحجاج بعد الظهر إلى مشعر عرفات لأداء الركن الأعظم."
    tokens, c = _cand(text, "عرفات")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "LOC" and text[c.start:c.end] == "مشعر عرفات"


def test_a_person_after_an_ordinary_word_stays_a_person():
    text = "وأكد مدير سوق الخضار محمد العتيبي أن الأسعار مستقرة."
    tokens, c = _cand(text, "محمد العتيبي")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "PER" and text[c.start:c.end] == "محمد العتيبي"


def test_the_square_in_an_article(ner_layer):
    doc = analysed(ner_layer, "مشروعات الطرق.\n\nويبلغ طول الطريق 72 كيلومترا حتى إشارة ميدان الدوارق بالعاصمة المقدسة.",
                   "2015-08-03")
    assert "ميدان الدوارق" in names(doc, "LOC")
    assert not names(doc, "PER")


def test_an_ordinary_word_after_a_market_is_no_place():
    text = "ويتسبب ذلك في نقص إمدادات سوق العقار في العاصمة."
    tokens, c = _cand(text, "العقار")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "PER" and text[c.start:c.end] == "العقار"


def test_a_body_a_finder_named_with_its_head_stays_a_body():
    text = "ودعت منظمة «جبل الهيكل» اليهودية إلى اقتحام المسجد."
    tokens, c = _cand(text, "جبل الهيكل", "ORG")
    c.source = "pattern"
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "ORG"


def test_a_plain_read_as_a_man_named_sahl_is_the_place():
    text = "ودارت معارك عنيفة في سهل الزيتون شمال المدينة، وروى الحديث سهل بن سعد."
    tokens, c = _cand(text, "سهل الزيتون")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "LOC"
    tokens, c = _cand(text, "سهل بن سعد")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "PER"
    # a family name after the given name Sahl is the man
    text = "وقال الرئيس التنفيذي للشركة سهل مرزوقي إن الأرباح ارتفعت."
    tokens, c = _cand(text, "سهل مرزوقي")
    retype_headed_places([c], tokens, text, WORDS)
    assert c.type == "PER"


def test_a_corniche_alone_names_nothing(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "واكتظ كورنيش جدة بالعائلات طوال أيام العيد.", "2015-08-02")
    places = names(doc, "LOC")
    assert "كورنيش" not in places
    assert "جدة" in places
