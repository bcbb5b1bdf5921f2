"""The fast paths of speed changes give what the plain code gives."""

from __future__ import annotations

from marsad.arabic.tokens import Token, tokenize

TEXT = "وقال الرئيسُ عبد الله ١٢٣ مرة... «نعم»، والوزراء 3.5 بالمئة — 2014/12/03 !"


def test_tokenize_matches_token_constructor() -> None:
    for _ in range(2):  # the second pass reads the per-form memo
        toks = tokenize(TEXT)
        assert [t.text for t in toks] == [TEXT[t.start : t.end] for t in toks]
        for t in toks:
            plain = Token(t.start, t.end, t.text, t.kind)
            assert (t.key, t.is_word, t.kind) == (plain.key, plain.is_word, plain.kind)
            assert t.splits == plain.splits and t.stem_start == plain.stem_start
    kinds = {t.text: t.kind for t in tokenize(TEXT)}
    assert kinds["١٢٣"] == "num" and kinds["..."] == "punct" and kinds["الرئيسُ"] == "word"
    assert tokenize(TEXT, 5, 20) == [] or all(t.start >= 5 and t.end <= 20 for t in tokenize(TEXT, 5, 20))


def test_tokenize_interns_texts() -> None:
    a = tokenize("قال الوزير")
    b = tokenize("ثم " + "".join(["قا", "ل"]) + " الوزير")
    assert a[0].text is b[1].text and a[0].key is b[1].key
