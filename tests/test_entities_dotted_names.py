"""Names written with initials and full stops are one name (sentences written for these tests)."""

from __future__ import annotations

from entity_fixtures import analysed, names, ner_layer  # noqa: F401 - pytest fixtures
from marsad.arabic.tokens import tokenize
from marsad.kb import alias_key, load_kb
from marsad.layers.entities.dotted_names import join_dotted_names
from marsad.layers.entities.name_candidate import NameCandidate


def _cand(tokens, text, a, b, typ):
    start, end = tokens[a].start, tokens[b - 1].end
    return NameCandidate(start, end, a, b, typ, alias_key(text[start:end]), None, "ner")


def test_pieces_of_an_acronym_cut_at_its_stops_are_one_body():
    text = "وأعلن مصرف إف.جي.كيه أرباحه."
    tokens = tokenize(text)
    # the tagger's pieces: "مصرف إف" and "جي.كيه"
    cands = [_cand(tokens, text, 1, 3, "ORG"), _cand(tokens, text, 4, 7, "ORG")]
    out = join_dotted_names(cands, tokens, text, load_kb())
    assert [text[c.start : c.end] for c in out] == ["مصرف إف.جي.كيه"]


def test_an_acronym_runs_on_over_the_initials_after_it_and_across_a_hyphen():
    text = 'شحنت شركة "دي.إف.إل-إتش.آي.إم" البضائع.'
    tokens = tokenize(text)
    cands = [_cand(tokens, text, 3, 8, "ORG"), _cand(tokens, text, 9, 12, "ORG")]
    out = join_dotted_names(cands, tokens, text, load_kb())
    assert [text[c.start : c.end] for c in out] == ["دي.إف.إل-إتش.آي.إم"]


def test_a_middle_initial_keeps_the_family_name_with_the_person():
    text = "وقال النائب روبرت جي. هاملتون إن التصويت تأجل."
    tokens = tokenize(text)
    cands = [_cand(tokens, text, 2, 4, "PER"), _cand(tokens, text, 5, 6, "PER")]
    out = join_dotted_names(cands, tokens, text, load_kb())
    assert [(text[c.start : c.end], c.type) for c in out] == [("روبرت جي. هاملتون", "PER")]


def test_two_names_side_by_side_or_across_a_sentence_stay_apart():
    text = "وذكرت هيئة الإذاعة البريطانية بي.بي.سي الخبر. وقال بي إن ذلك صحيح."
    tokens = tokenize(text)
    body = _cand(tokens, text, 1, 4, "ORG")
    short = _cand(tokens, text, 4, 9, "ORG")
    out = join_dotted_names([body, short], tokens, text, load_kb())
    assert len(out) == 2
    text = "وصل الوفد إلى روما. جون سميث رئيس الوفد."
    tokens = tokenize(text)
    out = join_dotted_names([_cand(tokens, text, 3, 4, "LOC"), _cand(tokens, text, 5, 7, "PER")], tokens, text,
                            load_kb())
    assert len(out) == 2


def test_an_acronym_with_stops_is_one_entity_in_an_article(ner_layer):
    doc = analysed(ner_layer, "قال بنك إتش.إس.بي.سي إن أرباحه ارتفعت في الربع الثاني.", "2015-08-03")
    orgs = names(doc, "ORG")
    assert any("إتش.إس.بي.سي" in n for n in orgs)
    assert not any(n in ("إس", "إس.بي", "بي.سي", "إتش") for n in orgs)


def test_two_known_acronyms_across_a_hyphen_stay_two():
    kb = load_kb()
    text = 'وقالت وكالة "د.ب.أ-أيه.إف.إكس" إن الأسواق تراجعت.'
    tokens = tokenize(text)
    first = _cand(tokens, text, 3, 8, "ORG")
    first.actor = next(iter(kb.lookup(first.key)), None) or kb.lookup(alias_key("رويترز"))[0]
    out = join_dotted_names([first, _cand(tokens, text, 9, 14, "ORG")], tokens, text, kb)
    assert len(out) == 2
