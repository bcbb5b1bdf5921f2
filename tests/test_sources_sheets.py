"""Sources layer: "صحيفة" is also a sheet of record (a statement of claim, an indictment, a criminal
record, a fact sheet, one's record of deeds); with such a noun after it no newspaper is cited.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_sheet_of_record_after_sahifa_is_no_outlet():
    assert names(run("وبحسب صحيفة الدعوى، طالب المدعي بتعويض عن الأضرار التي لحقت بمتجره.")) == []
    assert names(run("وذكرت صحيفة الاتهام أن المتهمين خططوا للهجوم منذ أشهر.")) == []
    assert names(run("وتؤكد صحيفة الحقائق الصادرة عن البيت الأبيض أن البرنامج لا يهدد أحدا.")) == []
    assert names(run("وتقول صحيفة الحالة الجنائية للمتقدم إنه لم يدن بأي جرم.")) == []
    assert names(run("وجاء في صحيفة سوابقه أنه أوقف مرتين بسبب السرقة.")) == []
    assert names(run("وقال الشيخ إن صحيفة أعماله تطوى بموته.")) == []


def test_a_paper_is_still_cited():
    # a name in marks after "صحيفة" is a paper's, whatever the word means
    assert names(run("وقالت صحيفة «الحقائق» إن الحكومة ستستقيل الأسبوع المقبل.")) == ["الحقائق"]
    assert names(run("وذكرت صحيفة الرياض أن الأمطار هطلت على العاصمة.")) == ["صحيفة الرياض"]


def test_a_business_paper_is_no_record_of_deeds():
    # "صحيفة الأعمال": the business paper, unlike "صحيفة أعماله", one's record of deeds
    assert "فايننشال تايمز" in names(run("وذكرت صحيفة الأعمال البريطانية «فايننشال تايمز» أن المصرف سيغلق فروعه."))
