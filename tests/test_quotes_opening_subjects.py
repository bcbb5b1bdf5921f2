"""Who a participle or a pro-drop verb goes on with when the sentence opens with a verb whose
subject is a title or an unnamed source, or when a clause after "وقد" names a titled person.
Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "ماجد العتيبي", [("ماجد العتيبي", "name")]),
        ("ORG", "نادي الشباب", [("نادي الشباب", "name"), ("الشباب", "name")]),
        ("PER", "حامد الشهري", [("حامد الشهري", "name")]),
        ("ORG", "قوات التحالف", [("قوات التحالف", "name")])]


def _speakers(body: str) -> list[tuple[str | None, str] | None]:
    return [(q.speaker.entity, q.speaker.text) if q.speaker else None for q in run(make_doc(body, ents=ENTS)).quotes]


def test_title_with_its_body_opening_the_sentence_goes_on_with_the_participle():
    # the coach, named earlier with the same title, not the club named in his title nor the last speaker
    body = ("قال مدرب الشباب ماجد العتيبي إن الفريق جاهز للموسم الجديد. وقال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "وتمنى مدرب الشباب في حديثه، لو سمح النظام بذلك، التعاقد مع حارس أجنبي، مضيفا أن هذا الأمر سيفيد الدوري.")
    assert _speakers(body)[-1] == ("e1", "مدرب الشباب")


def test_title_never_named_keeps_the_words_from_its_body():
    # nobody holds the title in this article: the title speaks, unnamed, never the club
    body = ("افتتح الموسم الرياضي أمس في العاصمة.\n\n"
            "وتمنى مدرب الشباب في حديثه، لو سمح النظام بذلك، التعاقد مع حارس أجنبي، مضيفا أن هذا الأمر سيفيد الدوري.")
    last = _speakers(body)[-1]
    assert last is None or last[0] != "e2"


def test_spokeswoman_before_her_name_is_no_title_subject():
    # "لكن" is no verb, and "باسم" goes on with the title: the name after it is the subject
    body = ("قال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "لكن الناطقة باسم نادي الشباب منيرة الحسن أكدت أن الموسم سيبدأ في موعده.")
    last = _speakers(body)[-1]
    assert last is not None and last[1] != "الناطقة"


def test_unnamed_source_after_an_opening_phrase_goes_on_unnamed():
    # "مصادر" is the subject of "أشارت"; the forces are named in its object
    body = ("قال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "وفي سياق متصل، أشارت مصادر سودانية إلى مبادرة لقوات التحالف لإعادة فتح الطرق الجبلية، "
            "موضحة أن الفرق الهندسية ستبدأ العمل الأسبوع المقبل.")
    assert _speakers(body)[-1] is None


def test_named_source_after_the_verb_is_not_unnamed():
    body = ("قال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "وفي سياق متصل، أشارت قوات التحالف إلى مبادرة لإعادة فتح الطرق الجبلية، "
            "موضحة أن الفرق الهندسية ستبدأ العمل الأسبوع المقبل.")
    assert _speakers(body)[-1] is not None and _speakers(body)[-1][0] == "e4"


def test_titled_person_after_qad_is_the_subject_of_the_participle():
    body = ("قال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "وجرى الحفل بحضور حامد الشهري، وقد وجه قائد القطاع بالمنطقة اللواء ماجد العتيبي الشكر للعاملين، "
            "مؤكدا أن الحدود ستبقى آمنة.")
    assert _speakers(body)[-1][0] == "e1"


def test_honorific_pronoun_opening_the_sentence_goes_on_with_the_minister():
    # "معاليه" is the subject; the council is named in the verb's object
    ents = ENTS + [("ORG", "مجلس القضاء الأعلى", [("مجلس القضاء الأعلى", "name")])]
    body = ("قال وزير العدل حامد الشهري إن القضاء سيقف في وجه المعتدين.\n\n"
            "وأدان معاليه باسمه وباسم أعضاء مجلس القضاء الأعلى هذا الاعتداء الآثم، "
            "مشيرا إلى أن الأحكام ستكون رادعة.")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e3"


def test_agency_opening_the_sentence_goes_on_with_the_participle():
    # the agency (cited as a source) is the verb's subject; the club is its object
    ents = ENTS + [("ORG", "وكالة الأنباء الألمانية", [("وكالة الأنباء الألمانية", "name")])]
    body = ("رشحت وكالة الأنباء الألمانية نادي الشباب للفوز بالبطولة بعد انتصاره الكبير أمس، "
            "مشيرة إلى أن الفريق قدم أفضل مبارياته.")
    doc = run(make_doc(body, ents=ents, sources=[("وكالة الأنباء الألمانية", "e5")]))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e5"


def test_titled_person_after_a_fronted_phrase_takes_the_next_prodrop_verb():
    # "من جهة أخرى،" before the verb, and the title's words before the name: he is who the story
    # is about now, not the previous speaker
    body = ("قال حامد الشهري إن المسلحين هاجموا القرية ليلا.\n\n"
            "من جهة أخرى، أكد قائد الشرطة في المنطقة اللواء ماجد العتيبي الحادثة. "
            "وقال إن التحقيقات ما زالت مستمرة.")
    assert _speakers(body)[-1][0] == "e1"


def test_particle_before_a_prodrop_verb_keeps_the_speaker():
    # "كما نوه بما يوليه الوزير": the one praised is the verb's object, not the participle's subject
    ents = ENTS + [("PER", "سعد الغامدي", [("سعد الغامدي", "name"), ("وزير البلديات", "title")])]
    body = ("أعلن وزير البلديات سعد الغامدي افتتاح المرحلة الأولى من التوسعة. "
            "وقال حامد الشهري إن أعمال التوسعة اكتملت في موعدها.\n\n"
            "كما نوه بما يوليه وزير البلديات – حفظه الله – من فائق الرعاية للمشروعات الكبرى، "
            "وحرصه الشديد على تقديم أرقى الخدمات للزوار في كل المواسم، "
            "مشيراً إلى أن هذا الدعم يكمل سلسلة من الإنجازات.")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e3"


def test_relative_pronoun_after_a_comma_refers_to_the_body_before_it():
    # "وفق ما نقلته الوكالة، التي أشارت": the agency points out, not the council named earlier
    ents = ENTS + [("ORG", "مجلس الوزراء", [("مجلس الوزراء", "name")]),
                   ("ORG", "وكالة الأنباء الكويتية", [("وكالة الأنباء الكويتية", "name")])]
    body = ("وعقد مجلس الوزراء اجتماعا تنسيقيا مساء الأحد في العاصمة، وفق ما نقلته وكالة الأنباء الكويتية، "
            "التي أشارت إلى أن جدول الأعمال يتناول قضايا المنطقة.")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e6"


def test_definite_title_before_ila_is_the_subject():
    # "إلى" opens a phrase of the verb as "في" does: the coach alone is the subject (the set is
    # compared in match keys, where "إلى" is "الي")
    body = ("قال مدرب الشباب ماجد العتيبي إن الفريق جاهز للموسم الجديد. وقال حامد الشهري إن الملعب سيفتح قريبا.\n\n"
            "وتوجه المدرب إلى الجماهير بالشكر على مساندتهم، مؤكدا أن الفريق سيعود أقوى.")
    assert _speakers(body)[-1] == ("e1", "المدرب")
