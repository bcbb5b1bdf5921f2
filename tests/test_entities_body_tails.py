"""Words a body's name ran on into (issue ent3). Sentences written for these tests; the tagger's
span is given by hand."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer, span_candidate  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.layers.entities.body_tails import cut_body_tails


def _cut(text: str, span: str) -> list[str]:
    tokens = tokenize(text)
    c = span_candidate(text, tokens, span, "ORG", "ner")
    return [text[x.start : x.end] for x in cut_body_tails([c], tokens, text)]


def test_the_founding_capital_ends_a_company_name():
    text = "ووافقت الوزارة على تأسيس شركة النخيل الذهبية القابضة برأسمال مليون ريال."
    assert _cut(text, "شركة النخيل الذهبية القابضة برأسمال") == ["شركة النخيل الذهبية القابضة"]


def test_a_relative_pronoun_and_a_message_end_a_body_name():
    text = "ورفع مجلس الشورى التهاني للقيادة، وأشاد بهيئة الهلال الأحمر والتي قدمت خدماتها."
    assert _cut(text, "مجلس الشورى التهاني") == ["مجلس الشورى"]
    assert _cut(text, "هيئة الهلال الأحمر والتي") == ["هيئة الهلال الأحمر"]


def test_what_a_council_decides_ends_its_name(ner_layer):
    doc = analysed(ner_layer, "جلسة المجلس.\n\nوبعد دراسة الموضوع قرر مجلس الوزراء الموافقة على تنظيم الهيئة الجديدة.",
                   "2015-08-03")
    assert "مجلس الوزراء" in names(doc, "ORG")
    assert not [n for n in names(doc, "ORG") if "الموافقة" in n]



def test_a_title_after_two_words_of_the_name_ends_it(ner_layer):
    doc = analysed(ner_layer, "وتحاضر عضوة هيئة التدريس بجامعة الملك خالد الدكتورة نورة القحطاني غدا.", "2015-08-10")
    assert "جامعة الملك خالد" in names(doc, "ORG")
    assert not [n for n in names(doc, "ORG") if "الدكتورة" in n]


def test_a_title_right_after_the_head_is_the_name_of_whom_the_body_is_named_after():
    text = "وافتتح مستشفى الدكتور سليمان الحبيب فرعا جديدا في الخبر."
    assert _cut(text, "مستشفى الدكتور سليمان الحبيب") == ["مستشفى الدكتور سليمان الحبيب"]


def test_the_agency_an_official_spoke_to_is_no_part_of_the_body():
    text = "وقال مسؤول بوزارة النفط لرويترز إن الإنتاج مستقر."
    assert _cut(text, "وزارة النفط لرويترز") == ["وزارة النفط"]
