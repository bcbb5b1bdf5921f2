"""Sources layer: outlets outside the KB recognised by construction (a statement said to a quoted
or Latin-lettered name, an agency cited by its nationality, citing verbs with an object pronoun)
and the agency words that name no outlet (rating agencies, bodies with a remit).

Sentences written for these tests."""

from __future__ import annotations

from test_sources import names, run


def test_quoted_recipient_after_verb_and_subject_when_the_statement_opens():
    assert names(run("وقال مصدر عسكري لـ«النهار» إن التعزيزات وصلت إلى المدينة.")) == ["النهار"]
    assert names(run("وأكد رئيس الجمعية لـ«الجريدة»، أن التبرعات زادت هذا العام.")) == ["الجريدة"]
    assert names(run("وقال رئيس المهرجان لـ«البيان» الثلاثاء الماضي إن الدورة ستقام.")) == ["البيان"]
    assert names(run("ويقول أحد السكان لـ«الأخبار»: «الوضع صعب».")) == ["الأخبار"]


def test_quoted_name_after_lam_is_no_outlet_when_no_statement_opens_after_it():
    assert names(run("دعا الوزير لـ«الحوار» بين الأطراف إن أمكن ذلك.")) == []
    assert names(run("وقدم التهنئة لـ«الأهلي» بعد فوزه بالكأس.")) == []
    assert names(run("وقال المدير التنفيذي لـ«ستار ميديا»: «إن الشركة ستتوسع».")) == []


def test_latin_name_after_bare_lam_received_the_words():
    assert names(run("وقال الوزير في حديث لـ CNN إن القوات ستنسحب قريبا.")) == ["CNN"]


def test_agency_by_its_nationality_after_according_to():
    assert names(run("ووفقاً لـ\"الفرنسية\"، فقد أعلن الجيش سيطرته على البلدة.")) == ["الفرنسية"]
    assert names(run("وسار الوفد وفقًا لـ«الطائفة» المؤمنين إلى المدينة.")) == []


def test_citing_verbs_with_an_object_pronoun_and_of_opinion():
    doc = run("وقال في تصريحات نشرتها صحيفة \"ديلي تلغراف\" إن فريقه سيفوز.")
    assert names(doc) == ["ديلي تلغراف"]
    assert names(run("وترى صحيفة «إل باييس» أن النادي سيبيع اللاعب.")) == ["إل باييس"]


def test_rating_agencies_and_bodies_with_a_remit_are_no_outlets():
    assert names(run("وأكدت وكالة موديز التصنيف الائتماني للبنك عند مستواه.")) == []
    assert names(run("وقالت وكالة ستاندرد للتصنيف الائتماني إن النظرة مستقرة.")) == []
    assert names(run("وأعلنت الوكالة الأوروبية للأدوية أن العقار آمن.")) == []
    assert names(run("وذكرت وكالة شينخوا للأنباء أن الزلزال ضرب الإقليم.")) == ["شينخوا"]


def test_an_unnamed_official_outlet_is_a_source_without_an_entity():
    doc = run("وطالب الوزير في تصريح نشرته الوكالة الرسمية الحكومة بالتحرك فورا.")
    assert names(doc) == ["الوكالة الرسمية"]
    assert doc.sources[0].entity is None and doc.entities == []


def test_recipient_before_ila_anna_and_a_bracketed_name_after_an_outlet_word():
    assert names(run("وأشار مسؤول لـ\"الرأي\" إلى أن اللجنة ستجتمع غدا.")) == ["الرأي"]
    assert names(run("وقال المدرب في تصريحه لموقع (غول ميديا) الإيطالي: \"سنفوز\".")) == ["غول ميديا"]
