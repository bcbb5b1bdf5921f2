"""KB alias matching: the word-by-word longest match equals a plain search of every length."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.arabic.tokens import Token, tokenize
from marsad.kb import load_kb
from marsad.layers.entities.linking import GazetteerMatcher, Match

SHARED = Path(__file__).resolve().parents[2] / "shared"

SENTENCES = [
    "وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين في موسكو إن حلف الناتو لم يرد بعد.",
    "والتقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بالرئيس الأمريكي في الرياض.",
    "أعلنت الأمم المتحدة ومنظمة الصحة العالمية أن للناتو وللأمم المتحدة دوراً في اليمن والعراق.",
    "وأضافت وكالة الأنباء السعودية (واس) أن مجلس التعاون لدول الخليج العربية سيجتمع في جدة\nالمتحدة.",
    "ذكرت رويترز وفرانس برس أن البنك الدولي وصندوق النقد الدولي يدعمان مصر والأردن ولبنان.",
]


def reference_find(matcher: GazetteerMatcher, tokens: list[Token]) -> list[Match]:
    """Every alias length tried from the longest down, for every reading: the rule itself."""
    kb = matcher.kb
    maxlen: dict[str, int] = {}
    for alias in kb.gazetteer():
        first, n = alias.split(" ")[0], alias.count(" ") + 1
        maxlen[first] = max(maxlen.get(first, 0), n)
    out: list[Match] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        best: Match | None = None
        if tok.is_word:
            for off, first in matcher.readings(tok):
                n = maxlen.get(first)
                if not n:
                    continue
                for length in range(min(n, len(tokens) - i), 0, -1):
                    if best and length <= best.tok_end - best.tok_start:
                        break
                    if length > 1 and any(tokens[k + 1].start - tokens[k].end > 1 for k in range(i, i + length - 1)):
                        continue
                    key = " ".join([first] + [t.key for t in tokens[i + 1 : i + length]])
                    actors = kb.lookup(key)
                    if actors:
                        best = Match(off, tokens[i + length - 1].end, i, i + length, key, actors)
                        break
        if best:
            out.append(best)
            i = best.tok_end
        else:
            i += 1
    return out


@pytest.fixture(scope="module")
def matcher() -> GazetteerMatcher:
    return GazetteerMatcher(load_kb())


def _texts() -> list[str]:
    texts = list(SENTENCES)
    news = SHARED / "data" / "news" / "saudinewsnet-NC"
    if news.exists():
        from marsad.ingest import RawRecord, read_inputs

        for item in read_inputs([str(news)]):
            if isinstance(item, RawRecord):
                texts.append(f"{item.title}\n\n{item.body}")
            if len(texts) >= 80:
                break
    return texts


def test_longest_alias_match_equals_the_search_of_every_length(matcher):
    found_any = False
    for text in _texts():
        tokens = tokenize(text)
        got = [(m.start, m.end, m.tok_start, m.tok_end, m.key, [a.id for a in m.actors])
               for m in matcher.find(tokens)]
        want = [(m.start, m.end, m.tok_start, m.tok_end, m.key, [a.id for a in m.actors])
                for m in reference_find(matcher, tokens)]
        assert got == want, text[:80]
        found_any = found_any or bool(got)
    assert found_any


def test_match_at_leaves_the_clitic_out_of_the_span(matcher):
    text = "وقال لافروف إن للناتو دوراً."
    tokens = tokenize(text)
    lavrov, nato = matcher.match_at(tokens, 1), matcher.match_at(tokens, 3)
    assert lavrov is not None and text[lavrov.start : lavrov.end] == "لافروف"
    # "للناتو" is ل + "الناتو" with the article's alef gone: the span starts after the clitic
    assert nato is not None and nato.key == "الناتو" and text[nato.start : nato.end] == "ناتو"
    assert matcher.match_at(tokens, 2) is None and matcher.match_at(tokens, len(tokens) - 1) is None
