"""Whether a violent trigger reports an attack happening now (layers/events/occurrence.py): each check
with a sentence it must change and one it must leave reported. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.layers.events import occurring
from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(config={"events": {"unnamed": True}})


def _assaults(analyzer: Analyzer, text: str, published: str = "2024-03-10") -> list:
    doc = analyzer.analyze(text, published=published)
    doc.check_offsets()
    return [e for e in doc.events if e.type == "ASSAULT"]


def _reported(analyzer: Analyzer, text: str, published: str = "2024-03-10") -> bool:
    return any(occurring(e) for e in _assaults(analyzer, text, published))


def test_figurative_sense_is_no_attack(analyzer: Analyzer) -> None:
    assert not _assaults(analyzer, "قالت الكاتبة إنها اعتدت أن تكتب كل صباح قبل أن يستيقظ أطفالها.")
    assert not _assaults(analyzer, "وانفجر الحاضرون بالضحك حين روى المدرب قصة المباراة.")
    assert _reported(analyzer, "واعتدى مسلحون أمس على حارس المصنع في ضواحي المدينة.")


def test_death_in_a_disaster_is_no_attack(analyzer: Analyzer) -> None:
    assert not _assaults(analyzer, "وقتل أكثر من مئتي شخص في زلزال ضرب الإقليم الجبلي فجر أمس.")
    assert not _assaults(analyzer, "ولقي ثلاثة شبان مصرعهم في حادث سير على الطريق الدولي أمس.")
    assert _reported(analyzer, "وقتل ثلاثة جنود أمس في هجوم بقذائف الهاون على ثكنة في الإقليم.")


def test_accused_or_confessed_attack_is_background(analyzer: Analyzer) -> None:
    found = _assaults(analyzer, "واتهمت النيابة الرجال الخمسة بأنهم فجروا سيارة مفخخة في السوق.")
    assert found and not any(occurring(e) for e in found)
    assert {e.mode for e in found} == {"background"}
    assert not _reported(analyzer, "وكشفت الشرطة أن الموقوفين شاركوا في الهجوم على مركز الحدود.")
    assert _reported(analyzer, "وهاجم مسلحون أمس مركزا للشرطة في الضاحية الجنوبية وقتلوا حارسين.")


def test_victims_counted_since_a_date_are_a_tally(analyzer: Analyzer) -> None:
    found = _assaults(analyzer, "وقتل أكثر من ستين صحافيا منذ بداية الحرب في البلاد.")
    assert found and not any(occurring(e) for e in found)
    assert _reported(analyzer, "وقتل عشرون شخصا أمس في أعنف هجوم تشهده المدينة منذ سنوات.")


def test_attack_noun_subject_is_a_detail(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقال المسؤول إن «الهجوم استهدف المدنيين»، من دون أن يذكر عددهم.")
    assert _reported(analyzer, "وقتل جنديان في هجوم استهدف دورية للجيش قرب الحدود أمس.")


def test_light_verb_of_a_known_attack(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وطالب المحتجون بمحاكمة الضابط الذي قام بالاعتداء على الشاب.")
    assert _reported(analyzer, "وشن مسلحون هجوما على نقطة تفتيش في الضاحية أمس.")


def test_attack_dated_years_before_is_historical(analyzer: Analyzer) -> None:
    found = _assaults(analyzer, "وكان المسلحون قد خطفوا في مارس 2015 ثلاثة مهندسين قرب الحدود.")
    assert found and {e.mode for e in found} == {"historical"}
    # a date of this year, or a line of a chronology, reports the attack
    assert _reported(analyzer, "وخطف مسلحون في مارس 2024 ثلاثة مهندسين قرب الحدود.")
    assert _reported(analyzer, "ـ 4 مايو 2016: مقتل خمسة جنود في هجوم على قاعدة عسكرية في الشمال.")
    # a date after "منذ" starts a span of time: the attack is of now
    assert _reported(analyzer, "واختطف مسلحون صحفيا في أول عملية من نوعها في المدينة منذ عام 2009.")
    # an old date far off in another clause dates that clause only
    assert _reported(analyzer, "وقصفت الطائرات أمس مواقع المسلحين في الجبال الشرقية، وهي المنطقة التي"
                               " شهدت معارك طويلة بين الجيش والقبائل المتمردة في صيف عام 2012.")


def test_attack_named_as_a_kind_feared_or_threatened(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقال البيان إن الحكومة ترفض أي اعتداء على المدنيين في المنطقة.")
    assert not _reported(analyzer, "وأغلقت السفارة أبوابها خشية تعرض موظفيها لهجمات من المتشددين.")
    assert not _reported(analyzer, "ونددت الحكومة بتهديدات الجماعة بشن هجمات على المدن الساحلية.")
    assert _reported(analyzer, "وشنت الجماعة أمس هجمات على ثلاث مدن ساحلية.")


def test_chronology_line_reports_its_event(analyzer: Analyzer) -> None:
    assert _reported(analyzer, "* 3 أبريل 2023: اغتيال قائد الشرطة بعبوة ناسفة في موكبه.")
    # the same noun in a running sentence names an attack told elsewhere
    assert not _reported(analyzer, "وتحدث الوزير طويلا عن اغتيال قائد الشرطة ودلالاته.")


def test_question_and_purpose_are_not_reports(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ولماذا قتل الحراس الثلاثة في تلك الليلة؟")
    assert not _reported(analyzer, "وتسلل المسلح إلى السوق ليفجر نفسه وسط المتسوقين، لكن الحراس أوقفوه.")
    assert not _reported(analyzer, "وعبر المسلحون الحدود لتنفيذ هجمات على القرى.")
    assert _reported(analyzer, "وقتل الحراس الثلاثة في تلك الليلة برصاص مسلحين.")


def test_present_light_verb_tells_a_habit(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ويرى الخبراء أن هذه الجماعات تشن هجمات على القوافل بين حين وآخر.")
    assert _reported(analyzer, "وتشن الطائرات اليوم غارات على مواقع المسلحين.")


def test_verb_form_read_as_its_verbal_noun(analyzer: Analyzer) -> None:
    # the subject of أنّ, and nouns joined by و after a governing word, are verbal nouns
    assert not _reported(analyzer, "ورغم أن قتل الناشط أثار موجة غضب، فإن التحقيق لم يبدأ.")
    assert not _reported(analyzer, "وتحدث التقرير عما تشهده المنطقة من قتل وخطف وتهجير.")
    # a verb joined to a clause ("... من الحدود وقتلوا") and a verb after "بعد أن" stay verbs
    assert _reported(analyzer, "وعبر المسلحون الحدود من الشمال وقتلوا خمسة قرويين أمس.")
    assert _reported(analyzer, "وفر المهاجمون بعد أن قتل ثلاثة حراس في الهجوم على المصرف أمس.")


def test_attack_told_as_belief_or_rumour(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وتبحث القوات عن عشرة مقاتلين من المعتقد أنهم أصيبوا في غارة ليلية.")
    assert not _reported(analyzer, "وحسب شائعات متداولة في السوق فإن مسلحين خطفوا التاجر.")
    assert _reported(analyzer, "وخطف مسلحون أمس تاجرا في وسط السوق القديم.")


def test_attack_asked_how_is_no_report(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ولا يعرف أحد حتى اليوم كيف قتل الشاعر في منزله.")


def test_attacks_counted_so_far(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقد اعتدت العصابات حتى الآن على عشرات القرى في الإقليم.")
    assert _reported(analyzer, "واعتدت عصابة مسلحة أمس على قرية في الإقليم.")


def test_death_in_the_war_is_no_act(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وقالت الأرملة إن زوجها قتل في الحرب تاركا خمسة أطفال.")
    assert _reported(analyzer, "وقتل زوجها أمس برصاص قناص في حي الميدان.")


def test_attack_recalled_as_an_example_or_from_a_body_found(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "وعلى سبيل المثال، عندما خطفت العصابة الطبيب دفع أهله فدية كبيرة.")
    assert not _reported(analyzer, "وعثر المزارعون أمس على جثة رجل قتل بعد تعذيبه قرب النهر.")
    assert _reported(analyzer, "وترك المسلحون جثث قتلاهم في الشارع، وقتل الجنود عشرة منهم أمس.")
    assert _reported(analyzer, "وقتل مسلحون رجلا أمس قرب النهر وفروا.")


def test_present_undergoing_is_a_habit(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ويخشى السكان البقاء في الأحياء التي تتعرض للقصف كل ليلة.")
    assert not _reported(analyzer, "وروى الشاهد أنه كان يتم تعذيب المعتقلين في القبو اليوم وكل يوم.")
    assert _reported(analyzer, "وتعرضت قافلة للإغاثة أمس لهجوم على الطريق الساحلي.")


def test_attack_in_a_setting_clause(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ومثل المتهمون أمام القاضي في المدينة الساحلية حيث اغتيل المحافظ بعبوة ناسفة.")
    # a setting clause after a reported attack tells more of it; one of what is said reports
    assert _reported(analyzer, "وتحدثت الحكومة عن خرق جديد للهدنة حيث ذكرت أن ثلاثة مدنيين قتلوا في قصف أمس.")
    assert _reported(analyzer, "انفجرت سيارة مفخخة أمس في سوق المدينة حيث قتل سبعة أشخاص.")


def test_light_verb_of_intent(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ولا يقبل أحد أن يأتي رجل ليفجر نفسه قصد قتل الأبرياء.")
    assert _reported(analyzer, "ونفذ شبان يوم الجمعة هجوما على المصرف.")


def test_act_joined_to_an_act_told_elsewhere(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "ولا يكاد يمر يوم من دون أن نسمع بما يجري في البلاد من قتل وذبح.")
    assert _reported(analyzer, "وأعلنت الشرطة مقتل حارس وجرح آخر في هجوم على المصرف أمس.")


def test_light_verb_as_its_noun_or_a_habit(analyzer: Analyzer) -> None:
    assert not _reported(analyzer, "أما الحل الأخير فهو شن هجوم بري على معاقل العصابة.")
    assert not _reported(analyzer, "وتشمل الخطة عدة خطوات، بما في ذلك شن غارات على مخازن السلاح.")
    assert not _reported(analyzer, "والمسلحون غالبا ما يقومون بخطف المسافرين على هذا الطريق.")
    assert _reported(analyzer, "وشنت الطائرات أمس غارات على مخازن السلاح.")
