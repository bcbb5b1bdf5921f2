"""The compiled NER scorer (numpy, from the models' weights) against pycrfsuite, the reference."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest

from marsad.ner import compiled, stacking, viterbi
from marsad.ner.tagger import DEFAULT_MODEL, NerTagger

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
ANERCORP = DATA / "ner" / "anercorp"

needs_model = pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="NER model not trained")

SENTENCES = [
    "أكد ولي العهد السعودي الأمير محمد بن سلمان خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن في جدة "
    "أمس أهمية التعاون بين البلدين .",
    "وقالت وكالة الأنباء السعودية ( واس ) إن مجلس الوزراء وافق على الاتفاقية مع اليابان .",
    "وأشار بلينكن إلى أن واشنطن تتابع عن كثب التطورات في السودان ، وتدعم جهود الاتحاد الإفريقي .",
    "أعلنت شركة سابك عن أرباح بلغت 4.2 مليار ريال في الربع الثالث من عام 2023",
    "وفي القاهرة ، استقبل شيخ الأزهر أحمد الطيب وفدا من منظمة التعاون الإسلامي",
    "ولفت الطيب إلى دور الأزهر في نشر الوسطية ، فيما أثنى الوفد على جهود مصر .",
    "نعم",
    "قال",
    "! ! !",
    "تحدث غوتيريش لـ CNN عن الأمم المتحدة و UNICEF في نيويورك",
    "وأضاف غوتيريش أن الأمم المتحدة لن تتخلى عن غزة",
]


def _tokens() -> list[list[str]]:
    return [s.split() for s in SENTENCES]


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@needs_model
def test_compiled_engine_is_active(tagger: NerTagger) -> None:
    assert tagger.compiled is not None, "the compiled NER scorer failed its self-check (see the log)"


@needs_model
def test_scores_equal_feature_strings(tagger: NerTagger) -> None:
    assert tagger.compiled is not None
    assert tagger.compiled.check(_tokens()) <= compiled.TOLERANCE


@needs_model
def test_tags_equal_pycrfsuite_on_our_sentences(tagger: NerTagger) -> None:
    sents = _tokens()
    assert tagger.tag_sentences(sents) == tagger.tag_sentences_crfsuite(sents)
    for s in sents:  # one sentence at a time: no document memory
        assert tagger.tag_sentences([s]) == tagger.tag_sentences_crfsuite([s])
    assert tagger.tag_sentences([[], sents[0], []]) == tagger.tag_sentences_crfsuite([[], sents[0], []])
    assert tagger.tag_sentences([]) == []


@needs_model
def test_document_spans_equal_pycrfsuite(tagger: NerTagger) -> None:
    from marsad.document import Document

    text = "\n\n".join(s.replace(" .", ".").replace(" ،", "،") for s in SENTENCES)
    doc = Document(text=text)
    reference = copy.copy(tagger)  # the same features, scored by pycrfsuite
    reference.compiled = None
    spans = tagger.tag(doc)
    assert spans == reference.tag(doc)
    assert all(doc.text[a:b].strip() == doc.text[a:b] for a, b, _ in spans)


@needs_model
def test_o_threshold_marginals_equal_pycrfsuite(tagger: NerTagger) -> None:
    sents = _tokens()
    crf = tagger._crf
    c = tagger.compiled
    assert c is not None
    _, lens, _, final, _ = c.emissions(sents)
    m = viterbi.marginals(final, c.final.trans, lens)
    labels = c.labels
    feats = [tagger.features.sentence(s) for s in sents]
    tags1 = [tagger._stage1.tag(f) for f in feats]
    extra = stacking.features([tagger.features.bare_keys(s) for s in sents], tags1, lexicon=tagger.lexicon)
    p = 0
    for fs, es, n in zip(feats, extra, lens.tolist(), strict=True):  # crfsuite's marginals, same features
        crf.set([f + e for f, e in zip(fs, es, strict=True)])
        ref = np.array([[crf.marginal(y, t) for y in labels] for t in range(n)])
        assert np.allclose(m[p:p + n], ref, rtol=1e-4, atol=1e-6)
        p += n
    old = tagger.o_threshold
    try:
        for th in (0.6, 0.8, 0.95):
            tagger.o_threshold = th
            assert tagger.tag_sentences(sents) == tagger.tag_sentences_crfsuite(sents)
    finally:
        tagger.o_threshold = old


def test_viterbi_batches_sentences_of_any_length() -> None:
    rng = np.random.default_rng(3)
    trans = rng.normal(size=(4, 4))
    lens = np.array([3, 0, 1, 5, 2])
    score = rng.normal(size=(int(lens.sum()), 4))
    got = viterbi.viterbi(score, trans, lens)
    p = 0
    for n in lens.tolist():  # brute force over every path
        if n:
            best = max(np.ndindex(*([4] * n)), key=lambda ys, p=p, n=n: sum(score[p + t, ys[t]] for t in range(n))
                       + sum(trans[ys[t - 1], ys[t]] for t in range(1, n)))
            assert tuple(got[p:p + n].tolist()) == best
        p += n



def _best_paths_one_by_one(score: np.ndarray, trans: np.ndarray, lens: np.ndarray) -> list[int]:
    """Viterbi of each sentence alone, in plain Python (the first maximum wins, as crfsuite)."""
    out: list[int] = []
    p = 0
    for n in lens.tolist():
        if not n:
            continue
        alpha, backs = list(score[p]), []
        for t in range(1, n):
            back = [max(range(len(trans)), key=lambda i, j=j: alpha[i] + trans[i, j]) for j in range(len(trans))]
            alpha = [alpha[back[j]] + trans[back[j], j] + score[p + t, j] for j in range(len(trans))]
            backs.append(back)
        y = max(range(len(trans)), key=alpha.__getitem__)
        path = [y]
        for back in reversed(backs):
            y = back[y]
            path.append(y)
        out.extend(reversed(path))
        p += n
    return out


def test_viterbi_of_many_sentences_and_of_one_shape_twice() -> None:
    # more sentences than the first size of the step layout, and a second call with the same
    # lengths (the layout of the first is reused) but other scores and transitions
    rng = np.random.default_rng(7)
    lens = rng.integers(0, 12, size=150)
    for labels in (5, 5, 9):
        trans = rng.normal(size=(labels, labels))
        score = rng.normal(size=(int(lens.sum()), labels))
        assert viterbi.viterbi(score, trans, lens).tolist() == _best_paths_one_by_one(score, trans, lens)

@needs_model
@pytest.mark.skipif(not ANERCORP.exists(), reason="ANERcorp not available")
def test_anercorp_test_tags_equal_pycrfsuite(tagger: NerTagger) -> None:
    from marsad.ner.training import corpus

    sents = [[t for t, _ in s] for s in corpus.anercorp(DATA, "test") if s]
    assert tagger.tag_sentences(sents) == tagger.tag_sentences_crfsuite(sents)
    old = tagger.o_threshold
    try:  # marginals (forward-backward) decide here
        tagger.o_threshold = 0.7
        assert tagger.tag_sentences(sents) == tagger.tag_sentences_crfsuite(sents)
    finally:
        tagger.o_threshold = old
    assert tagger.compiled is not None
    assert tagger.compiled.check(sents[:400]) <= compiled.TOLERANCE


@needs_model
def test_word_cache_eviction_keeps_tags(tagger: NerTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ner.tagger import lexicon_path, stage1_path

    monkeypatch.setattr(compiled, "WORDS_MAX", 40)
    small = compiled.CompiledNer(tagger.features, DEFAULT_MODEL, stage1_path(DEFAULT_MODEL),
                                 stacking.Lexicon.load(lexicon_path(DEFAULT_MODEL)))
    sents = _tokens()
    want = tagger.tag_sentences_crfsuite(sents)
    for round_ in range(2):
        for i, s in enumerate(sents):
            ids, _ = small.tag([s])
            assert [small.labels[k] for k in ids.tolist()] == tagger.tag_sentences_crfsuite([s])[0], i
            # one sentence here never holds more words than the cap (a longer call may, until the next miss)
            assert round_ or len(small._words) <= 40 + 1
        ids, lens = small.tag(sents[:3])
        assert [small.labels[k] for k in ids.tolist()] == [y for ys in want[:3] for y in ys]
    assert small.check(sents) <= compiled.TOLERANCE


@needs_model
@pytest.mark.parametrize("with_gazetteer", [True, False])
def test_single_stage_model_equals_pycrfsuite(tagger: NerTagger, with_gazetteer: bool) -> None:
    """A model without a second stage (and without lexicon): here the shipped first stage."""
    from marsad.ner.tagger import stage1_path

    gaz = tagger.features.matcher.gaz if with_gazetteer and tagger.features.matcher else None
    single = NerTagger(stage1_path(DEFAULT_MODEL), gaz, tagger.names)
    assert single.compiled is not None and single.compiled.first is None and single.lexicon is None
    sents = _tokens()
    assert single.tag_sentences(sents) == single.tag_sentences_crfsuite(sents)
    assert single.compiled.check(sents) <= compiled.TOLERANCE


def _gaz(tagger: NerTagger) -> dict[str, str] | None:
    return tagger.features.matcher.gaz if tagger.features.matcher else None


@needs_model
def test_feature_added_to_a_part_needs_no_change(tagger: NerTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """Strings added to Word.own / ctx and to the second stage's facts flow into the sums."""
    from marsad.ner.features import FeatureExtractor, Word

    build = FeatureExtractor.build_word

    def build_word(self, text: str) -> Word:
        w = build(self, text)
        w.own.append("bos" if len(w.key) > 3 else "eos")  # strings the models know
        return Word(w.key, w.bare, w.readings, w.own, (*w.ctx, "w=" + w.key[::-1]), w.near)

    token_features = stacking.token_features
    monkeypatch.setattr(FeatureExtractor, "build_word", build_word)
    monkeypatch.setattr(stacking, "token_features", lambda **f: [*token_features(**f), "s1=" + str(f["df"])])
    changed = NerTagger(DEFAULT_MODEL, _gaz(tagger), tagger.names)
    assert changed.compiled is not None
    sents = _tokens()
    assert changed.tag_sentences(sents) == changed.tag_sentences_crfsuite(sents)


@needs_model
def test_feature_outside_the_parts_falls_back_loudly(tagger: NerTagger, monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    from marsad.ner.features import FeatureExtractor

    sentence = FeatureExtractor.sentence

    def with_extra(self, tokens):
        out = sentence(self, tokens)
        for f in out:
            f.append("bos")  # added in sentence() itself, not in a part the compiled scorer sums
        return out

    monkeypatch.setattr(FeatureExtractor, "sentence", with_extra)
    with caplog.at_level("WARNING"):
        changed = NerTagger(DEFAULT_MODEL, _gaz(tagger), tagger.names)
    assert changed.compiled is None
    assert "pycrfsuite" in caplog.text
    sents = _tokens()
    assert changed.tag_sentences(sents) == changed.tag_sentences_crfsuite(sents)


@needs_model
def test_known_pairs_keep_every_pair_with_a_model_feature(tagger: NerTagger) -> None:
    """The key filter of adjacent pairs never drops a pair whose strings a model knows."""
    from marsad.ner.features import Word

    assert tagger.compiled is not None
    fx, index = tagger.features, tagger.compiled.w.index
    may_have = tagger.compiled._known_pairs
    assert may_have
    words = [fx.word(t) for s in _tokens() for t in s] + [fx.word(t) for t in ["قال", "وزير", "الخارجية", "إن"]]
    for left, right in zip(words, words[1:], strict=False):
        strings = [x for side in fx.pair(left, right) for x in side]
        if any(x in index for x in strings):
            assert (left.key, right.key) in may_have
    # and what it keeps are pairs of the models' strings (the filter reads their keys back)
    left, right = (Word(k, k, (k,), [], (), ()) for k in next(iter(may_have)))
    assert any(x in index for side in fx.pair(left, right) for x in side)


@needs_model
def test_pair_strings_of_other_fields_ask_every_pair(tagger: NerTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.ner.features import FeatureExtractor

    monkeypatch.setattr(FeatureExtractor, "pair", staticmethod(lambda a, b: ([f"w|+1w={a.bare}|{b.key}"], [])))
    changed = NerTagger(DEFAULT_MODEL, _gaz(tagger), tagger.names)
    assert changed.compiled is not None and changed.compiled._known_pairs is None
    sents = _tokens()
    assert changed.tag_sentences(sents) == changed.tag_sentences_crfsuite(sents)
