"""The NER model's second opinion: a small BiLSTM-CRF over words, letters and name lists.

The CRF (`marsad.ner.compiled`) sees a token through hand-made features; this network learns
its own view of the same sentence: an embedding of the word (clitics and article removed), a
convolution over its letters (so an unseen "ستولتنبرغ" still looks like a name), the cue and
name-list classes the CRF's extractor gives the word, and the gazetteer match it sits in, read
left to right and right to left by an LSTM. The two models err on different names, so the
tagger decodes from the average of their label probabilities (`mix`).

The network is trained with PyTorch (`marsad.ner.training.neural_train`, only needed to train) and
shipped as plain arrays (`models/ner_neural.npz`); here it runs in numpy. What depends on the
word form alone (its embedding, letters and classes, already multiplied into the LSTM's input
weights) is computed once per form and remembered.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad.ner.features import FeatureExtractor, Word
from marsad.ner.viterbi import marginals, padded, viterbi

MAX_CHARS = 20  # letters of a token the convolution reads
GAZETTEER_TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
UNKNOWN = 1  # every vocabulary starts with padding (0) and the unknown entry (1)
FORMS_MAX = 60_000  # remembered word forms (~2.5 kB each); then all are forgotten


def cue_signature(w: Word) -> str:
    """The classes the extractor gives a word (cue words, name-list words, article, given
    name) as one string: the network embeds the combination."""
    return "|".join(sorted(f for f in w.own if f.startswith(("cue=", "gw=")) or f in ("al", "fn")))


_GAZETTEER_INDEX = {t: i for i, t in enumerate(GAZETTEER_TAGS)}


def gazetteer_ids(tags: Sequence[str]) -> list[int]:
    return [_GAZETTEER_INDEX.get(t, 0) for t in tags]


class NetworkInputs:
    """Maps tokens to the network's input ids: the same at training and tagging time."""

    def __init__(self, extractor: FeatureExtractor, words: Sequence[str], chars: Sequence[str],
                 cues: Sequence[str]) -> None:
        self.fx = extractor
        self.words = {w: i for i, w in enumerate(words)}
        self.chars = {c: i for i, c in enumerate(chars)}
        self.cues = {c: i for i, c in enumerate(cues)}

    def form(self, text: str) -> tuple[int, list[int], int]:
        """(word id, letter ids (never empty), class id) of one token."""
        w = self.fx.word(text)
        letters = [self.chars.get(c, UNKNOWN) for c in text[:MAX_CHARS]] or [UNKNOWN]
        return self.words.get(w.bare, UNKNOWN), letters, self.cues.get(cue_signature(w), UNKNOWN)

    def gazetteer(self, tokens: Sequence[str]) -> list[int]:
        tags = self.fx.gazetteer_tags([self.fx.word(t) for t in tokens])
        return gazetteer_ids(tags) if tags is not None else [0] * len(tokens)


class NeuralNer:
    """The trained network in numpy: `marginals(sentences)` -> P(label) per token."""

    def __init__(self, path: Path, extractor: FeatureExtractor) -> None:
        with np.load(path, allow_pickle=False) as z:
            a = {k: z[k] for k in z.files}
        self.labels: list[str] = a["labels"].tolist()
        self.inputs = NetworkInputs(extractor, a["words"].tolist(), a["chars"].tolist(), a["cues"].tolist())
        self.wemb, self.cemb, self.qemb, self.gemb = a["wemb"], a["cemb"], a["qemb"], a["gemb"]
        # the letter convolution as one matrix over windows of 3 letters: (3 * char dim, filters)
        conv_w = a["conv_w"]  # (filters, char dim, 3)
        self.conv = np.ascontiguousarray(conv_w.transpose(0, 2, 1).reshape(conv_w.shape[0], -1).T)
        self.conv_b = a["conv_b"]
        # Gates reordered from torch's (i, f, g, o) to (i, f, o, g), the sigmoid gates' rows
        # halved: one tanh over all four then gives the sigmoids as 0.5 * tanh(x / 2) + 0.5.
        h = a["w_hh"].shape[1]
        order = np.r_[0:2 * h, 3 * h:4 * h, 2 * h:3 * h]
        scale = np.r_[np.full(3 * h, 0.5), np.ones(h)].astype(np.float32)

        def gates(x: np.ndarray) -> np.ndarray:
            return x[order] * (scale[:, None] if x.ndim == 2 else scale)

        w_ih = np.stack([gates(a["w_ih"]), gates(a["w_ih_reverse"])])  # (2, 4H, D)
        self.w_hh = np.ascontiguousarray(np.stack([gates(a["w_hh"]), gates(a["w_hh_reverse"])]).transpose(0, 2, 1))
        self.bias = np.stack([gates(a["b_ih"] + a["b_hh"]), gates(a["b_ih_reverse"] + a["b_hh_reverse"])])
        self.hidden = h
        static = self.wemb.shape[1] + self.conv.shape[1] + self.qemb.shape[1]
        # input weights split: the per-form part (word, letters, classes) and the gazetteer part
        self.w_static = np.ascontiguousarray(w_ih[:, :, :static].transpose(2, 0, 1).reshape(static, -1))
        self.gz_rows = self.gemb @ w_ih[:, :, static:].transpose(2, 0, 1).reshape(self.gemb.shape[1], -1)
        self.out_w, self.out_b, self.trans = a["out_w"].T.copy(), a["out_b"], a["trans"]
        self._forms: dict[str, int] = {}
        self._table = np.zeros((1024, self.w_static.shape[1]), dtype=np.float32)

    # --- per word form ---------------------------------------------------------------------
    def _letters(self, ids: list[int]) -> np.ndarray:
        """Max over positions of the letter convolution (zero padding at both edges, as torch's)."""
        e = np.zeros((len(ids) + 2, self.cemb.shape[1]), dtype=np.float32)
        e[1:-1] = self.cemb[ids]
        win = np.concatenate([e[:-2], e[1:-1], e[2:]], axis=1)  # (n, 3 * char dim)
        return np.maximum(win @ self.conv + self.conv_b, 0.0).max(0)

    def _rows(self, tokens: list[str]) -> np.ndarray:
        forms = self._forms
        if len(forms) > FORMS_MAX:
            forms.clear()
        new = [t for t in dict.fromkeys(tokens) if t not in forms]
        if new:
            vecs = []
            for t in new:
                wid, letters, qid = self.inputs.form(t)
                vecs.append(np.concatenate([self.wemb[wid], self._letters(letters), self.qemb[qid]]))
            start = len(forms)
            need = start + len(new)
            if need > len(self._table):
                grown = np.zeros((max(need, 2 * len(self._table)), self._table.shape[1]), dtype=np.float32)
                grown[:start] = self._table[:start]
                self._table = grown
            self._table[start:need] = np.stack(vecs) @ self.w_static
            for i, t in enumerate(new):
                forms[t] = start + i
        return np.fromiter((forms[t] for t in tokens), dtype=np.int64, count=len(tokens))

    # --- sentences -------------------------------------------------------------------------
    def emissions(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(label scores per token of the concatenated sentences, sentence lengths)."""
        lens = np.array([len(s) for s in sentences], dtype=np.int64)
        flat = [t for s in sentences for t in s]
        n, h = len(flat), self.hidden
        if not n:
            return np.zeros((0, len(self.labels)), dtype=np.float32), lens
        gz = np.fromiter((g for s in sentences if s for g in self.inputs.gazetteer(s)), dtype=np.int64, count=n)
        rows = self._rows(flat)  # may grow the table: before reading it
        pre = self._table[rows] + self.gz_rows[gz] + self.bias.reshape(-1)  # (n, 2 * 4H)
        pad, sl, idx, valid = padded(pre, lens)  # (b, t, 8H), longest sentence first
        b, t_max, _ = pad.shape
        # the backward direction reads each sentence from its own last token
        pos = np.arange(t_max)
        rev = np.where(valid, sl[:, None] - 1 - pos, pos)
        fwd_in = pad[:, :, : 4 * h]
        bwd_in = pad[np.arange(b)[:, None], rev][:, :, 4 * h:]
        steps = np.stack([fwd_in, bwd_in]).transpose(2, 0, 1, 3)  # (t, 2, b, 4H)
        active = (sl[None, :] > pos[:, None]).sum(1).tolist()
        hs = np.zeros((2, b, h), dtype=np.float32)
        cs = np.zeros((2, b, h), dtype=np.float32)
        out = np.zeros((t_max, 2, b, h), dtype=np.float32)
        w_hh = self.w_hh
        for t in range(t_max):
            k = active[t]  # sentences still running are a prefix: the state shrinks to it
            hs, cs = hs[:, :k], cs[:, :k]
            g = np.tanh(steps[t, :, :k] + np.matmul(hs, w_hh))
            sig = g[..., :3 * h] * 0.5 + 0.5  # input, forget, output gates
            cs = sig[..., h:2 * h] * cs + sig[..., :h] * g[..., 3 * h:]
            hs = sig[..., 2 * h:] * np.tanh(cs)
            out[t, :, :k] = hs
        fwd = out[:, 0].transpose(1, 0, 2)  # (b, t, H)
        bwd = out[:, 1].transpose(1, 0, 2)[np.arange(b)[:, None], rev]
        both = np.concatenate([fwd, bwd], axis=2)[valid]  # (n, 2H), padded order
        score = np.zeros((n, len(self.labels)), dtype=np.float32)
        score[idx[valid]] = both @ self.out_w + self.out_b
        return score, lens

    def marginals(self, sentences: list[list[str]]) -> np.ndarray:
        score, lens = self.emissions(sentences)
        return marginals(score.astype(np.float64), self.trans, lens)


def bio_transitions(labels: Sequence[str]) -> np.ndarray:
    """Transition scores that forbid an I- label after anything but its own type (0 or -1e9);
    built once per label order (read-only: shared by every call)."""
    return _bio_transitions(tuple(labels))


@lru_cache(maxsize=8)
def _bio_transitions(labels: tuple[str, ...]) -> np.ndarray:
    n = len(labels)
    trans = np.zeros((n, n))
    for j, y in enumerate(labels):
        if y.startswith("I-"):
            for i, x in enumerate(labels):
                if x[2:] != y[2:]:
                    trans[i, j] = -1e9
    trans.setflags(write=False)
    return trans


def mix(crf: np.ndarray, network: np.ndarray, lens: np.ndarray, labels: Sequence[str],
        weight: float = 0.5) -> np.ndarray:
    """Labels decoded from `weight` x the CRF's label probabilities + the rest x the network's
    (both in `labels` order), with well-formed BIO: an I- label only inside its own type."""
    p = weight * crf + (1.0 - weight) * network
    first = np.zeros(len(p), dtype=bool)
    first[(np.cumsum(lens) - lens)[lens > 0]] = True
    score = np.log(p + 1e-9)
    # an I- label cannot open a sentence either
    opens = np.array([y.startswith("I-") for y in labels])
    score[np.ix_(first, opens)] = -1e9
    return viterbi(score, bio_transitions(labels), lens)
