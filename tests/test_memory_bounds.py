"""What keeps a worker's memory down (issue 15, item 15): memos share their strings and tuples,
keep no entry that buys nothing, and the NER word table is made once, never copied to grow."""

from __future__ import annotations

import pytest

from marsad.arabic import phrases, tokens
from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable, article_readings, clitic_readings
from marsad.arabic.tokens import remember, tokenize
from marsad.ner import compiled
from marsad.ner.tagger import DEFAULT_MODEL, NerTagger


def test_token_texts_are_one_string_per_form() -> None:
    # two documents, built apart: each form's text is the same object (the memos keyed by it
    # then share one copy), and so is its match key
    a = tokenize("قال وزير الخارجية إن الوزير " + "سيزور")
    b = tokenize("سيزور" + " الوزير غدا")
    assert a[-1].text == b[0].text and a[-1].text is b[0].text
    assert a[-2].key is b[1].key


def test_article_readings_share_the_tokenizers_readings() -> None:
    tok = tokenize("والرئيس")[0]
    got = article_readings(tok)
    assert got == clitic_readings(tok)
    assert got is tokens._word_analysis(tok.text)[0]
    lam = tokenize("للناتو")[0]  # ل + the article the لل swallowed: built, not shared
    assert (2, "الناتو") in article_readings(lam)


def test_phrase_table_keeps_only_forms_that_begin_a_phrase() -> None:
    table = PhraseTable([(match_key("وزير الخارجية"), 1)])
    toks = tokenize("قال وزير الخارجية اليوم")
    assert table.starts_in(toks) == [1]
    assert set(table._starts) == {"وزير"}  # "قال", "الخارجية", "اليوم" begin nothing: not kept
    assert table.starts(toks[0]) == ()
    assert [m.key for m in table.find(toks)] == [match_key("وزير الخارجية")]


def test_remember_forgets_all_when_full() -> None:
    memo: dict[str, int] = {}
    for i in range(5):
        remember(memo, str(i), i, limit=3)
    assert memo == {"3": 3, "4": 4}
    assert phrases.FORMS_KEPT <= 150_000 and remember.__defaults__ == (tokens._CACHE_LIMIT,)


@pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="NER model not trained")
def test_ner_word_table_is_made_once_at_full_size() -> None:
    tagger = NerTagger.load()
    c = tagger.compiled
    assert c is not None
    before = c._table
    assert len(before) == compiled.WORDS_MAX + 1  # lazily paged: rows cost memory once written
    tagger.tag_sentences([["قال", "وزير", "الخارجية", "سيرغي", "لافروف"]])
    assert c._table is before  # not copied to grow
