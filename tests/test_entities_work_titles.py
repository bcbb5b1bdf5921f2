"""Names of ships, storms, pets, films and programmes in quote marks. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, person_candidate  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.work_titles import drop_work_titles


def _kept(text: str, name: str, typ: str = "PER") -> bool:
    tokens, cand = person_candidate(text, name)
    cand.type = typ
    return bool(drop_work_titles([cand], tokens, text))


def test_a_name_quoted_after_the_noun_of_a_thing_is_no_entity():
    assert not _kept("ورست في الميناء أمس السفينة (نجمة البحر) القادمة من سنغافورة.", "نجمة البحر", "ORG")
    assert not _kept("ويقدم الممثل برنامج «ليالي السمر» على القناة الثانية.", "ليالي السمر", "ORG")
    assert not _kept("وبدأ تصوير مسلسله الجديد (سالم بن راشد) في دبي.", "سالم بن راشد")
    assert not _kept("وحضر الأطفال ألعاب الـ (فن رن) في الحديقة.", "فن رن")


def test_the_noun_may_stand_back_past_a_describing_word_or_a_naming_verb():
    assert not _kept("وعبرت القناة السفينة الثالثة (كارولينا) وهي ترفع علم بنما.", "كارولينا", "LOC")
    assert not _kept("وعالج الطبيب الحصان الأبيض المسمى «برق» بعد إصابته.", "برق")
    assert not _kept("وكانت الناقلة الكبيرة تدعى (ماريان ستار) قبل بيعها.", "ماريان ستار", "ORG")


def test_a_person_or_a_body_in_quotes_elsewhere_stays():
    assert _kept("وقال المتحدث باسم الشركة «خالد العمري» إن العمل مستمر.", "خالد العمري")
    assert _kept("وأوضح أن برنامج الأمم المتحدة الإنمائي (يو إن دي بي) يدعم المشروع.", "يو إن دي بي", "ORG")
    assert _kept("وقال سالم إن الخطة ستنفذ هذا العام.", "سالم")
    # a quote closed before the name: the name is after it, not in it
    assert _kept('وكتب في برنامج "السهرة" ثم قال محمد العلي إن الحلقة انتهت "اليوم".', "محمد العلي")


def test_a_kb_place_goes_only_when_it_fills_the_quote_after_a_things_noun(layer):
    doc = analysed(layer, "ووصلت إلى ميناء جدة السفينة (الكويت) محملة بالقمح.", "2015-08-10")
    assert "الكويت" not in {m.text for e in doc.entities for m in e.mentions}
    doc = analysed(layer, "وافتتح الأمير مهرجان «الكويت» للتسوق في الرياض.", "2015-08-10")
    assert "الكويت" in {m.text for e in doc.entities for m in e.mentions}


def test_only_the_quoted_mention_goes():
    text = "«رحلة سالم الهاشمي» كتاب جديد. وكان سالم الهاشمي قد زار الهند. ونشرت الدار كتاب «سالم الهاشمي»."
    tokens = tokenize(text)
    cands = []
    for start in (text.index("سالم الهاشمي»"), text.index("وكان") + 5, text.rindex("سالم الهاشمي")):
        i = next(k for k, t in enumerate(tokens) if t.start <= start < t.end)
        cands.append(NameCandidate(start, start + 12, i, i + 2, "PER", alias_key("سالم الهاشمي"), None, "ner"))
    assert [c.start for c in drop_work_titles(cands, tokens, text)] == [cands[0].start, cands[1].start]


def test_an_actor_after_his_character_and_an_armed_unit_stay():
    assert _kept("ويظهر بطل الفيلم جوني (مارك هيل) وهو يقود السيارة.", "مارك هيل")
    assert _kept("وقاتل عناصر لواء «الصابرين» في ريف حلب.", "الصابرين", "ORG")


def test_a_things_name_goes_unquoted_after_its_noun_and_quoted_without_it():
    assert not _kept("واقترب الإعصار نوبارا من الساحل الشرقي أمس.", "نوبارا")
    text = "وعالج الأطباء القطة (مشمشة) بعد الحادث. وبعد أن شفيت (مشمشة) عادت إلى البيت، وقالت مشمشة للصحافة."
    tokens = tokenize(text)
    cands = []
    for start in (text.index("مشمشة"), text.index("(مشمشة)", 40) + 1, text.rindex("مشمشة")):
        i = next(k for k, t in enumerate(tokens) if t.start <= start < t.end)
        cands.append(NameCandidate(start, start + 5, i, i + 1, "PER", alias_key("مشمشة"), None, "ner"))
    assert [c.start for c in drop_work_titles(cands, tokens, text)] == [cands[2].start]
