"""The analysis keeps per-word-form memos in its layers: documents analysed at the same time in
several threads must come out exactly as when analysed one after the other."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from marsad.pipeline import Analyzer

ARTICLES = [
    ("وزير الخارجية الروسي يلتقي نظيره الأمريكي",
     "التقى وزير الخارجية الروسي سيرغي لافروف أمس الخميس نظيره الأمريكي في جنيف. وقال لافروف للصحفيين "
     "إن المحادثات كانت «صريحة ومفيدة»، مؤكداً أن موسكو لن تقبل بتوسع حلف الناتو شرقاً."),
    ("أمطار غزيرة في جدة",
     "جدة - واس: هطلت أمطار غزيرة على محافظة جدة يوم الأحد 15 نوفمبر 2015، وأعلنت المديرية العامة "
     "للدفاع المدني رفع درجة الاستعداد. وذكرت وكالة الأنباء السعودية أن المدارس ستغلق غداً."),
    ("الأمم المتحدة تدعو إلى وقف إطلاق النار",
     "دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار في اليمن، وقال في بيان إن المدنيين "
     "يدفعون الثمن. من جهته، أكد المتحدث باسم التحالف أن العمليات ستستمر حتى نهاية الشهر المقبل."),
    ("مجلس الوزراء يقر الميزانية",
     "أقر مجلس الوزراء في جلسته التي عقدها اليوم برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
     "الميزانية العامة للدولة، وأوضح وزير المالية أن الإيرادات بلغت 600 مليار ريال في العام الماضي."),
]


def _record(analyzer: Analyzer, article: tuple[str, str]) -> str:
    title, body = article
    doc = analyzer.analyze(body, title=title, published="2015-11-16")
    return json.dumps(doc.to_record(), ensure_ascii=False, sort_keys=True)


def test_threads_give_the_records_of_a_sequential_run() -> None:
    analyzer = Analyzer()
    work = ARTICLES * 6
    sequential = [_record(analyzer, a) for a in work]
    fresh = Analyzer()  # empty memos, filled by the threads at the same time
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda a: _record(fresh, a), work))
    assert threaded == sequential
    assert any('"quotes": [{' in r for r in sequential) and any('"dates": [{' in r for r in sequential)
