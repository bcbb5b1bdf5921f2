"""A given name alone after a title used with given names alone (`bare_titled_names.py`):
"الملا عمر", "العماد عون", "النبي يونس", and no person after a place's title ("مسجد الإمام علي")."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_given_name_after_the_mullah_is_a_person(ner_layer):
    text = ("أكدت الحركة اختيار قائد جديد لها بعد أسابيع من الخلاف.\n\n"
            "وجاء الإعلان بعد تأكيد وفاة الملا عمر قبل عامين، وقال متحدث إن مجلس الشورى اجتمع أمس.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "عمر" in found


def test_a_name_after_a_rank_kept_as_a_title_is_the_name_alone(ner_layer):
    text = ("تتواصل المشاورات بين الكتل النيابية في بيروت.\n\n"
            "وقال نائب في الكتلة إن موقف العماد عون من الاستحقاق الرئاسي لم يتغير، وإن اللقاءات مستمرة.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "عون" in found and "العماد عون" not in found


def test_a_prophet_named_after_his_title_loses_the_words_around(ner_layer):
    text = ("ألقى الخطيب درسا في المسجد الكبير بعد صلاة العصر.\n\n"
            "وتحدث عن صبر النبي يونس في بطن الحوت، وذكر ما روته السيدة عائشة عن بيت النبوة.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert {"يونس", "عائشة"} <= found
    assert not any(" " in n and ("يونس" in n or "عائشة" in n) for n in found)


def test_a_title_inside_a_place_name_introduces_nobody(ner_layer):
    text = ("افتتحت البلدية حديقة جديدة في الحي الشرقي.\n\n"
            "وتقع الحديقة قرب مسجد الإمام علي في وسط البلدة، وتضم ملاعب للأطفال.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "علي" not in found


def test_a_summit_named_after_a_prophet_is_no_person(ner_layer):
    text = ("تواصلت الاشتباكات في ريف اللاذقية لليوم الثالث.\n\n"
            "وقصفت الفصائل مواقع في قمة النبي يونس بالساحل، وقالت إنها تقدمت نحو القرى المجاورة.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "يونس" not in found
