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


def test_match_key_of_a_long_text_folds_as_a_short_one() -> None:
    # long texts are folded by str.replace, short ones by str.translate: the same key either way
    words = ["أحمد", "إلى", "آخر", "مستشفى", "مدرسة", "سؤال", "رئيس", "١٢٣", "۴۵", "کتاب", "یوم", "قالَ"]
    long_text = " ".join(words * 40)
    assert len(long_text) > 256
    assert match_key(long_text) == " ".join(match_key(w) for w in words * 40)


@given(st.text(alphabet="ab كلمة،.:\t\u00a0\u2003\u3000\n\r\u2028\u2029\u200b\u0301\u0651 ", max_size=40))
@settings(max_examples=300)
def test_display_normalisation_shortcuts_change_nothing(text: str) -> None:
    import re
    import unicodedata

    from marsad.arabic import normalize

    # every pass applied unconditionally, as before the fast tests that skip some of them
    t = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    t = normalize._INVISIBLE.sub("", t)
    t = unicodedata.normalize("NFC", t)
    t = normalize._HSPACE.sub(" ", t)
    t = normalize._SPACE_BEFORE_PUNCT.sub(r"\1", t)
    t = "\n".join(line.strip() for line in t.split("\n"))
    t = re.sub(r"\n{3,}", "\n\n", t).strip()
    assert normalize_display(text) == t


def test_indices_where_asks_once_per_word_form(monkeypatch) -> None:
    from marsad.arabic import form_memo
    from marsad.arabic.form_memo import FormMemo, indices_where

    tokens = tokenize("قال الوزير إن الوزير سيزور الرياض، وقال الوزير أيضاً إن الزيارة مهمة.")
    asked: list[str] = []

    def is_minister(tok) -> bool:
        asked.append(tok.text)
        return tok.key == "الوزير"

    memo = FormMemo()
    found = indices_where(tokens, memo, is_minister)
    assert [tokens[i].text for i in found] == ["الوزير"] * 3
    assert found == sorted(found)
    assert asked.count("الوزير") == 1 and len(asked) == len({t.text for t in tokens})
    # a second document: only its new forms are asked about
    asked.clear()
    other = tokenize("وصل الوزير إلى جدة.")
    assert [other[i].text for i in indices_where(other, memo, is_minister)] == ["الوزير"]
    assert sorted(asked) == sorted({"وصل", "إلى", "جدة"})
    # a numbering of word forms that would grow past its limit starts again, and the memos with it
    monkeypatch.setattr(form_memo, "FORMS_MAX", 3)
    asked.clear()
    third = tokenize("غادر الوزير الرياض")
    assert indices_where(third, memo, is_minister) == [1]
    assert sorted(asked) == sorted({"غادر", "الوزير", "الرياض"}) and len(memo) == 3


def test_answers_where_gives_each_token_its_form_answer() -> None:
    from marsad.arabic.form_memo import FormMemo, answers_where

    tokens = tokenize("الوزير قال: الوزير والسفير وصلا، ثم غادر السفير.")
    roles = {"الوزير": "minister", "السفير": "ambassador"}
    got = answers_where(tokens, FormMemo(), lambda t: roles.get(t.key, False))
    assert [(tokens[i].text, answer) for i, answer in got] == [
        ("الوزير", "minister"), ("الوزير", "minister"), ("السفير", "ambassador")]


def test_indices_of_forms_asks_each_form_of_the_document_once() -> None:
    from marsad.arabic.form_memo import indices_of_forms

    tokens = tokenize("زار السفير عمان، ثم غادر السفير عمان إلى دمشق.")
    asked: list[str] = []

    def in_capitals(tok) -> bool:
        asked.append(tok.text)
        return tok.key in ("عمان", "دمشق")

    found = indices_of_forms(tokens, in_capitals)
    assert [tokens[i].text for i in found] == ["عمان", "عمان", "دمشق"] and found == sorted(found)
    assert sorted(asked) == sorted({t.text for t in tokens})
    assert indices_of_forms(tokens, lambda tok: False) == []


def test_key_positions_finds_the_tokens_of_given_match_keys() -> None:
    from marsad.arabic.form_memo import key_positions
    from marsad.arabic.tokens import PROCLITIC_SEQUENCES

    tokens = tokenize("وقالت شنايدر إن الأمن أولاً، وأكد الأمين أن لشنايدر رأياً في الامن.")
    # a key is the folded form: "الأمن" and "الامن" are one key
    assert [tokens[i].text for i in key_positions(tokens, ["الامن"])] == ["الأمن", "الامن"]
    assert key_positions(tokens, ["شنايدر", "لشنايدر"]) == [1, 9]
    assert key_positions(tokens, ["كلمة لم ترد"]) == []
    # every clitic reading of a word is a proclitic sequence and a stem
    for tok in tokens:
        for _offset, stem in tok.splits:
            assert tok.key[: len(tok.key) - len(stem)] in PROCLITIC_SEQUENCES


def test_dotted_acronyms_and_initials_do_not_end_sentences():
    text = "وقال مراسل شبكة ان.بي.سي إن الاجتماع انتهى. وغادر الوفد المدينة."
    assert [s.text for s in split_sentences(text)] == ["وقال مراسل شبكة ان.بي.سي إن الاجتماع انتهى.",
                                                       "وغادر الوفد المدينة."]
    text = "وكان الرئيس جورج بي. بوش قد زار المنطقة. ثم عاد إلى بلاده."
    assert [s.text for s in split_sentences(text)] == ["وكان الرئيس جورج بي. بوش قد زار المنطقة.",
                                                       "ثم عاد إلى بلاده."]
    text = "وانتهى الاجتماع.وقال الوزير إنه راض عن النتائج."
    assert len(split_sentences(text)) == 2


def test_presentation_forms_fold_to_ordinary_letters() -> None:
    # "قال الوزير لا يوجد" typed in contextual glyph forms, with the lam-alef ligature
    glyphs = "\ufed7\ufe8e\ufedd \ufe8d\ufedf\ufeee\ufeaf\ufef3\ufeae \ufefb \ufef3\ufeee\ufe9f\ufeaa"
    assert normalize_display(glyphs) == "قال الوزير لا يوجد"
    assert [match_key(t.text) for t in tokenize(normalize_display(glyphs))] == ["قال", "الوزير", "لا", "يوجد"]
    # "لأن" with the lam-alef-hamza ligature: two letters, composed as NFC wants
    assert normalize_display("\ufef7\ufee6") == "لأن"
    # an isolated shadda form is the mark alone, on the letter before it (no space inserted)
    assert normalize_display("\ufeb7\ufeaa\ufe7c") == "شدّ"
    # whole-word ligatures are signs the writer chose: kept
    assert normalize_display("قال النبي محمد ﷺ") == "قال النبي محمد ﷺ"


def test_control_characters_and_thousands_separator_used_as_comma() -> None:
    assert normalize_display("انتهى الحفل. \x1a\x1aمن صور المهرجان\n\x1a وزار الضيوف") == \
        "انتهى الحفل. من صور المهرجان\nوزار الضيوف"
    assert normalize_display("سطر\x0cسطر") == "سطر\nسطر"
    assert normalize_display("مواعيد التسجيل:\n\uf0fc الأحد\n\uf0fc الاثنين") == "مواعيد التسجيل:\nالأحد\nالاثنين"
    assert normalize_display("افتتح المعرض٬ في وسط المدينة بحضور 1٬500 زائر") == \
        "افتتح المعرض، في وسط المدينة بحضور 1٬500 زائر"


@given(st.text(alphabet=ARABIC_ALPHABET + ["\ufefb", "\ufef7", "\ufe8d", "\ufedf", "\ufe7c", "\ufe70", "\ufdfa",
                                           "\x1a", "\x0c", "\x85", "\u066c", "1"], max_size=40))
@settings(max_examples=300)
def test_display_normalisation_of_glyph_forms_is_idempotent(text: str) -> None:
    once = normalize_display(text)
    assert normalize_display(once) == once
    assert not any("\ufe70" <= ch <= "\ufefe" for ch in once)


def test_an_ellipsis_ends_a_sentence_only_before_a_new_statement() -> None:
    text = "أكد الوزير أن المفاوضات مستمرة.. كما أعلن أن الوفد يصل غدا"
    assert [s.text for s in split_sentences(text)] == ["أكد الوزير أن المفاوضات مستمرة..",
                                                       "كما أعلن أن الوفد يصل غدا"]
    # glued to the ellipsis, or after a closing quote, or a two-word opener
    text = "وقال إن «الوضع صعب ...» ..ومن جهته قال السفير إن بلاده تدعم الحل"
    assert [s.text for s in split_sentences(text)] == ["وقال إن «الوضع صعب ...» ..",
                                                       "ومن جهته قال السفير إن بلاده تدعم الحل"]
    # a pause inside a sentence, a list, "إلخ": no split
    for text in ("كانت الأسئلة حادة.. ماكرة.. مداهنة", "وتحدث عن التعليم.. مؤكدا أن التطوير مستمر",
                 "شارك باحثون وصحافيون.. إلخ", "قال إن الأمر ... سيحسم قريبا", "انتظر… ثم عاد",
                 "وقالت المصممة: «الأزياء تتغير.. لقد أصبح الجمهور أكثر وعيا»",
                 "صدر كتاب «رحلتي.. كما عشتها» للكاتب", "لم يكتب عنه أحد.. إما لانشغالهم وإما لخوفهم"):
        assert [s.text for s in split_sentences(text)] == [text]


def test_runs_with_a_question_or_exclamation_mark_end_a_sentence() -> None:
    text = "هل هذا معقول؟.. الجواب عند اللجنة. تحسنت النتائج..! وانتهى الموسم في 2015؟ نعم!! بلا شك"
    assert [s.text for s in split_sentences(text)] == [
        "هل هذا معقول؟..", "الجواب عند اللجنة.", "تحسنت النتائج..!", "وانتهى الموسم في 2015؟", "نعم!!", "بلا شك"]


def test_alif_after_tanween_ends_its_sentence():
    # "جدًا." is a word with its tanween, not a one-letter abbreviation like "أ. ف. ب"
    text = "وصل الوفد إلى المدينة مبكرًا. وكانت اللجنة قد أعلنت موعد الاجتماع."
    assert [s.text for s in split_sentences(text)] == ["وصل الوفد إلى المدينة مبكرًا.", "وكانت اللجنة قد أعلنت موعد الاجتماع."]
