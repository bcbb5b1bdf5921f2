"""Cutting a text at every span boundary (marsad.web.highlight): the runs the article view renders."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.web.highlight import Fact, segments

LAYERS = ("entity", "quote", "speaker", "cue", "agency", "date", "event", "hit", "focus")


@st.composite
def text_and_facts(draw):
    text = draw(st.text(alphabet=st.sampled_from("قال إن\n«»<>&\"' ab\u202e"), max_size=60))
    n = len(text)
    facts = []
    for i in range(draw(st.integers(0, 12))):
        start = draw(st.integers(-3, n + 3))
        end = draw(st.integers(-3, n + 3))
        facts.append(Fact(draw(st.sampled_from(LAYERS)), f"f{i}", start, end))
    return text, facts


@settings(deadline=None, max_examples=300)  # no deadline: a loaded CI machine is not a failure
@given(text_and_facts())
def test_segments_cover_the_text_and_every_span_exactly(case):
    text, facts = case
    segs = segments(text, facts)
    assert "".join(s.text for s in segs) == text
    assert all(s.text for s in segs)  # no empty run
    assert all(a.end == b.start for a, b in zip(segs, segs[1:], strict=False))
    for fact in facts:
        covered = [s for s in segs if fact in s.facts]
        if 0 <= fact.start < fact.end <= len(text):
            assert "".join(s.text for s in covered) == text[fact.start:fact.end]
            assert covered[0].start == fact.start and covered[-1].end == fact.end
            # contiguous: no run inside the span is left without it
            assert len(covered) == len([s for s in segs if fact.start <= s.start and s.end <= fact.end])
        else:
            assert covered == []  # an invalid span is left out, never shown at wrong characters


@settings(deadline=None, max_examples=300)  # no deadline: a loaded CI machine is not a failure
@given(text_and_facts())
def test_each_segment_lists_exactly_the_facts_covering_it(case):
    text, facts = case
    for seg in segments(text, facts):
        expected = [f for f in facts if 0 <= f.start < f.end <= len(text) and f.start <= seg.start and seg.end <= f.end]
        assert seg.facts == expected


def test_nested_and_overlapping_spans():
    text = "قال وزير الخارجية إن الحوار مستمر"
    quote = Fact("quote", "q1", 21, len(text))
    speaker = Fact("speaker", "q1", 4, 17)
    entity = Fact("entity", "e1", 4, 17)
    overlap = Fact("event", "v1", 0, 27)
    segs = segments(text, [quote, speaker, entity, overlap])
    assert [s.text for s in segs] == ["قال ", "وزير الخارجية", " إن ", "الحوار", " مستمر"]
    assert segs[1].layers == ["speaker", "entity", "event"]
    assert segs[3].layers == ["quote", "event"]
    assert segs[4].layers == ["quote"]


def test_empty_text_and_no_facts():
    assert segments("", [Fact("entity", "e1", 0, 1)]) == []
    (only,) = segments("نص", [])
    assert only.text == "نص" and only.facts == []
