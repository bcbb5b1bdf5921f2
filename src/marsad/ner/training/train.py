"""Train the NER model from the public corpora (train-allowed parts only) and save it.

`train_model` reproduces the shipped model: same data, same gazetteer, same features, and
L-BFGS (deterministic) with the hyper-parameters below, chosen on a held-out part of ANERcorp
*train* (`tune`); the ANERcorp test split and AQMAR are never read here.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.arabic.normalize import match_key
from marsad.ner import gazetteer as gz
from marsad.ner.features import FeatureExtractor
from marsad.ner.gazetteer import bio_spans
from marsad.ner.training import corpus
from marsad.ner.training.corpus import Sentence


@dataclass
class Config:
    corpora: tuple[str, ...] = ("anercorp",)
    gazetteer: tuple[str, ...] = ("names", "kb", "countries", "orgs", "petrarch")
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    min_freq: int = 1
    seed: int = 13
    stacked: bool = True
    shape: bool = True
    lexicon: bool = True
    neural: bool = True  # train the network the tagger mixes with the CRF (needs torch)
    extra: dict[str, object] = field(default_factory=dict)


def load_sentences(data: Path, names: Sequence[str]) -> list[Sentence]:
    """Training sentences; NewsFANE repeats ANERcorp's text, so its duplicates are dropped."""
    out: list[Sentence] = []
    seen: set[str] = set()
    for name in names:
        keys = []
        for sent in corpus.READERS[name](data):
            key = " ".join(match_key(t) for t, _ in sent)
            if key in seen:
                continue  # a sentence an earlier corpus already gave (repeats within one corpus stay)
            keys.append(key)
            out.append(sent)
        seen.update(keys)
    return out


NGRAM = 4


def ngrams(sent: Sentence, n: int = NGRAM) -> set[tuple[str, ...]]:
    keys = [match_key(t) for t, _ in sent if any(c.isalnum() for c in t)]
    return {tuple(keys[i : i + n]) for i in range(max(len(keys) - n + 1, 1))}


def drop_overlapping(sentences: Sequence[Sentence], held: Sequence[Sentence], share: float = 0.3) -> list[Sentence]:
    """Sentences sharing more than `share` of their word 4-grams with `held`: NewsFANE is
    ANERcorp's text split and tokenised differently, so exact comparison misses repeats."""
    seen: set[tuple[str, ...]] = set()
    for s in held:
        seen |= ngrams(s)
    out = []
    for s in sentences:
        g = ngrams(s)
        if len(g & seen) <= share * len(g):
            out.append(s)
    return out


def name_vocabulary(sentences: Sequence[Sentence], gazetteer: dict[str, str]) -> Counter[str]:
    """How often each word key occurs inside a name: decides clitic stripping at tagging time."""
    names: Counter[str] = Counter()
    for sent in sentences:
        for a, b, _ in bio_spans([t for _, t in sent]):
            for tok, _ in sent[a:b]:
                names[match_key(tok)] += 1
    for k in gazetteer:
        for w in k.split():
            names[w] += 1
    return names


def make_extractor(data: Path, gaz: dict[str, str], cfg: Config) -> FeatureExtractor:
    from marsad.ner.charmodel import build_from

    shape = build_from(data, gaz) if cfg.shape else None
    return FeatureExtractor(gaz or None, shape)


def fit(sentences: Sequence[Sentence], extractor: FeatureExtractor, out: Path, cfg: Config,
        extra: Sequence[list[list[str]]] | None = None, verbose: bool = False) -> float:
    """Train one CRF on `sentences`; `extra[i][j]` are further features of token j of sentence i."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for i, sent in enumerate(sentences):
        xseq = extractor.sentence([t for t, _ in sent])
        if extra is not None:
            for f, e in zip(xseq, extra[i], strict=True):
                f.extend(e)
        trainer.append(xseq, [t for _, t in sent])
    trainer.set_params({
        "c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.max_iterations,
        "feature.possible_transitions": True, "feature.minfreq": cfg.min_freq,
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    return time.perf_counter() - t0


_JOB: dict[str, object] = {}


def _fold(k: int) -> list[list[str]]:
    """Worker: train on every fold but k, return the labels predicted for fold k."""
    import tempfile

    import pycrfsuite

    sentences, extractor, cfg, folds = (_JOB[n] for n in ("sentences", "extractor", "cfg", "folds"))
    lo, hi = folds[k]  # type: ignore[index]
    train = [*sentences[:lo], *sentences[hi:]]  # type: ignore[index]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.crfsuite"
        fit(train, extractor, path, cfg)  # type: ignore[arg-type]
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        return [tagger.tag(extractor.sentence([t for t, _ in s])) for s in sentences[lo:hi]]  # type: ignore[attr-defined, index]


FOLDS = 5


def fold_bounds(n: int, folds: int = FOLDS) -> list[tuple[int, int]]:
    """Contiguous (start, end) sentence ranges of the jackknife folds."""
    return [(n * k // folds, n * (k + 1) // folds) for k in range(folds)]


def jackknife(sentences: Sequence[Sentence], extractor: FeatureExtractor, cfg: Config,
              folds: int = FOLDS, processes: int = 2) -> list[list[str]]:
    """First-stage labels for every training sentence from models that did not see it
    (contiguous folds, so documents stay together)."""
    import multiprocessing as mp

    bounds = fold_bounds(len(sentences), folds)
    _JOB.update(sentences=sentences, extractor=extractor, cfg=cfg, folds=bounds)
    try:
        if processes > 1:
            with mp.get_context("fork").Pool(processes) as pool:
                parts = pool.map(_fold, range(folds))
        else:
            parts = [_fold(k) for k in range(folds)]
    finally:
        _JOB.clear()
    return [tags for part in parts for tags in part]


def fit_stacked(sentences: Sequence[Sentence], extractor: FeatureExtractor, out: Path, cfg: Config,
                processes: int = 2) -> float:
    """Stage one on all data (saved next to `out`), stage two on jackknifed stage-one labels."""
    from marsad.ner import stacking
    from marsad.ner.tagger import lexicon_path, stage1_path

    t0 = time.perf_counter()
    tags1 = jackknife(sentences, extractor, cfg, processes=processes)
    keys = [extractor.bare_keys([t for t, _ in s]) for s in sentences]
    lex_of = None
    if cfg.lexicon:
        gold = [[t for _, t in s] for s in sentences]
        full = stacking.Lexicon.build(keys, gold)
        bounds = fold_bounds(len(sentences))
        fold_lex = [stacking.Lexicon(full, stacking.Lexicon.build(keys[lo:hi], gold[lo:hi])) for lo, hi in bounds]
        starts = [lo for lo, _ in bounds]

        def lex_of(i: int) -> stacking.Lexicon:
            return fold_lex[bisect_right(starts, i) - 1]

        stacking.Lexicon(full).save(lexicon_path(out), LEX_HEADER)
    elif lexicon_path(out).exists():
        lexicon_path(out).unlink()
    extra = stacking.features(keys, tags1, lexicon=lex_of)
    fit(sentences, extractor, stage1_path(out), cfg)
    fit(sentences, extractor, out, cfg, extra=extra)
    return time.perf_counter() - t0


GAZ_HEADER = (
    "Gazetteer of marsad's NER model: phrase key (match keys of its words) <TAB> type.",
    "Built by `marsad train ner` from marsad's own name lists (src/marsad/lexicons/ner_names,",
    "written from general knowledge) and train-allowed sources only (shared/data/MANIFEST.md):",
    "mledoze/countries + CLDR Arabic country names (ODbL 1.0 / Unicode licence),",
    "supraverden intl-orgs Arabic names (CC BY-SA 4.0), UniversalPetrarch Arabic actor",
    "dictionary person entries (MIT), and the names of marsad's actor knowledge base",
    "(src/marsad/lexicons/actors, hand-written lists and entries generated from the same public",
    "sources; entries generated from NewsFANE are left out). Regenerated with the model; do not edit.",
)
LEX_HEADER = (
    "Word lexicon of marsad's NER model: how often each word (clitics and article removed)",
    "was labelled O / PER / ORG / LOC / MISC in ANERcorp train (CC BY-SA 4.0). Built by",
    "`marsad train ner`; do not edit by hand.",
)
NAMES_HEADER = (
    "Words seen inside names by marsad's NER model: word match key <TAB> count.",
    "Built by `marsad train ner` from ANERcorp train (CC BY-SA 4.0) and the gazetteer sources;",
    "used to decide whether a leading و ف ب ل ك belongs to a name. Do not edit by hand.",
)


def train_model(data: Path, out: Path, cfg: Config | None = None, log=print) -> dict[str, object]:
    from marsad.ner.tagger import companion, neural_path, stage1_path

    cfg = cfg or Config()
    if cfg.neural:  # fail before the CRF's minutes of training, not after
        from marsad.ner.training.neural_train import require_torch

        require_torch()
    random.seed(cfg.seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    sentences = load_sentences(data, cfg.corpora)
    gaz = gz.build(data, cfg.gazetteer) if cfg.gazetteer else {}
    log(f"training sentences: {len(sentences)} ({sum(len(s) for s in sentences)} tokens), "
        f"gazetteer: {len(gaz)} phrases")
    extractor = make_extractor(data, gaz, cfg)
    if cfg.stacked:
        seconds = fit_stacked(sentences, extractor, out, cfg)
    else:
        seconds = fit(sentences, extractor, out, cfg)
        if stage1_path(out).exists():
            stage1_path(out).unlink()
    npath = neural_path(out)
    if cfg.neural:
        from marsad.ner.training.neural_train import NetConfig, train_network

        seconds += train_network(sentences, extractor, npath, NetConfig(seed=cfg.seed), log=log)
    elif npath.exists():
        npath.unlink()
    cpath = companion(out, "chars")
    if extractor.shape is not None:
        extractor.shape.save(cpath)
    elif cpath.exists():
        cpath.unlink()
    gpath = companion(out, "gazetteer")
    if gaz:
        gz.save(gaz, gpath, GAZ_HEADER)
    elif gpath.exists():
        gpath.unlink()
    names = name_vocabulary(sentences, gaz)
    gz.save({k: str(v) for k, v in names.items() if v >= 1}, companion(out, "names"), NAMES_HEADER)
    return {"sentences": len(sentences), "seconds": seconds, "gazetteer": len(gaz),
            "size": out.stat().st_size}


def holdout(data: Path, cfg: Config, fraction: float = 0.2, thresholds: Sequence[float] = ()) -> float:
    """Micro F1 on the last `fraction` of ANERcorp train, training on the rest (tuning only)."""
    import tempfile

    from marsad.ner.tagger import NerTagger, companion, neural_path
    from marsad.ner.training.evaluate import score_stream

    aner = corpus.anercorp(data, "train")
    cut = int(len(aner) * (1 - fraction))
    dev = aner[cut:]
    train = drop_overlapping(load_sentences(data, cfg.corpora), dev)
    gaz = gz.build(data, cfg.gazetteer) if cfg.gazetteer else {}
    extractor = make_extractor(data, gaz, cfg)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        if cfg.stacked:
            fit_stacked(train, extractor, path, cfg)
        else:
            fit(train, extractor, path, cfg)
        if gaz:
            gz.save(gaz, companion(path, "gazetteer"), ())
        if extractor.shape is not None:
            extractor.shape.save(companion(path, "chars"))
        if cfg.neural:
            from marsad.ner.training.neural_train import NetConfig, train_network

            train_network(train, extractor, neural_path(path), NetConfig(seed=cfg.seed), log=lambda _: None)
        tagger = NerTagger(path, gaz or None, {}, network=cfg.neural)
        sc = score_stream(dev, tagger.tag_sentences)
        for th in thresholds:
            tagger.o_threshold = th
            s2 = score_stream(dev, tagger.tag_sentences)
            p, r, f, _ = s2.prf()
            print(f"  O threshold {th}: P {p:.4f} R {r:.4f} F1 {f:.4f}", flush=True)
    return sc.micro_f1
