"""Ordinary words read as persons after a clitic the tagger cut off, and "حصة الأسد".
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import person_candidate
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.clitic_words import drop_clitic_words
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords

WORDS = NameWords(load_kb())


def _kept(text: str, name: str) -> bool:
    """Does a person read as `name` (the first place it occurs) survive?"""
    tokens, cand = person_candidate(text, name)
    return bool(drop_clitic_words([cand], tokens, text, WORDS))


def test_an_ordinary_word_with_its_clitic_cut_off_is_no_person():
    assert not _kept("أعتذر عن كلامي الذي قلته أمس في البرنامج.", "لامي")
    assert not _kept("شعرت بالفرح في كل كياني حين سمعت الخبر.", "ياني")
    # a name after "ل" or "و" stays
    assert _kept("وقدم الشكر لسامي على جهوده في الموسم.", "سامي")
    assert _kept("وحضر اللقاء خالد وسامي الجابر.", "سامي الجابر")


def test_accusative_adjectives_are_no_name_but_a_name_in_alef_is():
    assert not _kept("كان زميلا ودودا رقيقا مع الجميع.", "دودا رقيقا")
    assert not _kept("وعرض المعرض أعمال ثلاثين فوتوغرافيا سعوديا من المناطق.", "وتوغرافيا سعوديا")
    assert _kept("وقرأ الطلاب روايات نجيب محفوظ وحنا مينا في الصيف.", "حنا مينا")


def test_two_definite_nouns_after_lil_are_no_person():
    assert not _kept("وخصصت الجامعة جائزة للعطاء والتميز بين الطلاب.", "عطاء والتميز")


def test_the_lions_share_names_no_assad():
    assert not _kept("واستحوذت الرياض على حصة الأسد من المشاريع الجديدة.", "الأسد")
    assert not _kept("ونالت الشركات الكبرى نصيب الأسد من العقود.", "الأسد")
    assert _kept("وقال الرئيس الأسد في خطابه إن الحرب طويلة.", "الأسد")


def test_foreign_names_in_alef_after_a_clitic_stay():
    assert _kept("وقالت المتحدثة وماريا زاخاروفا في مؤتمر صحفي إن الوفد وصل.", "ماريا زاخاروفا")
    assert _kept("والتقى الوزير وإيرينا بوكوفا في باريس.", "إيرينا بوكوفا")


def test_lada_with_a_pronoun_is_no_given_name():
    assert not _kept("لا يوجد لدينا نوايا لبيع اللاعب هذا الموسم.", "دينا نوايا")



def test_a_name_after_fa_starts_after_it_unless_the_word_is_a_given_name():
    from marsad.layers.entities.clitic_words import strip_fa
    text = "ويرى الباحث جاك بيرك أن الدين ثقافة، فبيرك يكتب عن المجتمع. وقال فيصل الكلام نفسه."
    s1, s2 = text.index("جاك بيرك"), text.index("فبيرك")
    s3 = text.index("فيصل")
    cands = [NameCandidate(s1, s1 + 8, 2, 4, "PER", alias_key("جاك بيرك"), None, "ner"),
             NameCandidate(s2, s2 + 5, 9, 10, "PER", alias_key("فبيرك"), None, "ner"),
             NameCandidate(s3, s3 + 4, 15, 16, "PER", alias_key("فيصل"), None, "ner")]
    strip_fa(cands, text, WORDS)
    assert [text[c.start : c.end] for c in cands] == ["جاك بيرك", "بيرك", "فيصل"]


def test_a_name_after_la_or_bi_starts_after_it_when_the_article_names_it_so():
    from marsad.layers.entities.clitic_words import strip_fa
    text = "ودرب الفريق سينيسا ميهايلوفيتش، وهو الفوز الأول لميهايلوفيتش. وقالت لبنى الكلام نفسه."
    s1, s2 = text.index("سينيسا ميهايلوفيتش"), text.index("لميهايلوفيتش")
    s3 = text.index("لبنى")
    cands = [NameCandidate(s1, s1 + 18, 2, 4, "PER", alias_key("سينيسا ميهايلوفيتش"), None, "ner"),
             NameCandidate(s2, s2 + 12, 9, 10, "PER", alias_key("لميهايلوفيتش"), None, "ner"),
             NameCandidate(s3, s3 + 4, 12, 13, "PER", alias_key("لبنى"), None, "ner")]
    strip_fa(cands, text, WORDS)
    assert [text[c.start : c.end] for c in cands] == ["سينيسا ميهايلوفيتش", "ميهايلوفيتش", "لبنى"]


def test_a_name_after_a_clitic_that_is_a_bodys_one_word_name_is_that_body():
    from marsad.layers.entities.clitic_words import strip_fa
    # the tagger read "لبيكسانو" as a person; the article names the company "بيكسانو"
    text = "واستحوذت بيكسانو على المصنع، وقال مدير لبيكسانو إن الإنتاج سيتضاعف."
    s1, s2 = text.index("بيكسانو"), text.index("لبيكسانو")
    cands = [NameCandidate(s1, s1 + 7, 1, 2, "ORG", alias_key("بيكسانو"), None, "ner"),
             NameCandidate(s2, s2 + 8, 7, 8, "PER", alias_key("لبيكسانو"), None, "ner")]
    strip_fa(cands, text, WORDS)
    assert [(text[c.start : c.end], c.type) for c in cands] == [("بيكسانو", "ORG"), ("بيكسانو", "ORG")]


def test_an_accusative_noun_is_no_person_but_a_given_name_in_alef_is():
    assert not _kept("ولم يعمل المسؤولون حسابا لهذه الزيادة في الطلب.", "حسابا")
    assert not _kept("ولن يزيدنا الحادث إلا قوة وإيمانا بوطننا.", "إيمانا")
    assert _kept("وقالت ناديا في حديثها إن المشروع نجح.", "ناديا")


def test_with_us_after_wa_and_a_foreign_name_in_alef():
    assert not _kept("ولدينا خطة واضحة للموسم المقبل.", "دينا خطة")
    assert _kept("وتعاقد النادي مع كيتا لمدة موسمين.", "كيتا")


def test_good_and_a_noun_of_conduct_is_no_person():
    assert not _kept("ويشترط في المتقدم أن يكون حسن السيرة والسلوك.", "حسن السيرة")
    assert not _kept("ودعا البيان إلى احترام مبدأ حسن الجوار بين البلدين.", "حسن الجوار")
    assert _kept("وشارك حسن العطار في الندوة بورقة عن الشعر.", "حسن العطار")


def test_the_lion_after_a_word_of_the_animal_is_no_person():
    assert not _kept("ودخل المصور عرين الأسد في حديقة الحيوان.", "الأسد")
    assert not _kept("وتحدث الشاعر عن صولة الأسد في البادية.", "الأسد")
    assert _kept("وطالب المتظاهرون برحيل الأسد عن الحكم.", "الأسد")


def _restored(text: str, name: str) -> bool:
    """Does a one-word person read as `name` survive `restore_whole_words`?"""
    from marsad.layers.entities.clitic_words import restore_whole_words
    from marsad.lexicons.verbs import verb_keys

    tokens = tokenize(text)
    start = text.index(name)
    k = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
    cand = NameCandidate(start, start + len(name), k, k + 1, "PER", alias_key(name), None, "ner")
    return bool(restore_whole_words([cand], tokens, text, WORDS, verb_keys()))


def test_a_verb_in_the_future_is_no_person():
    assert not _restored("وقال المدير إن المصنع سيوفر ألف وظيفة للشباب.", "سيوفر")
    assert not _restored("وأكد أن الوزارة ستعلن النتائج الأسبوع المقبل.", "ستعلن")
    # names that begin like the future's prefix stay
    assert _restored("وسجل المهاجم سيلفا هدفين في المباراة.", "سيلفا")
    assert _restored("وقال ستيف إن الفريق جاهز.", "ستيف")


def _kept_as(text: str, name: str, typ: str) -> bool:
    """Does a one-word name of type `typ` read as `name` (where it first occurs) survive?"""
    tokens, cand = person_candidate(text, name)
    cand.type = typ
    return bool(drop_clitic_words([cand], tokens, text, WORDS))


def test_a_name_inside_a_listed_whole_word_is_none_of_any_type():
    assert not _kept_as("ورث المزرعة عن والده وجده قبل أربعين عاما.", "جده", "LOC")
    assert not _kept_as("وصل الدعم متأخرا بعد فوات الأوان.", "وات", "ORG")
    assert not _kept_as("وقال المدرب إنه فخور بأداء لاعبيه.", "خور", "PER")
    # the city after "و" in a list stays, and so does the whole word itself as a name
    assert _kept_as("وزار الوفد الرياض وجدة والدمام.", "جدة", "LOC")
