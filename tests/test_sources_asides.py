"""Sources layer: constructions found missing on a probe of unlabelled articles of every outlet in
session 15: an agency spoken to past asides between commas, a time word after an outlet's name, an
outlet that made an interview or a report, words said to a quoted outlet after a verb of talking,
and a caption crediting a picture.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


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


def test_a_caption_credits_a_picture_to_an_agency():
    assert names(run("متطوعون يوزعون الطعام على النازحين في المخيم (تصوير: رويترز)")) == ["رويترز"]
    assert names(run("وقال المدير: الصورة واضحة ولا تحتاج إلى شرح.")) == []


def test_a_kb_name_opening_a_longer_quoted_name_is_another_outlet():
    doc = run("وذكرت صحيفة “ذا تايمز أوف إنديا” أن الفيضانات أغرقت عشرات القرى.")
    assert names(doc) == ["ذا تايمز أوف إنديا"]
    assert all(e.name_en != "The Times" for e in doc.entities)
    assert names(run("ونقلت وكالة “رويترز للأنباء” عن مسؤول أن المحادثات تعثرت.")) == ["رويترز"]
    assert names(run("وذكرت صحيفة “نيويورك تايمز الأمريكية” أن المحادثات تعثرت.")) == ["نيويورك تايمز"]
