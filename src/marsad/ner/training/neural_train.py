"""Training the network of `marsad.ner.neural` with PyTorch (`pip install 'marsad[train]'`).

Only training needs torch: the result is saved as numpy arrays, and before saving, the numpy
forward pass is checked against torch's on training sentences. Fixed seed, one order of
batches, two threads: the same data gives the same model.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.ner.features import FeatureExtractor
from marsad.ner.neural import MAX_CHARS, UNKNOWN, NetworkInputs, NeuralNer, cue_signature
from marsad.ner.training.corpus import Sentence

TOLERANCE = 1e-3  # largest difference allowed between numpy's and torch's label scores


@dataclass
class NetConfig:
    word_dim: int = 100
    char_dim: int = 32
    filters: int = 64
    cue_dim: int = 16
    gazetteer_dim: int = 16
    hidden: int = 64  # 128 gave the same mixed F1 on held-out ANERcorp train (within seed noise), 2x slower
    dropout: float = 0.5
    word_dropout: float = 0.05  # share of known words replaced by the unknown word in training
    epochs: int = 30
    batch: int = 16
    rate: float = 2e-3
    late_rate: float = 0.3  # the rate's factor for the last 40% of the epochs
    min_word_count: int = 2
    seed: int = 13
    threads: int = 2


def require_torch():
    """The torch module, or RuntimeError saying how to install it (checked before any training)."""
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError("training the NER network needs PyTorch: pip install 'marsad[train]' "
                           "(or train the CRF alone with --no-network)") from exc
    return torch


def vocabularies(sentences: Sequence[Sentence], fx: FeatureExtractor, min_count: int) -> tuple[list[str], list[str], list[str]]:
    """Words (seen `min_count` times), letters (twice) and word classes of the training text,
    each list starting with the padding and unknown entries."""
    words: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for sent in sentences:
        for tok, _ in sent:
            w = fx.word(tok)
            words[w.bare] += 1
            chars.update(tok[:MAX_CHARS])
            cues[cue_signature(w)] += 1
    head = ["<pad>", "<unk>"]
    return ([*head, *sorted(w for w, c in words.items() if c >= min_count)],
            [*head, *sorted(c for c, k in chars.items() if k >= 2)],
            [*head, *sorted(cues)])


def build_network(torch, cfg: NetConfig, n_words: int, n_chars: int, n_cues: int, n_labels: int):
    nn = torch.nn
    from marsad.ner.neural import GAZETTEER_TAGS

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding(n_words, cfg.word_dim, padding_idx=0)
            self.cemb = nn.Embedding(n_chars, cfg.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(cfg.char_dim, cfg.filters, 3, padding=1)
            self.qemb = nn.Embedding(n_cues, cfg.cue_dim)
            self.gemb = nn.Embedding(len(GAZETTEER_TAGS), cfg.gazetteer_dim)
            self.drop = nn.Dropout(cfg.dropout)
            d = cfg.word_dim + cfg.filters + cfg.cue_dim + cfg.gazetteer_dim
            self.lstm = nn.LSTM(d, cfg.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * cfg.hidden, n_labels)
            self.trans = nn.Parameter(torch.zeros(n_labels, n_labels))

        def emissions(self, w, ch, q, g, lens):
            b, t, c = ch.shape
            e = self.cemb(ch.view(b * t, c)).transpose(1, 2)
            conv = torch.relu(self.conv(e))
            # positions past a word's last letter take no part in the maximum
            letters = (ch.view(b * t, c) > 0).unsqueeze(1)
            conv = conv.masked_fill(~letters, -1e4).max(2).values
            conv = torch.where(letters.any(2), conv, torch.zeros_like(conv)).view(b, t, -1)
            x = torch.cat([self.wemb(w), conv, self.qemb(q), self.gemb(g)], 2)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            return self.out(self.drop(h))

        def nll(self, em, y, mask):
            """Negative log-likelihood of a CRF without start or end weights (as crfsuite's)."""
            score = em[:, 0].gather(1, y[:, :1]).squeeze(1)
            alpha = em[:, 0]
            for t in range(1, em.shape[1]):
                m = mask[:, t]
                step = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
                score = score + step * m
                nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, t].unsqueeze(1), dim=1)
                alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
            return (torch.logsumexp(alpha, 1) - score).sum()

    return Network()


def _encode(inputs: NetworkInputs, tokens: list[str]) -> tuple[list[int], list[list[int]], list[int], list[int]]:
    forms = [inputs.form(t) for t in tokens]
    return [f[0] for f in forms], [f[1] for f in forms], [f[2] for f in forms], inputs.gazetteer(tokens)


def _batch(torch, items, labels=None, word_dropout: float = 0.0, rng: random.Random | None = None):
    b = len(items)
    t = max(len(it[0]) for it in items)
    c = max(len(ch) for it in items for ch in it[1])
    w = torch.zeros(b, t, dtype=torch.long)
    ch = torch.zeros(b, t, c, dtype=torch.long)
    q = torch.zeros(b, t, dtype=torch.long)
    g = torch.zeros(b, t, dtype=torch.long)
    y = torch.zeros(b, t, dtype=torch.long)
    mask = torch.zeros(b, t)
    for i, (ws, cs, qs, gs) in enumerate(items):
        n = len(ws)
        if word_dropout and rng is not None:
            ws = [UNKNOWN if rng.random() < word_dropout else x for x in ws]
        w[i, :n] = torch.tensor(ws)
        q[i, :n] = torch.tensor(qs)
        g[i, :n] = torch.tensor(gs)
        mask[i, :n] = 1
        for j, letters in enumerate(cs):
            ch[i, j, :len(letters)] = torch.tensor(letters)
        if labels is not None:
            y[i, :n] = torch.tensor(labels[i])
    lens = torch.tensor([len(it[0]) for it in items])
    return (w, ch, q, g, lens), y, mask


def train_network(sentences: Sequence[Sentence], fx: FeatureExtractor, out: Path, cfg: NetConfig | None = None,
                  log: Callable[[str], object] = print) -> float:
    """Train on `sentences`, save the arrays to `out` (.npz), return the seconds taken."""
    torch = require_torch()
    cfg = cfg or NetConfig()
    torch.manual_seed(cfg.seed)
    torch.set_num_threads(cfg.threads)
    rng = random.Random(cfg.seed)
    t0 = time.perf_counter()
    sentences = [s for s in sentences if s]
    labels = sorted({t for s in sentences for _, t in s}, key=lambda x: (x != "O", x))
    lab = {t: i for i, t in enumerate(labels)}
    words, chars, cues = vocabularies(sentences, fx, cfg.min_word_count)
    inputs = NetworkInputs(fx, words, chars, cues)
    data = [_encode(inputs, [t for t, _ in s]) for s in sentences]
    gold = [[lab[t] for _, t in s] for s in sentences]
    net = build_network(torch, cfg, len(words), len(chars), len(cues), len(labels))
    opt = torch.optim.Adam(net.parameters(), lr=cfg.rate)
    late = int(cfg.epochs * 0.6)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 if e < late else cfg.late_rate)
    order = sorted(range(len(data)), key=lambda i: len(data[i][0]))  # similar lengths per batch
    batches = [order[i:i + cfg.batch] for i in range(0, len(order), cfg.batch)]
    net.train()
    for epoch in range(cfg.epochs):
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            x, y, mask = _batch(torch, [data[i] for i in b], [gold[i] for i in b], cfg.word_dropout, rng)
            loss = net.nll(net.emissions(*x), y, mask) / len(b)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        log(f"  network epoch {epoch + 1}/{cfg.epochs}: loss {total / len(batches):.3f} "
            f"({time.perf_counter() - t0:.0f} s)")
    net.eval()
    save(net, out, labels, words, chars, cues)
    check(net, torch, out, fx, [[t for t, _ in s] for s in sentences[:200]], inputs)
    return time.perf_counter() - t0


def save(net, out: Path, labels: list[str], words: list[str], chars: list[str], cues: list[str]) -> None:
    def arr(t) -> np.ndarray:
        return t.detach().numpy().astype(np.float32)

    lstm = net.lstm
    np.savez_compressed(
        out, labels=np.array(labels), words=np.array(words), chars=np.array(chars), cues=np.array(cues),
        wemb=arr(net.wemb.weight), cemb=arr(net.cemb.weight), qemb=arr(net.qemb.weight),
        gemb=arr(net.gemb.weight), conv_w=arr(net.conv.weight), conv_b=arr(net.conv.bias),
        w_ih=arr(lstm.weight_ih_l0), w_hh=arr(lstm.weight_hh_l0), b_ih=arr(lstm.bias_ih_l0),
        b_hh=arr(lstm.bias_hh_l0), w_ih_reverse=arr(lstm.weight_ih_l0_reverse),
        w_hh_reverse=arr(lstm.weight_hh_l0_reverse), b_ih_reverse=arr(lstm.bias_ih_l0_reverse),
        b_hh_reverse=arr(lstm.bias_hh_l0_reverse), out_w=arr(net.out.weight), out_b=arr(net.out.bias),
        trans=net.trans.detach().numpy().astype(np.float64),
    )


def check(net, torch, path: Path, fx: FeatureExtractor, sentences: list[list[str]], inputs: NetworkInputs) -> float:
    """Largest difference between numpy's and torch's label scores; raises above TOLERANCE."""
    model = NeuralNer(path, fx)
    ours, lens = model.emissions(sentences)
    with torch.no_grad():
        x, _, mask = _batch(torch, [_encode(inputs, s) for s in sentences])
        theirs = net.emissions(*x)[mask > 0].numpy()
    diff = float(np.abs(ours - theirs).max()) if len(ours) else 0.0
    if diff > TOLERANCE:
        raise RuntimeError(f"the numpy network differs from torch's by {diff:.2e} (tolerance {TOLERANCE})")
    return diff
