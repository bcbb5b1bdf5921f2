"""Words after a reporting verb that are not its speaker: an anonymity clause's object, an adverb,
a detached "بـ", the one spoken to, a dangling "لـ", an abbreviated honorific; and a feminine title
that opens a description. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run, speaker_texts


def _speakers(body: str, ents: list | None = None) -> list[str | None]:
    return speaker_texts(body, ents or [])


def test_anonymity_clause_gives_no_speaker():
    # "طالبا عدم كشف اسمه": "كشف" is negated, "اسمه" is its object, the source stays unnamed
    body = ("وقال مسؤول حكومي طالبا عدم كشف اسمه، إن المفاوضات ستستأنف الأسبوع المقبل. "
            "وأضاف أن الوفد وصل إلى العاصمة.")
    assert "اسمه" not in _speakers(body)


def test_adverb_after_the_verb_is_no_speaker():
    body = "وكتبت الناشطة ليلى الحسيني على حسابها. وكتبت مؤخرا أن الحملة مستمرة حتى نهاية العام."
    assert "مؤخرا" not in _speakers(body)


def test_detached_preposition_is_no_speaker():
    body = "وقال النائب فهد السالم إن الوضع خطير. وطالب بـ«تحقيق عاجل وشامل في ما جرى»."
    ents = [("PER", "فهد السالم", [("فهد السالم", "name")])]
    assert "بـ" not in _speakers(body, ents)


def test_outlet_spoken_to_is_no_speaker():
    body = "والتقى المراسل بالوزيرة نوال العمري في مكتبها. وقالت لصحيفة «الخليج» إن الميزانية تكفي."
    assert "لصحيفة" not in _speakers(body)


def test_dangling_preposition_is_cut_from_the_speaker():
    body = "وقال وزير المالية اليمني لـ«الرأي» إن الأسعار ستنخفض قريبا."
    assert _speakers(body) == ["وزير المالية اليمني"]


def test_abbreviated_honorific_is_skipped():
    body = "وأوضح م. سعد القحطاني أن المشروع سينتهي قبل نهاية العام."
    assert _speakers(body, [("PER", "سعد القحطاني", [("سعد القحطاني", "name")])]) == ["سعد القحطاني"]


def test_feminine_title_opens_a_description():
    # "عضوة" is the feminine of the title "عضو": the name in apposition after it is the speaker
    body = "وقالت عضوة كتلة الإصلاح في مجلس المحافظة، منى الخالدي، إن الخدمات تراجعت."
    assert _speakers(body) == ["منى الخالدي"]


LI_ENTS = [("PER", "سالم الراشد", [("سالم الراشد", "name")]), ("ORG", "نادي الوحدة", [("نادي الوحدة", "name")])]


def _li_speakers(body: str) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in run(make_doc(body, ents=LI_ENTS)).quotes]


def test_noun_with_joined_li_after_the_verb_is_no_subject():
    # "توضح للمشجع أنه": the fan is spoken to; the club speaks
    body = ("أصدرت إدارة نادي الوحدة بيانا أمس. "
            "وتود الإدارة أن توضح للمشجع الوحداوي أنه تم التعاقد مع المدرب رسميا.")
    assert _li_speakers(body) == ["نادي الوحدة"]


def test_statement_to_those_spoken_to_keeps_its_speaker():
    # "وأكد للمصابين حرص ...": read as no subject, the statement is the visitor's
    body = "زار سالم الراشد المصابين في المستشفى أمس. وأكد للمصابين حرص الوزارة على تقديم أفضل رعاية لهم."
    assert _li_speakers(body) == ["سالم الراشد"]


def test_first_person_verb_has_no_subject_after_it():
    # "أقول بداية إن": the column's writer speaks; "بداية" is an adverb, no speaker
    body = ("قبل الخوض في تفاصيل القضية التي شغلت الناس هذا الأسبوع، "
            "أقول بداية إن المشكلة أعمق مما يظهر في وسائل التواصل.")
    assert "بداية" not in [s or "" for s in _li_speakers(body)]
