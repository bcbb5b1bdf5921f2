"""A given name that is an ordinary word too, read as a person where the word is meant
(`word_given_persons.py`), and the given names that stay persons."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_given_name_after_an_ordinary_noun_is_the_word(ner_layer):
    text = ("أعلنت هيئة الموانئ نتائج المسح السنوي.\n\n"
            "وقال المدير إن جودة الخدمة تقاس بمدى رضا المسافرين عن المرافق، وإن الجمعية ذات طابع خيري "
            "وتعمل على تيسير أمورهم.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert not found & {"رضا", "خيري", "تيسير"}


def test_a_given_name_after_a_title_a_preposition_or_a_name_stays(ner_layer):
    text = ("أقيم حفل تكريم في المسرح الوطني.\n\n"
            "وغنت في الحفل الفنانة فيروز، وروى المحدثون عن أنس قصة الحفل. وحضرت الملكة رانيا الحفل، "
            "وأهدت الطفلة زينب وردة للملكة رانيا.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "زينب" in found and "رانيا" in found
