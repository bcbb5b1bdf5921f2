"""Train the NER model from the public corpora (train-allowed parts only) and save it.

`train_model` reproduces the shipped model: same data, same gazetteer, same features, and
L-BFGS (deterministic) with the hyper-parameters below, chosen on a held-out part of ANERcorp
*train* (`tune`); the ANERcorp test split and AQMAR are never read here.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.arabic.normalize import match_key
from marsad.ner import corpus
from marsad.ner import gazetteer as gz
from marsad.ner.corpus import Sentence
from marsad.ner.features import FeatureExtractor
from marsad.ner.gazetteer import bio_spans


@dataclass
class Config:
    corpora: tuple[str, ...] = ("anercorp",)
    gazetteer: tuple[str, ...] = ("countries", "orgs", "petrarch")
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200
    min_freq: int = 1
    seed: int = 13
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


def fit(sentences: Sequence[Sentence], extractor: FeatureExtractor, out: Path, cfg: Config,
        verbose: bool = False) -> float:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for sent in sentences:
        trainer.append(extractor.sentence([t for t, _ in sent]), [t for _, t in sent])
    trainer.set_params({
        "c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.max_iterations,
        "feature.possible_transitions": True, "feature.minfreq": cfg.min_freq,
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    return time.perf_counter() - t0


GAZ_HEADER = (
    "Gazetteer of marsad's NER model: phrase key (match keys of its words) <TAB> type.",
    "Built by `marsad train ner` from train-allowed sources only (shared/data/MANIFEST.md):",
    "mledoze/countries + CLDR Arabic country names (ODbL 1.0 / Unicode licence),",
    "supraverden intl-orgs Arabic names (CC BY-SA 4.0), UniversalPetrarch Arabic actor",
    "dictionary person entries (MIT). Regenerated with the model; do not edit by hand.",
)
NAMES_HEADER = (
    "Words seen inside names by marsad's NER model: word match key <TAB> count.",
    "Built by `marsad train ner` from ANERcorp train (CC BY-SA 4.0) and the gazetteer sources;",
    "used to decide whether a leading و ف ب ل ك belongs to a name. Do not edit by hand.",
)


def train_model(data: Path, out: Path, cfg: Config | None = None, log=print) -> dict[str, object]:
    from marsad.ner.tagger import companion

    cfg = cfg or Config()
    random.seed(cfg.seed)
    sentences = load_sentences(data, cfg.corpora)
    gaz = gz.build(data, cfg.gazetteer) if cfg.gazetteer else {}
    log(f"training sentences: {len(sentences)} ({sum(len(s) for s in sentences)} tokens), "
        f"gazetteer: {len(gaz)} phrases")
    extractor = FeatureExtractor(gaz or None)
    seconds = fit(sentences, extractor, out, cfg)
    gpath = companion(out, "gazetteer")
    if gaz:
        gz.save(gaz, gpath, GAZ_HEADER)
    elif gpath.exists():
        gpath.unlink()
    names = name_vocabulary(sentences, gaz)
    gz.save({k: str(v) for k, v in names.items() if v >= 1}, companion(out, "names"), NAMES_HEADER)
    return {"sentences": len(sentences), "seconds": seconds, "gazetteer": len(gaz),
            "size": out.stat().st_size}


def holdout(data: Path, cfg: Config, fraction: float = 0.2) -> float:
    """Micro F1 on the last `fraction` of ANERcorp train, training on the rest (tuning only)."""
    import tempfile

    import pycrfsuite

    from marsad.ner.evaluate import score

    aner = corpus.anercorp(data, "train")
    cut = int(len(aner) * (1 - fraction))
    dev = aner[cut:]
    dev_keys = {" ".join(match_key(t) for t, _ in s) for s in dev}
    train = [s for s in load_sentences(data, cfg.corpora)
             if " ".join(match_key(t) for t, _ in s) not in dev_keys]
    gaz = gz.build(data, cfg.gazetteer) if cfg.gazetteer else {}
    extractor = FeatureExtractor(gaz or None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        fit(train, extractor, path, cfg)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        sc = score(dev, lambda toks: tagger.tag(extractor.sentence(toks)))
    return sc.micro_f1
