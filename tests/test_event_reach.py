"""Attacks told by a verb standing far from their noun (layers/events/reach.py): a projectile
launched at something, an attack undergone by a long subject, a toll as a result; sentences
written for these tests."""

from __future__ import annotations

import pytest

from marsad.layers.events import occurring
from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(config={"events": {"unnamed": True}})


def _reported(analyzer: Analyzer, text: str) -> bool:
    doc = analyzer.analyze(text, published="2024-03-10")
    return any(e.type == "ASSAULT" and occurring(e) for e in doc.events)


def test_projectile_launched_at_a_target(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وأطلقت مروحية عسكرية تابعة للجيش بعد منتصف الليل صاروخين على سيارة في البلدة.")
    assert _reported(analyzer, "وقال سكان إن قذيفة سقطت على سوق شعبي في المدينة.")


def test_projectile_not_aimed_is_no_attack(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ووقعت الحكومة صفقة صواريخ مع روسيا بقيمة مليار دولار.")
    assert not _reported(analyzer, "وأطلقت الوكالة صاروخا يحمل قمرا صناعيا للاتصالات.")


def test_attack_undergone_by_a_long_subject(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وتعرض مسؤول محلي في المحافظة الشمالية مساء الاثنين لمحاولة اغتيال في منزله.")
    assert _reported(analyzer, "وأفاد شهود بأن عشرات المعتقلين تعرضوا للضرب داخل مركز الاحتجاز.")
    assert not _reported(analyzer, "وتعرض مسؤول محلي في المحافظة الشمالية مساء الاثنين لانتقادات حادة.")


def test_beating_only_when_undergone(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وضرب المدرب مثالا على الانضباط في الفريق.")


def test_toll_as_the_result_of_an_act(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وانفجرت قنبلة في السوق مما أدى إلى سقوط قتلى وجرحى بين المدنيين.")
    assert not _reported(analyzer, "وأدت الأمطار الغزيرة إلى مقتل ثلاثة أشخاص في القرية.")


def test_victims_of_an_attack(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وراح ضحية الاعتداء خمسة من رجال الشرطة.")


def test_detail_of_an_attack_referred_to(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وتصاعد التوتر بعد هجوم انتحاري قتل فيه عشرون شخصا قرب السفارة.")
    assert _reported(analyzer, "وقتل عشرون شخصا في هجوم انتحاري استهدف سوقا شعبيا.")


def test_attack_not_undergone_is_negated(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وأكد المسؤول أن القافلة لم تتعرض لهجوم خلال رحلتها.")


def test_attack_in_words_is_no_assault(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وشن رئيس النادي هجوما لاذعا على الحكام بعد المباراة.")
    assert _reported(analyzer, "وشن الجيش هجوما واسعا على مواقع المسلحين فجر اليوم.")


def test_toll_of_an_attack_in_a_relative_clause(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وزار الوزير المدينة بعد الاعتداء الذي وقع أمس وأسفر عن مقتل ثلاثة حراس.")


def test_habitual_rape_is_generic(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقال التقرير إن المعتقلات في السجن يتم اغتصابهن على أيدي الحراس.")


def test_definite_event_renewed_is_reported(analyzer: Analyzer) -> None:
    doc = analyzer.analyze("تجددت المظاهرات في العاصمة أمس ضد الحكومة.", published="2024-03-10")
    assert any(e.type == "PROTEST" and occurring(e) for e in doc.events)
    assert _reported(analyzer, "وتواصلت الاشتباكات بين الجيش والمسلحين لليوم الثالث.")
    doc = analyzer.analyze("وتحدث الوزير عن المظاهرات التي شهدتها البلاد.", published="2024-03-10")
    assert not any(e.type == "PROTEST" and occurring(e) for e in doc.events)


def test_gathering_with_chants_is_a_protest(analyzer: Analyzer) -> None:
    doc = analyzer.analyze("وتجمع عدد من أنصار المرشح في الساحة الرئيسية مرددين هتافات ضد منافسه.",
                           published="2024-03-10")
    assert any(e.type == "PROTEST" and occurring(e) for e in doc.events)
    doc = analyzer.analyze("حيث تجمعت مئات السيارات والشاحنات عند المعبر الحدودي.", published="2024-03-10")
    assert not any(e.type == "PROTEST" for e in doc.events)


def test_toll_of_an_attack_referred_to(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وشددت الولاية إجراءاتها في أعقاب هجمات أدت إلى مقتل خمسة جنود.")
    assert not _reported(analyzer, "وتخشى المنظمة أن تستمر الهجمات على المدنيين في المدينة.")


def test_act_judged_is_not_reported(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقال الشيخ إن الدين يرفض قتل الأبرياء مهما كانت الذرائع.")
    assert not _reported(analyzer, "وأدانت الحكومة أمس قتل ثلاثة من رعاياها في الخارج.")
    assert _reported(analyzer, "وقتل مسلحون أمس ثلاثة من رجال الشرطة في كمين قرب الحدود.")


def test_projectile_launched_far_before(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وأطلقت بعد منتصف الليل طائرة مسيرة تابعة لجهاز الاستخبارات الأجنبي، "
                               "ثلاثة صواريخ على منزل في القرية.")


def _protest(analyzer: Analyzer, text: str) -> bool:
    doc = analyzer.analyze(text, published="2024-03-10")
    return any(e.type == "PROTEST" and occurring(e) for e in doc.events)


def test_protest_in_a_relative_clause_or_a_place_is_told_elsewhere(analyzer: Analyzer) -> None:
    assert not _protest(analyzer, "وحيا الحاضرون العمال الذين نظموا إضرابا في المصنع الشهر الماضي.")
    assert _protest(analyzer, "ونظم العمال إضرابا عن العمل في المصنع أمس.")
    assert not _protest(analyzer, "وأوقفت الشرطة الناشط قبل وصوله إلى موقع تجمع أنصاره في الساحة.")


def test_indirect_question_is_not_a_report(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ولا يعرف أحد حتى اليوم لماذا قتل الصحفي ومن كان وراء ذلك")


def test_martyrdom_is_a_killing_and_citing_is_not(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "واستشهد شاب برصاص الجنود عند مدخل البلدة أمس.")
    assert _reported(analyzer, "وأعلنت مصادر طبية استشهاد طفلين في القصف.")
    assert not _reported(analyzer, "واستشهد الوزير بقول الشاعر في كلمته أمام المؤتمر.")
    assert not _reported(analyzer, "وتحل اليوم ذكرى استشهاد الإمام.")


def test_clash_told_with_a_plural_verb(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "واشتبكت قوات الأمن مع مسلحين في حي الزهور فجر اليوم.")


def test_citing_past_an_apposition(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "واستشهد الجنرال، وهو أرفع مستشار عسكري للرئيس، بمجموعة من الأنشطة المقلقة.")
    assert not _reported(analyzer, "واستشهدت الصحيفة في تقريرها بخبير في الآثار.")


def test_death_noun_apart_from_its_verb(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "ولقي ثلاثة جنود مصرعهم في الهجوم على الثكنة.")
    assert not _reported(analyzer, "ولقي ثلاثة أشخاص مصرعهم في حادث مروري على الطريق السريع.")


def test_illness_and_sports_injury_are_no_attack(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وأصيب الرئيس بنوبة قلبية مفاجئة أمس.")
    assert not _reported(analyzer, "وأصيب اللاعب بتمزق في العضلة الخلفية خلال التدريب.")
    assert not _reported(analyzer, "وأصيب عشرات الأشخاص بفيروس الإنفلونزا في المدينة.")
    assert _reported(analyzer, "وأصيب ثلاثة جنود بجروح في هجوم على دوريتهم.")


def test_attack_in_a_match_is_no_assault(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وشن المنتخب هجوما مكثفا على المرمى في الشوط الثاني من المباراة.")
    assert _reported(analyzer, "وقتل لاعب كرة قدم في هجوم مسلح على منزله.")


def test_toll_caused_by_an_attack_subject(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "وأسفر القصف الإسرائيلي على المخيم عن مقتل ثلاثة أشخاص.")
    assert not _reported(analyzer, "وأسفر الحادث عن مقتل ثلاثة أشخاص.")


def test_unnamed_events_of_two_sentences_are_two(analyzer: Analyzer) -> None:
    doc = analyzer.analyze("وأسفر القصف على السوق عن مقتل خمسة أشخاص. وفي مدينة أخرى قتل عشرة أشخاص في هجوم "
                           "على فندق.", published="2024-03-10")
    assert len({e.start for e in doc.events if e.type == "ASSAULT" and occurring(e)}) == 2


def _assault_sides(analyzer: Analyzer, text: str) -> set[tuple[str | None, str | None]]:
    doc = analyzer.analyze(text, published="2024-03-10")
    return {(e.actor_span and e.actor_span.text, e.target_span and e.target_span.text)
            for e in doc.events if e.type == "ASSAULT" and occurring(e)}


def test_far_light_verb_of_doing_and_its_counted_subject(analyzer: Analyzer) -> None:
    sides = _assault_sides(analyzer, "وقام عدد من عناصر الشرطة السرية أمس بخطف الصحفيين من الفندق.")
    assert any(actor and "الشرطة" in actor for actor, _ in sides)
    assert any(target and "الصحفيين" in target for _, target in sides)


def test_toll_of_an_attack_noun_takes_its_attacker(analyzer: Analyzer) -> None:
    sides = _assault_sides(analyzer, "وقال مسؤولون إن غارة جوية روسية على الريف الشرقي، أسفرت عن مقتل عشرة مدنيين.")
    assert any(actor and "روسية" in actor for actor, _ in sides)


def test_the_attacker_killed_by_his_own_act(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقال المتحدث إن الانتحاري قتل في الانفجار قرب البوابة.")
    sides = _assault_sides(analyzer, "وفجر انتحاري نفسه أمس قرب البوابة، وكانت النتيجة مقتل الانتحاري وإصابة حارسين.")
    assert all(target != "الانتحاري" for _, target in sides) and sides
