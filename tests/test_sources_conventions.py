"""Sources layer: how the outlets of a corpus credit the wires they carry.

Each outlet has its own conventions (a dateline tag under the title, a wire called by the
adjective of its country in quotation marks, a closing credit line, a website named by a
number); the sentences here are written for these tests, on the shipped KB.
"""

from __future__ import annotations

from marsad.document import Document
from source_fixtures import names, run


def english(doc: Document) -> list[str | None]:
    return [doc.entity(s.entity).name_en for s in doc.sources]


def test_a_title_ending_with_a_place_noun_does_not_swallow_the_dateline_under_it():
    # "... في ملعب" + paragraph break + "أ ف ب - مدريد": the code opens the next line, it
    # completes no noun of the title
    doc = run("أ ف ب - مدريد\n\nفاز الفريق الضيف بهدفين نظيفين.", title="تفاصيل اللقاء في ملعب")
    assert english(doc) == ["Agence France-Presse"]


def test_a_name_after_a_place_noun_on_the_same_line_still_completes_it():
    doc = run("وقال مدير المهرجان في سوق عكاظ إن الزوار كثر.")
    assert english(doc) == []


def test_a_name_completing_a_noun_after_a_complementiser_or_a_proclitic_is_not_cited():
    # a market or a street named like a paper: the noun before the name is its head, so the
    # verb before them has a subject of its own and the line start makes no dateline
    assert run("وأكد المحافظ أن سوق عكاظ يبقى أكبر مهرجان ثقافي في المنطقة.").sources == []
    assert run("وقال المشرف العام لسوق عكاظ \"إن الحجوزات اكتملت\".").sources == []
    assert run("وأوضح المسؤول، بأن جادة عكاظ ـ وهي الممر الرئيسي ـ ستضم المعارض.").sources == []
    # a report or a poll there keeps the name a source
    assert english(run("وذكر أن تقرير رويترز لم يشر إلى عدد الضحايا.")) == ["Reuters"]
    assert english(run("وأشار المسؤول إلى تقرير لرويترز قال إن الصادرات تراجعت.")) == ["Reuters"]


def test_a_canal_is_no_channel_and_a_station_that_aired_something_is_cited():
    assert run("ونقل التلفزيون المصري الاحتفال الذي أقيم على ضفاف \"قناة السويس الجديدة\".")\
        .sources[0].text == "التلفزيون المصري"
    assert run("وقال الوزير إن \"قناة السويس\" تدر دخلا كبيرا على البلاد.").sources == []
    assert [s.text for s in run("وأذاعت قناة «الوطنية» مساء أمس أسماء الفائزين.").sources] == ["الوطنية"]


def test_a_wire_called_by_its_country_adjective_in_quotation_marks():
    doc = run("وبحسب «الفرنسية»، فإن الحكومة أقرت الموازنة الجديدة.")
    assert english(doc) == ["Agence France-Presse"]
    doc = run("ووفقا لـ\"الألمانية\"، فقد تراجعت الصادرات في الربع الثاني.")
    assert english(doc) == ["Deutsche Presse-Agentur"]


def test_a_quoted_country_adjective_closing_a_caption_is_a_credit():
    doc = run("تراجعت أسعار الحبوب في الأسواق الأوروبية هذا الأسبوع. «الفرنسية» مزارع يجمع محصوله.")
    assert english(doc) == ["Agence France-Presse"]


def test_a_country_adjective_is_no_wire_bare_or_quoted_inside_a_sentence():
    assert english(run("وقالت الحكومة الفرنسية إنها ستدرس الطلب.")) == []
    assert english(run("وقال الأستاذ إن الطلاب يفضلون اللغة «الفرنسية» في دراستهم.")) == []
    assert english(run("وأضاف المدرب «الألمانية» ليست صعبة كما يظن البعض.")) == []


def test_a_website_named_by_a_number():
    doc = run("وأفاد شهود بأن الحريق اندلع فجرا، بحسب موقع 24 الإماراتي.")
    assert english(doc) == ["24.ae"]
    assert english(run("ويعمل المركز على مدار 24 ساعة في موقع الحادث.")) == []


def test_a_statement_given_to_an_agency_far_from_the_verb_of_saying():
    doc = run("وأوضح مدير عام الهيئة العامة للموانئ المهندس فهد بن سالم العتيبي بعد جولة على المرافئ"
              " الثلاثة في بيانه لوكالة الأنباء السعودية أن الأعمال تسير وفق الخطة.")
    assert english(doc) == ["Saudi Press Agency"]


def test_words_after_an_outlet_word_that_name_no_outlet():
    assert english(run("وأعلنت وكالة وزارة الصحة للطب الوقائي بدء حملة التطعيم.")) == []
    assert english(run("وأوضح أن التقديم متاح عبر الدخول لموقع www.example.org حتى نهاية الشهر.")) == []
    assert english(run("وتحدث عن مشروع لإصدار صحيفة ناطقة باللغة الإنجليزية.")) == []
    assert english(run("وأعلنت وكالة الفضاء الأوروبية أنها ستطلق القمر الصناعي الشهر المقبل.")) == []
    assert english(run("وارتفع الإنتاج هذا العام وفقا لوكالة معلومات الطاقة الأمريكية.")) == []


def test_an_outlet_right_after_a_present_reporting_verb_a_tip_or_a_meeting_it_held():
    doc = run("وتتوالى الأخبار عن الصفقة منذ أيام. وينقل موقع «المدار» عن وكيل اللاعب أن العقد جاهز.")
    assert [s.text for s in doc.sources] == ["المدار"]
    doc = run("وتتواصل الاستعدادات للبطولة منذ أسابيع. ورشحت وكالة الأنباء الفرنسية المنتخب للفوز باللقب.")
    assert english(doc) == ["Agence France-Presse"]
    doc = run("وامتلأت الحدائق العامة بالزوار طوال عطلة العيد. والتقت «واس» بأحد الزوار فقال إن الأجواء رائعة.")
    assert english(doc) == ["Saudi Press Agency"]
    assert english(run("وتتواصل الزيارات منذ أيام. والتقى الوزير وفد وكالة الأنباء الصينية في مكتبه.")) == []


def test_what_an_outlets_correspondent_saw_or_heard():
    opening = "واستمرت الاشتباكات طوال الليل. "
    doc = run(opening + "وشاهد مراسل لوكالة فرانس برس عشرات السيارات المحترقة في الشارع.")
    assert english(doc) == ["Agence France-Presse"]
    doc = run(opening + "وكان مراسل لـ«رويترز» قد سمع دوي انفجارات قرب الميناء.")
    assert english(doc) == ["Reuters"]
    assert english(run(opening + "وكان مراسل رويترز قد أصيب في القصف.")) == []
    assert english(run(opening + "وأصيب مراسل لوكالة فرانس برس بجروح طفيفة.")) == []


def test_an_outlet_joined_by_and_to_a_cited_one():
    doc = run("واستمر القصف طوال الليل. ونقلت صحيفة «المسار» وقناة «الأفق» عن مصادر أن القصف توقف.")
    assert [s.text for s in doc.sources] == ["المسار", "الأفق"]
    doc = run("واستمر القصف طوال الليل. ونقلت رويترز عن مسؤول قوله إن القصف توقف وقناة السويس مفتوحة.")
    assert [s.text for s in doc.sources] == ["رويترز"]


def test_a_definite_outlet_word_after_lam_that_swallowed_the_article_alif():
    # "للتلفزيون" is "ل" + "التلفزيون": the station received the statement
    doc = run("وقال وزير النفط في تصريح للتلفزيون الرسمي الفنزويلي إن الإنتاج سيرتفع.")
    assert [s.text for s in doc.sources] == ["تلفزيون الرسمي الفنزويلي"]
    # a thanks to a station is no statement given to it
    assert run("وقدم الوزير شكره للإذاعة الوطنية على تغطيتها.").sources == []


def test_a_spelled_acronym_may_carry_the_article():
    assert english(run("وتوفي المخرج إثر أزمة قلبية، بحسب السي إن إن.")) == ["CNN"]
    assert english(run("وقال الوزير للبي بي سي إن الحكومة لن تستقيل.")) == ["BBC"]


def test_a_stock_index_named_after_a_paper_is_no_citation():
    assert run("وارتفع المؤشر فايننشال تايمز 100 البريطاني بنسبة نصف في المائة.").sources == []
    assert run("وأضاف المؤشران فايننشال تايمز 100 وداكس نقاطا قليلة.").sources == []


def test_a_satellite_channel_word_and_a_bracketed_recipient():
    assert [s.text for s in run("ووفقا لفضائية «الميادين» فإن الاشتباكات توقفت مساء.").sources] == ["الميادين"]
    assert run("وتعمل الشركة على إطلاق أقمار فضائية جديدة العام المقبل.").sources == []
    assert english(run("وقال أحد المنقذين لـ(إيه بي سي) إن البحث سيستمر حتى الفجر.")) == ["ABC"]


def test_a_described_outlet_names_none_and_a_field_agency_is_no_news_agency():
    # the paper named first is the source; "the Italian paper" only refers back to it
    doc = run("وقالت صحيفة «توتو سبورت» الإيطالية إن المدرب باق. وأضافت الصحيفة الإيطالية أن العقد يمتد عامين.")
    assert names(doc) == ["توتو سبورت"]
    # a state broadcaster is named by its country
    assert names(run("وقال التلفزيون الكيني إن الأمطار توقفت.")) == ["التلفزيون الكيني"]
    # an agency of a field other than news
    assert run("وقالت وكالة الاستخبارات الدفاعية إن التقرير سري.").sources == []


def test_to_serve_is_no_service_outlet():
    assert run("وأوضح المدير أن المركز أنشئ لخدمة سكان الأحياء الجديدة، وقال إن العمل مستمر.").sources == []


def test_a_paper_called_by_a_common_word_after_a_lam_that_swallowed_its_article():
    # "للشرق الأوسط" is "ل" + "الشرق الأوسط": the paper received the statement opening after it
    assert english(run("وقال مسؤول في الوزارة للشرق الأوسط إن المفاوضات ستستأنف.")) == ["Asharq Al-Awsat"]
    assert english(run("جاء ذلك في حديث رئيس اللجنة المنظمة للجزيرة.")) == ["Al Jazirah"]
    # common words: no statement given to them
    assert run("وقدم الأمير شكره للجزيرة العربية وأهلها.").sources == []
    assert run("وقال إن الوفد سيتوجه للشرق الأوسط: مصر أولا.").sources == []
    assert run("وقال استطلاع للرأي بأن أغلب السكان يؤيدون القرار.").sources == []


def test_a_wire_called_by_its_country_adjective_after_according_to_and_a_swallowed_article():
    assert english(run("وارتفعت الأسعار في الربع الثاني، وفقا للفرنسية.")) == ["Agence France-Presse"]
    assert run("وتم توزيع المساعدات وفقا للأولوية.").sources == []
