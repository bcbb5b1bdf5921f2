"""The weights of crfsuite models as numpy arrays, the tables `compiled.CompiledNer` sums from.

`Crf` reads one model's labels and transitions, `Weights` puts the state weights of several
models side by side (one row per attribute string), and `CombinationRows` caches the summed
rows of combinations of facts (gazetteer contexts, second-stage states) computed once each.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

COMBOS_MAX = 50_000  # cached gazetteer / second-stage combinations
# Runs of rows `Weights.sum_rows` sums per gather: ~8,000 rows of 18 weights (~1 MB) for the
# slots of new words; 256 to 4,096 measured the same within noise, all ~4x one whole gather.
SUM_BLOCK = 1024


# A weight line of crfsuite's dump, as pycrfsuite's own dump parser reads it ("(1) attr --> label:
# 0.123"): matched over a whole section at once instead of a regular expression call per line
_WEIGHT = re.compile(r"^[ \t]*\(\d+\) (.+) --> (.+): ([+-]?\d+\.\d+)", re.M)


class Crf:
    """Labels and transition weights of one crfsuite model; its state weights go to `Weights`."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        self.labels: list[str] = list(tagger.labels())
        transitions, state = _weights(tagger)
        index = {y: i for i, y in enumerate(self.labels)}
        n = len(self.labels)
        self.trans = np.zeros((n, n))
        for a, b, w in transitions:
            self.trans[index[a], index[b]] = float(w)
        self.state = {(attr, index[y]): float(w) for attr, y, w in state}
        tagger.close()


def _weights(tagger) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(transitions, state features) of an open model as (from, to, weight text) and (attribute,
    label, weight text): the entries of `tagger.info()`, whose line-by-line parse of the dump
    took most of the time a tagger takes to load."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "model.txt"
        tagger.dump(str(dump))
        text = dump.read_bytes().decode("utf-8")  # as pycrfsuite reads it: no newline translation
    sections = {}
    for name in ("TRANSITIONS", "STATE_FEATURES"):
        start = text.index(name + " = {\n")
        sections[name] = text[start:text.index("\n}", start)]
    return _WEIGHT.findall(sections["TRANSITIONS"]), _WEIGHT.findall(sections["STATE_FEATURES"])


class Weights:
    """Attribute string -> row of a (attributes, sum of the models' labels) matrix."""

    def __init__(self, models: Sequence[Crf]) -> None:
        self.index: dict[str, int] = {}
        for m in models:
            for attr, _ in m.state:
                self.index.setdefault(attr, len(self.index))
        self.offsets = np.cumsum([0, *(len(m.labels) for m in models)])
        self.width = int(self.offsets[-1])
        self.matrix = np.zeros((len(self.index) + 1, self.width))  # last row: unknown attribute
        for k, m in enumerate(models):
            base = self.offsets[k]
            for (attr, y), w in m.state.items():
                self.matrix[self.index[attr], base + y] = w
            m.state = {}

    def sums(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """For each group of strings, the sum of their weight rows (in order; unknown strings
        weigh nothing), as a (groups, width) array."""
        get = self.index.get
        unknown = repeat(len(self.index))  # the zero row
        rows: list[int] = []
        for g in groups:
            rows += map(get, g, unknown)
        return self.sum_rows(rows, [len(g) for g in groups])

    def sum_rows(self, rows: list[int], sizes: list[int]) -> np.ndarray:
        """Sums of consecutive runs of weight rows, `sizes` long each (zero-length runs allowed).

        The gathered rows are summed a block of runs at a time (`SUM_BLOCK`): the new words of a
        batch gather ~40 rows each, and gathering them all at once wrote (and read back) an array
        of tens of megabytes; a block stays in the processor's cache (~4x faster). Each run is
        reduced from the same rows in the same order as in one array, so the sums are the same
        to the bit (numpy's pairwise summation depends on a run's length, not on its block)."""
        counts = np.array(sizes, dtype=np.int64)
        out = np.zeros((len(counts), self.width))
        full = np.flatnonzero(counts)  # an empty run adds no row: its sum stays zero
        if not len(full):
            return out
        ends = np.cumsum(counts)[full]
        starts = ends - counts[full]
        at = np.array(rows, dtype=np.int64)
        take = self.matrix.take
        for i in range(0, len(full), SUM_BLOCK):
            j = min(i + SUM_BLOCK, len(full))
            lo, hi = int(starts[i]), int(ends[j - 1])
            out[full[i:j]] = np.add.reduceat(take(at[lo:hi], 0), starts[i:j] - lo)
        return out


class CombinationRows:
    """Vectors of combinations of facts, each computed once from its feature strings."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self.index: dict[object, int] = {}  # combination key -> table row
        self.codes: dict[object, dict[int, int]] = {}  # signature -> integer code -> table row
        self.table = np.zeros((64, weights.width))

    def trim(self) -> None:
        """Forget everything when full (between calls only: rows handed out stay valid within one)."""
        if len(self.index) >= COMBOS_MAX:
            self.index.clear()
            self.codes.clear()

    def rows(self, signature: object, codes: np.ndarray, decode, strings) -> np.ndarray:
        """Table rows of integer-coded combinations: `decode(code)` gives the combination's
        key (under `signature`, the meaning of the codes), `strings(key)` its features."""
        uniq, inv = np.unique(codes, return_inverse=True)
        known = self.codes.setdefault(signature, {})
        get = known.get
        uniq_l = uniq.tolist()
        rows = [get(c) for c in uniq_l]
        if None in rows:
            new: list[tuple[int, list[str]]] = []
            for j, c in enumerate(uniq_l):
                if rows[j] is None:
                    key = decode(c)
                    i = self.index.get(key)
                    if i is None:
                        i = self.index[key] = len(self.index)
                        new.append((i, strings(key)))
                    rows[j] = known[c] = i
            if new:
                self.table = grown(self.table, new[-1][0] + 1)
                self.table[[i for i, _ in new]] = self.weights.sums([g for _, g in new])
        return np.array(rows, dtype=np.int64)[inv]


def grown(a: np.ndarray, rows: int, cap: int | None = None) -> np.ndarray:
    """`a` with zero rows added to hold `rows` rows: doubled (to no more than `cap` rows, unless
    `rows` needs more), so growing is rare."""
    if rows <= len(a):
        return a
    size = max(rows, 2 * len(a) if cap is None else min(2 * len(a), cap))
    # np.zeros, then a copy: the rows not written yet stay pages the kernel has not given (a
    # large calloc is mapped lazily), so a table doubled ahead of need costs no RSS until used
    # (np.concatenate wrote them all: ~45 MB of zeros in the NER word table)
    out = np.zeros((size, *a.shape[1:]), dtype=a.dtype)
    out[: len(a)] = a
    return out
