"""A pro-drop reporting word agrees with whoever it goes on with: a feminine one ("مؤكدة"،
"وأضافت") continues no man the article has told of, a plural or dual one ("وأكدوا"، "قالا") no
single person. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, person, run, speaker_ids

from marsad.layers.quotes.speaker_gender import given_name_genders


def test_given_names_have_a_gender():
    genders = given_name_genders()
    assert genders["محمد"] == "m" and genders["فاطمه"] == "f"


def test_feminine_participle_does_not_go_on_with_a_man():
    # the player spoke with a masculine verb: the feminine participle is the club's
    body = ("قال اللاعب حسن معاذ إن المفاوضات طويلة. وأصدرت إدارة نادي الوحدة بيانا صحفيا كشفت فيه "
            "سير المفاوضات مع حسن معاذ، مؤكدة أنها توصلت إلى اتفاق نهائي مع اللاعب.")
    ents = [("ORG", "نادي الوحدة", [("نادي الوحدة", "name")]), person("حسن معاذ")]
    assert speaker_ids(body, ents)[-1] != "e2"


def test_masculine_participle_does_not_go_on_with_a_woman_by_her_name():
    body = ("التقت فاطمة الحربي بالطلاب أمس. وأكدت الجامعة في بيان أن التسجيل مفتوح، "
            "وقالت فاطمة الحربي إن الطلاب متحمسون. وتحدث عن الخطة الدراسية مشيرا إلى أنها تتغير.")
    ents = [person("فاطمة الحربي"), ("ORG", "الجامعة", [("الجامعة", "name")])]
    assert speaker_ids(body, ents)[-1] != "e1"


def test_feminine_verb_skips_the_man_who_spoke_last():
    body = ("قالت منى العلي إن المدارس جاهزة. وقال خالد العمري إن الحافلات وصلت. "
            "وأضافت أن الكتب ستوزع في اليوم الأول.")
    ents = [person("منى العلي"), person("خالد العمري")]
    assert speaker_ids(body, ents) == ["e1", "e2", "e1"]


def test_plural_verb_goes_on_with_no_single_person():
    body = ("قال كل من سعد الحربي وفهد المطيري إن الفريق يحتاج إلى لاعبين جدد، "
            "وأكدوا أن الإدارة تأخرت في التعاقدات.")
    doc = run(make_doc(body, ents=[person("سعد الحربي"), person("فهد المطيري")]))
    last = [q for q in doc.quotes if "الإدارة تأخرت" in q.text][0]
    assert last.speaker is None or last.speaker.entity is None


def test_singular_verb_with_an_object_pronoun_is_no_plural():
    body = "قال سعد الحربي إن القرار صائب، وأعلنها صراحة أن الفريق سيتغير."
    speakers = speaker_ids(body, [person("سعد الحربي")])
    assert speakers[0] == "e1" and all(s in ("e1", None) for s in speakers)


def test_feminine_verb_with_its_own_subject_is_no_man_named_before():
    body = ("أكد إمام وخطيب الجامع الكبير الشيخ صالح المحمد أن الصدقة واجبة.\n\n"
            "وفي سياق آخر، أعلنت الهيئة أن الموسم يبدأ غدا.")
    doc = run(make_doc(body, ents=[person("صالح المحمد")]))
    last = [q for q in doc.quotes if "الموسم يبدأ" in q.text][0]
    assert last.speaker is None or last.speaker.entity != "e1"


def test_explicit_subject_stays_whatever_its_given_name_suggests():
    # "دانا" is a woman's name in Arabic, yet the verb names its subject
    body = "وقال دانا بريسون مدير المكتب في بيان إن الموعد تأجل."
    assert speaker_ids(body, [person("دانا بريسون")]) == ["e1"]


def test_verb_before_a_colon_is_no_speaker_name():
    # "ترد: «...»": she replies; the interviewee goes on, the verb names nobody
    body = ("قالت الطاهية سلمى العلي إن الحلويات فن. ولكن أين دور الابتكار في المهنة؟ "
            "ترد: «يجب أن يدرس جيدا، ولا يمكن استسهال الأمر أبدا».")
    assert speaker_ids(body, [person("سلمى العلي")]) == ["e1", "e1"]


def test_feminine_verb_goes_on_with_no_man_given_a_masculine_title():
    # the minister is a man by his title alone ("وزير"، not "وزيرة"): "وأضافت" is the woman's
    body = ("قالت مديرة الصندوق ليلى حداد إن القرض سيصرف على دفعات. واستقبل وزير المالية سامر نعيم "
            "وفد الصندوق في مكتبه. وأضافت أن الصندوق يثق بالاقتصاد المحلي.")
    ents = [person("ليلى حداد"), ("PER", "سامر نعيم", [("وزير المالية", "title"), ("سامر نعيم", "name")])]
    assert speaker_ids(body, ents)[-1] != "e2"


def test_woman_with_a_masculine_title_keeps_her_feminine_verb():
    # the press gives women the masculine title ("محافظ"): her given name outweighs it
    body = ("قال سامر نعيم إن السوق مستقرة. وفي شهادة سارة الخطيب، محافظ البنك المركزي، أمام البرلمان، "
            "أشارت إلى أن الفائدة سترتفع قريبا.")
    ents = [person("سامر نعيم"), ("PER", "سارة الخطيب", [("محافظ البنك المركزي", "title"), ("سارة الخطيب", "name")])]
    assert speaker_ids(body, ents)[-1] == "e2"


def test_foreign_womans_given_name_has_a_gender():
    assert given_name_genders()["جانيت"] == "f" and given_name_genders()["كريستين"] == "f"


def test_masculine_verb_of_a_masculine_office_does_not_make_a_woman_a_man():
    # the press writes "قال محافظ البنك فلانة": the verb agrees with the office, not with her
    body = ("قال محافظ البنك المركزي كريستين هولم إن التضخم تراجع هذا الشهر. "
            "وأشارت إلى أن أسعار الفائدة لن تتغير قبل نهاية العام.")
    assert speaker_ids(body, [person("كريستين هولم")]) == ["e1", "e1"]


def test_masculine_verb_still_tells_a_man_with_an_unknown_name():
    body = ("قال محافظ البنك المركزي هولم إن التضخم تراجع هذا الشهر. "
            "وأشارت الهيئة في بيان إلى أن أسعار الفائدة لن تتغير. وأضافت أن السوق مستقر.")
    ents = [person("هولم"), ("ORG", "الهيئة", [("الهيئة", "name")])]
    assert speaker_ids(body, ents)[-1] != "e1"
