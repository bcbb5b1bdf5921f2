"""Sources layer: outlets outside the KB recognised by construction (a statement said to a quoted
or Latin-lettered name, an agency cited by its nationality, citing verbs with an object pronoun)
and the agency words that name no outlet (rating agencies, bodies with a remit).

Sentences written for these tests."""

from __future__ import annotations

from marsad.document import Entity, Mention
from source_fixtures import names
from test_sources import run


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


def test_an_agency_that_obtained_the_news_or_was_sent_a_copy():
    assert names(run("وتنشر الصحيفة وثائق حصلت عليها وكالة رويترز من مسؤول سابق.")) == ["وكالة رويترز"]
    assert names(run("وقال الحزب في بيان أرسلت نسخة منه إلى رويترز إن الانتخابات مزورة.")) == ["رويترز"]


def test_two_papers_after_a_dual_outlet_word():
    doc = run("ونشرت المقابلة في صحيفتي كورييري ديلا سيرا الإيطالية وإل موندو الإسبانية أمس.")
    assert names(doc) == ["كورييري ديلا سيرا", "إل موندو"]
    doc = run("وأكدت صحيفة لوفيغارو الفرنسية ووزارة الخارجية البريطانية أن الاتفاق صامد.")
    assert names(doc) == ["لوفيغارو"]


def test_the_channel_after_abra_and_the_paper_something_appeared_in():
    assert names(run("وقال الوزير السابق في حزب المعارضة عبر صحيفة لوفيغارو إن الحكومة أخطأت.")) == ["لوفيغارو"]
    assert names(run("ومرت ناقلات النفط عبر قناة السويس أمس.")) == []
    assert names(run("وجاء في مجلة «دير شبيغل» أن الشركة تلاعبت بالأرقام.")) == ["دير شبيغل"]


def test_an_outlet_as_subject_of_a_citing_verb_after_qad():
    assert names(run("وكانت صحيفة «الصباح» قد ذكرت الأسبوع الماضي أن المفاوضات تعثرت.")) == ["الصباح"]
    assert names(run("وكانت وكالة رويترز قد نشرت صورا للموقع.")) == ["وكالة رويترز"]
    assert names(run("وكانت قناة «المستقبل» قد أضافت برامج جديدة.")) == []


def test_an_outlet_spoken_with():
    assert names(run("وتحدث شهود عيان مع رويترز عن إطلاق نار كثيف.")) == ["رويترز"]
    assert names(run("وتحدث مسؤولون مع قناة «الميادين» عن الهدنة.")) == ["الميادين"]


def test_a_bracketed_name_after_the_news_word_and_a_recipient_far_from_its_verb():
    assert names(run("وأكد المدرب ذلك لوكالة الأنباء (أنسا) الإيطالية.")) == ["أنسا"]
    doc = run("وقال أحد النواب الذين حضروا الاجتماع مع الرئيس في القصر صباح الأحد لراديو مونتي كارلو مساء أمس "
              "إن الاتفاق قريب.")
    assert names(doc) == ["مونتي كارلو"]


def test_social_networks_are_no_outlets():
    assert names(run("وانتشر الوسم بحسب موقع «تويتر» خلال ساعات.")) == []
    assert names(run("وذكرت صفحة الجيش على «فيسبوك» أن الهجوم صُد.")) == []


def test_a_quoted_name_in_apposition_to_a_described_paper():
    assert names(run("وكتب الرئيس في مقال في الصحيفة اليومية «لا تريبيون» أن الإصلاح ضروري.")) == ["لا تريبيون"]


def test_an_outlet_after_ila_that_received_an_interview_a_talk_or_a_copy():
    assert names(run("وقال الوزير في تصريح إلى قناة «المنار» إن الهدنة صامدة.")) == ["المنار"]
    assert names(run("وقال شاهد تحدث إلى وكالة «معا» إن الجنود انسحبوا.")) == ["معا"]
    assert names(run("وقالت الحركة في بيان وصلت نسخة منه إلى صحيفة «النهار» إنها ترفض.")) == ["النهار"]
    assert names(run("وأرسلت الوزارة وفدا إلى قناة السويس لتفقد الأعمال.")) == []


def test_the_second_paper_of_a_pair_whose_first_is_known():
    doc = run("ونشرت وكالتا رويترز البريطانية وكيودو اليابانية الخبر نفسه.")
    assert names(doc) == ["رويترز", "كيودو"]


def test_an_outlet_followed_by_its_citing_verb_or_a_participle_of_speech():
    assert names(run("وكانت صحيفة «الغد» نشرت أن الوزير سيستقيل.")) == ["الغد"]
    assert names(run("وعلقت قناة «الميادين» قائلة إن الهجوم فشل.")) == ["الميادين"]
    assert names(run("وكانت صحيفة «الغد» تصدر يوميا.")) == []
    assert names(run("ثورة قادمة بتلفزيون الإنترنت\n\nقال المدير إن السوق تتوسع.")) == []


def test_the_agency_that_asked_or_that_relayed_with_a_pronoun():
    assert names(run("وردا على أسئلة وكالة رويترز، قال المتحدث إن الحادث قيد التحقيق.")) == ["وكالة رويترز"]
    assert names(run("وقالت الوزيرة كما نقلت عنها وكالة «إرنا» إن الحوار مستمر.")) == ["إرنا"]
    assert names(run("ونشر الموقع، على لسان وكالة «معا»، أن الجيش انسحب.")) == ["معا"]


def test_an_interview_the_outlet_conducted_or_broadcast_and_its_report():
    assert names(run("وقال اللاعب في مقابلة أجرتها معه إذاعة «أوندا سيرو» الإسبانية إنه سيبقى.")) == ["أوندا سيرو"]
    assert names(run("وقال القائد في مقابلة بثت أمس على قناة «الميادين» إن الهدنة انتهت.")) == ["الميادين"]
    assert names(run("وأشار تقرير صحيفة «لوموند» إلى أن المصنع سيغلق.")) == ["لوموند"]
    assert names(run("ووصلت القافلة على قناة «الإسماعيلية» صباحا.")) == []


def test_a_quoted_recipient_far_from_its_verb_before_a_colon():
    doc = run("وأفاد المتحدث باسم الجماعة المسلحة في شمال البلاد، بعد ساعات من الهجوم، لوكالة «سبوتنيك»: "
              "«نحن المسؤولون».")
    assert names(doc) == ["سبوتنيك"]


def test_a_website_or_network_named_in_transliteration_before_an_adjective_of_origin():
    assert names(run("وذكر موقع والا العبري أن الجيش يستعد.")) == ["والا"]
    assert names(run("وقال موقع ميدل إيست آي البريطاني إن المفاوضات فشلت.")) == ["ميدل إيست آي"]
    assert names(run("وأعلنت شبكة طرق السعودية عن مشروع جديد.")) == []
    assert names(run("وأضاف في مذكرة نشرت على موقع وزارة الخارجية الأمريكية: «سنساعد».",
                     entities=[Entity("e1", "ORG", "وزارة الخارجية", kb="test:org/state",
                                     mentions=[Mention(29, 43, "وزارة الخارجية", "name")])])) == []


def test_footage_or_an_item_an_outlet_ran_and_what_it_published_per_according_to():
    assert names(run("وأظهرت مشاهد بثها التلفزيون الرسمي الكيني الرئيس وهو يغادر القصر.")) == [
        "التلفزيون الرسمي الكيني"]
    assert names(run("وبحسب ما أوردته قناة «النهار» فإن المفاوضات تعثرت.")) == ["النهار"]
    assert names(run("وحسبما نشره موقع «الساحل» فإن الطريق أغلق.")) == ["الساحل"]
    # "ما" after a verb, with no according-to word before it, cites nothing
    assert names(run("وتابع ما نشره موقع «الساحل» باهتمام.")) == []


def test_an_agency_word_with_a_remit_a_superlative_and_an_adjective_with_hamza_name_no_outlet():
    assert names(run("وأعلنت وكالة حماية البيئة في كندا إغلاق المصنع.")) == []
    assert names(run("وقال الخبير إنها أبرز صحيفة اقتصاد في القارة.")) == []
    assert names(run("وقال المدير لصحيفة ألمانية إن المصنع سيغلق.")) == []
    # the verb agreeing with the outlet word still cites it
    assert names(run("وأبرزت صحيفة «الفجر» أن المصنع سيغلق.")) == ["الفجر"]


def test_a_paper_told_by_a_masculine_subject_is_still_cited():
    assert names(run("وكان المدير قد أبلغ صحيفة «الفجر» أن المصنع سيغلق.")) == ["الفجر"]


def test_an_acronym_spelled_in_arabic_letters_after_a_network_word():
    assert names(run("وقال رئيس البعثة لشبكة «إن بي آر» إن الرحلة تأجلت.")) == ["إن بي آر"]
    assert names(run("وصرح السفير لشبكة ان بي آر انه متفائل بالمحادثات.")) == ["ان بي آر"]
    # letters that are also Arabic words spell nothing: "شبكة إن في" is no outlet
    assert names(run("وقال المهندس إن شبكة إن في المدينة تعطلت.")) == []


def test_a_correspondent_who_reports_for_an_agency_cites_it():
    assert names(run("وذكر مراسل لوكالة الأنباء الفرنسية في البلدة أن الاشتباكات توقفت.")) == [
        "وكالة الأنباء الفرنسية"]
    assert names(run("وبحسب مراسل لوكالة رويترز فإن الحشود تفرقت.")) == ["وكالة رويترز"]
    # a correspondent as someone's job is no citation
    assert names(run("وكان يعمل مراسلا لوكالة رويترز في القاهرة.")) == []


def test_a_report_or_a_poll_of_an_outlet():
    assert names(run("وذكر تقرير لصحيفة «الصباح» أن الميناء أغلق.")) == ["الصباح"]
    assert names(run("وأظهر استطلاع لرويترز أن المستثمرين متفائلون.")) == ["رويترز"]
    # pictures "of" a canal name what they show
    assert names(run("وعرضت صور لقناة الري الجديدة في القرية.")) == []


def test_sports_papers_of_europe_are_known_outlets():
    from marsad.document import Document
    from marsad.layers.sources import SourceLayer

    layer = SourceLayer()  # the shipped KB: "سكاي سبورتس" after the weak head "شبكة" is known
    doc = Document(text="وقال المدرب لشبكة سكاي سبورتس إن الفريق جاهز، وذكرت صحيفة ماركا أن العرض رفض.")
    layer(doc)
    assert [s.text for s in doc.sources] == ["سكاي سبورتس", "ماركا"]


def test_the_wire_line_on_what_it_could_not_check():
    assert names(run("ولم يتسن لـ«رويترز» التحقق من الأرقام على الفور.")) == ["رويترز"]
    assert names(run("ولم تتمكن وكالة رويترز من الوصول إلى المتحدث للتعليق.")) == ["وكالة رويترز"]
    # no verify word after it: "لم يتمكن" with a name is no wire line
    assert names(run("ولم يتمكن رويترز من الفوز في السباق.")) == []


def test_a_survey_in_construct_a_copy_handed_over_a_clarification_asked():
    assert names(run("وتوقع مسح رويترز أن يرتفع الإنتاج في الشهر المقبل.")) == ["رويترز"]
    assert names(run("وقالت الجماعة في بيان تسلمت وكالة رويترز نسخة منه إن المفاوضات فشلت.")) == ["وكالة رويترز"]
    assert names(run("وردا على استيضاح وكالة فرانس برس، قالت الشرطة إن التحقيق مستمر.")) == ["وكالة فرانس برس"]


def test_a_syndication_line_and_a_dateline_code_in_brackets():
    assert names(run("ارتفعت أسعار النفط في الأسواق الآسيوية.\n\n* بالاتفاق مع «رويترز»")) == ["رويترز"]
    body = "ملخص الأخبار\n\n* تراجع الصادرات\n\n* طوكيو - (أ ف ب): تراجعت صادرات اليابان في الشهر الماضي."
    assert names(run(body)) == ["أ ف ب"]
