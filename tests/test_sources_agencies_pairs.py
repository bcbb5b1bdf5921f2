"""Sources layer: agencies found on a probe of unlabelled articles of several outlets (kept-aside
outlets included): two agencies after a dual agency word and "الأنباء" ("وكالتا الأنباء .. و.."),
journalists of an outlet to whom words were said ("قال لصحفيي ..") and a copy received by an
agency named with its short name in brackets ("تلقت وكالة .. (كونا) نسخة منه").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def _agencies(doc) -> list[str]:
    by_id = {e.id: e for e in doc.entities}
    return [by_id[s.entity].name_en for s in doc.sources]


def test_a_dual_agency_word_with_described_agencies():
    doc = run("وذكرت وكالتا الأنباء الفرنسية والألمانية أن المعارك تجددت قرب المطار.")
    assert names(doc) == ["الأنباء الفرنسية", "الألمانية"]
    assert _agencies(doc) == ["Agence France-Presse", "Deutsche Presse-Agentur"]
    # in the genitive, after a citing preposition
    doc = run("ونقلا عن وكالتي الأنباء الألمانية والفرنسية فإن الهدنة صمدت حتى المساء.")
    assert _agencies(doc) == ["Deutsche Presse-Agentur", "Agence France-Presse"]


def test_a_dual_agency_word_with_unquoted_names():
    assert names(run("وقالت وكالتا الانباء دوغان والاناضول ان الشرطة أوقفت عشرات المشتبه بهم.")) == [
        "دوغان", "الاناضول"]
    # "الأنباء" with no name after it names no agency (and not the paper «الأنباء»)
    assert names(run("ووقعت وكالتا الأنباء الرسمية في البلدين مذكرة تفاهم للتعاون.")) == []


def test_words_said_to_journalists_of_an_outlet():
    assert names(run("وقال وزير المالية لصحفيي رويترز إن العجز سيتراجع العام المقبل.")) == ["رويترز"]
    # journalists the outlet employs, to whom nothing was said
    assert names(run("وأجلت المحكمة النظر في قضية صحفيي قناة «الجزيرة» إلى الشهر المقبل.")) == []


def test_a_copy_received_by_an_agency_named_with_its_short_name_in_brackets():
    assert names(run("وقالت الشرطة التابعة لوزارة الداخلية في بيان تلقت وكالة الأنباء الكويتية (كونا) "
                     "نسخة منه إنها ضبطت كمية من الأسلحة.")) == ["وكالة الأنباء الكويتية"]


def test_a_statement_an_outlet_received_with_the_pronoun_on_the_verb():
    assert names(run("وأوضحت الجماعة في بيان تلقته وكالة فرانس برس أن مقاتليها انسحبوا من البلدة.")) == [
        "وكالة فرانس برس"]
    assert names(run("وأكدت الشركة في رسالة تلقتها صحيفة «الحياة» أن الرواتب ستصرف الأحد.")) == ["الحياة"]
    assert names(run("وأكدت الشركة في رسالة تلقتها «رويترز» أن الرواتب ستصرف الأحد.")) == ["رويترز"]
    # the pronoun verb before something that is no outlet
    assert names(run("وأشاد المدرب بالدعم الذي تلقاه الفريق من الجماهير طوال الموسم.")) == []


def test_words_said_to_a_correspondent_of_an_agency_named_with_its_agency_word():
    assert names(run("وأكد وزير النفط لمراسل وكالة بلومبيرغ أن الصادرات ستزيد في الربع المقبل.")) == ["بلومبيرغ"]
    assert names(run("وصرح وزير الطاقة لصحافيي وكالة بلومبيرغ الإخبارية بأن الأسعار ستستقر.")) == ["بلومبيرغ"]
    # thanks to a correspondent are no words said to the agency
    assert names(run("وقدم الوزير شكره لمراسل وكالة بلومبيرغ على الحوار.")) == []


def test_an_outlet_named_in_round_brackets_after_a_lone_lam():
    assert names(run("وأوضح مدير الفرع لـ(اليوم) أن أعمال الصيانة ستنتهي الشهر المقبل.")) == ["اليوم"]
    assert names(run("وقال أحد المزارعين لـ ( المدينة ) إن المحصول تضرر من الأمطار.")) == ["المدينة"]
    # brackets after "لـ" that hold no outlet: a figure, a group, a place
    assert names(run("وقدمت الفرق الإسعافية الخدمة لـ(35) حالة في الموقع.")) == []
    assert names(run("وقدر التقرير عدد المنتمين لـ(داعش) بالآلاف.")) == []
    # a city travelled to and a club joined, in brackets after "لـ": no words said
    assert names(run("وسافر الوفد لـ(الرياض) صباح أمس لحضور الاجتماع.")) == []
    assert names(run("وانضم المهاجم لـ(الاتحاد) في الموسم الماضي.")) == []
    # a bracketed common word that is no words' recipient
    assert names(run("وقال المدير (اليوم) إن العمل بدأ في الموقع.")) == []


def test_a_dual_outlet_word_with_two_common_word_names():
    assert names(run("وأفادت قناتا العربية والجزيرة بأن الاشتباكات تواصلت حتى الفجر.")) == ["العربية", "الجزيرة"]
    # a definite word after the second name may continue it: no shorter name is guessed, but the
    # longer one counts when the KB lists it with the dual's singular ("صحيفة الشرق الأوسط")
    assert names(run("وذكرت صحيفتا الحياة والشرق الأوسط أن المفاوضات تعثرت.")) == ["الحياة", "الشرق الأوسط"]
    assert names(run("وذكرت صحيفتا الحياة والشرق البعيد أن المفاوضات تعثرت.")) == ["الحياة"]
