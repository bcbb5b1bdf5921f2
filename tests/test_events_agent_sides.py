"""Sides of the record's events named by an agent's phrase, an asker, a headline label or a title
(events/agent_sides.py). Sentences written for these tests."""

from __future__ import annotations

from test_events import named_triples as _events


def test_the_agent_after_a_passive_threat_is_the_actor() -> None:
    names = {"جون سميث": ("e1", "PER"), "جماعة أبو سياف": ("e2", "ORG"), "تنظيم القاعدة": ("e3", "ORG")}
    found = _events("وكان المهندس جون سميث قد خُطف ثم هُدد بالإعدام من قبل «جماعة أبو سياف» الموالية "
                    "لتنظيم القاعدة في الفلبين.", names)
    assert ("THREATEN", "e2", "e1") in found
    assert not any(actor == "e1" for _t, actor, _g in found)


def test_who_asks_follows_a_governed_noun_of_asking() -> None:
    names = {"الولايات المتحدة": ("e1", "LOC"), "العراق": ("e2", "LOC")}
    found = _events("وتأتي الضربات التي تشنها الولايات المتحدة بناء على طلب من العراق لحماية سد الموصل.", names)
    assert ("REQUEST", "e2", "e1") in found
    assert ("REQUEST", "e1", "e2") not in found


def test_the_verb_of_asking_keeps_its_subject() -> None:
    names = {"مجلس الأمن": ("e1", "ORG"), "بان كي مون": ("e2", "PER")}
    found = _events("وطلب مجلس الأمن من بان كي مون إعداد تقرير عن الأوضاع الإنسانية.", names)
    assert ("REQUEST", "e1", "e2") in found


def test_a_headline_label_does_not_act() -> None:
    names = {"العراق": ("e1", "LOC"), "التحالف الدولي": ("e2", "ORG"), "داعش": ("e3", "ORG")}
    found = _events("العراق.. غارات للتحالف الدولي على مواقع داعش قرب الرمادي", names)
    assert not any(actor == "e1" for _t, actor, _g in found)


def test_a_body_in_the_title_of_the_person_named_after_it_is_no_side() -> None:
    names = {"الجمهورية التونسية": ("e1", "LOC"), "عثمان بطيخ": ("e2", "PER"), "جامعة الزيتونة": ("e3", "ORG"),
             "منير الهادي": ("e4", "PER")}
    found = _events("واستنكر مفتي الجمهورية التونسية الشيخ عثمان بطيخ الاعتداء الذي طال المصلين.", names)
    assert ("ACCUSE", "e1", "e2") not in found
    found = _events("وأدان رئيس جامعة الزيتونة، الدكتور منير الهادي، الاعتداء على المصلين.", names)
    assert ("ACCUSE", "e3", "e4") not in found


def test_the_country_in_a_ministers_title_is_not_met_by_him() -> None:
    names = {"مصر": ("e1", "LOC"), "سامي خالد": ("e2", "PER"), "تونس": ("e3", "LOC")}
    found = _events("ويزور وزير خارجية مصر سامي خالد تونس الأسبوع المقبل.", names)
    assert ("CONSULT", "e1", "e2") not in found


def test_a_titles_portfolio_is_no_target() -> None:
    names = {"سالم العلي": ("e1", "PER"), "الجامعة العربية": ("e2", "ORG"), "العراق": ("e3", "LOC")}
    found = _events("واستنكر السفير سالم العلي المبعوث الخاص للجامعة العربية لشؤون العراق التفجير.", names)
    assert ("ACCUSE", "e1", "e3") not in found
    assert ("ACCUSE", "e1", "e3") in _events("واستنكر سالم العلي التدخل في شؤون العراق.", names)


def test_the_outlet_a_statement_is_given_to_is_no_target() -> None:
    names = {"سالم العلي": ("e1", "PER"), "المدينة": ("e2", "ORG")}
    found = _events("وطالب السفير سالم العلي في تصريح خاص لـ«المدينة» بالوقوف بحزم ضد الإرهاب.", names)
    assert ("REQUEST", "e1", "e2") not in found


def test_a_verbs_subject_before_its_named_object_is_no_title() -> None:
    names = {"تنظيم داعش": ("e1", "ORG"), "سامر الحلبي": ("e2", "PER")}
    found = _events("وقد خطف تنظيم داعش سامر الحلبي من منزله في الموصل قبل شهرين.", names)
    assert ("ASSAULT", "e1", "e2") in found
