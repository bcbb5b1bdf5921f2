"""The Python face: what `import marsad` shows, the README loop, and a Document that is easy to
hold in a REPL (short repr, tokens by iteration, bytes accepted)."""

from __future__ import annotations

import pytest

import marsad

ARTICLE = (
    "قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن موسكو تنتظر ردا مكتوبا من واشنطن على مقترحاتها "
    "الأمنية. وأضاف لافروف في مؤتمر صحفي: «لن نقبل بالمماطلة في قضايا الأمن الأوروبي»."
)


def test_the_api_is_visible():
    assert {"analyze", "Analyzer", "Document"} <= set(dir(marsad))


def test_the_readme_loop_names_the_person():
    doc = marsad.analyze(ARTICLE, published="2022-02-14")
    names = set()
    for q in doc.quotes:
        who = doc.speaker_of(q)
        names.add(who.name_en or who.name if who else None)
    assert names == {"Sergey Lavrov"}


def test_a_document_is_short_to_print_and_iterates_its_tokens():
    doc = marsad.analyze(ARTICLE * 40, title="لافروف يطالب بردود مكتوبة", published="2022-02-14")
    text = repr(doc)
    assert len(text) < 200 and "لافروف يطالب" in text and "quotes" in text
    tokens = list(doc)
    assert len(doc) == len(tokens) and tokens[0].text == "لافروف"
    assert marsad.Document.__doc__ and marsad.Document.entity.__doc__ and marsad.Document.to_record.__doc__


def test_bytes_are_decoded_and_other_types_refused():
    doc = marsad.analyze(ARTICLE.encode("cp1256"), published="2022-02-14")
    assert doc.text == ARTICLE and any("1256" in w for w in doc.warnings)
    assert marsad.analyze(ARTICLE.encode("utf-8")).text == ARTICLE
    with pytest.raises(TypeError, match="str or bytes"):
        marsad.analyze(12345)
