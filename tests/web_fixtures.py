"""A small store for the web tests: articles written for these tests, analysed by the real pipeline.

The texts are ours (never copied from a corpus). They cover what the views must show: a
statement by a minister named by his title and name, an agency cited, wire copies of one story
(two outlets carrying the same agency text), a protest and an attack, dates, and hostile
articles whose title, text and URL carry markup, script URLs and bidi override marks.
"""

from __future__ import annotations

import json
from pathlib import Path

from marsad.cli import main

MINISTER = {
    "id": "minister-visit",
    "title": "وزير الخارجية الروسي: لا تراجع عن الضمانات الأمنية",
    "source": "alriyadh", "published": "2022-02-14", "url": "https://example.org/news/minister-visit",
    "text": (
        "قال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن بلاده لن تتراجع عن مطالبها بضمانات أمنية "
        "مكتوبة من حلف شمال الأطلسي. وأضاف لافروف في مؤتمر صحفي عقده في موسكو أن الرد الغربي «لم يكن كافيا "
        "ولا يعالج جوهر المخاوف الروسية».\n\n"
        "ونقلت وكالة تاس عن مصدر دبلوماسي قوله إن الاتصالات مع واشنطن ستستمر الأسبوع المقبل. "
        "من جهته، أكد الأمين العام لحلف الناتو ينس ستولتنبرغ أن الحلف مستعد للحوار لكنه لن يساوم على مبادئه."
    ),
}
WIRE_TEXT = (
    "أعلنت وزارة الصحة السعودية يوم الأحد إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية في جميع مناطق "
    "المملكة، تستهدف كبار السن والحوامل والمصابين بالأمراض المزمنة. وقال المتحدث الرسمي باسم الوزارة محمد "
    "العبدالعالي إن اللقاح متوفر مجانا في أكثر من ألفي مركز صحي، مؤكدا أن الإقبال في الأيام الأولى فاق "
    "التوقعات. وذكرت وكالة الأنباء السعودية (واس) أن الحملة تستمر حتى نهاية الشهر المقبل."
)
WIRE_A = {"id": "wire-a", "title": "إطلاق حملة التطعيم ضد الإنفلونزا الموسمية", "source": "alyaum",
          "published": "2016-10-02", "url": "https://example.org/alyaum/flu", "text": WIRE_TEXT}
WIRE_B = {"id": "wire-b", "title": "الصحة تطلق حملة التطعيم ضد الإنفلونزا", "source": "aljazirah",
          "published": "2016-10-03", "url": "https://example.org/aljazirah/flu",
          "text": WIRE_TEXT.replace("يوم الأحد", "أمس الأحد")}
PROTEST = {
    "id": "protest-square",
    "title": "آلاف المتظاهرين في وسط العاصمة احتجاجا على رفع الأسعار",
    "source": "aawsat", "published": "2019-10-18", "url": "https://example.org/aawsat/protest",
    "text": (
        "تظاهر آلاف المحتجين يوم الخميس في ساحة الشهداء وسط بيروت احتجاجا على فرض ضرائب جديدة على المكالمات "
        "الهاتفية، وردد المتظاهرون هتافات تطالب باستقالة الحكومة. وأطلقت قوات الأمن الغاز المسيل للدموع "
        "لتفريق المحتجين قرب مبنى البرلمان. وقال رئيس الوزراء اللبناني سعد الحريري في كلمة متلفزة إن "
        "الحكومة ستدرس مطالب الشارع، داعيا المتظاهرين إلى الهدوء."
    ),
}
ATTACK = {
    "id": "attack-convoy",
    "title": "مقتل جنديين في هجوم على قافلة عسكرية",
    "source": "alweeam", "published": "2017-05-09", "url": "https://example.org/alweeam/attack",
    "text": (
        "قتل جنديان وأصيب ثلاثة آخرون يوم الثلاثاء في هجوم شنه مسلحون على قافلة عسكرية قرب مدينة العريش "
        "في شمال سيناء، بحسب ما أفادت وكالة رويترز نقلا عن مصادر أمنية. وقال المتحدث العسكري المصري إن "
        "القوات تلاحق المهاجمين، مضيفا أن عملية تمشيط واسعة بدأت في المنطقة."
    ),
}
ACCUSATION = {
    "id": "accuse-talks",
    "title": "طهران تتهم واشنطن بزعزعة الاستقرار",
    "source": "alriyadh", "published": "2017-05-10", "url": "https://example.org/alriyadh/accuse",
    "text": (
        "اتهمت إيران الولايات المتحدة يوم الأربعاء بزعزعة الاستقرار في المنطقة، فيما التقى وزير الخارجية "
        "السعودي عادل الجبير نظيره الأمريكي ريكس تيلرسون في الرياض. وقال الجبير في مؤتمر صحفي مشترك إن "
        "البلدين متفقان على مواجهة التدخلات في شؤون دول المنطقة."
    ),
}
# hostile inputs: what a crawler may bring in; the workspace must show them as text and run nothing
XSS_TITLE = '<script>document.title="pwned"</script>عنوان فيه وسم'
XSS_TEXT_PAYLOAD = '"><img src=x onerror="document.body.dataset.pwned=1">'
RLO = "\u202e"
HOSTILE = {
    "id": "hostile-1",
    "title": XSS_TITLE,
    "source": "alwatan", "published": "2020-01-05", "url": "javascript:alert(1)",
    "text": (
        "قال رئيس البلدية خالد المنصور إن مشروع الطريق الجديد سيكتمل قبل الصيف " + XSS_TEXT_PAYLOAD
        + " وأضاف أن الأعمال تسير وفق الجدول الزمني " + RLO + "المحدد" + "\u202c"
        + ' <script>window.__pwned = true</script> في جميع المراحل.'
    ),
}
# the first articles, which tests that count documents build their own store from
CORE_ARTICLES = [MINISTER, WIRE_A, WIRE_B, PROTEST, ATTACK, ACCUSATION, HOSTILE]
ARTICLES = list(CORE_ARTICLES)

# events and network views: meetings, an accusation, sanctions and a threat between named actors,
# one of them carried by two outlets (a story cluster reported by two documents)
MEETING = {
    "id": "events-meeting",
    "title": "الجبير يلتقي ظريف في نيويورك",
    "source": "okaz", "published": "2017-09-19", "url": "https://example.org/okaz/meeting",
    "text": (
        "التقى وزير الخارجية السعودي عادل الجبير نظيره الإيراني محمد جواد ظريف في نيويورك يوم الثلاثاء على "
        "هامش اجتماعات الجمعية العامة للأمم المتحدة. وقال الجبير في تصريح صحفي إن المملكة العربية السعودية "
        "ترفض التدخل الإيراني في شؤون اليمن، مضيفا أن «إيران تدعم الحوثيين بالسلاح». واتهمت السعودية إيران "
        "بتهريب الصواريخ إلى اليمن. كما التقى الجبير وزير الخارجية الأمريكي ريكس تيلرسون وبحثا التطورات في المنطقة."
    ),
}
SANCTIONS_TEXT = (
    "فرضت الولايات المتحدة يوم الجمعة عقوبات جديدة على إيران بسبب برنامجها للصواريخ الباليستية. وهددت إيران "
    "الولايات المتحدة بالرد على العقوبات، فيما رفضت روسيا العقوبات الأمريكية. وقال وزير الخارجية الروسي سيرغي "
    "لافروف إن «واشنطن تتجاهل مصالح إيران»، واتهمت روسيا الولايات المتحدة بتقويض الاتفاق النووي."
)
SANCTIONS_A = {"id": "events-sanctions-a", "title": "عقوبات أمريكية جديدة على إيران", "source": "alyaum",
               "published": "2017-09-22", "url": "https://example.org/alyaum/sanctions", "text": SANCTIONS_TEXT}
SANCTIONS_B = {"id": "events-sanctions-b", "title": "واشنطن تفرض عقوبات على طهران", "source": "alwatan",
               "published": "2017-09-23", "url": "https://example.org/alwatan/sanctions",
               "text": SANCTIONS_TEXT.replace("يوم الجمعة", "أمس الجمعة")}
EVENTS_EXTRA = [MEETING, SANCTIONS_A, SANCTIONS_B]
ARTICLES += EVENTS_EXTRA


def write_articles(folder: Path, articles: list[dict] | None = None) -> Path:
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for article in articles or ARTICLES:
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def build_web_store(folder: Path, articles: list[dict] | None = None) -> Path:
    """Ingest the fixture articles into `folder`/web.db with the full pipeline; returns its path."""
    db = folder / "web.db"
    status = main(["ingest", str(write_articles(folder, articles)), "--db", str(db), "--quiet"])
    assert status == 0, f"ingesting the web fixtures failed with status {status}"
    return db
