"""Normalisation, match keys, tokens with clitics, sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.arabic import match_key, match_key_map, normalize_display, split_sentences, tokenize

ARABIC_ALPHABET = list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ") + ["\u064e", "\u064f", "\u0650", "\u0651",
                                                                  "\u0652", "\u0640", " ", "،", ".", "\n",
                                                                  "“", "”", "«", "»", "٣", "7", "\u200f"]


def test_display_normalisation_repairs_spacing_and_removes_invisibles() -> None:
    raw = "قال الوزير \u200fإن الاجتماع ، الذي عقد أمس ، كان مثمرا .\r\nوأضاف   أن الحوار مستمر ؟"
    assert normalize_display(raw) == "قال الوزير إن الاجتماع، الذي عقد أمس، كان مثمرا.\nوأضاف أن الحوار مستمر؟"


def test_display_normalisation_keeps_diacritics_and_ellipsis() -> None:
    text = "وَزِيرُ الخارجية .. قال"
    assert normalize_display(text) == text


def test_display_normalisation_is_idempotent() -> None:
    raw = "  الرياض ، واس\n\n\n\nنص الخبر  "
    once = normalize_display(raw)
    assert normalize_display(once) == once == "الرياض، واس\n\nنص الخبر"


def test_match_key_folds_spelling_variants() -> None:
    assert match_key("وَزِيرُ") == match_key("وزير")
    assert match_key("أحمد") == match_key("احمد") == match_key("إحمد")
    assert match_key("مستشفى") == "مستشفي"
    assert match_key("القاهرة") == "القاهره"
    assert match_key("مسؤول") == "مسوول"
    assert match_key("رئيس") == "رييس"
    assert match_key("عام ٢٠١٥") == "عام 2015"
    assert match_key("الـــرياض") == "الرياض"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ARABIC_ALPHABET), max_size=80))
def test_match_key_map_points_back_into_the_original(text: str) -> None:
    key, index = match_key_map(text)
    assert key == match_key(text)
    assert len(index) == len(key) + 1
    for i, ch in enumerate(key):
        assert match_key(text[index[i]]) == ch


def test_tokens_split_punctuation_and_keep_offsets() -> None:
    text = "أرسلوا إلينا أجوبة”. وقال: ٣٫٥ مليار.. نعم"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["أرسلوا", "إلينا", "أجوبة", "”", ".", "وقال", ":", "٣٫٥", "مليار", "..", "نعم"]
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_clitic_readings_are_offered_not_imposed() -> None:
    (tok,) = tokenize("ولافروف")
    assert (1, "لافروف") in tok.splits
    assert tok.stem_start == tok.start  # no article: the tokenizer cannot know, lexicons decide
    (tok,) = tokenize("والولايات")
    assert tok.stem == "الولايات"
    (tok,) = tokenize("بالرئيس")
    assert tok.stem == "الرئيس"
    (tok,) = tokenize("وزير")
    assert tok.stem == "وزير"
    assert (1, "زير") in tok.splits  # a reading, not the default


def test_clitic_offsets_account_for_diacritics() -> None:
    text = "وَلِلرَّئِيسِ"
    (tok,) = tokenize(text)
    for offset, stem in tok.splits:
        assert match_key(text[offset:]) == stem


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ARABIC_ALPHABET), max_size=120))
def test_token_and_sentence_offsets_are_exact(text: str) -> None:
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
        for offset, stem in t.splits:
            assert t.start <= offset <= t.end
            assert match_key(text[offset : t.end]) == stem
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_sentences_handle_arabic_marks_ellipsis_and_quotes() -> None:
    text = (
        "هل انتهت الأزمة؟ قال المتحدث: “لم تنته بعد.” ثم غادر.. وعاد بعد ساعة؛ ولم يعلّق.\n"
        "فقرة ثانية بلا نقطة"
    )
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "هل انتهت الأزمة؟",
        "قال المتحدث: “لم تنته بعد.”",
        "ثم غادر.. وعاد بعد ساعة؛",
        "ولم يعلّق.",
        "فقرة ثانية بلا نقطة",
    ]
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 0, 0, 1]


def test_sentences_do_not_split_numbers_or_agency_abbreviations() -> None:
    text = "ارتفع المؤشر 2.5 في المئة (أ. ف. ب). وانتهت الجلسة."
    got = [s.text for s in split_sentences(text)]
    assert got == ["ارتفع المؤشر 2.5 في المئة (أ. ف. ب).", "وانتهت الجلسة."]
