"""A writer's own verb at the head of a clause read as a person. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import person_candidate
from marsad.kb import load_kb
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.verb_persons import drop_verb_persons

WORDS = NameWords(load_kb())


def _kept(text: str, name: str) -> str | None:
    """What is left of a person read as `name` (the first place it occurs), or None."""
    tokens, cand = person_candidate(text, name)
    kept = drop_verb_persons([cand], tokens, text, WORDS)
    return text[kept[0].start : kept[0].end] if kept else None


def test_a_first_person_verb_is_no_person():
    assert _kept("وفي الختام أرجو أن يجد القارئ في هذه السطور فائدة.", "أرجو") is None
    assert _kept("قال المدرب للحكم: أرجو معذرتي على ما بدر مني.", "أرجو معذرتي") is None
    assert _kept("ونأمل أن تنتهي أعمال الصيانة قبل بداية العام الدراسي.", "ونأمل") is None
    assert _kept("يرجى من المراجعين إحضار الهوية الوطنية.", "يرجى") is None


def test_a_name_after_the_verb_stays_and_a_name_alone_stays():
    assert _kept("أشكر خالد الراشد على تعاونه الدائم.", "أشكر خالد الراشد") == "خالد الراشد"
    assert _kept("وتحدث أمل الحربي عن تجربتها في التطوع.", "أمل الحربي") == "أمل الحربي"


def test_a_writers_doubt_or_memory_is_no_person():
    assert _kept("لا أدري إن كانت الوزارة تنوي تسمية المخرج بهذا الاسم.", "أدري") is None
    assert _kept("وأتذكر أن المدرسة كانت في آخر الحي.", "وأتذكر") is None


def test_a_form_of_address_after_the_vocative_is_no_person():
    assert _kept("فالتفت إلى المدير وقال: يا سيدي لم أقصر في عملي.", "يا سيدي") is None
    assert _kept("فرد عليه بهدوء: يا أخي الأمر بسيط.", "يا أخي") is None
    # a name after the vocative is the person called
    assert _kept("ونادى المعلم: يا محمد العتيبي تعال إلى السبورة.", "يا محمد العتيبي") == "محمد العتيبي"


def test_a_possessed_title_or_kin_noun_is_no_person():
    assert _kept("فاستغرب نائبه القرار وطلب توضيحا.", "نائبه") is None
    assert _kept("ورافقه شقيقه في الرحلة إلى لندن.", "شقيقه") is None
    assert _kept("وحضر عبده الحفل مع أسرته.", "عبده") == "عبده"
    assert _kept("وألقى طه كلمة في الحفل.", "طه") == "طه"


def test_an_attribute_of_god_after_the_vocative_is_no_person():
    assert _kept("ودعا في خطبته: يا رازق العباد ارزقنا من فضلك.", "يا رازق") is None
