"""Speakers: the rules for unnamed bodies behind a statement, and the learned choice among candidates."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from marsad.layers.quotes.layer import QuoteLayer
from marsad.layers.quotes.speaker_ranker import FEATURES, INDEX, SpeakerRanker
from marsad.layers.registry import available_layers
from marsad.pipeline import Analyzer
from marsad.training.speakers import Group, accuracy, fit

PUB = "2022-02-14"


@pytest.fixture(scope="module")
def rules_only() -> Analyzer:
    return Analyzer([QuoteLayer(speaker_model=False) if n == "quotes" else n for n in available_layers()])


def _speakers(analyzer: Analyzer, text: str) -> list[tuple[str | None, str | None]]:
    doc = analyzer.analyze(text, title="خبر", published=PUB)
    names = {e.id: e.name for e in doc.entities}
    return [(q.speaker.text if q.speaker else None, names.get(q.speaker.entity) if q.speaker else None)
            for q in doc.quotes]


def test_a_report_speaks_for_the_body_named_after_it(rules_only):
    text = "وأوضح التقرير السنوي لمؤسسة النقد العربي السعودي أن حجم التحويلات المالية ارتفع بنسبة كبيرة."
    assert _speakers(rules_only, text) == [("التقرير السنوي", "مؤسسة النقد العربي السعودي")]


def test_a_report_speaks_for_the_body_that_issued_it_before(rules_only):
    text = ("وأصدرت مؤسسة النقد العربي السعودي تقريرها السنوي أمس. "
            "وأوضح التقرير أن حجم التحويلات المالية ارتفع بنسبة كبيرة خلال العام.")
    assert _speakers(rules_only, text) == [("التقرير", "مؤسسة النقد العربي السعودي")]


def test_an_unnamed_spokesman_speaks_for_his_body(rules_only):
    text = "وقال متحدث باسم وزارة الخارجية الأمريكية إن الاجتماع كان مثمرا وإن المحادثات ستستمر."
    assert _speakers(rules_only, text)[0][1] == "وزارة الخارجية الأمريكية"


def test_candidates_and_their_features(rules_only):
    seen = []
    layer = QuoteLayer(speaker_model=False, trace=lambda doc, cand, options: seen.append(options))
    analyzer = Analyzer([layer if n == "quotes" else n for n in available_layers()])
    analyzer.analyze("وقال وزير الخارجية الروسي سيرغي لافروف لوكالة تاس إن بلاده لن تقبل بأي شروط مسبقة.",
                     title="خبر", published=PUB)
    options = {o.ref.text: o.features for o in seen[0] if o.ref is not None}
    nobody = [o for o in seen[0] if o.ref is None]
    assert len(nobody) == 1 and nobody[0].features[INDEX["nobody"]] == 1  # naming nobody is an option
    lavrov = next(f for text, f in options.items() if "لافروف" in text or "وزير" in text)
    assert lavrov[INDEX["rule"]] == 1 and lavrov[INDEX["person"]] == 1
    agency = next(f for text, f in options.items() if "تاس" in text)
    assert agency[INDEX["cited_agency"]] == 1 and agency[INDEX["rule"]] == 0
    assert agency[INDEX["all_in_pp"]] == 1  # "لوكالة": the agency received the statement


def test_an_unnamed_source_is_no_speaker():
    analyzer = Analyzer()
    doc = analyzer.analyze("وقال مصدر أمني مطلع إن الأجهزة المختصة تتابع القضية عن كثب منذ أيام.",
                           title="خبر", published=PUB)
    assert [q.speaker for q in doc.quotes] == [None]


def test_the_shipped_model_knows_every_feature_and_chooses_the_best_scored():
    ranker = SpeakerRanker.load()
    assert ranker.ready and ranker.weights.shape == (len(FEATURES),)
    assert ranker.weights[INDEX["rule"]] > 0 and ranker.weights[INDEX["cited_agency"]] <= 0


def test_without_a_model_the_rules_choice_stands(tmp_path):
    assert not SpeakerRanker.load(tmp_path / "none.json").ready
    assert SpeakerRanker(None).choose([]) is None


def _group(rows: list[dict[str, float]], right: int, rule: int | None = None) -> Group:
    x = np.zeros((len(rows), len(FEATURES)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            x[i, INDEX[name]] = value
    y = np.zeros(len(rows), dtype=bool)
    y[right] = True
    return Group("d", "outlet", x, y, rule, [str(i) for i in range(len(rows))])


def test_fitting_learns_the_cue_that_decides_and_is_deterministic():
    # the rules' choice is right unless it is a cited agency; then the person is
    groups = [_group([{"rule": 1}, {"person": 1}], 0, 0) for _ in range(20)]
    groups += [_group([{"rule": 1, "cited_agency": 1}, {"person": 1}], 1, 0) for _ in range(10)]
    w = fit(groups, l2=0.01)
    assert accuracy(groups, w) == 1.0 and accuracy(groups, None) == pytest.approx(20 / 30)
    assert np.array_equal(w, fit(groups, l2=0.01))


def test_model_file_names_its_features(tmp_path):
    from marsad.training.speakers import save

    path = tmp_path / "m.json"
    save(np.arange(len(FEATURES), dtype=float), path, {"statements": 3})
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES) and data["statements"] == 3
    assert np.array_equal(SpeakerRanker.load(path).weights, np.arange(len(FEATURES), dtype=float))


def _traced_options(text: str) -> list[dict[str, np.ndarray]]:
    """Each statement's candidates (by span text) and their features, the ranker switched off."""
    seen = []
    layer = QuoteLayer(speaker_model=False, trace=lambda doc, cand, options: seen.append(options))
    analyzer = Analyzer([layer if n == "quotes" else n for n in available_layers()])
    analyzer.analyze(text, title="خبر", published=PUB)
    return [{o.ref.text: o.features for o in options if o.ref is not None} for options in seen]


def test_a_description_points_to_the_person_introduced_with_its_title():
    text = ("وقال رئيس بلدية المدينة المهندس ماجد الشهري في تصريح صحفي إن المشروع يكتمل قريبا. "
            "وأوضح رئيس البلدية أن أعمال الرصف تبدأ الأسبوع المقبل.")
    last = _traced_options(text)[-1]
    named = next((f for span, f in last.items() if "الشهري" in span), None)
    if named is None:  # the entity layer made the title a mention of the person: one option, his
        assert list(last) == ["رئيس البلدية"]
        return
    assert named[INDEX["title_introduced"]] == 1


def test_a_new_subject_between_statements_is_marked():
    text = ("وقال وزير الصحة فهد الجلاجل إن الحملة ستشمل جميع المناطق. "
            "وافتتح أمير المنطقة الشرقية سعود بن نايف المعرض الصحي في الدمام. "
            "وأضاف أن المعرض يضم أجنحة للتوعية بأمراض القلب والسكري.")
    last = _traced_options(text)[-1]
    prince = next(f for span, f in last.items() if "أمير" in span)
    minister = next(f for span, f in last.items() if "وزير" in span)
    assert prince[INDEX["subject_since_prev"]] == 1 and minister[INDEX["prev1_displaced"]] == 1


def test_the_outlet_that_received_a_statement_is_marked_as_its_recipient():
    text = "وقال رئيس الاتحاد العربي لكرة القدم ياسر المسحل لصحيفة الرياض إن الاستعدادات اكتملت."
    options = _traced_options(text)[0]
    paper = [f for span, f in options.items() if "الرياض" in span]
    assert paper and paper[0][INDEX["outlet_recipient"]] == 1


def test_an_honorific_pronoun_points_to_the_holder_of_that_honorific():
    text = ("رعى صاحب السمو الأمير فيصل بن خالد حفل تخريج الدفعة الجديدة بحضور مدير الجامعة سالم القحطاني. "
            "وقال سموه إن الوطن يفخر بأبنائه الخريجين.")
    last = _traced_options(text)[-1]
    prince = next(f for span, f in last.items() if "فيصل" in span)
    assert prince[INDEX["honorific_match"]] == 1
    others = [f for span, f in last.items() if "القحطاني" in span]
    assert all(f[INDEX["honorific_match"]] == 0 for f in others)


def test_a_definite_description_refers_back_unlike_an_indefinite_source():
    text = ("وقال مدير إدارة المرور العقيد سامي الحربي إن الحملة مستمرة. "
            "وأكد المسؤول الأمني أن المخالفين سيحالون إلى الجهات المختصة. "
            "وقال مسؤول أمني إن عدد المخالفات تراجع خلال الأسبوع الماضي.")
    statements = _traced_options(text)
    definite = next(f for span, f in statements[1].items() if span.startswith("المسؤول"))
    indefinite = next(f for span, f in statements[2].items() if span.startswith("مسؤول"))
    assert definite[INDEX["rule_definite_description"]] == 1
    assert indefinite[INDEX["rule_definite_description"]] == 0 and indefinite[INDEX["rule_unnamed"]] == 1


def test_the_penalty_is_the_strongest_within_one_standard_error_and_the_ceiling_is_counted():
    from marsad.training.speakers import choose_l2, cross_validate

    groups = []
    for outlet in ("a", "b", "c"):
        groups += [_group([{"rule": 1}, {"person": 1}], 0, 0) for _ in range(12)]
        groups += [_group([{"rule": 1, "cited_agency": 1}, {"person": 1}], 1, 0) for _ in range(6)]
        unreachable = _group([{"rule": 1}, {"person": 1}], 0, 0)
        unreachable.right[:] = False
        groups.append(unreachable)
        for g in groups[-19:]:
            g.outlet = outlet
    l2, results = choose_l2(groups, grid=(0.001, 0.01, 0.1))
    assert l2 == 0.1 and set(results) == {"0.001", "0.01", "0.1"}
    figures = cross_validate(groups, l2)
    assert figures["ceiling"] == round(54 / 57, 4) and figures["model"] == round(54 / 57, 4)


def test_the_model_file_is_the_same_bytes_for_the_same_weights(tmp_path):
    from marsad.training.speakers import save

    w = np.array([-1e-9, 0.1234567891] + [0.0] * (len(FEATURES) - 2))
    save(w, tmp_path / "a.json", {"l2": 0.02})
    save(w.copy(), tmp_path / "b.json", {"l2": 0.02})
    data = (tmp_path / "a.json").read_bytes()
    assert data == (tmp_path / "b.json").read_bytes() and b"-0.0" not in data


SHARED_SCORER = Path(__file__).resolve().parent.parent / ".." / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared/eval not present")
def test_training_never_reads_the_outlets_kept_aside_nor_the_articles_left_out(tmp_path):
    from marsad.training.speakers import collect

    (tmp_path / "gold").mkdir()
    (tmp_path / "inputs").mkdir()
    (tmp_path / "score.py").write_text(SHARED_SCORER.read_text(encoding="utf-8"), encoding="utf-8")
    text = "وقال وزير الصحة فهد الجلاجل إن الحملة ستشمل جميع المناطق خلال الشهر المقبل."
    anchor = "الحملة ستشمل جميع المناطق"
    inputs, golds = [], []
    for i, outlet in enumerate(("trained", "kept_aside", "trained")):
        inputs.append({"id": f"a{i}", "title": "خبر", "text": text, "published": PUB, "source": outlet})
        golds.append({"id": f"a{i}", "quotes": [{"anchor": anchor, "kind": "indirect",
                                                  "speaker": {"ar": ["فهد الجلاجل"], "en": []}}]})
    for folder, rows in (("inputs", inputs), ("gold", golds)):
        (tmp_path / folder / "set.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    groups = collect([tmp_path], exclude_outlets=frozenset({"kept_aside"}), exclude_ids=frozenset({"a2"}))
    assert [g.doc_id for g in groups] == ["a0"] and groups[0].right.any()


def test_the_name_that_closes_the_subject_before_the_statement_is_marked():
    text = ("وقال رئيس قسم الطوارئ في مستشفى المدينة العام الدكتور خالد بن سعد العمري إن الحالات "
            "المسجلة تراجعت هذا الأسبوع.")
    options = _traced_options(text)[0]
    named = [f for span, f in options.items() if "العمري" in span]
    assert named and named[0][INDEX["closes_subject"]] == 1
    assert all(f[INDEX["closes_subject"]] == 0 for span, f in options.items() if "مستشفى" in span)



def test_the_learning_curve_and_the_error_kinds_of_a_cross_validation():
    from marsad.training.speaker_diagnostics import ERROR_KINDS, describe, error_kind
    from marsad.training.speakers import outlet_choices, training_articles

    groups = []
    for outlet in ("a", "b", "c"):
        for i in range(12):
            g = _group([{"rule": 1}, {"person": 1}], 0, 0) if i % 3 else \
                _group([{"rule": 1, "cited_agency": 1}, {"person": 1}], 1, 0)
            g.outlet, g.doc_id = outlet, f"{outlet}{i}"
            groups.append(g)
    # a larger share of the articles keeps every article of a smaller one
    assert training_articles(groups, 0.25) <= training_articles(groups, 0.5) <= training_articles(groups, 1.0)
    assert len(training_articles(groups, 1.0)) == 36
    figures = describe(groups, 0.01)
    assert list(figures["learning_curve"]) == ["0.25", "0.5", "0.75", "1"]
    assert figures["learning_curve"]["1"] == 1.0 and sum(figures["cv_errors"].values()) == 0
    assert all(c == int(g.right[1]) for g, c in outlet_choices(groups, 0.01))

    kept = _group([{"rule": 1, "prev1": 1}, {"person": 1}], 1, 0)
    assert error_kind(kept, 0) == "previous_speaker_kept"
    nobody = _group([{"person": 1}, {"nobody": 1}], 0)
    nobody.names[1] = "(nobody)"
    assert error_kind(nobody, 1) == "nobody_for_a_person"
    lost = _group([{"person": 1}, {"person": 1}], 0)
    lost.right[:] = False
    assert error_kind(lost, 1) == "unreachable" and set(ERROR_KINDS) >= {"other", "rules_were_right"}


def test_a_span_of_function_words_after_the_verb_is_no_candidate():
    # "منذ فترة طويلة" after the verb is when, not who: never a speaker to choose
    text = ("وقال رئيس النادي سلطان العتيبي إن الفريق جاهز للموسم الجديد. "
            "وأكد منذ فترة طويلة أن الإدارة تبحث عن مدرب أجنبي.")
    last = _traced_options(text)[-1]
    assert not any(span.startswith("منذ") for span in last)
    doc = Analyzer().analyze(text, title="خبر", published=PUB)
    assert all(q.speaker is None or not q.speaker.text.startswith("منذ") for q in doc.quotes)


def test_an_unlinked_span_of_common_words_names_no_one_unlike_a_title_or_a_missed_name():
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_spans import function_words_only, name_words, no_actor_word
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon

    text = ("وأكد ارتفاع الأسعار أن الموسم صعب. وقال المدير التنفيذي إن العمل مستمر. "
            "وقال قوطالي إن الزيارة ناجحة. وأضاف بهذا إن الأمر انتهى.")
    doc = Analyzer().analyze(text, title="خبر", published=PUB)
    finder = SpeakerFinder(doc, load_speech_lexicon())

    def ref(words: str) -> SpeakerRef:
        start = doc.text.index(words)
        return SpeakerRef(None, start, start + len(words), words)

    names = name_words(finder)
    assert no_actor_word(finder, ref("ارتفاع الأسعار"), names)         # words of every day
    assert not no_actor_word(finder, ref("المدير التنفيذي"), names)    # a title: someone described
    assert not no_actor_word(finder, ref("قوطالي"), names)             # a word seldom outside names
    assert function_words_only(finder, ref("بهذا")) and not function_words_only(finder, ref("ارتفاع الأسعار"))


def test_a_span_opened_by_a_particle_or_according_to_names_no_one():
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_spans import opens_with_no_speaker
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon

    text = "وقال هناك عامل مهم في السوق. وأضاف بحسب الخبراء إن الطلب يرتفع. وقال المدير العام إن الخطة جاهزة."
    doc = Analyzer().analyze(text, title="خبر", published=PUB)
    finder = SpeakerFinder(doc, load_speech_lexicon())

    def ref(words: str) -> SpeakerRef:
        start = doc.text.index(words)
        return SpeakerRef(None, start, start + len(words), words)

    assert opens_with_no_speaker(finder, ref("هناك عامل"))
    assert opens_with_no_speaker(finder, ref("بحسب الخبراء"))
    assert not opens_with_no_speaker(finder, ref("المدير العام"))


def test_names_and_bodies_after_the_verb_stay_candidates():
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speaker_spans import function_words_only, opens_with_no_speaker
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon

    # "علي" is a first name here, not the preposition "على"; "كاين" is no "ك" + "أين"; "جمعية"
    # stands after the clitics of its own word; "أم" opens a name, not "or"; "هؤلاء" points back
    text = ("ويؤكد علي سالم، أحد سكان الحي، أن المياه انقطعت. وتقول كاين: «الحفل كان رائعا». "
            "ووفقا للجمعية الخيرية فإن التبرعات زادت. وقالت أم خالد إن الأسعار ارتفعت. "
            "وأشار هؤلاء إلى أن الطريق مغلق.")
    doc = Analyzer().analyze(text, title="خبر", published=PUB)
    finder = SpeakerFinder(doc, load_speech_lexicon())
    for words in ("علي سالم", "كاين", "جمعية", "أم خالد", "هؤلاء"):
        start = doc.text.index(words)
        ref = SpeakerRef(None, start, start + len(words), words)
        assert not opens_with_no_speaker(finder, ref) and not function_words_only(finder, ref), words


def test_a_prior_pulls_the_fit_towards_the_model_it_starts_from():
    # the data alone would put weight on "person"; a strong pull keeps the prior's "rule"
    groups = [_group([{"rule": 1}, {"person": 1}], 1, 0) for _ in range(20)]
    prior = np.zeros(len(FEATURES))
    prior[INDEX["rule"]] = 2.0
    free, pulled = fit(groups, 0.01), fit(groups, 10.0, prior=prior)
    assert free[INDEX["person"]] > free[INDEX["rule"]]
    assert abs(pulled[INDEX["rule"]] - 2.0) < 0.5 and pulled[INDEX["rule"]] > free[INDEX["rule"]]


def test_the_outlet_a_statement_was_given_to_is_marked_unlike_a_cited_source():
    text = ("وقال وزير الطاقة خالد الفالح لرويترز إن الإنتاج سيبقى مستقرا. "
            "ووفقا لرويترز فإن الأسعار ارتفعت في تعاملات الصباح.")
    given, according = _traced_options(text)
    assert given["رويترز"][INDEX["given_to"]] == 1
    assert according.get("رويترز", np.zeros(len(FEATURES)))[INDEX["given_to"]] == 0


def _finder_and_ref(text: str):  # noqa: ANN202
    from marsad.document import SpeakerRef
    from marsad.layers.quotes.attribution import SpeakerFinder
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon

    doc = Analyzer().analyze(text, title="خبر", published=PUB)
    finder = SpeakerFinder(doc, load_speech_lexicon())

    def ref(words: str) -> SpeakerRef:
        start = doc.text.index(words)
        return SpeakerRef(None, start, start + len(words), words)

    return finder, ref


def test_a_preposition_object_after_the_verb_is_no_candidate_unlike_a_name_or_a_body():
    from marsad.layers.quotes.speaker_spans import name_words, opens_accusative, opens_with_preposition

    text = ("وقال للصحافة إن الفريق جاهز. وأكد لصحيفة محلية أن العقد انتهى. وأوضح بالأمس أن الطريق مغلق. "
            "وقالت لجنة الانتخابات إن التصويت انتهى. وقال بشار إن الأسعار ارتفعت. "
            "ووفقا للجمعية الخيرية فإن التبرعات زادت. وأضاف متحسراً إن الفرصة ضاعت. وقال بادي إن الوضع آمن. "
            "وقال باسم إبراهيم إن المحل مغلق.")
    finder, ref = _finder_and_ref(text)
    names = name_words(finder)
    for words in ("للصحافة", "لصحيفة محلية", "بالأمس"):
        assert opens_with_preposition(finder, ref(words), names), words
    for words in ("لجنة الانتخابات", "بشار", "جمعية الخيرية", "بادي", "باسم إبراهيم"):
        assert not opens_with_preposition(finder, ref(words), names), words
    assert opens_accusative(finder, ref("متحسراً")) and not opens_accusative(finder, ref("لجنة الانتخابات"))


def test_a_span_cut_inside_a_body_s_name_stands_for_the_body():
    from marsad.layers.quotes.speaker_spans import cut_in_name

    finder, ref = _finder_and_ref("وأظهرت تقديرات هيئة الإحصاء أن عدد السكان ارتفع بنسبة كبيرة.")
    cut = cut_in_name(finder, ref("تقديرات هيئة"), len(finder.text))
    assert cut is not None and cut.entity.name == "هيئة الإحصاء"
    assert cut_in_name(finder, ref("تقديرات"), len(finder.text)) is None
    assert cut_in_name(finder, ref("هيئة الإحصاء"), len(finder.text)) is None
    assert cut_in_name(finder, ref("تقديرات هيئة"), finder.text.index("الإحصاء")) is None  # runs into the words


def test_a_title_and_surname_stand_for_the_named_person_but_not_his_opponents():
    from marsad.layers.quotes.speaker_spans import titles_and_name

    text = ("وزار الدكتور مساعد الأحمد المعرض أمس. وأوضح الدكتور الأحمد أن البرنامج ناجح. "
            "وقال الرئيس اللبناني ميشال عون إن الحوار مستمر. ويقول خصوم عون إن الحوار متعثر.")
    finder, ref = _finder_and_ref(text)
    ids = {e.name: e.id for e in finder.entities.values()}
    ahmad = next(i for name, i in ids.items() if "الأحمد" in name)
    aoun = next(i for name, i in ids.items() if "عون" in name)
    assert titles_and_name(finder, ref("الدكتور الأحمد"), ahmad)
    assert not titles_and_name(finder, ref("خصوم عون"), aoun)
    assert not titles_and_name(finder, ref("الدكتور"), ahmad)   # no word of the name: a title alone


def test_a_chosen_title_gives_way_to_the_one_linked_candidate_it_describes():
    from marsad.layers.quotes.speaker_ranker import NOBODY, SpeakerOption

    rows = np.zeros((3, len(FEATURES)))
    rows[0, INDEX["rule"]] = 1.0   # the rules' unlinked "الوزير": the model's best
    options = [SpeakerOption("span:10:16", None, rows[0], same_as="e1"), SpeakerOption("e1", None, rows[1]),
               SpeakerOption(NOBODY, None, rows[2])]
    weights = np.zeros(len(FEATURES))
    weights[INDEX["rule"]] = 1.0
    assert SpeakerRanker(weights).choose(options).key == "e1"
    options[0].same_as = None
    assert SpeakerRanker(weights).choose(options).key == "span:10:16"
    group = _group([{"rule": 1}, {"person": 1}], 1)
    group.resolves = [1, 1]
    assert accuracy([group], weights) == 1.0   # the trainer counts the choice made in its place


def test_a_title_in_apposition_or_made_of_a_mention_s_words_stands_for_that_person():
    from marsad.layers.quotes.speaker_spans import in_apposition, words_of_a_mention

    text = ("وقال خبير الأسواق لدى البنك الأهلي، سامر الخطيب، إن الطلب على الذهب تراجع. "
            "وقال رئيس الجمعية الخيرية الدكتور أحمد بوسالم إن التبرعات زادت. "
            "وقال مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ إن التفجير عمل إجرامي. وأضاف المفتي العام أن الأمر خطير.")
    finder, ref = _finder_and_ref(text)
    ids = {e.name: e.id for e in finder.entities.values() if e.type == "PER"}
    expert = next(i for name, i in ids.items() if "الخطيب" in name)
    mufti = next(i for name, i in ids.items() if "آل الشيخ" in name or "مفتي" in name)
    end = len(finder.text)
    assert in_apposition(finder, ref("خبير الأسواق لدى البنك الأهلي"), expert, end)   # "...، سامر الخطيب،"
    assert not in_apposition(finder, ref("خبير الأسواق"), expert, end)               # words between: no
    assert not in_apposition(finder, ref("خبير الأسواق لدى البنك الأهلي"), expert,
                              finder.text.index("سامر"))                              # a name in the words
    chair = next(i for name, i in ids.items() if "بوسالم" in name)
    assert in_apposition(finder, ref("رئيس الجمعية الخيرية"), chair, end)        # an honorific between
    assert words_of_a_mention(finder, ref("المفتي العام"), mufti)                # of "مفتي عام المملكة"
    assert not words_of_a_mention(finder, ref("المفتي العام"), expert)


def test_a_long_description_cut_inside_a_body_s_name_describes_a_person_of_it():
    from marsad.layers.quotes.speaker_spans import cut_in_name

    text = "وأوضح مدير عام الإدارة أمين عام مجلس التنمية السياحية المهندس سالم العمري أن المهرجان ناجح."
    finder, ref = _finder_and_ref(text)
    assert cut_in_name(finder, ref("مدير عام الإدارة أمين عام مجلس"), len(finder.text)) is None


def _options_of_last(text: str, which: int = -1) -> list[str]:
    """The candidates' entity names of the last statement of `text` (or the one at `which`)."""
    seen = []
    layer = QuoteLayer(speaker_model=False, trace=lambda doc, cand, options: seen.append((doc, options)))
    analyzer = Analyzer([layer if n == "quotes" else n for n in available_layers()])
    analyzer.analyze(text, title="خبر", published=PUB)
    doc, options = seen[which]
    names = {e.id: e.name for e in doc.entities}
    return [names.get(o.ref.entity, o.ref.text) for o in options if o.ref is not None]


def test_an_actor_named_only_in_the_statement_s_own_words_is_no_candidate():
    later = ("زار وفد من منظمة الصحة العالمية مدينة الرياض أمس. وشملت الزيارة عددا من المستشفيات الكبرى في المدينة. "
             "وقالت الجهات المختصة للصحفيين إن منظمة الصحة العالمية أشادت بمستوى الخدمات.")
    assert not any("الصحة العالمية" in o for o in _options_of_last(later))
    # named in the sentence before, or before the verb in its own sentence: still a candidate
    before = ("زار وفد من منظمة الصحة العالمية مدينة الرياض أمس. "
              "وقالت الجهات المختصة للصحفيين إن منظمة الصحة العالمية أشادت بمستوى الخدمات.")
    assert any("الصحة العالمية" in o for o in _options_of_last(before))
    same = "وبعد أن زار وفد منظمة الصحة العالمية الرياض قال للصحفيين إن منظمة الصحة العالمية راضية عن الخدمات."
    assert any("الصحة العالمية" in o for o in _options_of_last(same))
    # a name before a colon that opens the statement's span introduces the words, it is not in them
    colon = "وهو الاتفاق الذي قال عنه « «كمال الدين»، رئيس منظمة الصحة العالمية: «إنه يبشر بالخير»"
    assert any("الصحة العالمية" in o for o in _options_of_last(colon))
    # a span that opens right at the verb holds its subject before the complementiser
    opens = ("تعتزم شركة أرامكو السعودية بناء مصفاة جديدة. كشف عن هذا المخطط الرئيس التنفيذي للشركة، "
             "أمين الناصر، الذي أبلغ صحيفة «الاقتصادية» المحلية أن الشركة ستبني مصفاة في جازان.")
    assert any("الناصر" in o for o in _options_of_last(opens, 0))


def test_an_actor_named_after_a_participle_cue_is_its_object_and_no_candidate():
    # "مطالبا وزارة المالية بأن": the ministry is asked; the director before the participle speaks
    text = ("وتحدث مدير التعليم في المنطقة عن خطط التوسع في المدارس، مطالبا وزارة المالية بأن تزيد "
            "الدعم المخصص للمباني.")
    assert not any("وزارة المالية" in span for span in _traced_options(text)[-1])
    assert _speakers(Analyzer(), text)[-1][1] != "وزارة المالية"
    # the minister named before the participle stays, with no subject feature from after the cue
    text = ("وانتقد وزير الصحة خالد الفالح تأخر تنفيذ المشاريع، مطالبا مجلس الوزراء بأن يخصص ميزانية "
            "إضافية للمستشفيات الجديدة.")
    options = _traced_options(text)[-1]
    assert not any("مجلس الوزراء" in span for span in options)
    assert all(f[INDEX["after_cue_same_sentence"]] == 0 and f[INDEX["first_after_cue"]] == 0
               for f in options.values())
    assert _speakers(Analyzer(), text)[-1][1] == "خالد الفالح"


def test_an_actor_named_after_a_finite_verb_stays_its_subject_candidate():
    # the same body after a finite verb ("ودعت وزارة العمل إلى") is the verb's subject
    text = "ودعت وزارة العمل أصحاب المنشآت إلى الالتزام بمواعيد صرف الرواتب الشهرية للعاملين."
    options = _traced_options(text)[-1]
    body = [f for span, f in options.items() if "وزارة العمل" in span]
    assert body and body[0][INDEX["after_cue_same_sentence"]] == 1


def test_an_actor_named_before_and_after_a_participle_keeps_only_its_mention_before():
    # "داعية الجمعية إلى": the association spoke in the sentence before; after the participle it is
    # addressed, so the mention there adds no subject feature
    text = ("وعقدت جمعية الأطفال المعوقين لقاءها السنوي في الرياض أمس. وقالت رئيسة اللجنة نورة السبيعي "
            "إن البرامج توسعت، داعية جمعية الأطفال المعوقين إلى فتح فروع جديدة في المحافظات.")
    options = _traced_options(text)[-1]
    body = [f for span, f in options.items() if "جمعية" in span]
    assert all(f[INDEX["after_cue_same_sentence"]] == 0 for f in body)


def test_an_actor_named_after_the_verb_only_in_the_words_said_is_marked():
    # the coach speaks about the striker named the sentence before: the striker's mention after
    # the verb is in the words said, not the subject's place
    text = ("وتألق المهاجم كريم بنزيما في المباراة الودية أمس. "
            "وقال مدرب الفريق رافائيل بينيتيز إن بنزيما سيقود الهجوم في الموسم المقبل.")
    last = _traced_options(text)[-1]
    striker = next((f for span, f in last.items() if "بنزيما" in span), None)
    coach = next((f for span, f in last.items() if "بينيتيز" in span), None)
    assert striker is not None and striker[INDEX["named_in_words_said"]] == 1
    assert coach is None or coach[INDEX["named_in_words_said"]] == 0


def test_praise_after_god_s_name_names_no_one():
    from marsad.layers.quotes.speaker_spans import opens_with_no_speaker

    text = ("ودعا الشيخ الله عز وجل أن يحفظ البلاد. وقال عز الدين إن القافلة وصلت. "
            "وسأل المصلون الله تعالى أن ينزل المطر.")
    finder, ref = _finder_and_ref(text)
    assert opens_with_no_speaker(finder, ref("عز وجل"))
    assert opens_with_no_speaker(finder, ref("تعالى"))
    assert not opens_with_no_speaker(finder, ref("عز الدين"))   # a given name, not the praise


def test_a_span_opened_by_a_manner_adverb_names_no_one():
    from marsad.layers.quotes.speaker_spans import opens_with_no_speaker

    text = "وقال بكل صراحة إن الخطة فشلت. وأقر ضمنا بأن القرار تأخر. وقال بكر الحربي إن العمل بدأ."
    finder, ref = _finder_and_ref(text)
    assert opens_with_no_speaker(finder, ref("بكل صراحة"))
    assert opens_with_no_speaker(finder, ref("ضمنا"))
    assert not opens_with_no_speaker(finder, ref("بكر الحربي"))


@pytest.mark.parametrize("text, speaker", [
    ("وفي المجلس قال رسول الله: «خيركم من تعلم القرآن وعلمه». فسأله معاذ بن جبل عن العمل الصالح، "
     "فقال رسول الله: «أحب الأعمال إلى الله أدومها وإن قل».", "رسول الله"),
    ("قال أمير المؤمنين: «العدل أساس الملك». فجاءه عمرو بن العاص يشكو أمرا، "
     "فقال أمير المؤمنين: «اصبر حتى ننظر في شكواك غدا».", "أمير المؤمنين"),
])
def test_a_subject_repeating_an_earlier_speaker_s_span_stays_against_a_name_before_the_verb(text, speaker):
    # the man named just before "فقال" asked; the verb's own subject, written as the earlier
    # speaker was, answers
    assert _speakers(Analyzer(), text) == [(speaker, None), (speaker, None)]


def test_a_book_named_again_is_left_to_the_ranker_which_gives_it_to_its_author():
    text = ("أصدر الصحفي البريطاني مارك طومسون كتابا عن الحرب. وبحسب الكتاب فإن المقاتلين الأجانب يفتقدون "
            "الخبرة. ويقول طومسون في كتابه إن القرى الحدودية تعاني من نقص الغذاء. وبحسب الكتاب فإن الحدود "
            "هي شريان الحياة للتنظيم.")
    assert _speakers(Analyzer(), text)[-1][1] == "مارك طومسون"


def test_a_repeated_title_right_after_a_named_speaker_is_left_to_the_ranker():
    # the title was written before, but the man who spoke just before may hold it: the ranker
    # names him, as it does for any definite description after a speaker
    text = ("قال وزير الطاقة البريطاني إن أسعار الألواح الشمسية تراجعت كثيرا هذا العام. وقالت شركات "
            "الكهرباء إن الطلب ما زال ضعيفا. لكن جون ديفيس قال إن العروض الحالية تظهر أن الطاقة الشمسية "
            "جاهزة للمنافسة. وقال وزير الطاقة البريطاني إنه سعيد بتراجع التكلفة.")
    assert _speakers(Analyzer(), text)[-1][1] == "جون ديفيس"
