"""One-word names the tagger read after a clitic ب/ل/ك: kept, moved to the whole word, or dropped.
Sentences written for these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import load_kb
from marsad.layers.entities.clitic_names import CliticNames
from marsad.layers.entities.name_words import NameWords
from marsad.lexicons.verbs import verb_keys

KB = load_kb()
NAMES = CliticNames(KB, NameWords(KB), verb_keys())


def _start(text: str, word: str, cut: int) -> str | None:
    """The name left of `word` (its first occurrence) when the tagger read it after `cut` letters."""
    tokens = tokenize(text)
    at = text.index(word)
    a = next(i for i, t in enumerate(tokens) if t.start == at)
    s = NAMES.start(text, tokens, a, at + cut)
    return None if s is None else text[s : tokens[a].end]


def test_a_known_place_after_a_preposition_stays():
    assert _start("ووصل الوفد بمشهد صباح اليوم في زيارة رسمية.", "بمشهد", 1) == "مشهد"
    assert _start("وأعلن المكتب عن رحلات جديدة لطهران هذا الصيف.", "لطهران", 1) == "طهران"


def test_a_name_the_article_writes_alone_stays():
    text = "واتفق النادي مع المدرب لوبيرا. وقال لوبيرا إن الفريق جاهز، وشكر الجمهور للوبيرا أيضا."
    assert _start(text, "للوبيرا", 1) == "لوبيرا"


def test_a_foreign_k_keeps_its_letter():
    assert _start("ويقام اللقاء في ملعب كالينينجراد الجديد.", "كالينينجراد", 1) == "كالينينجراد"


def test_a_short_word_or_a_definite_word_after_a_preposition_is_no_name():
    assert _start("وقال الشاعر إن الزمن كفيل بأن يكشف الحقيقة.", "كفيل", 1) is None
    assert _start("وأقيم الحفل بالكورنيش الشمالي مساء الخميس.", "بالكورنيش", 1) is None


def test_an_unknown_place_after_a_preposition_stays():
    assert _start("ونقل المصابون بخيبر إلى المستشفى العام.", "بخيبر", 1) == "خيبر"


def test_the_conjunction_is_not_questioned():
    assert _start("وحضر الحفل ونيوتن الصغير مع والده.", "ونيوتن", 1) == "نيوتن"


def test_two_letters_are_no_name_the_word_is():
    assert _start("وعقد الاجتماع في مدينة بون الألمانية.", "بون", 1) == "بون"


def test_the_same_letters_again_are_the_names_own():
    text = "ووقع الهجوم في لامو الساحلية. وقال قائد شرطة لامو إن القوات طوقت المنطقة."
    assert _start(text, "لامو", 1) == "لامو"
