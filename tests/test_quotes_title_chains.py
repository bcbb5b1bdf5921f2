"""Speakers named at the end of a title chain or right after a describing word, when the entity
layer missed the name: a first name "علي" (folded with the preposition "على"), a body's name in
quotation marks inside the chain. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import speaker_texts


def test_ali_name_closing_a_title_chain():
    body = ("أوضح مدير عام الشؤون الإدارية بوزارة النقل علي الغامدي أن العمل في الطريق سينتهي قريبا.\n\n"
            "وأشار إلى أن الوزارة تتابع المشروع يوميا.")
    assert speaker_texts(body) == ["علي الغامدي", "علي الغامدي"]


def test_ali_name_right_after_the_verb():
    assert speaker_texts("وقال علي الزهراني إن الموسم جيد هذا العام.") == ["علي الزهراني"]


def test_ali_name_before_a_quoted_description():
    assert speaker_texts("ويقول علي الشهري «صاحب مزرعة»: إن الأمطار تأخرت هذا العام.") == ["علي الشهري"]


def test_ali_name_after_a_describing_word():
    assert speaker_texts("وقال المواطن علي حكمي إن التيار الكهربائي انقطع منذ الصباح.") == ["علي حكمي"]


def test_ali_as_the_preposition_is_no_name():
    # "علي" spelt for "على": its object runs on ("ضرورة ..."), no name closes the subject
    sp = speaker_texts("وشدد الوزير علي الأهالي ضرورة الالتزام بالتعليمات الجديدة.")
    assert all(s is None or "الأهالي" not in s for s in sp)


def test_name_after_a_quoted_body_in_a_title_chain():
    body = ("أكدت رئيسة فريق “همة التطوعي” نورة القحطاني، أن الفريق نظم معرضا للأسر المنتجة.\n\n"
            "وأوضحت أن المعرض يستمر أسبوعا.")
    ents = [("PER", "نورة القحطاني", [("نورة القحطاني", "name")])]
    assert speaker_texts(body, ents) == ["نورة القحطاني", "نورة القحطاني"]
