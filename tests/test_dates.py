"""The date layer: every month family, Hijri and double datelines, relative expressions, negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from date_fixtures import PUB, found, layer  # noqa: F401 - pytest fixture
from marsad.document import Document
from marsad.layers.dates import sentence_dates
from marsad.layers.dates.calendar_arithmetic import hijri_year_value

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize(("text", "expected"), [
    # Levantine / Syriac
    ("وصل الوفد إلى دمشق في 3 شباط 2020 لإجراء محادثات.", [("3 شباط 2020", "2020-02-03")]),
    ("أقر البرلمان الموازنة في 30 تشرين الثاني 2019.", [("30 تشرين الثاني 2019", "2019-11-30")]),
    ("افتتح المعرض في 5 كانون الثاني الماضي.", [("5 كانون الثاني الماضي", "2022-01-05")]),
    # Egyptian / Gulf, with hamza-less and Egyptian spellings
    ("وقعت الاتفاقية في 9 اغسطس 2018 في القاهرة.", [("9 اغسطس 2018", "2018-08-09")]),
    ("انطلقت الحملة في 14 ابريل 2021.", [("14 ابريل 2021", "2021-04-14")]),
    ("صدر القرار في 2 يونيه 2020 وتم تنفيذه في 7 يوليه 2020.",
     [("2 يونيه 2020", "2020-06-02"), ("7 يوليه 2020", "2020-07-07")]),
    # Maghrebi
    ("جرت الانتخابات المحلية يوم 12 جوان 2021 في الجزائر.", [("12 جوان 2021", "2021-06-12")]),
    ("احتفلت تونس بعيد الجمهورية في 25 جويلية 2021.", [("25 جويلية 2021", "2021-07-25")]),
    ("عقد المجلس دورته في 4 شتنبر 2020 بالرباط.", [("4 شتنبر 2020", "2020-09-04")]),
    ("صدر الظهير في 18 دجنبر 2019.", [("18 دجنبر 2019", "2019-12-18")]),
    ("أعلنت الوزارة النتائج في 6 أوت 2020.", [("6 أوت 2020", "2020-08-06")]),
    # pairs
    ("بدأت المفاوضات في 8 تموز/يوليو 2020.", [("8 تموز/يوليو 2020", "2020-07-08")]),
    ("أرسلت المسودة في 17 كانون الأول (ديسمبر) الماضي.", [("17 كانون الأول (ديسمبر) الماضي", "2021-12-17")]),
    ("عقدت القمة في 11 ديسمبر (كانون الأول) 2019.", [("11 ديسمبر (كانون الأول) 2019", "2019-12-11")]),
    # digits and ordinal words
    ("تسلم المنصب في ١٧ مارس ٢٠٢٠.", [("١٧ مارس ٢٠٢٠", "2020-03-17")]),
    ("جرت الجولة الأولى في السابع عشر من ديسمبر الماضي.", [("السابع عشر من ديسمبر الماضي", "2021-12-17")]),
    ("يدخل القانون حيز التنفيذ في الأول من يناير المقبل.", [("الأول من يناير المقبل", "2023-01-01")]),
    ("ولد في الحادي والعشرين من مارس 1990.", [("الحادي والعشرين من مارس 1990", "1990-03-21")]),
])
def test_gregorian_families(layer, text, expected):
    assert found(layer, text) == expected


def test_year_inference_without_year(layer):
    # past-tense report: nearest past occurrence; announced event: the next one
    assert found(layer, "قدمت الحكومة ردها المكتوب في 26 يناير.") == [("26 يناير", "2022-01-26")]
    assert found(layer, "وزارت البعثة المدينة في 3 نوفمبر.") == [("3 نوفمبر", "2021-11-03")]
    assert found(layer, "ومن المقرر أن تعقد الجولة المقبلة في 3 نوفمبر.") == [("3 نوفمبر", "2022-11-03")]
    assert found(layer, "سوف يزور الوزير الرياض في 10 يناير.") == [("10 يناير", "2023-01-10")]
    assert found(layer, "وصل الوفد في 3 نوفمبر.", published=None) == [("3 نوفمبر", "XXXX-11-03")]


def test_month_and_year_expressions(layer):
    assert found(layer, "تراجعت المبيعات في يوليو الماضي.") == [("يوليو الماضي", "2021-07")]
    assert found(layer, "ارتفع التضخم في يوليو 2015.") == [("يوليو 2015", "2015-07")]
    assert found(layer, "هبطت الصادرات في حزيران (يونيو).") == [("حزيران (يونيو)", "2021-06")]
    assert found(layer, "واصل النمو منذ منتصف أيار (مايو).") == [("منتصف أيار (مايو)", "2021-05")]
    assert found(layer, "أقر المجلس الخطة في أبريل 2014م.") == [("أبريل 2014م", "2014-04")]
    assert found(layer, "حذر في سبتمبر عام 2005 من العواقب.") == [("سبتمبر عام 2005", "2005-09")]
    assert found(layer, "تحسن الاقتصاد في عام 2014 بصورة ملحوظة.") == [("عام 2014", "2014")]
    assert found(layer, "تأسست المدينة عام 1784م.") == [("عام 1784م", "1784")]
    assert found(layer, "تنطلق المرحلة الثانية مطلع العام المقبل.") == [("مطلع العام المقبل", "2023")]
    assert found(layer, "صدر قرار بشأن البطولات أعوام 2015، و2019، و2023.") == [
        ("أعوام 2015", "2015"), ("2019", "2019"), ("2023", "2023")]
    assert found(layer, "ففي 2012، واجهت الحكومة انتقادات.") == [("2012", "2012")]


def test_hijri_and_double_datelines(layer):
    assert found(layer, "صدر الأمر الملكي في 26 شوال 1436 هـ.") == [("26 شوال 1436 هـ", "2015-08-11")]
    text = "الرياض، 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م (واس)"
    assert found(layer, text) == [("26 شوال 1436 هـ الموافق 11 اغسطس 2015 م", "2015-08-11")]
    assert found(layer, "صدرت الميزانية لعام 1436هـ.") == [("عام 1436هـ", hijri_year_value(1436))]
    assert hijri_year_value(1436) == "2015"  # 1436 runs from Oct 2014 to Oct 2015: most of it in 2015
    # a Hijri month without its day spans two Gregorian months: no one value, not reported
    assert found(layer, "تكثر الزيارات خلال شهر رمضان.", published="2015-07-21") == []
    assert found(layer, "كتبها في غرة ذي الحجة 1435.") == [("غرة ذي الحجة 1435", "2014-09-25")]


def test_numeric_dates(layer):
    assert found(layer, "بتاريخ 2015/07/21 وصلت الشحنة.") == [("2015/07/21", "2015-07-21")]
    assert found(layer, "بتاريخ 21/7/2015 وصلت الشحنة.") == [("21/7/2015", "2015-07-21")]
    assert found(layer, "صدر في 21-07-2015 بيان.") == [("21-07-2015", "2015-07-21")]


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الوزير اليوم (الاثنين) إن المحادثات مستمرة.", [("اليوم (الاثنين)", "2022-02-14")]),
    ("قال الوزير اليوم الأحد إن المحادثات مستمرة.", [("اليوم الأحد", "2022-02-13")]),  # written the day before
    ("وأعلنت الشرطة أمس اعتقال المشتبه به.", [("أمس", "2022-02-13")]),
    ("التقى الرئيس نظيره أمس الأحد في العاصمة.", [("أمس الأحد", "2022-02-13")]),
    ("وقع الانفجار أمس الأول قرب الحدود.", [("أمس الأول", "2022-02-12")]),
    ("وكانت الطائرة قد هبطت أول من أمس.", [("أول من أمس", "2022-02-12")]),
    ("تبدأ الامتحانات غداً في كل المدارس.", [("غداً", "2022-02-15")]),
    ("تستأنف الجلسات بعد غد.", [("بعد غد", "2022-02-16")]),
    ("اجتمع المجلس الخميس لبحث الأزمة.", [("الخميس", "2022-02-10")]),
    # the day before a paper's date is the day it was written: its "الأحد الماضي" is a week earlier
    ("اجتمع المجلس يوم الأحد الماضي.", [("يوم الأحد الماضي", "2022-02-06")]),
    ("اجتمع المجلس يوم السبت الماضي.", [("يوم السبت الماضي", "2022-02-12")]),
    ("يجتمع المجلس يوم الأحد المقبل.", [("يوم الأحد المقبل", "2022-02-20")]),
    ("تراجعت الأسعار الشهر الماضي.", [("الشهر الماضي", "2022-01")]),
    ("ارتفعت الصادرات العام الماضي.", [("العام الماضي", "2021")]),
    ("يتوقع البنك نموا أعلى هذا العام.", [("هذا العام", "2022")]),
    ("تضاعفت الأرباح خلال العام الجاري.", [("العام الجاري", "2022")]),
    ("وصلت البعثة قبل ثلاثة أيام.", []),  # counted back roughly: unsure
])
def test_relative(layer, text, expected):
    assert found(layer, text) == expected


def test_weeks(layer):
    # a whole week is a period the contract has no value for: not listed as a date
    assert found(layer, "زار الوفد المدينة الأسبوع الماضي.") == []
    assert found(layer, "يصل الوفد هذا الأسبوع ويغادر في وقت سابق من الأسبوع المقبل.") == []
    # the start of a week names a day: next week's Sunday (published on Monday 14 February)
    assert found(layer, "يصل الوفد مطلع الأسبوع المقبل.") == [("مطلع الأسبوع المقبل", "2022-02-20")]


def test_relative_without_published(layer):
    assert found(layer, "وأعلنت الشرطة أمس اعتقاله.", published=None) == [("أمس", None)]


@pytest.mark.parametrize("text", [
    "بدأ الاجتماع الساعة العاشرة صباحا واستمر حتى 10:30.",
    "استمرت الزيارة لمدة يومين وعاد بعدها.",
    "يعمل في الشركة منذ 5 أعوام.",
    "توفي الرجل وعمره 30 عاما.",
    "لم يتم التوصل إلى اتفاق حتى الآن.",
    "نشرت صحيفة اليوم تقريرا مطولا.",
    "تحدث عن تحديات عالم اليوم.",
    "يحتفل العالم باليوم العالمي للمرأة.",
    "أدى المصلون صلاة الجمعة في المسجد.",
    "فاز الفريق بنتيجة 2015 نقطة.",
    "مارس الرياضة منذ صغره.",
    "أصبح آب لثلاثة أطفال.",
    "قال الأمين العام إن الوضع خطير.",
    "حصل على 1500 صوت في الانتخابات.",
    "تم ذلك قبل يومين من الانتخابات.",
    "وحضر أحد عشر لاعبا، وغاب الأحد عشر الآخرون.",
])
def test_negatives(layer, text):
    assert found(layer, text) == []


def test_spans_exclude_clitics_and_prepositions(layer):
    text = "وقال المتحدث وأمس، إن الجولة انتهت في 17 ديسمبر الماضي ومنذ عام 2014."
    got = found(layer, text)
    assert [t for t, _ in got] == ["أمس", "17 ديسمبر الماضي", "عام 2014"]


def test_sentence_dates(layer):
    text = ("عنوان الخبر\n\nاجتمع الوزراء أمس في الرياض. وناقشوا الملف النووي. "
            "وكانوا قد التقوا في 3 يناير الماضي.\n\nوتستمر المحادثات.")
    doc = Document(text=text, title="عنوان الخبر", published=PUB)
    layer(doc)
    assert sentence_dates(doc) == [PUB, "2022-02-13", "2022-02-13", "2022-01-03", PUB]


def test_seed_article(layer):
    seed = SHARED / "examples" / "lavrov-security-guarantees.txt"
    if not seed.exists():
        pytest.skip("shared seed article not available")
    title, _, body = seed.read_text(encoding="utf-8").partition("\n")
    doc = Document(text=title + "\n\n" + body.strip(), title=title, published=PUB)
    layer(doc)
    doc.check_offsets()
    values = {d.text: d.value for d in doc.dates}
    assert values["اليوم (الاثنين)"] == "2022-02-14"
    assert values["17 كانون الأول (ديسمبر) الماضي"] == "2021-12-17"
    assert values["26 يناير"] == "2022-01-26"
    assert "الآن" not in " ".join(values)


def test_more_forms(layer):
    pub = "2015-07-22"  # a Wednesday
    assert found(layer, "اعتقل في تشرين ثان/نوفمبر الماضي.", pub) == [("تشرين ثان/نوفمبر الماضي", "2014-11")]
    assert found(layer, "توقف الحقل في أكتوبر (تشرين الأول) العام الماضي.", pub) == [
        ("أكتوبر (تشرين الأول) العام الماضي", "2014-10")]
    assert found(layer, "تغادر البعثة صباح غد (الخميس) إلى أنقرة.", pub) == [("صباح غد (الخميس)", "2015-07-23")]
    # a weekday before a Hijri numeric date is one expression, valued by the date
    assert found(layer, "تصرف الأرباح يوم الخميس 1436/11/5هـ للمساهمين.", pub) == [
        ("يوم الخميس 1436/11/5هـ", "2015-08-20")]
    # a date without a year in the coming weeks is announced, not eleven months old
    assert found(layer, "يلعب الفريق مباراته الودية يوم 12 أغسطس في لندن.", pub) == [("12 أغسطس", "2015-08-12")]
    # "every year": no single date, so none listed (a null value could never be scored right)
    assert found(layer, "تنتهي السنة المالية بنهاية شهر يونيو من كل عام.", pub) == []
    # an ordinal that qualifies a noun is not a day: the month alone is the date
    assert found(layer, "تدرب الفريق في النصف الثاني من شهر رمضان.", pub) == []


def test_diacritics_keep_offsets(layer):
    text = "وَصَلَ الوَفْدُ غَداً، وَعَادَ فِي ١٧ دِيسَمْبَر ٢٠١٩م."
    got = found(layer, text)
    assert got == [("غَداً", "2022-02-15"), ("١٧ دِيسَمْبَر ٢٠١٩م", "2019-12-17")]


def test_day_of_current_month(layer):
    pub = "2015-08-02"
    assert found(layer, "ينطلق الملتقى في الـ 21 من الشهر الجاري.", pub) == [("الـ 21 من الشهر الجاري", "2015-08-21")]
    assert found(layer, "عاد الوفد في العاشر من الشهر الماضي.", pub) == [("العاشر من الشهر الماضي", "2015-07-10")]
    # 26 August 2015 is a Wednesday; 26 Shawwal 1436 (11 August) is the Tuesday the text names
    assert found(layer, "تبدأ الدورة يوم الثلاثاء 26 الشهر الجاري.", pub) == [
        ("يوم الثلاثاء 26 الشهر الجاري", "2015-08-11")]


def test_one_entry_per_date_referred_to_in_the_same_words(layer):
    doc = Document(
        text="وصل الوفد أمس الخميس إلى عمّان. وقال رئيس الوفد إن جولة أمس كانت مثمرة، "
             "وإن لقاء أمس سيتبعه لقاء آخر يوم السبت المقبل.",
        published="2024-05-03",
    )
    layer(doc)
    doc.check_offsets()
    entries = [(d.text, d.value, [o.text for o in d.occurrences]) for d in doc.dates]
    assert ("أمس الخميس", "2024-05-02", ["أمس", "أمس"]) in entries
    assert any(v == "2024-05-04" for _t, v, _o in entries)
    # every occurrence still points at the words of the text
    assert sum(1 + len(d.occurrences) for d in doc.dates if d.value == "2024-05-02") == 3


SEARCH_EQUIVALENCE = [
    "وصل الوفد و15/7/2015 إلى جدة، ثم عاد ب2016م وفي 2017 مرة أخرى.",
    "قال المتحدث وَالْيَوْمَ الخميس إن الاجتماع يعقد بـ17 ديسمبر، وفي الـ21 من الشهر الجاري.",
    "اجتمعوا ليلة أمس ومساء أمس والليلة الماضية، وبعد غد، وغداً السبت، وصباح غد.",
    "في وقت سابق من هذا الشهر، وقبل ثلاثة أيام، ومنذ مطلع العام الماضي وحتى نهاية الأسبوع المقبل.",
    "يوم الأحد 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م، وغرة ذي الحجة، وشهر رمضان المقبل.",
    "كانون الأول (ديسمبر) 2021، وحزيران/يونيو، والسابع عشر من أيار، وفي ١٧ دِيسَمْبَر ٢٠١٩م.",
    "الأرقام 1436/11/5هـ و2015-07-21 و21.07.2015، وأعوام 2015، و2019، و2023 ابتداء من 2024.",
    "foo_اليوم و_2015 ولـ2015 فب2015 كالأمس، أول أمس، أمس الأول، يوم غد.",
    "يبدأ في الـ 21 من الشهر الجاري، وينتهي في الحادي عشر من الشهر المقبل أو الـ٣٠ من الشهر الحالي.",
]


def test_patterns_tried_at_first_words_find_what_a_full_search_finds(layer, monkeypatch):
    """The date patterns are tried only at tokens that begin with one of their first words: the
    result must be what searching the whole text finds, on our sentences and on real articles."""
    from marsad.ingest import RawRecord, read_inputs
    from marsad.layers.dates import context

    texts = list(SEARCH_EQUIVALENCE)
    news = SHARED / "data" / "news" / "saudinewsnet-NC"
    if news.exists():
        for item in read_inputs([str(news)]):
            if isinstance(item, RawRecord):
                texts.append(f"{item.title}\n\n{item.body}")
            if len(texts) >= 150:
                break
    fast = [[d.to_json() for d in layer.find(t, PUB)] for t in texts]
    monkeypatch.setattr(context, "pattern_starts", lambda *args: None)
    full = [[d.to_json() for d in layer.find(t, PUB)] for t in texts]
    assert fast == full
    assert any(fast)


def test_date_words_lexicon_has_a_header_and_full_sections():
    from marsad.lexicons.loader import lexicon_path, table

    text = lexicon_path("date_words.tsv").read_text(encoding="utf-8")
    assert text.startswith("#") and "written by the marsad developers" in text.lower()
    rows = table("date_words.tsv", 2)
    sections = {row[1] for row in rows}
    for section in ("past_modifier", "future_modifier", "current_modifier", "period", "year_word",
                    "year_preposition", "after_year", "relative_unit", "anchor_before", "anchor_after", "future_cue",
                    "scheduled_verb", "not_future_verb",
                    "time_preposition", "not_today_before", "not_today_after", "not_weekday_before", "ago_unit"):
        assert section in sections, section
    assert all(row[0] for row in rows)
    assert all(len(row) == 4 and row[2] in "dwmy" and row[3].isdigit() for row in rows if row[1] == "ago_unit")


@pytest.mark.parametrize(("text", "expected"), [
    # future: سـ on the verb, سوف, لن, "من المقرر أن"; the nearest marker before the date governs it
    ("قال المتحدث إن الوفد سيصل إلى العاصمة الخميس لبحث الملف.", [("الخميس", "2022-02-17")]),
    ("ومن المقرر أن يلتقي الوزير نظيره الفرنسي يوم الأربعاء.", [("يوم الأربعاء", "2022-02-16")]),
    ("لن تفتح المدارس أبوابها السبت بسبب العاصفة.", [("السبت", "2022-02-19")]),
    ("سوف تنطلق البطولة يوم الجمعة في الدوحة.", [("يوم الجمعة", "2022-02-18")]),
    ("يوم الثلاثاء سيشهد افتتاح المعرض.", [("يوم الثلاثاء", "2022-02-15")]),  # the date opens its clause
    # past: the reporting verb before the date governs it, not a future verb of the reported clause
    ("وأكد الوزير الأحد أن المشروع سيكتمل العام المقبل.", [("الأحد", "2022-02-13"), ("العام المقبل", "2023")]),
    ("وكان الرئيس قد استقبل الوفد الأربعاء في قصره.", [("الأربعاء", "2022-02-09")]),
    # a past marker places a date without its year before publication, even when the next one is nearer
    ("وكانت الحكومة قد أعلنت الموازنة في 20 مارس.", [("20 مارس", "2021-03-20")]),
    ("وأعلنت الشركة أن التسليم سيتم في كانون الأول (ديسمبر) من هذا العام.",
     [("كانون الأول (ديسمبر) من هذا العام", "2022-12")]),
])
def test_tense_of_the_governing_verb(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare year after a preposition, in parentheses, after the noun it dates, in a range
    ("صدر كتابه الأول في 2003 بعنوان «رحلة» ولقي نجاحا.", [("2003", "2003")]),
    ("شارك المنتخب في بطولة كأس آسيا (2011) وخرج مبكرا.", [("2011", "2011")]),
    ("أطاحت انتفاضة 2011 بالنظام السابق.", [("2011", "2011")]),
    ("وشهدت انتخابات 2016 الرئاسية منافسة حادة.", [("2016", "2016")]),
    ("يعمل المصنع منذ 2009 على إنتاج الألواح.", [("2009", "2009")]),
    ("تراجعت الأسعار خلال 2015 بشكل حاد.", [("2015", "2015")]),
    ("شيدت القلعة عام1890 على التل.", [("عام1890", "1890")]),
    ("وقد امتدت الحرب من 1980 إلى 1988 بين البلدين.", [("1980", "1980"), ("1988", "1988")]),
    # amounts, counts, percentages, phone numbers and resolutions are not years
    ("ضبطت الجمارك 2014 سيارة مخالفة.", []),
    ("بلغ عدد الزوار 2014 زائرا.", []),
    ("وصل عدد المشاركين إلى 2000.", []),
    ("يبلغ سعر الجهاز 2000 ريال.", []),
    ("ارتفع المؤشر بنسبة 2014%.", []),
    ("للاستفسار يرجى الاتصال على الرقم 0114 2014 567.", []),
    ("بلغت قيمة العقد 2015 مليون ريال.", []),
    ("تتراوح الأسعار من 2000 إلى 3000 ريال.", []),
    ("حصل على ألفين (2000) نقطة.", []),
    ("في 2014 حالة سجلت الوزارة أعراضا خفيفة.", []),
    ("تبلغ دقة الشاشة 1920 × 1080 بكسل.", []),
    ("وأكد أن بطولة 2019 هي الأفضل في تاريخه.", [("2019", "2019")]),
    ("تأسس النادي عام ،1975 في المدينة.", [("عام ،1975", "1975")]),
])
def test_bare_years(layer, text, expected):
    assert found(layer, text) == expected


def test_first_day_and_until_today(layer):
    assert found(layer, "ويبدأ العمل بالنظام الجديد في أول أكتوبر المقبل.") == [("أول أكتوبر المقبل", "2022-10-01")]
    assert found(layer, "وتراجعت المبيعات في أوائل أكتوبر الماضي.") == [("أوائل أكتوبر الماضي", "2021-10")]
    # "إلى اليوم", "حتى اليوم": until now, not a date ("حتى الآن"); a named weekday makes it one
    assert found(layer, "وظل المبنى قائما منذ تشييده إلى اليوم.") == []
    assert found(layer, "لم تعلن النتائج حتى اليوم.") == []
    assert found(layer, "تستمر الأمطار حتى اليوم الاثنين.") == [("اليوم الاثنين", "2022-02-14")]
    # "ما هو عليه اليوم": what it is these days
    assert found(layer, "بفضل جمهوره وصل الفريق إلى ما هو عليه اليوم.") == []
    assert found(layer, "يجتمع المجلس اليوم لبحث الموازنة.") == [("اليوم", "2022-02-14")]


@pytest.mark.parametrize(("text", "expected"), [
    # "العام السابق/التالي" counts from the year named just before it, else from publication
    ("بلغت صادرات المصنع في عام 2018 مليون طن، مقابل 800 ألف طن في العام السابق.",
     [("عام 2018", "2018"), ("العام السابق", "2017")]),
    ("تأسست الجمعية سنة 2009، وفي العام التالي افتتحت فرعها الأول.",
     [("سنة 2009", "2009"), ("العام التالي", "2010")]),
    ("تراجعت الأرباح مقارنة بالعام السابق.", [("العام السابق", "2021")]),
    ("وصرح المدير العام السابق للشركة بأن الخطة تعثرت.", []),
    ("ارتفعت الأسعار في العام السابق للأزمة.", []),
    ("وعاد القائد بجيشه في العام التالي فحاصر المدينة.", [("العام التالي", None)]),
    # a month placed some years back: "قبل عامين", "من العام قبل الماضي"; "قبل ... من" is anchored elsewhere
    ("شهدت المدينة فيضانات في مايو قبل ثلاث سنوات.", [("مايو قبل ثلاث سنوات", "2019-05")]),
    ("افتتح الجسر في 4 آذار (مارس) من العام قبل الماضي.", [("4 آذار (مارس) من العام قبل الماضي", "2020-03-04")]),
    ("اندلعت الأزمة في يونيو قبل عامين من الانتخابات.", [("يونيو", "2021-06")]),
    # Ramadan by its epithet, with a day
    ("وكانت المسابقة قد أقيمت في العاشر من الشهر الكريم.", [("العاشر من الشهر الكريم", "2021-04-22")]),
    ("تضاعفت التبرعات خلال الشهر الكريم.", []),
    # the article before a day number; a bare "غد" before a weekday in parentheses
    ("وتنطلق القمة يوم الـ12 من مارس 2023 في الرياض.", [("الـ12 من مارس 2023", "2023-03-12")]),
    ("ويعود الفريق إلى التدريبات غد (الثلاثاء) بعد الراحة.", [("غد (الثلاثاء)", "2022-02-15")]),
    # a relative pronoun + a verb of scheduling: the event it was set for lies ahead
    ("ويتنافس المرشحون في الانتخابات التي حددت في أيار (مايو).", [("أيار (مايو)", "2022-05")]),
    ("وجرت الانتخابات في أيار (مايو).", [("أيار (مايو)", "2021-05")]),
    # a weekday coordinated after "اليوم" in the same sentence: the days that follow
    ("انطلقت البطولة أمس، واليوم جولة الافتتاح، والأربعاء الجولة الثانية.",
     [("أمس", "2022-02-13"), ("اليوم", "2022-02-14"), ("الأربعاء", "2022-02-16")]),
    # homographs of months: "يوليه" the verb after a relative pronoun, "جوان" the name
    ("أشاد بالاهتمام الذي يوليه المجلس للشباب.", []),
    ("غنت المطربة جوان بيز أغنيتها الشهيرة.", []),
])
def test_anchored_and_relative_years(layer, text, expected):
    assert found(layer, text) == expected


def test_another_wording_of_a_day_already_named_is_the_same_date(layer):
    doc = Document(text="وصل الوفد أمس إلى الرياض. وكان الوزير قد أعلن يوم الأحد أن الزيارة ستتناول ملف المياه.",
                   published="2022-02-14")
    layer(doc)
    (day,) = doc.dates  # Sunday 13 February, named twice in other words: listed once, first naming first
    assert (day.text, day.value) == ("أمس", "2022-02-13")
    assert [sp.text for sp in day.occurrences] == ["يوم الأحد"]


@pytest.mark.parametrize(("text", "expected"), [
    # "الاثنين" the numeral "the two", not Monday; a span of days keeps it
    ("يتردد اللاعب بين الاثنين قبل أن يحسم اختياره.", []),
    ("يمكنك أن تختار القراءة أو الرياضة أو الاثنين معا.", []),
    ("عقدت الورشة بين الاثنين والأربعاء الماضيين في جدة.",
     [("الاثنين", "2022-02-07"), ("الأربعاء الماضيين", "2022-02-09")]),
    # a dual modifier after the second of two coordinated weekdays qualifies both
    ("عقدت اللجنة جلستيها يومي الخميس والجمعة الماضيين في الدمام.",
     [("الخميس", "2022-02-10"), ("الجمعة الماضيين", "2022-02-11")]),
    # institutions named after a weekday
    ("وزعت الوزارة كتيبا يضم خطب الجمعة على الأئمة.", []),
    ("تطوعت الشابة للتدريس في مدرسة الأحد بالكنيسة.", []),
])
def test_weekday_homographs_and_dual_modifiers(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a year + من + the year
    ("تراجعت المبيعات خلال النصف الأول من 2021 بسبب الركود.", [("2021", "2021")]),
    ("زاد الإنتاج مقارنة بالشهر نفسه من 2020 بشكل واضح.", [("2020", "2020")]),
    ("ارتفعت الأرباح في الربع الثالث من 2019 أمام توقعات المحللين.", [("2019", "2019")]),
    # منذ + a year, whatever noun follows; a unit of time makes it a count
    ("يعيش البلد منذ 2011 أزمة اقتصادية حادة.", [("2011", "2011")]),
    ("انتظر اللاجئون منذ 2000 يوم عودتهم.", []),
    # في + a year + a phrase of its own
    ("سافر الباحث إلى ألمانيا في 2012 لمدة ثلاثة أشهر.", [("2012", "2012")]),
    ("تضاعف الطلب في 2018 مقارنة مع السنوات السابقة.", [("2018", "2018")]),
    # من + a number that counts something stays an amount
    ("باع المتجر من 2014 قطعة نحو النصف.", []),
])
def test_bare_years_after_a_part_of_a_year_since_and_prepositions(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a future verb without المقبل reaches the publication day and the current month
    ("وسيعرض الوزير الخطة على مجلس الشورى يوم 14 فبراير.", [("14 فبراير", "2022-02-14")]),
    ("وسوف تستمر أعمال الصيانة طوال شهر فبراير.", [("شهر فبراير", "2022-02")]),
    ("وستفتتح الحديقة في فبراير المقبل.", [("فبراير المقبل", "2023-02")]),
    # a day just before publication announced in the future tense: the article was written before it
    ("ومن المقرر أن تبدأ الدورة التدريبية في 12 فبراير وتستمر أسبوعين.", [("12 فبراير", "2022-02-12")]),
    ("وسينتقل المنتخب إلى المعسكر في 2 فبراير.", [("2 فبراير", "2023-02-02")]),
    # "من المتوقع" announces; "على غير المتوقع" qualifies a past event
    ("ومن المتوقع أن تعلن اللجنة نتائجها بحلول 20 مايو.", [("20 مايو", "2022-05-20")]),
    ("وتراجعت الصادرات على غير المتوقع في ديسمبر.", [("ديسمبر", "2021-12")]),
])
def test_future_tense_reaches_the_current_day_and_month(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "اليوم" meaning these days: after a verb of becoming, "known today as", a contrast, a pronoun
    ("وقد أصبحت اليوم القرية مقصدا للسياح.", []),
    ("كانت الرحلة تستغرق أسابيع، أما اليوم فتكفي ساعات قليلة.", []),
    ("فنحن اليوم نواجه تحديات لم نعرفها من قبل.", []),
    ("تقع في المنطقة المعروفة اليوم باسم الحجاز.", []),
    ("ويفتتح الوزير المعرض اليوم في الرياض.", [("اليوم", "2022-02-14")]),
    # ل + ال written لل before a relative unit
    ("وأقرت الحكومة الميزانية للعام الجاري.", [("للعام الجاري", "2022")]),
    ("تراجعت المبيعات مقارنة بأرقام للشهر الماضي.", [("للشهر الماضي", "2022-01")]),
    # "الأمس" after a preposition of time is yesterday; after a noun it is the past
    ("عادت المدارس إلى العمل ابتداء من الأمس.", [("الأمس", "2022-02-13")]),
    ("لا نريد أن نكرر أخطاء الأمس.", []),
    # a plural past of form V ("تجمعوا") does not announce a scheduled event
    ("وكان مئات من الأهالي تجمعوا مساء الجمعة أمام المستشفى.", [("الجمعة", "2022-02-11")]),
])
def test_nowadays_lam_article_yesterday_and_plural_past(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day and month right after a bloc, a revolution or a street name them
    ("وقال نائب من تحالف 8 آذار إن الحكومة لن تستقيل.", []),
    ("افتتح المتجر الجديد في شارع 23 يوليو وسط المدينة.", []),
    ("وقعت المواجهات في 23 يوليو وسط المدينة.", [("23 يوليو", "2021-07-23")]),
    # a law cited by number and year
    ("صدر القانون رقم 12 لسنة 2019 بتنظيم الجمعيات.", []),
    ("وصدرت اللائحة في سنة 2019 بعد نقاش طويل.", [("سنة 2019", "2019")]),
])
def test_dates_inside_names_and_law_numbers(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one week beyond المقبل / الماضي (PUB is a Monday)
    ("ويبدأ التسجيل الخميس بعد المقبل في جميع الفروع.", [("الخميس بعد المقبل", "2022-02-24")]),
    ("وكانت اللجنة اجتمعت السبت قبل الماضي في العاصمة.", [("السبت قبل الماضي", "2022-02-05")]),
    # a weekday after a given name is a family name; a weekly market is named after its day
    ("وصرح خالد الخميس مدير الفرع بأن العمل مستمر.", []),
    ("تجول الزوار في سوق الأربعاء الشعبي.", []),
])
def test_weekdays_beyond_next_family_names_and_markets(layer, text, expected):
    assert found(layer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a season over two consecutive Hijri years: one expression, the Gregorian year it starts in
    ("وبدأ التسجيل للعام الدراسي 1443 - 1444هـ في جميع المدارس.", [("1443 - 1444هـ", "2022")]),
    ("وناقش المجلس خطة عام 1442/ 1443هـ في اجتماعه.", [("عام 1442/ 1443هـ", "2021")]),
])
def test_hijri_season_over_two_years(layer, text, expected):
    assert found(layer, text) == expected


def test_a_month_or_a_year_said_again_inside_a_longer_wording_is_one_date(layer):
    doc = Document(text="ارتفعت المبيعات خلال عام 2019م، وبلغت ذروتها في نهاية عام 2019م، بعد ركود طويل في 2019م.",
                   published=PUB)
    layer(doc)
    assert [(d.text, d.value, [o.text for o in d.occurrences]) for d in doc.dates] == [
        ("نهاية عام 2019م", "2019", ["عام 2019م", "2019م"])]
    # two wordings with nothing in common stay two items
    assert found(layer, "بدأ العمل مطلع الشهر الجاري ويستمر حتى منتصف شهر فبراير.") == [
        ("مطلع الشهر الجاري", "2022-02"), ("منتصف شهر فبراير", "2022-02")]


def test_the_day_an_article_was_written_is_its_today(layer):
    # dated Monday 14, the article names "اليوم الأحد": it was written on Sunday, and so was its bare اليوم
    doc = Document(text="يجتمع المجلس اليوم الأحد في العاصمة، ويناقش في جلسة اليوم بنود الميزانية.", published=PUB)
    layer(doc)
    assert [(d.text, d.value, [o.text for o in d.occurrences]) for d in doc.dates] == [
        ("اليوم الأحد", "2022-02-13", ["اليوم"])]
    # "اليوم الخميس" in a paper of Monday: no reading of the gap is sure and it is not reported;
    # the bare اليوم keeps the paper's date
    assert found(layer, "يجتمع المجلس اليوم الخميس في العاصمة، ويناقش في جلسة اليوم بنود الميزانية.") == [
        ("اليوم", PUB)]


def test_nowadays_and_named_wars_are_not_dates(layer):
    assert found(layer, "باتت القرية اليوم مقصدا للسياح.") == []
    assert found(layer, "يواجه شباب اليوم تحديات كثيرة.") == []
    assert found(layer, "وعاد الوفد اليوم إلى بلاده.") == [("اليوم", PUB)]
    assert found(layer, "يحتفل المصريون بذكرى حرب أكتوبر كل عام.") == []


def test_a_range_runs_forward(layer):
    # read alone, "22 أكتوبر" would be last October, before the range's start
    assert found(layer, "تعقد الجلسات بين 10 فبراير و22 أكتوبر.") == [
        ("10 فبراير", "2022-02-10"), ("22 أكتوبر", "2022-10-22")]
    # the start without its year shares the end's ("بين 5 أغسطس و3 أكتوبر 2019": August 2019)
    assert found(layer, "تعقد الدورة بين 5 أغسطس و3 أكتوبر 2019 في جدة.") == [
        ("5 أغسطس", "2019-08-05"), ("3 أكتوبر 2019", "2019-10-03")]


def test_today_before_a_preposition_and_the_day_when(layer):
    assert found(layer, "يتوجه الوزير اليوم إلى القاهرة.") == [("اليوم", PUB)]
    assert found(layer, "نأمل ألا يأتي اليوم الذي نندم فيه.") == []


def test_yesterday_and_last_weekday_without_publication_date_do_not_fail():
    # with no publication date neither "أمس" nor the weekday has a value; nothing to separate
    from marsad.pipeline import Analyzer

    doc = Analyzer().analyze("قال الوزير أمس الجمعة إن اللقاء الذي عقد يوم الجمعة الماضي كان مثمرا.")
    assert doc.published is None


def test_a_yearless_range_without_publication_date_keeps_unknown_years():
    from marsad.pipeline import Analyzer

    doc = Analyzer().analyze("وتستمر الفعاليات من 30 نوفمبر وحتى 2 ديسمبر في قاعة المعارض بالمدينة.")
    values = [d.value for d in doc.dates]
    assert values and all(v is None or v.startswith("XXXX") for v in values)
