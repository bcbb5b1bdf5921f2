"""Persons named in a list of persons (`listed_persons.py`): an item the tagger left out between
or after persons of the list, and a given name the tagger cut off an item's start."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_an_item_of_ordinary_words_between_listed_persons_is_a_person(ner_layer):
    text = ("افتتح مهرجان المسرح أمس في جدة.\n\n"
            "والعرض من تأليف ناصر القحطاني، وتمثيل الفنانات: هند الزهراني، وأمل النابلسي، وسمية شعبان، "
            "ورواء شعبان، وأمل الشريف، وسمية سندابي.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert {"رواء شعبان", "أمل الشريف"} <= found


def test_a_given_name_cut_off_a_listed_person_is_put_back(ner_layer):
    text = ("قالت مصادر أمنية إن قوات الاحتلال اعتقلت خمسة شبان من بلدة بيت أمر.\n\n"
            "واعتقلت القوات مالك نايف الصليبي، وأمير إبراهيم الحروب، وعلي رضا الطيطي بعد مداهمة منازلهم.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "علي رضا الطيطي" in found and "رضا الطيطي" not in found


def test_a_phrase_after_a_listed_person_is_no_person(ner_layer):
    # "على وجه الخصوص" after a comma, and an office after و: no items of a list of persons
    text = ("يستعد الفريق لمواجهة حاسمة يوم الأحد.\n\n"
            "ويبدو المهاجم غوستافو، على وجه الخصوص، متحمسا للقاء. وحضر الاجتماع عادل الجبير وزير الخارجية.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert not any(n.startswith(("على", "زير", "وزير")) for n in found)

