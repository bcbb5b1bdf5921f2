"""Decoding a linear-chain CRF in numpy, many sentences at once, as crfsuite decodes.

`score` holds the state scores of the tokens of consecutive sentences (one row per token,
one column per label, crfsuite's label order), `trans[i, j]` the weight of label i followed by
label j, `lens` the sentence lengths (zeros allowed). crfsuite has no start or end
transitions; among equal scores the first label wins, as in crfsuite's Viterbi.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import numpy as np

T = TypeVar("T")


def _last_kept(make: Callable[[np.ndarray], T]) -> Callable[[np.ndarray], T]:
    """`make(lens)`, the last one kept (read-only: its arrays are made unwritable): both stages of
    a document decode sentences of one shape."""
    last: list = [b"", ()]

    @functools.wraps(make)
    def kept(lens: np.ndarray) -> T:
        lens = np.asarray(lens)
        key = lens.tobytes()
        if last[0] != key:
            last[:] = key, make(lens)
        return last[1]

    return kept


def viterbi(score: np.ndarray, trans: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Best label per token of concatenated sentences (crfsuite's: the first maximum wins)."""
    n = len(score)
    if not n:
        return np.zeros(0, dtype=np.int64)
    by_step, offsets, active = _steps(lens)
    n_lab = score.shape[1]
    b = active[0]
    # Every step works on flat vectors: alpha[r * L + i] (sentence r, label i) and
    # s[r * L * L + j * L + i] = alpha[r * L + i] + trans[i, j]. Arg-maxima over the last
    # (contiguous) axis are fast in numpy where maxima over an axis of 9 are not: the maxima are
    # gathered after. Sentences are longest first, so the ones still running at step t are a
    # prefix, and each step reads a prefix of the flat layouts (no reshaping of 2-D slices).
    spread, trans_flat, cells = _layout(trans, b)
    # the tokens step by step (step t: position t of every sentence still running), without
    # padding: a batch of many sentences pays for its tokens, not for sentences x the longest
    emit = score.take(by_step, 0).ravel()
    alpha = emit[:b * n_lab]
    ends = np.empty(b * n_lab)
    backs = []
    running = b * n_lab
    for t in range(1, len(active)):
        k = active[t] * n_lab
        if k < running:
            ends[k:running] = alpha[k:]
            alpha = alpha[:k]
            running = k
        s = alpha.take(spread[:k * n_lab])
        s += trans_flat[:k * n_lab]
        arg = s.reshape(k, n_lab).argmax(1)
        backs.append(arg)
        alpha = s.take(arg + cells[:k])
        at = offsets[t] * n_lab
        alpha += emit[at:at + k]
    ends[:running] = alpha
    # backtrack all sentences at once, one numpy step per position (a batch's cost per step is
    # shared by its sentences): `label` holds, for the sentences running at step t, their label
    # at t; a sentence that ends sooner holds its last label until its last position comes
    label = ends.reshape(b, n_lab).argmax(1)
    stepped = np.empty(n, dtype=np.int64)  # labels in `by_step` order
    row_base = cells[:b]  # r * L
    for t in range(len(active) - 1, 0, -1):
        k = active[t]
        stepped[offsets[t]:offsets[t] + k] = label[:k]
        label[:k] = backs[t - 1].take(row_base[:k] + label[:k])
    stepped[:b] = label
    flat = np.empty(n, dtype=np.int64)
    flat[by_step] = stepped
    return flat


@_last_kept
def _steps(lens: np.ndarray) -> tuple[np.ndarray, list[int], list[int]]:
    """Of sentences of lengths `lens` taken longest first: the rows of their tokens in the
    concatenation step by step (position 0 of every sentence, then position 1 of those that
    have one, ...), where each step's rows start, and how many sentences run at each step."""
    sl, starts = _longest_first(lens)
    t_max = int(sl[0])
    active = len(sl) - np.searchsorted(sl[::-1], np.arange(t_max), "right")
    offsets = np.concatenate(([0], np.cumsum(active)))
    step = np.repeat(np.arange(t_max), active)
    row = np.arange(int(offsets[-1])) - np.repeat(offsets[:-1], active)
    by_step = starts[row] + step
    by_step.flags.writeable = False
    return by_step, offsets.tolist(), active.tolist()


def marginals(score: np.ndarray, trans: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """P(label | sentence) per token (forward-backward).

    Run in the probability domain, each step's vector rescaled to sum 1: a matrix product per
    step where the log domain needs exp and log over label pairs, several times faster. The
    scales cancel when each token's row is normalised. Should a row underflow (transition
    weights far beyond any crfsuite gives), the log-domain version answers instead."""
    n, labels = score.shape
    out = np.zeros((n, labels))
    if not n:
        return out
    pad, sl, idx, valid = padded(score, lens)
    b, t_max, _ = pad.shape
    emit = np.exp(pad - pad.max(2, keepdims=True))
    step = np.exp(trans - trans.max())
    fwd = np.empty_like(emit)
    bwd = np.empty_like(emit)
    a = emit[:, 0] / emit[:, 0].sum(1, keepdims=True)
    fwd[:, 0] = a
    for t in range(1, t_max):
        a = (a @ step) * emit[:, t]
        a /= a.sum(1, keepdims=True)
        fwd[:, t] = a
    last = (sl - 1)[:, None]
    beta = np.ones((b, labels))
    bwd[:, t_max - 1] = beta
    for t in range(t_max - 2, -1, -1):
        nxt = (emit[:, t + 1] * beta) @ step.T
        nxt /= nxt.sum(1, keepdims=True)
        beta = np.where(t < last, nxt, 1.0)
        bwd[:, t] = beta
    p = (fwd * bwd)[valid]
    total = p.sum(1, keepdims=True)
    if not np.all(np.isfinite(total)) or not np.all(total > 0):
        return log_marginals(score, trans, lens)
    out[idx[valid]] = p / total
    return out


def log_marginals(score: np.ndarray, trans: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """`marginals` in the log domain: slower, safe from underflow whatever the weights."""
    n, labels = score.shape
    out = np.zeros((n, labels))
    if not n:
        return out
    pad, sl, idx, valid = padded(score, lens)
    b, t_max, _ = pad.shape
    fwd = np.zeros_like(pad)
    bwd = np.zeros_like(pad)
    fwd[:, 0] = pad[:, 0]
    for t in range(1, t_max):
        fwd[:, t] = _logsumexp(fwd[:, t - 1, :, None] + trans, 1) + pad[:, t]
    last = sl - 1
    for t in range(t_max - 2, -1, -1):
        nxt = _logsumexp(trans + (pad[:, t + 1] + bwd[:, t + 1])[:, None, :], 2)
        bwd[:, t] = np.where((t < last)[:, None], nxt, 0.0)
    log_z = _logsumexp(fwd[np.arange(b), last], 1)
    rows = np.nonzero(valid)[0]  # cells past a sentence's end are left out
    out[idx[valid]] = np.exp((fwd + bwd)[valid] - log_z[rows][:, None])
    return out


_LAYOUT: dict[tuple[bytes, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _layout(trans: np.ndarray, sentences: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For `sentences` sentences in the flat step layout: the alpha cell each cell of a step
    reads, the transition weight it adds, and where each (sentence, label)'s block starts."""
    n_lab = len(trans)
    size = 64  # made for a power of two sentences at least: a document's counts vary
    while size < sentences:
        size *= 2
    key = (trans.tobytes(), size)
    got = _LAYOUT.get(key)
    if got is None:
        if len(_LAYOUT) > 16:
            _LAYOUT.clear()
        spread = (np.arange(size)[:, None] * n_lab + np.tile(np.arange(n_lab), n_lab)).ravel()
        weights = np.tile(np.ascontiguousarray(trans.T).ravel(), size)
        got = _LAYOUT[key] = (spread, weights, np.arange(size * n_lab) * n_lab)
    return got


def _logsumexp(x: np.ndarray, axis: int) -> np.ndarray:
    top = x.max(axis, keepdims=True)
    return (np.log(np.exp(x - top).sum(axis, keepdims=True)) + top).squeeze(axis)


def padded(score: np.ndarray, lens: np.ndarray):
    """Sentences as a (sentence, position, label) array, longest first (for active prefixes)."""
    sl, idx, valid = _shape(lens)
    return score[idx], sl, idx, valid


def _longest_first(lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Of the non-empty sentences of lengths `lens`, longest first (ties in order): their
    lengths and the row each starts at in the concatenation."""
    keep = np.flatnonzero(lens > 0)
    order = keep[np.argsort(-lens[keep], kind="stable")]
    return lens[order], (np.cumsum(lens) - lens)[order]


@_last_kept
def _shape(lens: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of sentences of lengths `lens`, longest first: their lengths, each cell's row in the
    concatenation, and which cells are inside a sentence."""
    sl, starts = _longest_first(lens)
    t_max = int(sl[0])
    pos = np.arange(t_max)
    valid = pos[None, :] < sl[:, None]
    idx = np.where(valid, starts[:, None] + pos, 0)
    for a in (sl, idx, valid):
        a.flags.writeable = False
    return sl, idx, valid
