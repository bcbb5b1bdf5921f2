"""Exact-span scoring with conlleval semantics, and the standard NER evaluations.

A predicted span counts only when its boundaries and type both equal a gold span's. Chunks are
read from BIO tags as conlleval does: an I- tag after O or after a different type opens a chunk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner.gazetteer import bio_spans


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    tokens: int = 0
    correct_tokens: int = 0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g = set(bio_spans(gold))
        p = set(bio_spans(pred))
        for s in g & p:
            self.tp[s[2]] += 1
        for s in p - g:
            self.fp[s[2]] += 1
        for s in g - p:
            self.fn[s[2]] += 1
        self.tokens += len(gold)
        self.correct_tokens += sum(a == b for a, b in zip(gold, pred, strict=True))

    def merge(self, other: Score) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.tokens += other.tokens
        self.correct_tokens += other.correct_tokens

    def prf(self, typ: str | None = None) -> tuple[float, float, float, int]:
        if typ is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    @property
    def micro_f1(self) -> float:
        return self.prf()[2]

    def table(self, title: str) -> str:
        types = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        lines = [f"{title}: {self.tokens} tokens, token accuracy {self.correct_tokens / max(self.tokens, 1):.4f}",
                 f"  {'type':<6} {'prec':>7} {'rec':>7} {'F1':>7} {'gold':>6}"]
        for t in [*types, None]:
            p, r, f, n = self.prf(t)
            lines.append(f"  {t or 'micro':<6} {p:7.4f} {r:7.4f} {f:7.4f} {n:6d}")
        return "\n".join(lines)


def score(gold: Iterable[Sequence[tuple[str, str]]], predict) -> Score:
    """Score `predict(tokens) -> tags` on gold sentences of (token, tag)."""
    sc = Score()
    for sent in gold:
        if not sent:
            continue
        tokens = [t for t, _ in sent]
        sc.add([t for _, t in sent], predict(tokens))
    return sc


def score_stream(gold: Sequence[Sequence[tuple[str, str]]], predict_many) -> Score:
    """Score `predict_many(list of token lists) -> list of tag lists` on consecutive sentences
    (a stream of articles: the tagger may use the sentences around each one)."""
    sents = [s for s in gold if s]
    preds = predict_many([[t for t, _ in s] for s in sents])
    sc = Score()
    for sent, pred in zip(sents, preds, strict=True):
        sc.add([t for _, t in sent], pred)
    return sc


def run_eval(data: Path, model: Path | None = None, network: bool = False) -> list[tuple[str, Score]]:
    """ANERcorp test (in-domain news) and AQMAR (Wikipedia, out-of-domain) with a saved model,
    the CRF alone or (`network`) mixed with its network."""
    from marsad.ner.tagger import NerTagger
    from marsad.ner.training import corpus

    tagger = NerTagger.load(model, network=network)
    out = []
    out.append(("ANERcorp test", score_stream(corpus.anercorp(data, "test"), tagger.tag_sentences)))
    aqmar = Score()
    for article in corpus.aqmar_articles(data):
        aqmar.merge(score_stream(article, tagger.tag_sentences))
    out.append(("AQMAR (out-of-domain)", aqmar))
    return out
