"""Quotes layer: the answers of a question-and-answer interview (`quotes/interviews.py`).

Every text here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run, texts

LEAD = ("أكد رئيس الجمعية سامي الحربي أن الموسم الحالي سيشهد برامج جديدة للشباب. "
        "وقال في حواره مع الصحيفة إن الجمعية تعمل على توسيع أنشطتها في المحافظات.")


def test_marked_answers_are_the_interviewees_words():
    body = (LEAD + "\n\n• ما أبرز البرامج التي تعدونها لهذا العام؟\n\n"
            "•• نعمل على برنامج تدريبي للشباب في مجال البرمجة يبدأ بعد الإجازة مباشرة.\n\n"
            "• وهل هناك تعاون مع الجامعات؟\n\n"
            "•• نعم، وقعنا اتفاقيتين مع جامعتين لتبادل الخبرات وتدريب المتطوعين.")
    doc = run(make_doc(body, ents=[person("سامي الحربي")]))
    q = quote_with(doc, "نعمل على برنامج تدريبي للشباب")
    assert q.kind == "direct" and q.speaker.text == "سامي الحربي" and not q.text.startswith("••")
    assert quote_with(doc, "وقعنا اتفاقيتين مع جامعتين").speaker.text == "سامي الحربي"
    assert not any("أبرز البرامج" in t for t in texts(doc))


def test_plain_pairs_need_the_article_to_call_itself_an_interview():
    questions = ("\n\nما أبرز البرامج التي تعدونها لهذا العام؟\n\n"
                 "نعمل على برنامج تدريبي للشباب في مجال البرمجة يبدأ بعد الإجازة.\n\n"
                 "وهل هناك تعاون مع الجامعات في المنطقة؟\n\n"
                 "وقعنا اتفاقيتين مع جامعتين لتبادل الخبرات وتدريب المتطوعين.\n\n"
                 "ومتى تبدأ الحملة الصيفية للجمعية؟\n\n"
                 "تبدأ الحملة مطلع الشهر المقبل وتستمر ستة أسابيع في كل المحافظات.")
    doc = run(make_doc(LEAD + questions, ents=[person("سامي الحربي")]))
    assert quote_with(doc, "تبدأ الحملة مطلع الشهر").speaker.text == "سامي الحربي"
    column = ("قال الخبير سامي الحربي إن الأسعار سترتفع في الصيف." + questions)
    doc = run(make_doc(column, ents=[person("سامي الحربي")]))
    assert not any("تبدأ الحملة مطلع الشهر" in t for t in texts(doc))


def test_an_answer_that_names_its_own_speaker_is_left_to_its_cue():
    body = (LEAD + "\n\n* ما أسباب السمنة عند الأطفال؟\n\n"
            "ويجيب عن هذا السؤال الطبيب خالد العتيبي: قلة الحركة والوجبات السريعة أهم الأسباب.\n\n"
            "* وهل يؤثر النوم في الوزن؟\n\n"
            "- ويجيب الطبيب نفسه: قلة النوم تزيد الشهية وترفع الوزن عند الصغار.")
    doc = run(make_doc(body, ents=[person("سامي الحربي"), person("خالد العتيبي")]))
    answers = [q for q in doc.quotes if "قلة الحركة" in q.text]
    assert len(answers) == 1 and answers[0].cue is not None and answers[0].cue.text.endswith("يجيب")


def test_interviewee_is_the_one_the_lead_quotes_most_not_a_name_used_once():
    lead = ("أكد الكاتب فهد المطيري أن الثقافة تمر بمرحلة صعبة، مشيرا إلى تراجع القراءة. "
            "ورأى المطيري أن المؤسسات الثقافية مقصرة في دعم الكتاب الشباب. "
            "وأضاف المطيري أن الجوائز الأدبية لا تكفي وحدها.\n\n"
            "وكان الناقد ماجد العنزي قد قال في ندوة سابقة إن الرواية تتقدم على الشعر.")
    body = (lead + "\n\n• ما سبب تراجع القراءة في رأيك؟\n\n"
            "•• الهاتف أخذ وقت الناس كله ولم يعد للكتاب مكان في يومهم.\n\n"
            "• وما دور المدرسة في ذلك؟\n\n"
            "•• المدرسة لا تربي عادة القراءة بل تكتفي بالمقررات والاختبارات.")
    doc = run(make_doc(body, ents=[person("ماجد العنزي")]))
    assert quote_with(doc, "الهاتف أخذ وقت الناس").speaker.text.endswith("المطيري")


def test_first_person_verb_opening_an_answer_is_the_interviewees():
    # "أكدتُ مرارا": the interviewee speaks of what he said; "مرارا" is an adverb, no speaker
    body = ("قال مدير الجامعة سامي العتيبي في حوار مع الصحيفة إن القبول سيتوسع هذا العام.\n"
            "س: ما أبرز خطط الجامعة للعام المقبل؟\n"
            "ج: أكدت مرارا أن الجامعة ستفتتح كليتين جديدتين في المحافظات.\n"
            "س: وماذا عن الابتعاث؟\n"
            "ج: أوضحت في أكثر من مناسبة أن البرنامج سيستمر بالوتيرة نفسها.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert [q.speaker.entity if q.speaker else None for q in doc.quotes] == ["e1", "e1", "e1"]
