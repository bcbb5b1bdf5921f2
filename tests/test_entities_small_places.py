"""Small places named by an ordinary word after a settlement head and placed at once in a larger
place (issue 14). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture


def places(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "LOC")


def test_a_place_located_in_a_larger_one(layer):
    assert "حي الحمراء" in places(layer, "وتضررت منازل في حي الحمراء بالرياض من الأمطار.")
    assert "هجرة حجالة" in places(layer, "وعثر على المفقود في هجرة حجالة شرق الديسة.")
    assert "مركز رغبة" in places(layer, "وزار المحافظ مركز رغبة التابع لمحافظة ثادق أمس.")


def test_no_adjective_rank_or_direction(layer):
    found = places(layer, "وانتقل إلى بلدة صغيرة في تكساس ثم إلى مركز ثقافي في دبي.")
    assert not any(p.startswith(("بلدة", "مركز")) for p in found)
    assert not any(p.startswith("ناحية") for p in places(layer, "وتمدد الحريق ناحية الشمال بسرعة."))


def test_a_centre_of_a_body_is_no_place(layer):
    found = places(layer, "وأجري الفحص في مركز الأسنان بجدة وفي مركز التدريب التابع لجمعية البر.")
    assert not any(p.startswith("مركز") for p in found)


def test_a_feminine_name_after_a_feminine_place_word(layer):
    doc = analysed(layer, "وتقدمت القوات من قرية رقاقة، وفاز مشارك من محافظة نمرة، بينما بقيت قرية هادئة "
                   "ومنطقة خطرة ومدينة كبيرة بلا أسماء.", "2015-08-10")
    found = {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    assert {"قرية رقاقة", "محافظة نمرة"} <= found
    assert not found & {"قرية هادئة", "منطقة خطرة", "مدينة كبيرة"}


def test_a_settlement_head_names_an_unknown_town_unplaced(layer):
    assert "بلدة ترمسان" in places(layer, "وسقطت قذائف على بلدة ترمسان، وأصيب ثلاثة أشخاص.")
    assert "محافظة قلوة" in places(layer, "وافتتح المحافظ المدرسة بمحافظة قلوة بحضور الأهالي.")
    assert "قرية دلغان" in places(layer, "وانتقلت فرق الإنقاذ إلى قرية دلغان، ووصلت بعد ساعة.")


def test_a_settlement_head_before_an_ordinary_noun_or_a_construct_names_nothing(layer):
    found = places(layer, "ولا يوجد مركز شباب واحد في المدينة، ولم يحقق الفريق أي مركز متقدم.")
    assert not any(p.startswith("مركز") for p in found)
    found = places(layer, "وتعيش الأسرة في قرية صيد الأسماك منذ سنوات.")
    assert not any(p.startswith("قرية") for p in found)


def test_a_centre_named_for_its_purpose_is_a_body(layer):
    found = places(layer, "وزار الوفد مركز سلوان للتأهيل المهني أمس.")
    assert not any(p.startswith("مركز") for p in found)


def test_a_centre_for_an_activity_is_no_place(layer):
    found = places(layer, "وزار الطلاب مركز صيانة وتجليد الكتب القديمة.")
    assert not any(p.startswith("مركز") for p in found)


def test_emigration_before_a_foreign_name_is_no_settlement(layer):
    found = places(layer, "وتحدث الناقد عن هجرة فولتير إلى إنجلترا، وعن منفى هوغو.")
    assert not any(p.startswith("هجرة") for p in found)


def test_a_district_after_an_ordinary_head_noun(layer):
    """"مديرية/ناحية/قضاء" + an indefinite word that is no ordinary word: a district of Yemen or Iraq."""
    found = places(layer, "وقصفت الطائرات مواقع في مديرية باجل بمحافظة الحديدة، وتقدمت القوات نحو قضاء حديثة.")
    assert {"مديرية باجل", "قضاء حديثة"} <= found
    assert "ناحية كبيسة" in places(layer, "وسيطر المسلحون على ناحية كبيسة غرب الرمادي.")


def test_the_ordinary_nouns_of_those_heads_name_nothing(layer):
    assert not places(layer, "ومن ناحية أخرى، قال المدير إن العمل مستمر.")
    assert not any(p.startswith("قضاء") for p in places(layer, "ويفضل الموظفون قضاء إجازة قصيرة بمكة المكرمة."))
    assert not any(p.startswith("قضاء") for p in places(layer, "وتحدث عن حاجة الناس إلى قضاء حوائجهم في جدة."))
    assert not any(p.startswith("مديرية") for p in places(layer, "وأعلنت مديرية التعليم بمحافظة عدن بدء الدراسة."))


def test_a_foreign_province_named_by_an_unknown_word(layer):
    assert "مقاطعة هوالين" in places(layer, "وضرب الإعصار سواحل مقاطعة هوالين. وأغلقت المدارس.")
    # "مقاطعة" is also a boycott: an ordinary or definite word after it names nothing
    assert not any(p.startswith("مقاطعة") for p in places(layer, "ودعا إلى مقاطعة المنتجات المستوردة."))
