"""Sources layer: kinds found on unlabelled articles of many outlets (session 24): the second
name after a dual outlet word that the KB lists with the dual's singular and an adjective of
origin ("وكالتا .. والأنباء الألمانية" is وكالة الأنباء الألمانية, not the paper "الأنباء").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_second_name_after_a_dual_keeps_its_adjective_when_the_kb_lists_it_so():
    assert names(run("وقالت وكالتا فرانس برس والأنباء الألمانية إن القتال تجدد.")) == [
        "فرانس برس", "الأنباء الألمانية"]
    assert names(run("وأوردت وكالتا رويترز والأنباء الألمانية أن الجسر انهار.")) == [
        "رويترز", "الأنباء الألمانية"]
    # a second name the KB knows without an adjective keeps its own span
    assert names(run("وأفادت وكالتا الأناضول ودوغان بأن الانفجار وقع قرب الحدود.")) == ["الأناضول", "دوغان"]
    assert names(run("وذكرت صحيفتا واشنطن بوست ونيويورك تايمز أن الإدارة تدرس الخيارات.")) == [
        "واشنطن بوست", "نيويورك تايمز"]


def test_rating_agencies_after_a_dual_are_no_news_outlets():
    assert names(run("وخفضت وكالتا موديز وفيتش التصنيف الائتماني للبلاد.")) == []


def test_an_outlet_that_a_verb_taking_ba_has_as_its_object_said_nothing():
    assert names(run("وأشاد الوزير بقناة العربية ودورها في التغطية.")) == []
    assert names(run("المدير يشيد بإذاعة القرآن الكريم ودورها في نشر الوسطية")) == []
    assert names(run("ونوه الوزير بوكالة الأنباء السعودية وجهودها.")) == []
    # the same verbs with the outlet as the hearer or the subject
    assert names(run("وصرح الوزير لقناة العربية بأن الحل قريب.")) == ["قناة العربية"]
    assert names(run("وأفادت قناة العربية بأن الحل قريب.")) == ["قناة العربية"]


def test_a_word_of_time_after_a_verb_of_making_is_no_paper_when_its_subject_follows():
    assert names(run("وأضاف في مقابلة نشرتها اليوم صحف محلية: «لن نتراجع».")) == []
    # the paper called by a common word after the verb, nothing after it
    assert names(run("وذلك وفق تقرير نشرته الاقتصادية.")) == ["الاقتصادية"]


def test_the_head_of_the_group_that_owns_an_outlet_works_there():
    assert names(run("وأشار رئيس مؤسسة عدن الغد الإعلامية، سالم العدني، إلى أن المساعدات تباع.")) == []
    assert names(run("وقال رئيس الوزراء لوكالة رويترز إن المساعدات وصلت.")) == ["وكالة رويترز"]


def test_a_channel_inside_what_a_speaker_said_did_not_hear_the_words():
    assert names(run("وأوضح النائب أن المتابع لقناة المسيرة يلاحظ التناقض في خطابها.")) == []
    # the words said to the agency, an aside with its own complementiser between
    assert names(run("وقال المتحدث، الذي طلب عدم نشر اسمه لأنه غير مخول بالحديث، لرويترز إن الهجوم فشل.")) == [
        "رويترز"]
    assert names(run("وأكد الوزير أنه لن يستقيل، في حديث لقناة العربية.")) == ["قناة العربية"]
    # the words opening right after the outlet: it heard them, whatever reads as a complementiser before
    assert names(run("وتقول إن ماري، من شركة استشارية، لوكالة الصحافة الفرنسية: «السوق منقسمة».")) == [
        "وكالة الصحافة الفرنسية"]


def test_media_news_naming_an_outlet_in_marks_at_a_line_end_credits_nothing():
    assert names(run("محررة جديدة لقسم الإعلام في صحيفة «ذا تايمز»")) == []
    assert names(run("انطلاق «هافينغتون بوست ـ عربي» اليوم")) == []
    # a dateline after a title closing with a name in marks: the mark is not the wire's
    assert names(run("\"الوزير\" يزور \"المعرض\"\n\nواس- جدة: زار الوزير المعرض أمس.")) == ["واس"]
    # a wire's name in marks closing a paragraph is its credit
    assert names(run("ارتفعت الأسعار أمس. «رويترز»")) == ["رويترز"]


def test_footage_or_pictures_an_agency_filmed():
    assert names(run("وانهارت الرافعة، فيما أظهرت لقطات صورتها وكالة أنباء «رويترز» عاملا يخرج من الركام.")) == [
        "رويترز"]
    assert names(run("ونشرت الصحيفة صورا التقطتها وكالة «الأفق» للحريق.")) == ["الأفق"]
    # a camera the verb's subject, no outlet
    assert names(run("ونشرت الوزارة صورا التقطتها عدسة المصور.")) == []


def test_an_outlet_named_after_its_verb_then_said_the_words_after_a_comma():
    assert names(run("واهتمت بهذه القضية، أيضا، صحيفة «الأفق»، وقالت إن الحكومة تتأخر.")) == ["الأفق"]
    assert names(run("وتابعت الملف صحيفة «الخبر» الجزائرية، وذكرت أن التحقيق مستمر.")) == ["الخبر"]
    # the outlet a preposition governs: the speaker is someone else
    assert names(run("والتقت الوزيرة بصحيفة «الخبر»، وقالت إن التحقيق مستمر.")) == []


def test_according_to_a_report_of_an_outlet_with_lam():
    assert names(run("ووفقا لتقرير صحيفة «الأفق» فإن النمو تراجع.")) == ["الأفق"]
    assert names(run("واستنادا لتقرير مجلة «الرواد» فإن الصادرات زادت.")) == ["الرواد"]
    assert names(run("ووفقا لتقرير الوزارة فإن النمو تراجع.")) == []


def test_a_paper_called_by_a_common_word_that_learned_the_news():
    assert names(run("وعلمت الحياة من مصادر مطلعة أن الاتفاق وشيك.")) == ["الحياة"]
    assert names(run("علمت المدينة أن الإدارة تفاضل بين ثلاثة لاعبين.")) == ["المدينة"]
    assert names(run("وعلمت الجزيرة أمس من مصادرها أن النادي تعاقد مع المدرب.")) == ["الجزيرة"]
    # a family that learned the news, and a paper word not followed by what it learned
    assert names(run("وعندما علمت الأسرة بالخبر سارعت إلى المستشفى.")) == []
    assert names(run("وعلمت المدينة بأكملها بالحادث.")) == []


def test_an_agency_learned_met_or_reached_the_one_it_quotes():
    assert names(run("وعلمت وكالة «فرانس برس» من مصدر موثوق أن الاجتماع تأجل.")) == ["فرانس برس"]
    assert names(run("وأشار المراجع سالم العلي، الذي التقته «واس» أمام المكتب، إلى أن الإجراءات سهلة.")) == ["واس"]
    assert names(run("وقلل دبلوماسي غربي اتصلت به رويترز من أهمية الخطوة.")) == ["رويترز"]
    assert names(run("وعلم مراسل الأناضول أن الشرطيين أصيبا في الهجوم.")) == ["الأناضول"]
    assert names(run("في حين تبدو مصادر رويترز أكثر دقة في تقدير الأرقام.")) == ["رويترز"]


def test_an_agency_told_with_a_long_subject_or_the_words_quoted_after_it():
    assert names(run("وأبلغ المتحدث باسم الشركة رويترز «تم تحديد موعد التوقيع».")) == ["رويترز"]
    assert names(run("كما أبلغ رجل الأعمال الكوري الجنوبي المعروف وهو واحد من أكثر الشخصيات تأثيرا في الرياضة "
                     "الآسيوية رويترز أنه سيدخل السباق.")) == ["رويترز"]
    assert names(run("وأبلغ المدير الموظفين «عليكم الحضور مبكرا».")) == []
    # an outlet word and a name in marks the KB does not know
    assert names(run("وأبلغ مسؤول كبير شبكة «الأفق» أن الفائدة سترتفع.")) == ["الأفق"]
    assert names(run("وأبلغ الوزير مدير صحيفة «الأفق» أن المقال مخالف.")) == []


def test_an_outlet_that_employs_or_is_published_by_someone_is_no_source():
    assert names(run("رزق الزميل سالم العلي المحرر بالزميلة «الأفق» بمولوده الأول.")) == []
    assert names(run("ويذكر أن الشركة مساهم في المجموعة الإعلامية الناشرة لصحيفة «الأفق».")) == []
    assert names(run("ويذكر أن الشركة مساهم في مجموعة «النور» الإعلامية الناشرة لصحيفة «الأفق».")) == []
    assert names(run("وباعت الشركة المالكة لقناة «الأفق» حصتها.")) == []
    # a dateline's wire in marks after the place
    assert names(run("الرياض «واس»\n\nافتتح الأمير المعرض.")) == ["واس"]


def test_said_to_an_agency_past_a_long_subject_or_an_adjective_read_as_a_deal():
    assert names(run("وقالت الممثلة التي شاركت في إنتاج فيلم الرسوم المتحركة وقامت بالأداء الصوتي لشخصية "
                     "الأم في الفيلم لـ«رويترز» بأن أفضل أسلوب هو الرسوم.")) == ["رويترز"]
    assert names(run("وقالت أمينة صندوق المجموعة الملكية لرويترز «سيتمكن الزوار من الدخول».")) == ["رويترز"]
    # "الملكية" as ownership, an outlet being sold
    assert names(run("وأعلنت الشركة نقل الملكية لصحيفة «الأفق» إلى مستثمر جديد.")) == []


def test_the_iranian_oil_ministry_agency_is_in_the_kb():
    doc = run("قالت وكالة أنباء وزارة النفط الإيرانية (شانا) إن التصدير استؤنف.")
    assert names(doc) == ["وكالة أنباء وزارة النفط الإيرانية", "شانا"]


def test_a_paper_called_by_a_common_word_after_a_feminine_verb_of_saying():
    assert names(run("وقالت الحياة اللندنية إن الاتفاق قريب.")) == ["الحياة"]
    assert names(run("وذكرت الشرق الأوسط أن المفاوضات تعثرت.")) == ["الشرق الأوسط"]
    assert names(run("ونقلت الوطن اليوم عن مصادر أن القرار صدر.")) == ["الوطن"]
    # a masculine verb: the federation, no paper; no words opening after the name
    assert names(run("وقال الاتحاد إن المباراة تأجلت.")) == []
    assert names(run("وشهدت الحياة تغيرات كبيرة في العقد الأخير.")) == []
