"""The phrase table: phrases over clitic readings, folded keys, longest matches, exact offsets."""

from __future__ import annotations

from marsad.arabic.phrases import PhraseTable, article_readings, clitic_readings
from marsad.arabic.tokens import tokenize


def key(phrase: str) -> str:
    """A phrase's table key: its tokens' match keys joined by spaces."""
    return " ".join(t.key for t in tokenize(phrase))


def table(*phrases: str, **options) -> PhraseTable[str]:
    return PhraseTable(((key(p), p) for p in phrases), **options)


def spans(text: str, found) -> list[str]:
    return [text[m.start : m.end] for m in found]


def test_a_phrase_after_clitics_leaves_them_out_of_the_span() -> None:
    text = "وقال ولوزير الخارجية الجديد إنه سيزور بغداد."
    tokens = tokenize(text)
    found = table("وزير الخارجية").find(tokens)
    assert spans(text, found) == ["وزير الخارجية"]
    m = found[0]
    assert (m.start, m.end) == (text.index("وزير"), text.index(" الجديد"))
    assert (m.tok_start, m.tok_end) == (1, 3) and m.values == ("وزير الخارجية",)


def test_hamza_and_taa_marbuta_are_folded_both_ways() -> None:
    phrases = table("الأمم المتحدة", "وزارة الخارجيه")
    text = "قالت الامم المتحده وبوزارة الخارجية إن الاجتماع انتهى"
    assert spans(text, phrases.find(tokenize(text))) == ["الامم المتحده", "وزارة الخارجية"]


def test_the_longest_of_overlapping_phrases_wins_and_matches_do_not_overlap() -> None:
    phrases = table("وزير الخارجية", "وزير الخارجية الروسي", "الخارجية الروسي", "الروسي")
    text = "التقى وزير الخارجية الروسي نظيره الروسي أمس"
    tokens = tokenize(text)
    assert spans(text, phrases.find(tokens)) == ["وزير الخارجية الروسي", "الروسي"]
    # every phrase at the first word, the longest first
    assert [m.key for m in phrases.matches_at(tokens, 1)] == [key("وزير الخارجية الروسي"), key("وزير الخارجية")]


def test_a_later_reading_wins_only_with_a_longer_phrase() -> None:
    # "وزير" is read whole and as و + "زير": the second reading begins a longer phrase
    phrases = table("وزير", "زير الخارجية")
    text = "وزير الخارجية"
    tokens = tokenize(text)
    assert spans(text, [phrases.first_at(tokens, 0)]) == ["وزير"]
    assert spans(text, [phrases.longest_at(tokens, 0)]) == ["زير الخارجية"]
    assert [text[m.start : m.end] for m in phrases.matches_at(tokens, 0)] == ["وزير", "زير الخارجية"]


def test_the_article_a_lam_lam_prefix_swallowed_is_restored() -> None:
    text = "دعا الأمين العام للناتو إلى التهدئة"
    tokens = tokenize(text)
    assert table("الناتو").find(tokens) == []
    with_article = table("الناتو", readings=article_readings)
    assert spans(text, with_article.find(tokens)) == ["ناتو"]
    # the restored reading comes right after the whole word
    assert [k for _, k in article_readings(tokens[3])][:2] == ["للناتو", "الناتو"]
    assert article_readings(tokens[0]) == clitic_readings(tokens[0])


def test_a_blank_line_ends_a_phrase_when_gaps_are_bounded() -> None:
    text = "مجلس التعاون\n\nالخليجي"
    tokens = tokenize(text)
    assert spans(text, table("مجلس التعاون الخليجي").find(tokens)) == ["مجلس التعاون\n\nالخليجي"]
    assert table("مجلس التعاون الخليجي", max_gap=1).find(tokens) == []
    # one space or one line break is no gap
    assert spans("مجلس التعاون\nالخليجي", table("مجلس التعاون الخليجي", max_gap=1).find(
        tokenize("مجلس التعاون\nالخليجي"))) == ["مجلس التعاون\nالخليجي"]


def test_skipped_marks_between_words() -> None:
    text = "وذكرت أ. ف. ب أن"
    tokens = tokenize(text)
    assert table("أ ف ب").find(tokens) == []
    found = table("أ ف ب", skip=frozenset({"."})).find(tokens)
    assert spans(text, found) == ["أ. ف. ب"]
    # a phrase written with the marks matches them as words
    assert spans(text, table("أ. ف. ب", skip=frozenset({"."})).find(tokens)) == ["أ. ف. ب"]


def test_values_keep_their_order_and_lookups() -> None:
    phrases = PhraseTable([(key("وزير الخارجية"), 1), (key("وزير"), 2), (key("وزير الخارجية"), 3)])
    tokens = tokenize("وزير الخارجية")
    assert phrases.first_at(tokens, 0).values == (1, 3)
    assert phrases.get(key("وزير")) == (2,) and phrases.get("غير موجود") == ()
    assert phrases.begins(key("وزير")) and not phrases.begins(key("الخارجية"))
    assert len(phrases) == 2


def test_starts_in_lists_the_tokens_a_phrase_may_start_at() -> None:
    phrases = table("وزير الخارجية", "البيت الأبيض")
    text = "وقال وزير الدفاع إن والبيت الأبيض ، وزير"
    tokens = tokenize(text)
    assert [tokens[i].text for i in phrases.starts_in(tokens)] == ["وزير", "والبيت", "وزير"]
    assert spans(text, phrases.find(tokens)) == ["البيت الأبيض"]
    # only words begin a phrase unless the table says otherwise
    numbers = table("2015 م")
    assert numbers.starts_in(tokenize("عام 2015 م")) == []
    assert spans("عام 2015 م", table("2015 م", may_start=lambda t: True).find(tokenize("عام 2015 م"))) == ["2015 م"]
