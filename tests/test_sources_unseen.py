"""Sources layer: constructions found missing or wrong on a probe of unlabelled articles of every
outlet: a website's transliterated name after a citing word ("وأفاد موقع ..", `websites.py`), a
site's name closed by its remit, words said in a talk or a reply to an agency (`talk.py`), a body
named "وكالة" that tells no news, an institution's own channel, a Latin alias ending a longer Latin
name, and a name completing a chain of nouns ("أمانة سوق عكاظ").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from source_fixtures import LAYER, names, run


def test_a_transliterated_website_name_after_a_citing_word():
    assert names(run("وأورد موقع تك رادار أن الجهاز الجديد سيطرح في الخريف.")) == ["تك رادار"]
    assert names(run("وسيكون الهاتف أخف وزنا، بحسب ما ذكر موقع فون أرينا.")) == ["فون أرينا"]
    assert names(run("ويعمل الجهاز ببطارية كبيرة حسب ما جاء في موقع غيزمودو.")) == ["غيزمودو"]


def test_a_website_word_with_a_common_word_a_body_or_an_adjective_names_no_outlet():
    assert names(run("وذكر موقع الوزارة أن التقديم يبدأ الأحد المقبل.")) == []
    assert names(run("وأعلن موقع وزارة التعليم أن النتائج ظهرت.")) == []
    assert names(run("وذكر موقع أمريكي أن الشركة خسرت كثيرا.")) == []
    assert names(run("ونقل العمال إلى موقع آمن بعيد عن النيران.")) == []


def test_a_website_of_a_body_the_entity_layer_knows_is_no_outlet():
    for kb in ("marsad:org/some-company", None):
        text = "وذكر موقع بلو فالكون أن الإنتاج ارتفع في الربع الثاني."
        doc = Document(text=text, title="")
        start = text.index("بلو فالكون")
        add_entity(doc, "ORG", "بلو فالكون", [Mention(start, start + len("بلو فالكون"), "بلو فالكون", "name")], kb=kb)
        LAYER(doc)
        assert names(doc) == []


def test_a_transliterated_name_without_a_citing_word_is_no_source():
    assert names(run("وافتتح موقع كاسل هيل للتزلج أبوابه للزوار هذا الشتاء.")) == []


def test_a_site_name_closed_by_its_remit():
    assert names(run("ووفقا لموقع الدليل العربي لأخبار السيارات فإن المبيعات تراجعت.")) == [
        "الدليل العربي لأخبار السيارات"]


def test_a_talk_to_an_agency_or_its_correspondent():
    assert names(run("وتحدث لمراسل وكالة الأنباء السعودية أحد المزارعين عن موسم التمور.")) == [
        "وكالة الأنباء السعودية"]
    assert names(run("وتحدثت لوكالة رويترز إحدى الناجيات عن ليلة الحريق.")) == ["وكالة رويترز"]


def test_an_agency_as_the_subject_of_a_verb_of_talking():
    assert names(run("وجاء ذلك بعد أن تحدثت وكالة الأناضول عن سقوط عشرات القتلى.")) == ["وكالة الأناضول"]


def test_a_written_reply_to_an_agency_far_from_its_verb():
    body = ("ووصفت الهيئة المسؤولة عن إدارة المعابر الحدودية في المنطقة الشمالية من البلاد في رد "
            "مكتوب لوكالة فرانس برس القرار بأنه مؤقت.")
    assert names(run(body)) == ["وكالة فرانس برس"]


def test_a_space_agency_tells_no_news():
    assert names(run("وأعلنت وكالة ناسا عن رصد كويكب يقترب من الأرض.")) == []


def test_an_institution_channel_is_no_outlet():
    assert names(run("وستبث الندوة مباشرة عبر لقناة النادي على يوتيوب، كما قال المنظمون.")) == []


def test_a_latin_alias_ending_a_longer_latin_name():
    assert names(run("وقال الخبير إن برنامج Popcorn Time يحوي ثغرة خطيرة.")) == []


def test_an_outlet_name_completing_a_chain_of_nouns_is_no_source():
    assert names(run("وأوضحت أمانة سوق عكاظ أنها استقبلت مئات المشاركات.")) == []
    assert names(run("وتوقع خبراء استطلعت رويترز آراءهم أن ترتفع الأسعار.")) == ["رويترز"]
    assert names(run("وبلغ عدد القتلى 200 وفقا لحصيلة أعدتها وكالة الصحافة الفرنسية.")) == [
        "وكالة الصحافة الفرنسية"]


def test_words_said_to_an_outlet_correspondent_far_from_the_verb():
    body = 'يقول أحد التجار في السوق القديمة لمراسل "الغارديان" البريطانية في القاهرة: "الأسعار تضاعفت".'
    assert names(run("مقدمة الخبر.\n" + body)) == ["الغارديان"]


def test_a_paper_portal_cited_by_an_according_word():
    assert names(run("وأقيمت الجنازة في القاهرة حسب بوابة الأهرام المصرية.")) == ["الأهرام"]


def test_an_outlet_that_discussed_a_case_in_a_report():
    assert names(run("ناقش التلفزيون الياباني في تقرير مطول قضية العمال المفقودين.")) == ["التلفزيون الياباني"]


def test_an_outlet_name_opening_the_words_quoted_after_a_verb_is_no_source():
    body = "مقدمة الخبر.\nوكتب أحد المغردين “قناة العالم الإيرانية تكذب في كل نشرة أخبار”."
    assert names(run(body)) == []
    assert names(run("مقدمة الخبر.\nوذكرت “قناة العالم الإيرانية” أن القصف استمر.")) == ["قناة العالم"]


def test_an_outlet_completing_a_noun_after_a_preposition_is_a_topic():
    assert names(run("مقدمة الخبر.\nوأشار المحلل إلى اهتمام قناة العالم الإيرانية بالتصريح.")) == []


def test_a_definite_outlet_word_refers_back_to_an_outlet_named_without_a_citation():
    body = ("اختارت مجلة «نجوم الغد» الطالبة ضمن أفضل عشرين موهبة عربية.\n"
            "وتقول المجلة إن الطالبة رسمت أكثر من مئة لوحة.")
    assert names(run(body)) == ["نجوم الغد"]
    body = ("رفض المدرب الحديث إلى مراسل قناة TRT العالمية بعد المباراة.\n"
            "وبثت القناة في تقرير لها لقطات من المؤتمر.")
    assert names(run(body)) == ["TRT"]


def test_a_reference_back_to_common_words_or_a_canal_adds_nothing():
    body = "وتعد الشركة مالكة أبرز صحيفة أعمال في البلاد.\nوقالت الصحيفة إن الصفقة تمت."
    assert names(run(body)) == []
    body = "عبرت السفن قناة السويس أمس.\nوذكرت القناة في بيان أن العبور انتظم."
    assert names(run(body)) == []


def test_a_reference_back_to_a_cited_outlet_adds_no_second_source():
    body = "وذكرت صحيفة «الغد» أن المجلس اجتمع.\nوأضافت الصحيفة أن القرار نهائي."
    assert names(run(body)) == ["الغد"]


def test_a_definite_outlet_word_takes_adjectives_not_a_name():
    assert names(run("وحثت الصحيفة الحكومة على مراجعة القرار.")) == []
    assert names(run("وذكرت الإذاعة الإسرائيلية أن الجيش انسحب.")) == ["الإذاعة الإسرائيلية"]


def test_a_report_an_outlet_showed_and_a_paper_that_touched_on_a_case():
    assert names(run("بحسب ما جاء في تقرير مطول عرضه «العربية نت» أمس.")) == ["العربية نت"]
    assert names(run("وعرجت صحيفة «ليبراسيون» على القضية نفسها.")) == ["ليبراسيون"]


def test_the_two_suez_canals_are_no_outlets():
    assert names(run("وذكرت التقارير أن قناتي السويس القديمة والجديدة تعملان بكامل طاقتهما.")) == []


def test_a_known_paper_with_the_article_and_an_adjective_of_origin_is_named_alone():
    assert names(run("وتمت الصفقة بعشرة ملايين يورو بحسب صحيفة الماركا الإسبانية، كما قال وكيل اللاعب.")) == [
        "الماركا"]


def test_the_taggers_organisation_for_a_kb_outlet_takes_its_kb_id_and_english_name():
    text = "وذكرت صحيفة الغارديان البريطانية أن الوزير استقال."
    doc = Document(text=text, title="")
    start = text.index("صحيفة الغارديان")
    add_entity(doc, "ORG", "الغارديان", [Mention(start, start + len("صحيفة الغارديان"), "صحيفة الغارديان", "name")])
    LAYER(doc)
    assert names(doc) == ["الغارديان"]
    entity = doc.entity(doc.sources[0].entity)
    assert (entity.kb, entity.name_en) == ("marsad:outlet/guardian", "The Guardian")


def test_a_portal_named_in_marks_keeps_its_whole_name():
    assert names(run('وحسب موقع "بوابة الأهرام"، تجاوزت التعليقات ألفي تعليق.')) == ["بوابة الأهرام"]


def test_a_definite_station_word_and_its_adjectives_before_a_name_in_marks():
    body = 'وقالت الوزيرة في تصريح إلى محطة التلفزيون العامة الإسبانية "آر تي في إي" إن الحوار مستمر.'
    assert names(run(body)) == ["آر تي في إي"]


def test_a_paper_called_by_a_common_word_that_made_a_report():
    assert names(run("وارتفعت الصادرات بنسبة كبيرة وفق تقرير نشرته الاقتصادية. وتوقع المحللون المزيد.")) == [
        "الاقتصادية"]


def test_a_common_word_completing_a_poll_or_a_report_is_no_paper():
    assert names(run("وتراجع المرشح في استطلاعات الرأي خلال الشهر الماضي.")) == []
    assert names(run("وصور نشرتها الداخلية تظهر حجم الأضرار.")) == []


def test_an_agency_credited_for_the_pictures_its_camera_took():
    body = "افتتح المشروع أمس بحضور المسؤولين.\n\nوفي جولة أخرى رصدت عدسة «واس» ازدحام الزوار في الساحات."
    assert names(run(body, "عنوان الخبر")) == ["واس"]
    assert names(run("افتتح المشروع أمس.\n\nوالتقطت الصور بعدسة المصور خالد.", "عنوان الخبر")) == []
