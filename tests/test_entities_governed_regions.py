"""A region named by an ordinary word after a word that governs a place (entities/governed_regions),
and the words of a list after a plural place word past a colon or a bracket (entities/place_lists).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixtures


def test_the_gulf_after_states_is_the_region(layer):  # noqa: F811
    doc = analysed(layer, "وأكد الوزير أن أمن دول الخليج من أولويات بلاده في المرحلة المقبلة.", "2015-08-02")
    assert "الخليج" in names(doc, "LOC")


def test_the_gulf_after_a_preposition_of_place_is_the_region(layer):  # noqa: F811
    doc = analysed(layer, "وتحتفظ البحرية بقطع عدة في الخليج منذ سنوات.", "2015-08-02")
    assert "الخليج" in names(doc, "LOC")


def test_the_gulf_as_a_club_or_a_paper_is_no_region(layer):  # noqa: F811
    doc = analysed(layer, "وتغلب فريق الخليج على ضيفه بهدفين نظيفين مساء أمس.", "2015-08-02")
    assert "الخليج" not in names(doc, "LOC")
    doc = analysed(layer, "ونقلت صحيفة الخليج عن مصادر مطلعة أن الاجتماع تأجل.", "2015-08-02")
    assert "الخليج" not in names(doc, "LOC")


def test_a_list_after_a_plural_place_word_and_a_bracket(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتشمل الخدمة في المرحلة الأولى أحياء (الروضة، الريان، الواحة) بالمدينة.", "2015-08-02")
    assert {"الروضة", "الريان"} <= names(doc, "LOC")


def test_a_list_after_a_plural_place_word_a_colon_and_a_bracket(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "واندلعت المواجهات في قرى: (حدنان، والمشاريح) غرب المدينة.", "2015-08-02")
    assert {"حدنان", "المشاريح"} <= names(doc, "LOC")


def test_a_list_after_the_two_fronts_of_a_war(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتواصلت الاشتباكات في جبهتي الحمراء والمشاريح منذ الصباح.", "2015-08-02")
    assert "المشاريح" in names(doc, "LOC")


def test_a_word_in_meem_past_the_colon_and_bracket_of_a_list_is_a_village(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتجددت الاشتباكات في قرى: (مكيرة، والمشاريح) جنوب المدينة.", "2015-08-02")
    assert {"مكيرة", "المشاريح"} <= names(doc, "LOC")


def test_a_participle_right_after_a_plural_place_word_stays_its_adjective(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "ويسكن الرعاة في مناطق متباعدة ومتفرقة من البادية.", "2015-08-02")
    assert not {"متباعدة", "متفرقة"} & names(doc, "LOC")


def test_a_long_list_after_in_with_one_known_district_names_districts(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وبحسب الأمانة تتركز الورش المخالفة في كدي والخالدية والزاهر والنكاسة حاليا.",
                   "2015-08-02")
    assert "الزاهر" in names(doc, "LOC")


def test_a_list_of_adjectives_after_a_noun_names_no_places(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وعرف الباحث كثيرا من أسراره الظاهرة والباطنة والمعلومة والخفية.", "2015-08-02")
    assert not {"المعلومة", "الخفية"} & names(doc, "LOC")


def test_a_long_comma_list_with_one_headed_known_place(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وأفاد المتحدث أن عقبة شعار، والقرعاء، وسنومه، والحبيل، ومندر العوص، "
                              "ومحافظة خميس مشيط، شهدت أمطارا غزيرة.", "2015-08-02")
    assert {"القرعاء", "سنومه", "مندر العوص", "خميس مشيط"} <= names(doc, "LOC")


def test_a_comma_list_of_clauses_names_no_place(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وزار الأمير جدة، والتقى المسؤولين، وافتتح المعرض، وتفقد المشاريع، وحضر الحفل.",
                   "2015-08-02")
    assert names(doc, "LOC") <= {"جدة"}


def test_the_first_place_of_a_list_after_a_preposition(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "ووصلت الرحلات القادمة من رفحا والقاهرة ودبي إلى مطار الملك خالد.", "2015-08-02")
    assert "رفحا" in names(doc, "LOC")


def test_a_comma_list_of_fruit_names_no_place(ner_layer):  # noqa: F811
    doc = analysed(ner_layer, "وتنتج مزارع المحافظة التين، والليمون، والرمان، والمانجو، وغيرها من الفواكه.", "2015-08-02")
    assert not {"الليمون", "الرمان"} & names(doc, "LOC")
