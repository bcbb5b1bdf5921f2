"""Clitic readings of a word the article shows to be a name of its own. Sentences written for
these tests."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.name_candidate import NameCandidate
from marsad.layers.entities.name_words import NameWords
from marsad.layers.entities.whole_word_names import restore_clitic_names

WORDS = NameWords(load_kb())


def _read(text: str, word: str, name: str, typ: str, nth: int = 0) -> list[str]:
    """The candidates left of `name` read inside the `nth` occurrence of `word`, as text."""
    tokens = tokenize(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    start = at + word.index(name)
    end = start + len(name)
    k = next(i for i, t in enumerate(tokens) if t.start <= start < t.end)
    cand = NameCandidate(start, end, k, k + 1, typ, alias_key(name), None, "ner")
    return [text[c.start : c.end] for c in restore_clitic_names([cand], tokens, text, WORDS)]


def test_a_place_read_off_a_word_that_follows_a_preposition_elsewhere_is_dropped():
    text = "حكم الملك البلاد طويلا في بروسيا، ثم صارت بروسيا قوة كبرى في أوروبا."
    assert _read(text, "بروسيا", "روسيا", "LOC", 1) == []
    # "بروسيا" nowhere after a preposition: "with Russia"
    text = "ورحبت فرنسا بروسيا شريكا في المحادثات."
    assert _read(text, "بروسيا", "روسيا", "LOC") == ["روسيا"]


def test_a_person_read_after_kaf_takes_the_whole_surname():
    text = "وقال المدرب مايكل كرافت إن الفريق جاهز، وأضاف كرافت أن المباراة صعبة."
    assert _read(text, "وأضاف كرافت", "رافت", "PER") == ["كرافت"]
    # no surname anywhere: a name read after ك stays as it was
    text = "وكان المهندس رأفت حاضرا، فكتب كرافت تقريرا عن المشروع."
    assert _read(text, "كرافت", "رافت", "PER") == ["رافت"]


def test_a_definite_word_after_the_clitic_is_left_alone():
    text = "ورحب خالد بالكورنيش الجديد، وتجول الزوار في بالكورنيش."
    assert _read(text, "بالكورنيش", "الكورنيش", "LOC") == ["الكورنيش"]


def test_a_person_read_off_a_word_after_a_preposition_is_dropped():
    text = "ضربت الفيضانات المناجم في كوانغ نين، وأغلقت السلطات طرق كوانغ نين."
    assert _read(text, "كوانغ", "وانغ", "PER", 1) == []
