"""Sources layer: kinds found on a probe of unlabelled articles of the kept-aside outlets and of
outlets with few develop articles (session 23): the head of a channel in construct with it is its
employee, "عبر" before a noun is "through" (no verb of saying), a quoted phrase after a verb of
becoming is no outlet, a time word ends an outlet's name, and "سبق لـ<outlet> أن <verb>" cites it.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from marsad.document import Document, Entity, Mention
from source_fixtures import LAYER, names, run


def test_the_head_of_a_channel_in_construct_is_its_employee():
    assert names(run("وعلق مدير قناة الفجر سامي العلي بقوله إن البث سيعود غدا.")) == []
    assert names(run("وقال رئيس شبكة «الأفق» إن البرامج الجديدة جاهزة.")) == []
    assert names(run("وأكد مدير عام قناة الفجر أن البث سيعود غدا.")) == []
    # words said TO an agency keep their "ل": the agency received them
    assert names(run("وقال رئيس الوزراء لوكالة رويترز إن المحادثات مثمرة.")) == ["وكالة رويترز"]
    # a correspondent reports for the outlet
    assert names(run("وقال مراسل قناة الفجر إن القصف توقف.")) == ["الفجر"]


def test_through_before_a_noun_is_no_verb_of_saying():
    assert names(run("وأكد المتحدث أن الصور المنشورة عبر مواقع التواصل الاجتماعي لمجلة الأنصار مزيفة.")) == []
    # "عبّر عن" is the verb, and the paper received the words
    assert names(run("وعبر الوزير عن شكره لصحيفة «الأفق» على التغطية.")) == ["الأفق"]


def test_a_quoted_phrase_after_a_verb_of_becoming_is_no_outlet():
    assert names(run('ويغلق المتحدث وسائل الاتصال به ويتحول إلى "سراب في الصحراء" عند الأزمات.')) == []
    # a talk, then the outlet it was given to
    assert names(run("وقال في حديث أدلى به إلى «الأفق» إن الموسم سيبدأ قريبا.")) == ["الأفق"]
    assert names(run("وقال في مقابلة صحفية وتلفزيونية مع «الأفق» إن الموسم سيبدأ قريبا.")) == ["الأفق"]


def test_a_time_word_ends_an_outlets_name():
    assert names(run("وبحسب الخبر الذي نشرته صحيفة الميدان الأسبوع الماضي فإن اللجنة أوقفت الحكم.")) == ["الميدان"]
    assert names(run("وذكرت صحيفة نيويورك تايمز الشهر الماضي أن الصفقة تمت.")) == ["نيويورك تايمز"]


def test_an_outlet_that_reported_it_earlier():
    assert names(run("وسبق لمجلة «الملاعب» الفرنسية أن كشفت عن موافقة النادي على العرض.")) == ["الملاعب"]
    assert names(run("وسبق لصحيفة الغارديان أن نشرت تقريرا عن الصفقة.")) == ["الغارديان"]
    assert names(run("وسبق لـ«الحياة» أن نشرت تقريرا عن الخلاف.")) == ["الحياة"]
    # a bare name with a verb that is not of publishing may be a party's or a city's
    assert names(run("وسبق لـ«حماس» أن أعلنت رفضها للمبادرة.")) == []
    assert names(run("وسبق للرياض أن أعلنت رفضها للمبادرة.")) == []
    # a player, and a paper that did something other than report
    assert names(run("وسبق للمهاجم أن احترف في أحد أندية البرتغال.")) == []
    assert names(run("وسبق لصحيفة الغارديان أن تعرضت لانتقادات واسعة.")) == []


def test_an_agency_described_then_named_in_apposition():
    assert names(run('وذكرت وكالة الأنباء الروسية "نوفا" أن الحافلتين اصطدمتا قرب الحدود.')) == ["نوفا"]
    assert names(run('وذكرت وكالة الأنباء الروسية "إنترفاكس" أن الحافلتين اصطدمتا قرب الحدود.')) == ["إنترفاكس"]
    # described only: the description is all there is
    assert names(run("وذكرت وكالة الأنباء الروسية أن الحافلتين اصطدمتا قرب الحدود.")) == ["وكالة الأنباء الروسية"]
    # an agency of a country, indefinite: none named
    assert names(run("ونفى الحزب صحة ما أوردته وكالة أنباء إيرانية عن هدنة مع خصومه.")) == []


def test_a_papers_name_after_its_word_with_the_closing_mark_lost():
    assert names(run("ونقلت صحيفة “نيويورك تايمز الأمريكية عن الباحث قوله إن المخطوط قديم.")) == ["نيويورك تايمز"]
    # a mark right after a verb opens the words quoted
    assert names(run("وقال “قناة الجزيرة القذرة أكثر من فرح” في تغريدة.")) == []


def _entity_names(doc: Document) -> list[str]:
    return [next(e.name for e in doc.entities if e.id == s.entity) for s in doc.sources]


def test_an_unlisted_outlets_entity_is_named_without_its_word_and_adjectives():
    # a reader writes "الميدان" as often as "صحيفة الميدان": the span keeps the words, the entity
    # is named by the name alone, so either form finds it
    doc = run("بحسب ما أوردت صحيفة الميدان المصرية فإن الوضع هادئ.")
    assert names(doc) == ["صحيفة الميدان المصرية"] and _entity_names(doc) == ["الميدان"]
    doc = run("وقال الوزير لقناة الرسالة الفضائية إن الموسم سيبدأ قريبا.")
    assert _entity_names(doc) == ["الرسالة"]
    # a descriptive name keeps its head
    doc = run("وذكرت إذاعة الجيش الإسرائيلي أن الوضع هادئ.")
    assert _entity_names(doc) == ["إذاعة الجيش الإسرائيلي"]
    doc = run("وذكرت وكالة الأنباء الكينية أن الوضع هادئ.")
    assert _entity_names(doc) == ["وكالة الأنباء الكينية"]


def test_an_unlisted_agency_named_by_a_place_keeps_its_word():
    # "وكالة شبوة" is the agency, "شبوة" the province the entities layer found: the agency's entity
    # is named with its word, unlike a paper's ("صحيفة الميدان" -> "الميدان")
    text = "وتفقد المحافظ – بحسب وكالة شبوة – مواقع المشاريع المتعثرة."
    at = text.index("شبوة")
    doc = Document(text=text, entities=[Entity("e1", "LOC", "شبوة", mentions=[Mention(at, at + 4, "شبوة", "name")])])
    LAYER(doc)
    doc.check_offsets()
    assert names(doc) == ["وكالة شبوة"] and _entity_names(doc) == ["وكالة شبوة"]


def test_an_agency_described_then_quoted_as_saying():
    # the marks after the description open the words it reported, not its name
    assert names(run("وأضافت الوزيرة كما نقلت عنها وكالة الأنباء الطلابية «ننتظر ردا مكتوبا من الطرف الآخر».")) == [
        "وكالة الأنباء الطلابية"]


def test_the_verb_of_expressing_with_its_subject_before_about():
    assert names(run("وعبر سامي العلي عن رأيه عبر حسابه على تويتر، ولإذاعة الأفق إف إم.")) == ["الأفق"]


def test_two_networks_after_a_dual_word():
    assert names(run("وقالت شبكتا “الأفق” و“تايمز ناو” إن المتهم اعترف.")) == ["الأفق", "تايمز ناو"]
    # two electricity grids
    assert names(run("وتعمل الشركة على ربط شبكتي الكهرباء في البلدين.")) == []


def test_a_quantity_after_an_outlet_word_names_none():
    assert names(run("وكشفت تقارير صحيفة عديدة عن أن الشركة تجهز جهازا جديدا.")) == []
    assert names(run("وذكرت صحيفة أخرى أن الشركة تجهز جهازا جديدا.")) == []


def test_an_outlet_bought_sold_or_blocked_is_no_source():
    assert names(run("وأعلنت الشركة اليابانية أمس شراء مجموعة فايننشال تايمز من مالكها البريطاني.")) == []
    assert names(run("وأعلنت الشركة شراء صحيفة «الأفق» المحلية.")) == []
    assert names(run("وذكرت السلطات أن حجب قناة الجزيرة جاء بقرار قضائي.")) == []
    # the outlet telling of a deal is still cited
    assert names(run("وذكرت صحيفة واشنطن بوست أن الصفقة تمت.")) == ["واشنطن بوست"]
    assert names(run("وبحسب صفقة أعلنتها رويترز فإن الشركة باعت الصحيفة.")) == ["رويترز"]


def test_an_edition_of_a_paper():
    assert names(run("ونقل الموقع عن مقال بالنسخة المدفوعة من صحيفة “وول ستريت جورنال” أن طرح الأسهم سيتأخر.")) == [
        "وول ستريت جورنال"]
    assert names(run("وجاء في النسخة الإلكترونية من صحيفة «الأفق» أن الإصدار تأجل.")) == ["الأفق"]
    # a copy handed out is no edition
    assert names(run("ووزع الطلاب نسخة من صحيفة «الأفق» على الحضور.")) == []


def test_verbs_of_a_press_review():
    assert names(run("وشنت صحيفة «الأفق» هجوما حادا على الوزير.")) == ["الأفق"]
    assert names(run("وخصصت صحيفة الغارديان افتتاحيتها للأزمة.")) == ["الغارديان"]


def test_an_agency_word_before_a_body_or_a_known_agency():
    # a government body called "وكالة": no outlet
    assert names(run("وقالت وكالة إدارة الطوارئ الوطنية إن الفيضانات انحسرت.")) == []
    # a description, then the KB agency by its short name without marks: the agency alone
    assert names(run("وذكرت وكالة الأنباء الرسمية سونا أن الرئيس غادر العاصمة.")) == ["سونا"]
    assert names(run("وذكرت وكالة الأنباء الرسمية أن الرئيس غادر العاصمة.")) == ["وكالة الأنباء الرسمية"]


def test_a_made_figure_and_a_subject_in_marks_before_the_recipient():
    assert names(run("ووفقا لإحصاء رويترز بلغ عدد الجرحى في المواجهات 23 شخصا.")) == ["رويترز"]
    # the company's name in marks between the verb and the outlet the news was told to
    assert names(run("وكشفت شركة “سكاي باص” لقناة سي إن إن عن خطة للتخلص من الزحام.")) == ["سي إن إن"]
    assert names(run("وكشفت شركة “سكاي باص” لشبكة «الأفق» عن خطة للتخلص من الزحام.")) == ["الأفق"]
    # quoted words, not a name, before it
    assert names(run("وقال إن “الخطة جاهزة تماما” لشبكة «الأفق» وغيرها.")) == []


def test_words_said_to_a_station_named_in_brackets():
    assert names(run("وقال الأمين العام للحلف لمحطة (بي.بي.سي) “تركيا لديها جيش قوي”.")) == ["بي.بي.سي"]


def test_a_definite_outlet_word_after_lam_with_adjectives_only_names_none():
    # "للصحيفة الأمريكية" refers back to the paper named before; the span opens after "لل"
    assert names(run("وأكد الممثل للصحيفة الأمريكية أنه يكتب سيناريو الفيلم.")) == []
    assert names(run("وقال الوزير لوكالة الأنباء الكينية إن الوضع هادئ.")) == ["وكالة الأنباء الكينية"]


def test_the_scene_of_an_event_and_a_channels_secret_office():
    assert names(run("ويروي المصور قصصا من «موقع الحدث» عن معاناة الأبرياء.")) == []
    assert names(run("وأشارت إلى أنه اكتشف أن المنزل مقر سري لقناة «الأفق» في المدينة.")) == []
