"""Candidates named before the ranker's window (the cue's sentence and the two before): the
person whose title the cue repeats, and the first actor of the paragraph's first sentence for a
verb with no subject of its own. They are proposed when tracing for training (no model) and to a
model that learnt them; a model that did not is not shown them. Every sentence is written for
these tests."""

from __future__ import annotations

import numpy as np

from marsad.layers.quotes.layer import QuoteLayer
from marsad.layers.quotes.speaker_ranker import INDEX, SpeakerRanker
from marsad.layers.registry import available_layers
from marsad.pipeline import Analyzer

PUB = "2015-07-21"


def _traced(text: str) -> list[dict[str, np.ndarray]]:
    seen = []
    layer = QuoteLayer(speaker_model=False, trace=lambda doc, cand, options: seen.append(options))
    Analyzer([layer if n == "quotes" else n for n in available_layers()]).analyze(text, title="خبر", published=PUB)
    return [{o.ref.text: o.features for o in options if o.ref is not None} for options in seen]


def test_the_person_a_title_far_back_introduced_is_a_candidate():
    text = ("أعلن رئيس مجلس إدارة الهيئة المهندس خالد بن سعد العمري عن خطة جديدة للتدريب. "
            "وتشمل الخطة عشرين برنامجا في مدن المملكة. وتبدأ البرامج في الشهر المقبل. "
            "وتستمر البرامج حتى نهاية العام. وتقدم الهيئة شهادات معتمدة للمتدربين. "
            "وفي تصريح لرئيس مجلس إدارة الهيئة قال: إن الخطة تستهدف ألف متدرب.")
    last = _traced(text)[-1]
    far = [f for span, f in last.items() if "العمري" in span]
    assert far and far[0][INDEX["beyond_window"]] == 1


def test_the_paragraph_lead_is_a_candidate_for_a_verb_with_no_subject():
    text = ("وافتتح الوزير سامي الراشد معرض الكتاب في العاصمة مساء أمس. "
            "ويضم المعرض خمسمئة دار نشر. وتشارك فيه دول عربية وأجنبية. ويستمر عشرة أيام. "
            "وأوضح أن المعرض يستقبل الزوار طوال اليوم.")
    last = _traced(text)[-1]
    lead = [f for span, f in last.items() if "الراشد" in span or "الوزير" in span]
    assert lead and lead[0][INDEX["beyond_window"]] == 1 and lead[0][INDEX["paragraph_lead"]] == 1


def test_a_model_that_did_not_learn_them_is_not_shown_them():
    weights = np.zeros(len(INDEX))
    assert not SpeakerRanker(weights).widened
    weights[INDEX["beyond_window"]] = -0.5
    assert SpeakerRanker(weights).widened and SpeakerRanker(None).widened
