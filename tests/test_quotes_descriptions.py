"""Definite descriptions as speakers ("وقالت الشركة", "وأوضحت الجامعة"): the named entity of the
article they refer to, or no name. Every sentence is written for these tests."""

from __future__ import annotations

from test_quotes import make_doc, quote_with, run


def test_the_company_is_the_subject_not_the_company_acted_on():
    body = ("وافقت الجمعية العامة لشركة النور للصناعات الغذائية على شراء حصة في شركة الريف للتغليف "
            "بقيمة عشرين مليون ريال. وقالت الشركة في بيان إن الصفقة ستكتمل قبل نهاية العام.")
    doc = run(make_doc(body, ents=[("ORG", "شركة النور للصناعات الغذائية", [("شركة النور للصناعات الغذائية", "name")]),
                                   ("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الصفقة ستكتمل").speaker.entity == "e1"


def test_the_company_named_where_the_entity_layer_marked_no_mention():
    body = ("وافقت الجمعية العامة لشركة النور للصناعات الغذائية على شراء حصة في شركة الريف للتغليف. "
            "وقالت الشركة في بيان إن الصفقة ستكتمل قبل نهاية العام، وإن فرعا لشركة النور للصناعات الغذائية "
            "سيفتتح في جدة.")
    doc = make_doc(body, ents=[("ORG", "شركة النور للصناعات الغذائية", [("شركة النور للصناعات الغذائية", "name")]),
                               ("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])])
    doc.entities[0].mentions = doc.entities[0].mentions[1:]  # only the later one is marked
    run(doc)
    assert quote_with(doc, "الصفقة ستكتمل").speaker.entity == "e1"


def test_a_company_acted_on_is_still_the_one_meant_when_no_other_is_named():
    body = ("استحوذ المستثمرون على حصة كبيرة في شركة الريف للتغليف. "
            "وقالت الشركة إن الإدارة الحالية باقية في مناصبها.")
    doc = run(make_doc(body, ents=[("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الإدارة الحالية").speaker.entity == "e1"


def test_a_head_word_of_another_kind_of_body_links_nothing():
    # "الجامعة" is no company: the company named before is not the speaker
    body = ("وقعت شركة الريف للتغليف اتفاقية تدريب. وقالت الجامعة إن الطلاب سيبدؤون التدريب في الصيف.")
    doc = run(make_doc(body, ents=[("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الطلاب سيبدؤون").speaker.entity != "e1"
