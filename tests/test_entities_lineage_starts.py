"""Classical names of lineage the tagger starts too late (`lineage_starts.py`): "ابن أبي" + a name,
"ابن" + one name, a given name before "بن", and a profession word before the name."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures


def test_a_kunya_after_ibn_begins_at_ibn(ner_layer):
    text = ("نظم النادي الأدبي أمسية عن الشعر الجاهلي مساء أمس.\n\n"
            "وقرأ المحاضر أبياتا قالها ابن أبي ربيعة في الغزل، ثم تحدث عن أثره في الشعراء بعده.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "ابن أبي ربيعة" in found and "أبي ربيعة" not in found


def test_ibn_and_one_name_is_a_person(ner_layer):
    text = ("تناول الباحث تاريخ الطب عند العرب في محاضرته.\n\n"
            "وذكر أن أطباء أوروبا درسوا كتاب القانون الذي ألفه ابن سينا في الطب قرونا طويلة.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "ابن سينا" in found


def test_a_given_name_before_bin_begins_the_name(ner_layer):
    text = ("تناولت ندوة في جدة تاريخ علم العروض.\n\n"
            "وأشار المتحدث إلى أن الخليل بن أحمد الفراهيدي وضع أوزان الشعر العربي.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "الخليل بن أحمد الفراهيدي" in found


def test_a_profession_word_before_a_name_is_no_part_of_it(ner_layer):
    text = ("اختتمت فعاليات الصيف في المحافظة أمس.\n\n"
            "وشهد الختام أمسية للشاعرين فهد العتيبي وسعيد بن مانع بحضور جمهور كبير.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert not any(n.startswith("شاعر") for n in found)


def test_ibn_and_a_kinsman_with_a_pronoun_is_no_person(ner_layer):
    text = ("أعلنت الشرطة القبض على شاب في المحافظة أمس.\n\n"
            "وكان الشاب قد أطلق النار على ابن عمه أثناء خلاف عائلي، ونقل المصاب إلى المستشفى.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert "ابن عمه" not in found


def test_the_word_for_the_deceased_after_a_classical_name_ends_it(ner_layer):
    text = ("تناولت ندوة في جدة تاريخ علم العروض.\n\n"
            "وأشار المتحدث إلى أن الخليل بن أحمد المتوفى سنة 170 للهجرة وضع أوزان الشعر.")
    found = names(analysed(ner_layer, text, "2015-08-01"), "PER")
    assert not any("المتوفى" in n for n in found)
