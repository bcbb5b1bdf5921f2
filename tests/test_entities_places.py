"""Entity constructions of issue 14: former office holders, places named in quotes after a place
word, a settlement's name without its head word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures
from marsad.document import Document


def run(layer, text, published="2015-08-10"):
    return analysed(layer, text, published)


def test_former_title_is_the_named_person_not_todays_holder(layer):
    doc = run(layer, "انتقد رئيس الوزراء العراقي السابق نوري المالكي خطة الإصلاح في بغداد.")
    kbs = {e.kb for e in doc.entities}
    assert "marsad:per/haider-al-abadi" not in kbs
    maliki = next(e for e in doc.entities if e.kb == "marsad:per/nouri-al-maliki")
    assert [m.kind for m in maliki.mentions] == ["title", "name"]


def test_former_title_alone_resolves_to_nobody(layer):
    doc = run(layer, "هاجم رئيس الوزراء العراقي السابق الحكومة الحالية في خطاب متلفز.")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_quoted_places_after_a_place_word(layer):
    doc = run(layer, "تقدمت القوات في منطقة «الزهيرة» بمديرية «الحمدان» التابعة لمحافظة «البيضاء»، "
                     "وسيطرت على قريتي «الرقيب والمنصورة».")
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert {"الزهيرة", "الحمدان", "البيضاء", "الرقيب", "المنصورة"} <= places
    assert not [e for e in doc.entities if e.type == "PER"]


def test_quoted_adjective_of_an_area_is_no_place(layer):
    doc = run(layer, "طالبت أنقرة بإقامة منطقة «آمنة» ومنطقة «منزوعة» السلاح ومنطقة «عسكرية» على الحدود.")
    assert [e.name for e in doc.entities if e.type == "LOC"] == ["أنقرة"]


def test_definite_place_word_before_a_quote_is_not_a_head(layer):
    doc = run(layer, "ودعا المحافظ سكان المدينة «الكرام» إلى التعاون.")
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_one_definite_word_alone_is_no_person(layer):
    layer_doc = run(layer, "وتمنى الجميع التوفيق للفريق، وأشاد المدرب بروح العطاء لدى اللاعبين.")
    assert not [e for e in layer_doc.entities if e.type == "PER"]


def test_a_given_name_under_the_article_or_before_a_conjunct_is_no_person(layer):
    doc = run(layer, "أشاد بالدعم الكريم ومساندته للمشروع، وتحدث عن جمال وأخلاق أهل القرية.")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_foreign_surname_with_w_stays_in_the_name(layer):
    doc = run(layer, "وقال جون واطسون مدير الشركة إن الأسعار سترتفع.")
    assert "جون واطسون" in {e.name for e in doc.entities if e.type == "PER"}


def test_gaddafi_named_by_his_surname(layer):
    doc = run(layer, "تعيش البلاد فوضى منذ سقوط القذافي قبل أربعة أعوام.")
    assert any(e.kb == "marsad:per/muammar-gaddafi" for e in doc.entities)


def test_quoted_name_after_a_body_head_is_an_organisation(layer):
    doc = run(layer, "وقال تقرير صادر عن شركة (نجمة الشمال) للاستثمار إن صحيفة «الرياض» نشرت الأرقام.")
    orgs = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "ORG"}
    assert orgs.get("شركة نجمة الشمال") == ["نجمة الشمال"]
    assert orgs.get("صحيفة الرياض") == ["الرياض"]
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_a_body_named_after_a_person_is_the_body(layer):
    doc = run(layer, "تخرج الطالب في كلية جون هاريسون للهندسة، وعولج في مستشفى الملك فهد بجدة.")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert {"كلية جون هاريسون للهندسة", "مستشفى الملك فهد"} <= orgs
    assert not [e for e in doc.entities if e.type == "PER"]


def test_a_club_named_by_its_complement(layer):
    doc = run(layer, "وغادرت بعثة نادي الشروق إلى الدوحة، ورحب رئيس نادي جدة الأدبي بالضيوف.")
    orgs = {e.name for e in doc.entities if e.type == "ORG"}
    assert "نادي الشروق" in orgs


def test_a_place_word_ner_took_alone_gives_way_to_the_place(layer):
    doc = run(layer, "أقيمت المباراة على استاد الملك فهد الدولي بالرياض.")
    assert "استاد الملك فهد الدولي" in {e.name for e in doc.entities if e.type == "LOC"}


def test_the_sunset_prayer_is_not_morocco(layer):
    doc = run(layer, "وبعد صلاة المغرب توجه الوفد إلى المغرب لحضور المؤتمر.")
    morocco = [e for e in doc.entities if e.kb == "marsad:loc/morocco"]
    assert len(morocco) == 1 and [m.start for m in morocco[0].mentions] == [doc.text.rindex("المغرب")]


def test_names_built_on_allah_after_more_compounds(ner_layer):
    doc = run(ner_layer, "وقال المتحدث باسم الحركة ذبيح الله مجاهد إن المفاوضات توقفت.")
    assert any("ذبيح الله" in m.text for e in doc.entities for m in e.mentions)


def test_a_head_word_alone_names_nothing(ner_layer):
    doc = run(ner_layer, "واتهمت مليشيا مسلحة الجيش بقصف محافظة في الشمال.")
    assert not [e for e in doc.entities if e.name in ("مليشيا", "محافظة")]


def test_an_indefinite_country_adjective_describes_no_name(layer):
    from marsad.layers.entities.mentions import MentionFinder
    from marsad.layers.entities.name_candidate import NameCandidate

    finder: MentionFinder = layer.mentions
    doc = Document(text="وقال مواطن سعودي ثلاثيني إن السعر بلغ مئة ريال سعودي، وقابل فيصل بن تركي.")
    tokens = doc.tokens

    def cand(words: str, typ: str) -> NameCandidate:
        start = doc.text.index(words)
        a = next(i for i, t in enumerate(tokens) if t.start == start)
        b = a + len(words.split())
        return NameCandidate(start, start + len(words), a, b, typ, words, None, "ner")

    assert finder._indefinite_nationality(cand("سعودي ثلاثيني", "PER"), tokens)
    assert finder._indefinite_nationality(cand("ريال سعودي", "ORG"), tokens)
    assert not finder._indefinite_nationality(cand("فيصل بن تركي", "PER"), tokens)


def test_unknown_words_in_a_list_of_places_are_places(layer):
    doc = run(layer, "وامتدت الاشتباكات إلى عدن، وتعز، ولحج، والمسيمير، وكرش.")
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert {"المسيمير", "كرش"} <= places


def test_names_after_a_dual_place_word_are_places(layer):
    doc = run(layer, "وقصفت الطائرات بلدتي الخرابة والمزيرعة فجر اليوم.")
    assert {"الخرابة", "المزيرعة"} <= {e.name for e in doc.entities if e.type == "LOC"}


def test_a_list_goes_on_into_no_clause_nor_adjective(layer):
    doc = run(layer, "زار الوزير الرياض وجدة ويلتقي الأمير اليوم، وتفقد المناطق المحررة والنائية.")
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert not places & {"يلتقي", "النائية", "المحررة"}


def test_a_preposition_after_a_name_is_no_part_of_it(layer):
    from marsad.arabic.tokens import tokenize

    words = layer.mentions.words
    toks = {t.text: t for t in tokenize("للملف وللفريق لزيارة لؤي بيكون") if t.is_word}
    assert words.prepositional(toks["للملف"]) and words.prepositional(toks["وللفريق"])
    assert words.prepositional(toks["لزيارة"])
    assert not words.prepositional(toks["لؤي"]) and not words.prepositional(toks["بيكون"])


def test_a_district_is_named_by_a_name_a_directorate_by_what_it_runs(layer):
    doc = run(layer, "قصفت الطائرات مديرية الحيمة الداخلية، وأصدرت مديرية التعليم العام بيانا.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("مديرية الحيمة الداخلية") == "LOC" and types.get("مديرية التعليم العام") == "ORG"


def test_a_kunya_tagged_as_a_body_is_a_person(layer):
    from marsad.layers.entities.name_candidate import span_candidate

    doc = Document(text="وقالت أم منصور إن ابنها عاد، وفاز إم إكس بالجائزة.")
    tokens = doc.tokens
    spans = layer.mentions.ner_spans
    for words, typ in (("أم منصور", "PER"), ("إم إكس", "ORG")):
        a = next(i for i, t in enumerate(tokens) if t.text == words.split()[0])
        cand = span_candidate(tokens, doc.text, a, a + 2, "ORG")
        assert spans.trim(cand, tokens, doc.text).type == typ


def test_a_country_adjective_after_a_definite_noun_is_no_place(layer):
    doc = run(layer, "وأشادت الصحف السعودية بأداء اللاعبين، فيما سافر الوفد إلى السعودية ثم إلى مصر والسعودية مجددا.")
    saudi = next(e for e in doc.entities if e.kb == "marsad:loc/saudi-arabia")
    adjective = doc.text.index("السعودية")
    assert len(saudi.mentions) == 2 and all(m.start > adjective for m in saudi.mentions)
    doc = run(layer, "تحدثت سيدة الأعمال السعودية عن تجربتها في التصميم.")
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_a_place_name_under_the_article_is_an_ordinary_noun(layer):
    doc = run(layer, "نفذت البلدية مشروعا لدرء أخطار السيول قبل موسم الأمطار، ثم سافر الوفد إلى سيول.")
    seoul = [e for e in doc.entities if e.kb == "marsad:loc/seoul"]
    assert len(seoul) == 1 and [m.text for m in seoul[0].mentions] == ["سيول"]
    assert seoul[0].mentions[0].start == doc.text.rindex("سيول")


def test_a_country_adjective_under_the_article_is_no_place_nor_part_of_a_city(layer):
    doc = run(layer, "وصلت المساعدات إلى حلب السورية عبر الحدود السورية، ثم أرسلت دفعة ثانية لليونان وللعراق.")
    assert {e.kb for e in doc.entities if e.type == "LOC"} == \
        {"marsad:loc/aleppo", "marsad:loc/greece", "marsad:loc/iraq"}


def test_a_known_site_and_its_adjective_stay_a_place(ner_layer):
    doc = run(ner_layer, "احتفلت مصر أمس بافتتاح قناة السويس الجديدة بحضور عدد من قادة الدول.")
    assert "ORG" not in {e.type for e in doc.entities if "السويس" in e.name}


def test_a_word_located_by_a_compass_point_in_brackets_is_a_place(layer):
    doc = run(layer, "داهمت قوات الأمن منازل في تامسنا (غرب) وأغبالو (جنوب شرق البلاد)، فيما ارتفع سعر "
                     "الخام الأمريكي (غرب تكساس الوسيط) وقال (شرقا) إنه سيعود.")
    places = {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    assert {"تامسنا", "أغبالو"} <= places
    assert not places & {"الخام", "الأمريكي", "وقال", "قال"}


def test_a_palace_or_a_park_named_after_a_king_is_the_site(layer):
    doc = analysed(layer, "وأقيم الحفل في قصر الملك فهد، ثم زار الوفد متنزهات الملك عبدالعزيز بالمدينة.",
                   "2015-08-10")
    found = {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    assert "قصر الملك فهد" in found and "متنزهات الملك عبدالعزيز" in found
    assert not [e for e in doc.entities if e.type == "PER"]


def test_shortness_of_sight_is_no_palace(layer):
    doc = analysed(layer, "ويعاني كثير من الطلاب من قصر النظر بسبب الشاشات.", "2015-08-10")
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_a_rifle_and_a_reconstruction_are_no_names(ner_layer):
    doc = analysed(ner_layer, "وأطلق المسلح النار من البندقية على الحراس، فيما دعا الوزير إلى إعادة إعمار المدن "
                   "المتضررة.", "2015-08-10")
    found = {m.text for e in doc.entities for m in e.mentions}
    assert "البندقية" not in found and "إعمار" not in found


def test_a_museum_of_an_ordinary_word_is_a_kind_of_site(layer):
    doc = analysed(layer, "وقام الطلاب بزيارة بسيطة إلى متحف العلوم، ثم إلى متحف الصادرية.", "2015-08-10")
    found = {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    assert "متحف العلوم" not in found and "متحف الصادرية" in found


@pytest.mark.parametrize("text, paper", [
    # a region is not put in quote marks: so quoted, it is the paper named after it
    ("وعلمت «الشرق الأوسط» من مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل.", "الشرق الأوسط"),
    ("وتواصل «الشرق الأوسط» نشر سلسلة تقارير عن الحياة في المدينة بعد الحرب.", "الشرق الأوسط"),
    # a city so quoted is the paper after a verb of news-gathering
    ("وعلمت «الرياض» أن الوزارة تدرس رفع الرسوم على العمالة الوافدة.", "الرياض"),
    # the paper told something by the one it quotes ("أبلغ"), or told it with ل + its name
    ("أبلغ «الرياض» مدير الجوازات أن المنافذ ستفتح غدا.", "الرياض"),
    ('وأكد المدير في تصريح "للرياض" أن العمل سيبدأ غدا.', "رياض"),
    # a region after a verb of news-gathering is the paper without quote marks too
    ("ونفت الوزارة في رسالة حصلت الشرق الأوسط على نسخة منها وجود أي تأخير.", "الشرق الأوسط"),
])
def test_a_papers_name_in_quote_marks_is_the_paper(layer, text, paper):
    doc = run(layer, text)
    assert paper in {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_a_city_in_quote_marks_after_another_verb_stays_the_city(layer):
    doc = run(layer, "وانتقل الوفد إلى «الرياض» بعد انتهاء الزيارة.")
    assert "الرياض" in {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    # a city obtaining something is the city: only a region after the verb is the paper
    doc = run(layer, "وحصلت الرياض على المركز الأول بين مدن المنطقة في النظافة.")
    assert "الرياض" in {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}


def test_governorates_listed_after_a_plural_place_word_by_commas_alone(layer):
    # "حقل" is also a field and "الوجه" a face: after "محافظات", in a list that holds a known
    # town, each item is a governorate, and the list goes on by commas without "و"
    doc = run(layer, "ازدحمت شواطئ محافظات حقل، ضباء، الوجه وأملج بالمصطافين أيام العيد.")
    places = {m.text for e in doc.entities if e.type == "LOC" for m in e.mentions}
    assert {"حقل", "ضباء", "الوجه", "أملج"} <= places
    # "حقل" is the KB's "محافظة حقل"
    assert any(e.kb == "marsad:loc/haql" for e in doc.entities)


def test_administrative_centres_listed_after_centres_with_a_known_town(layer):
    doc = run(layer, "تفقد المحافظ مراكز بيش وصبيا وضمد بعد هطول الأمطار.")
    assert {"بيش", "صبيا", "ضمد"} <= {e.name for e in doc.entities if e.type == "LOC"}


def test_centres_of_care_are_no_places_and_a_clause_ends_the_list(layer):
    doc = run(layer, "افتتحت الجمعية مراكز التأهيل والإيواء للأيتام.")
    assert not [e for e in doc.entities if e.type == "LOC"]
    # the last item runs on in a clause: "وذلك" is no place though a known country opens the list
    doc = run(layer, "انتشرت الفرق في مناطق المملكة، وذلك من خلال الحملة الوطنية.")
    assert not [e for e in doc.entities if any(m.text == "ذلك" for m in e.mentions)]


def test_a_past_verb_after_listed_cities_and_words_after_the_kingdoms_cities_are_no_places(layer):
    doc = run(layer, "استهدفت الغارات مواقع قرب مدن حمص وحماة وتدمر وأصابت مخازن للذخيرة.")
    assert not [e for e in doc.entities if any(m.text == "أصابت" for m in e.mentions)]
    doc = run(layer, "وتعاني جدة، كما أغلب مدن المملكة، الرطوبة وارتفاع الحرارة.")
    assert not [e for e in doc.entities if any(m.text == "الرطوبة" for m in e.mentions)]


def test_waw_before_a_hamza_is_the_conjunction_not_wam(layer):
    doc = run(layer, "كرمت الجمعية معلمة وأم لخمسة أبناء، ونقلت وام عن الوزير أن الحفل سيتكرر.")
    found = {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert "وأم" not in found and "وام" in found
