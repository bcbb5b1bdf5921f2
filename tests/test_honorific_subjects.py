"""A reporting verb with no subject of its own inside a clause about an honorific pronoun's holder
("لما وعد به معاليه عندما قال") goes on with that holder, not the last speaker. Every sentence is
written for these tests."""

from __future__ import annotations

from tests.test_quotes import speaker_texts


def test_time_clause_after_an_honorific_pronoun():
    body = ("قال مدير فرع الهيئة سعد العمري إن المشروع اكتمل في موعده.\n\n"
            "وأوضح العمري أن افتتاح الطريق جاء ثمرة متابعة معالي وزير النقل خالد الدوسري، وتنفيذا لما "
            "وعد به معاليه في زيارته الأولى حينما قال: الطريق سيفتح قبل نهاية العام.")
    ents = [("PER", "سعد العمري", [("سعد العمري", "name"), ("العمري", "name")]),
            ("PER", "خالد الدوسري", [("خالد الدوسري", "name")])]
    assert speaker_texts(body, ents)[-1] == "خالد الدوسري"


def test_a_name_between_pronoun_and_verb_stands_the_rule_back():
    body = ("قال مدير فرع الهيئة سعد العمري إن المشروع اكتمل في موعده.\n\n"
            "وتنفيذا لما وعد به معاليه أعلن المهندس فهد القرني أن الطريق سيفتح قريبا.")
    ents = [("PER", "سعد العمري", [("سعد العمري", "name")]),
            ("PER", "فهد القرني", [("فهد القرني", "name")])]
    assert speaker_texts(body, ents)[-1] == "فهد القرني"


def test_pronoun_inside_someones_words_leaves_the_participle_to_them():
    body = ("وأضاف المهندس سعد العمري: إن صاحب السمو الأمير ماجد بن فهد يتابع المشروع، وبدعم سموه "
            "للخطط اكتملت المرحلة الأولى، مشيدا بجهود فرق العمل في المنطقة.")
    ents = [("PER", "سعد العمري", [("سعد العمري", "name")]),
            ("PER", "ماجد بن فهد", [("ماجد بن فهد", "name")])]
    assert set(speaker_texts(body, ents)) == {"سعد العمري"}


def test_press_conference_owner_speaks_after_haythu():
    body = ("أعلنت وزيرة الخارجية السويدية مارغوت والستروم زيارة قريبة إلى المنطقة.\n\n"
            "وجاء ذلك في مؤتمر صحفي لوالستروم عقب اجتماع وزراء خارجية دول الشمال، حيث أكدت أن "
            "الزيارة تهدف إلى دعم الحوار.")
    ents = [("PER", "مارغوت والستروم", [("مارغوت والستروم", "name")]),
            ("ORG", "وزراء خارجية دول الشمال", [("وزراء خارجية دول الشمال", "name")])]
    assert speaker_texts(body, ents)[-1] in ("مارغوت والستروم", "والستروم")
