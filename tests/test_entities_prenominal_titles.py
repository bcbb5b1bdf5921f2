"""Naming and linking of speakers in the entity layer: a descriptive title written before a name
introduces it for the same title later (entities/prenominal_titles), a lineage name is the longer
one it starts (coref), a lineage closes with a family name that reads as a country's adjective
(name_extension). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, ner_layer  # noqa: F401 - pytest fixtures
from marsad.document import Document
from marsad.layers.entities.prenominal_titles import title_before


def person_with(doc, name: str):
    found = [e for e in doc.entities if e.type == "PER" and any(m.text == name for m in e.mentions)]
    assert len(found) == 1, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    return found[0]


def title_texts(entity) -> list[str]:
    return [m.text for m in entity.mentions if m.kind == "title"]


def test_an_office_named_before_the_man_is_his_when_named_again(ner_layer):
    doc = analysed(ner_layer, "اجتماع الأندية.\n\nالتقى الرئيس العام لهيئة الرياضة صاحب السمو الأمير فيصل بن "
                              "تركي بن عبدالله رؤساء الأندية أمس. وأوضح الرئيس العام لهيئة الرياضة أن الديون "
                              "ستعالج قبل الموسم.", "2015-08-03")
    prince = person_with(doc, "فيصل بن تركي بن عبدالله")
    assert "الرئيس العام لهيئة الرياضة" in title_texts(prince)


def test_an_envoy_in_a_list_keeps_his_title_and_the_man_before_him_does_not(ner_layer):
    doc = analysed(ner_layer, "زيارة المصابين.\n\nاستقبل مدير الجمعية خالد الحربي، وسفير البحرين لدى المملكة "
                              "الدكتور سامي المناعي. وأثنى سفير مملكة البحرين لدى المملكة على الجهود.",
                   "2015-08-03")
    envoy = person_with(doc, "سامي المناعي")
    assert any(t.startswith("سفير مملكة البحرين") for t in title_texts(envoy))
    host = person_with(doc, "خالد الحربي")
    assert not any("سفير" in t for t in title_texts(host))


def test_a_bare_title_before_another_is_its_own_mans():
    doc = Document(text="استقبل الوزير سفير دولة الكويت لدى اليمن عادل المطيري أمس.", published="2015-08-03")
    name_at = next(i for i, t in enumerate(doc.tokens) if t.text == "عادل")
    hit = title_before(doc.tokens, name_at, set(), set())
    assert hit is not None and doc.text[hit.start : hit.end] == "سفير دولة الكويت لدى اليمن"


def test_a_title_reaches_no_earlier_head_across_a_verbs_complement():
    doc = Document(text="أشاد رئيس النادي بجهود مدير المستشفى الدكتور خالد الزهراني في علاج اللاعبين.",
                   published="2015-08-03")
    name_at = next(i for i, t in enumerate(doc.tokens) if t.text == "خالد")
    hit = title_before(doc.tokens, name_at, set(), set())
    assert hit is not None and doc.text[hit.start : hit.end] == "مدير المستشفى"


def test_a_word_the_tagger_left_out_of_the_name_ends_no_title():
    doc = Document(text="وقالت رئيسة بلدية المدينة ناتالي بيرار إن المخيم سيغلق.", published="2015-08-03")
    name_at = next(i for i, t in enumerate(doc.tokens) if t.text == "بيرار")
    assert title_before(doc.tokens, name_at, set(), set()) is None


def test_a_lineage_name_joins_the_longer_one_it_starts(ner_layer):
    doc = analysed(ner_layer, "افتتاح المعرض.\n\nافتتح الأمير سعود بن نايف بن عبدالعزيز المعرض أمس، وقال "
                              "الأمير سعود بن نايف إن المعرض يخدم الشباب.", "2015-08-03")
    names = [[m.text for m in e.mentions if m.kind == "name"] for e in doc.entities if e.type == "PER"]
    assert len(names) == 1 and any(n.endswith("سعود بن نايف") for n in names[0]), names


def test_a_family_name_like_a_country_adjective_closes_a_lineage(ner_layer):
    doc = analysed(ner_layer, "بيان الرابطة.\n\nأصدر الأمين العام للهيئة الدكتور سليمان بن عبدالرحمن المصري "
                              "بيانا أمس.", "2015-08-03")
    person_with(doc, "سليمان بن عبدالرحمن المصري")


def test_a_country_adjective_after_a_title_in_a_lineage_is_no_family_name(ner_layer):
    doc = analysed(ner_layer, "زيارة المأوى.\n\nوزارت الأميرة عالية بنت العاهل الأردني الراحل المأوى أمس.",
                   "2015-08-03")
    assert not any(m.text.endswith("الأردني") and m.kind == "name" for e in doc.entities for m in e.mentions)


def test_a_title_named_again_stops_where_the_clause_goes_on(ner_layer):
    doc = analysed(ner_layer, "لقاء السفير.\n\nاستقبل الوزير سفير دولة الكويت لدى اليمن عادل المطيري. ومن جهته أكد "
                              "سفير دولة الكويت لدى اليمن دعم بلاده للحكومة الشرعية.", "2015-08-03")
    envoy = person_with(doc, "عادل المطيري")
    assert "سفير دولة الكويت لدى اليمن" in title_texts(envoy)
    assert not any("دعم" in t for t in title_texts(envoy))


def test_a_headline_title_ends_with_its_paragraph(ner_layer):
    doc = analysed(ner_layer, "رئيس هيئة الطيران المدني يزور المطار\n\nزار رئيس هيئة الطيران المدني سليمان "
                              "الحمدان، المطار أمس.", "2015-08-03")
    assert not any("\n" in m.text for e in doc.entities for m in e.mentions)


def test_an_envoys_title_is_not_the_office_he_represents():
    doc = Document(text="وصل مبعوث الأمين العام للأمم المتحدة إسماعيل ولد الشيخ إلى عدن أمس.", published="2015-08-03")
    name_at = next(i for i, t in enumerate(doc.tokens) if t.text == "إسماعيل")
    hit = title_before(doc.tokens, name_at, set(), set(range(4, 6)))
    assert hit is not None and doc.text[hit.start : hit.end].startswith("مبعوث")


def test_a_title_whose_head_reads_as_a_clitic_word_introduces_the_name_before_it(ner_layer):
    # "وكيل", "وزير", "سفير" also read as و/س + a word: the head is found under any reading
    doc = analysed(ner_layer, "تطوير المستشفيات.\n\nوقال خالد الزهراني، وكيل وزارة الصحة للشؤون العلاجية، إن "
                              "المشروع يبدأ قريبا. وأضاف وكيل وزارة الصحة للشؤون العلاجية أن الخطة جاهزة.",
                   "2015-08-03")
    deputy = person_with(doc, "خالد الزهراني")
    assert sum(t.startswith("وكيل وزارة الصحة") for t in title_texts(deputy)) == 2


def test_an_office_named_again_by_its_first_words_is_his(ner_layer):
    doc = analysed(ner_layer, "وصرح رئيس الكتلة النيابية في البرلمان الكويتي النائب فيصل الشايع بأن الجلسة "
                              "ستعقد غدا. وأضاف رئيس الكتلة أن التصويت محسوم. وقال رئيس الحكومة إن الموعد مناسب.",
                   "2015-08-03")
    member = person_with(doc, "فيصل الشايع")
    assert "رئيس الكتلة" in title_texts(member)
    assert not any("الحكومة" in t for t in title_texts(member))


def test_a_short_office_of_another_man_or_waiting_for_its_name_is_not_his(ner_layer):
    doc = analysed(ner_layer, "وصرح رئيس الكتلة النيابية في البرلمان الكويتي النائب فيصل الشايع بأن الجلسة "
                              "ستعقد غدا. وقال نائب رئيس الكتلة إن التصويت محسوم.", "2015-08-03")
    assert title_texts(person_with(doc, "فيصل الشايع")) == []


def test_a_short_office_after_another_man_in_its_sentence_is_not_the_introduced_one(ner_layer):
    doc = analysed(ner_layer, "وقال المدير الفني لنادي الهلال جورج دونيس إن الفريق جاهز. وفي النصر تدرب الفريق "
                              "تحت قيادة مدربه الجديد الأوروغوياني دانيال كارينيو، حيث ركز المدير الفني على اللياقة.",
                   "2015-08-03")
    assert title_texts(person_with(doc, "جورج دونيس")) == []
