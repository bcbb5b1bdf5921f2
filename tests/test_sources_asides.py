"""Sources layer: constructions found missing on a probe of unlabelled articles of every outlet in
session 15: an agency spoken to past asides between commas, a time word after an outlet's name, an
outlet that made an interview or a report, words said to a quoted outlet after a verb of talking,
a caption crediting a picture, a programme's channel, a columnist's paper, a copy or a document an
outlet obtained, an outlet alone in brackets, a verbal noun after an outlet that is no verb, a KB
name opening a longer quoted name, an outlet that had interviews, a club a player moves to, a
paper's editorial, an appearance on a channel.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from source_fixtures import LAYER, names, run


def test_an_agency_spoken_to_after_an_aside_between_commas():
    body = ("وقال ضابط في الشرطة، الذي طلب عدم ذكر اسمه لأنه غير مخول بالتصريح لوسائل الإعلام في "
            "هذه القضية، لرويترز إن المشتبه بهم فروا نحو الحدود.")
    assert names(run(body)) == ["رويترز"]
    body = ("وأوضح أحد المزارعين، ويدعى سالم، وهو أب لخمسة أطفال يعيش في القرية منذ ولادته، "
            "لـ«رويترز» أن المياه لم تصل منذ أسابيع.")
    assert names(run(body)) == ["رويترز"]


def test_an_aside_with_no_statement_after_the_agency_cites_nothing():
    body = "وقال الوزير، في كلمة ألقاها خلال الحفل الذي أقيم بالمناسبة، للحضور إن العمل مستمر."
    assert names(run(body)) == []


def test_a_day_word_ends_an_outlet_name():
    assert names(run("وكشفت صحيفة ميرور يوم الجمعة أن المدرب سيغادر النادي.")) == ["ميرور"]


def test_an_outlet_that_made_an_interview_or_a_report():
    assert names(run("وأجرت قناة «الحدث» مقابلة مطولة مع قائد القوات تحدث فيها عن الخطة.")) == ["الحدث"]
    assert names(run("وأعد موقع “تريب أدفايزر” تقريرا عن أفضل الفنادق في المنطقة.")) == ["تريب أدفايزر"]


def test_words_said_to_a_quoted_outlet_after_a_verb_of_talking():
    body = "وقال أحد السكان الذي تحدث إلى «الحياة» إن الكهرباء انقطعت طوال الليل."
    assert names(run(body)) == ["الحياة"]
    body = "وأكدت المصادر التي تحدثت مع «صدى البلد» أن الاجتماع سيعقد الأسبوع المقبل."
    assert names(run(body)) == ["صدى البلد"]
    body = "وانتقل الشاعر من «الحديث عن» إلى «التحدث مع» في قصيدته «رحلت وبقيت» الأخيرة."
    assert names(run(body)) == []


def test_a_caption_credits_a_picture_to_an_agency():
    assert names(run("متطوعون يوزعون الطعام على النازحين في المخيم (تصوير: رويترز)")) == ["رويترز"]
    assert names(run("الأمير خلال رعايته حفل التخرج (تصوير واس)")) == ["واس"]
    assert names(run("وقال المدير: الصورة واضحة ولا تحتاج إلى شرح.")) == []


def test_a_kb_name_opening_a_longer_quoted_name_is_another_outlet():
    doc = run("وذكرت صحيفة “ذا تايمز أوف إنديا” أن الفيضانات أغرقت عشرات القرى.")
    assert names(doc) == ["ذا تايمز أوف إنديا"]
    assert all(e.name_en != "The Times" for e in doc.entities)
    assert names(run("ونقلت وكالة “رويترز للأنباء” عن مسؤول أن المحادثات تعثرت.")) == ["رويترز"]
    assert names(run("وذكرت صحيفة “نيويورك تايمز الأمريكية” أن المحادثات تعثرت.")) == ["نيويورك تايمز"]


def _with_kb_outlet(text: str, name: str, kb: str, name_en: str) -> Document:
    """The text with the entity layer's KB outlet at the first occurrence of `name`."""
    doc = Document(text=text)
    start = text.index(name)
    add_entity(doc, "ORG", name, [Mention(start, start + len(name), name, "name")], name_en=name_en, kb=kb)
    LAYER(doc)
    doc.check_offsets()
    return doc


def test_an_adjective_after_a_kb_agency_keeps_its_link():
    text = "وأكد المحافظ في تصريح بثته وكالة الأنباء اليمنية الرسمية أن الطريق فتح."
    doc = _with_kb_outlet(text, "وكالة الأنباء اليمنية", "marsad:agency/sba", "Saba News Agency")
    assert [e.name_en for e in doc.entities if e.id == doc.sources[0].entity] == ["Saba News Agency"]
    text = "ذكرت صحيفة “ذا تايمز أوف إنديا” أن الأمطار أغرقت القرى."
    doc = _with_kb_outlet(text, "ذا تايمز", "marsad:outlet/the-times", "The Times")
    assert [e.name_en for e in doc.entities if e.id == doc.sources[0].entity] == [None]


def test_the_channel_that_runs_a_programme():
    body = "وحل الممثلان ضيفين على برنامج “سهرة الخميس” في قناة “العربية”، وتحدثا عن أعمالهما المقبلة."
    assert names(run(body)) == ["العربية"]
    assert names(run("وتحدث الوزير في حلقة من برنامج الثامنة على قناة إم بي سي عن خطط الإسكان.")) == ["إم بي سي"]
    assert names(run("وأطلقت الهيئة برنامج تطوير قناة السويس في العام الماضي.")) == []


def test_what_an_outlet_broadcast_after_according_to_what():
    assert names(run("واعتقلت الشرطة خمسة أشخاص، وفقا لما بثه التلفزيون الكويتي.")) == ["التلفزيون الكويتي"]


def test_a_columnists_paper():
    body = "وكتب الأديب المعروف بعموده في صحيفة الشرق الأوسط مقالة عن المسرح العربي."
    assert names(run(body)) == ["الشرق الأوسط"]


def test_a_copy_or_a_document_an_outlet_obtained():
    body = "وكشفت مذكرة داخلية، حصلت شبكة «إن بي سي نيوز» الإخبارية على نسخة منها، عن نقص في المعدات."
    assert names(run(body)) == ["إن بي سي نيوز"]
    assert names(run("وحصلت صحيفة “واشنطن بوست” على وثائق تكشف حجم الإنفاق.")) == ["واشنطن بوست"]
    assert names(run("وحصلت قناة الحياة على حقوق بث الدوري المحلي.")) == []


def test_an_outlet_word_and_its_name_alone_in_brackets():
    body = "وقال الشاب، وهو الاسم الذي عرفته به (صحيفة الإندبندنت) اليوم، إن التنظيم خدعه."
    assert names(run(body)) == ["الإندبندنت"]
    assert names(run("وحضر الحفل رئيس التحرير (صحيفة الرياض سابقا) وعدد من الضيوف.")) == []


def test_a_verbal_noun_after_a_feminine_outlet_word_is_no_verb_of_it():
    assert names(run("وقررت قناة دبي الرياضية نقل المباراة الودية مساء الجمعة.")) == []
    assert names(run("وكانت صحيفة “الموندو” الإسبانية نقلت عن اللاعب رغبته في الرحيل.")) == ["الموندو"]


def test_an_indefinite_word_of_belonging_names_no_channel():
    assert names(run("وعرف القيادي بظهوره الإعلامي في قناة تابعة للجماعة.")) == []


def test_a_poll_an_unlisted_paper_saw_before_a_verb_of_others():
    body = "وفي الاستطلاع الذي أجرته مؤسسة للأبحاث واطلعت عليه صحيفة «دي فيلت» الألمانية قال نصف المشاركين إنهم يؤيدون الخطة."
    assert names(run(body)) == ["دي فيلت"]


def test_an_outlet_that_had_interviews():
    assert names(run("وكان لـ«الشرق الأوسط» لقاءات مع عدد من المغتربين في المدينة.")) == ["الشرق الأوسط"]
    assert names(run("وكان لـ«لجنة الإغاثة» لقاء مع الوفد الزائر.")) == []


def test_a_name_closed_by_a_double_prime():
    assert names(run("وكشفت صحيفة “sport360″ عن قيمة انتقال اللاعب إلى النادي.")) == ["sport360"]


def test_footage_spread_by_an_agency():
    body = "وظهر المزارعون في لقطات مصورة انتشرت اليوم في وكالة الأنباء الفرنسية وهم يحصدون الأرز."
    assert names(run(body)) == ["وكالة الأنباء الفرنسية"]
    assert names(run("وانتشر المقطع في مواقع التواصل الاجتماعي بسرعة.")) == []


def test_a_club_a_player_moves_to_is_no_outlet():
    assert names(run("وكشف وكيل اللاعب عن انتقاله لـ«الاتحاد» في الموسم المقبل.")) == []
    assert names(run("وقال اللاعب لـ«الرياض» إنه سعيد بالعودة.")) == ["الرياض"]


def test_a_papers_editorial_in_marks():
    doc = run("بدورها انتقدت افتتاحية “تايمز” تعامل الحكومة مع اللاجئين.")
    assert [(s.text, [e.name_en for e in doc.entities if e.id == s.entity]) for s in doc.sources] == [
        ("تايمز", ["The Times"])]
    assert names(run("وتجمع الزوار في ميدان تايمز سكوير للاحتفال.")) == []


def test_an_appearance_or_a_report_in_an_outlet():
    assert names(run("وأشار المحلل في مشاركة له على قناة العربية إلى أن الأسواق ستتعافى.")) == ["العربية"]
    body = "وعلق القصر على تقرير اليوم السبت في صحيفة “ذا صن” الذي نشر الصور."
    assert names(run(body)) == ["ذا صن"]


def test_a_programme_and_its_channel_parted_by_a_time_between_commas():
    body = "جاء ذلك في إجابته على سؤال ببرنامج “فتاوى”، مساء أمس الجمعة، على قناة المجد الفضائية."
    assert names(run(body)) == ["قناة المجد الفضائية"]
