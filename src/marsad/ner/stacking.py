"""Second-stage features: what the first-stage model said about the same word nearby.

A name is often introduced once in a telling context ("الرسام الإسباني سلفادور دالي") and then
repeated bare ("دالي"). The second stage sees, for every token, the first stage's labels for
the token and its neighbours and the types the first stage gave to the same word (clitics and
article stripped) in the sentences around it (WINDOW sentences either side). At training time
the first-stage labels come from models that did not see the sentence (k-fold jackknife), so
the second stage learns how far to trust them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

WINDOW = 10
TYPES = ("O", "PER", "ORG", "LOC", "MISC")


class Lexicon:
    """How often each word (bare key) was labelled O / PER / ORG / LOC / MISC in training.

    The second stage learns from it what an unseen word (`oov`) or a word seen only outside
    names means. At training time each fold sees the lexicon of the *other* folds (`minus`),
    so an unseen word in training behaves like an unseen word at tagging time.
    """

    def __init__(self, counts: dict[str, list[int]], minus: dict[str, list[int]] | None = None) -> None:
        self.counts = counts
        self.minus = minus or {}

    @classmethod
    def build(cls, keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> dict[str, list[int]]:
        counts: dict[str, list[int]] = {}
        index = {t: i for i, t in enumerate(TYPES)}
        for ks, ts in zip(keys, tags, strict=True):
            for k, t in zip(ks, ts, strict=True):
                c = counts.get(k)
                if c is None:
                    c = counts[k] = [0] * len(TYPES)
                c[index[t[2:] if t != "O" else "O"]] += 1
        return counts

    def get(self, key: str) -> list[int] | None:
        c = self.counts.get(key)
        m = self.minus.get(key)
        if c is not None and m is not None:
            c = [a - b for a, b in zip(c, m, strict=True)]
        return c if c is not None and any(c) else None

    def category(self, key: str) -> tuple[str, str]:
        """(entity-rate bucket or "oov", most frequent entity type or "")."""
        c = self.get(key)
        if c is None:
            return "oov", ""
        ent = sum(c) - c[0]
        if not ent:
            return "0", ""
        frac = ent / sum(c)
        bucket = "hi" if frac >= 0.7 else "mid" if frac >= 0.3 else "lo"
        best = max(range(1, len(TYPES)), key=c.__getitem__)
        return bucket, TYPES[best]

    def save(self, path, header: Sequence[str]) -> None:
        write_counts(path, [*header, "key\t" + "\t".join(TYPES)], self.counts)

    @classmethod
    def load(cls, path) -> Lexicon:
        return cls(read_counts(path))


def read_counts(path) -> dict[str, list[int]]:
    """A `key<TAB>count<TAB>count...` file (the lexicon here, charmodel's n-grams); `#` lines skipped."""
    counts: dict[str, list[int]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            k, *vals = line.rstrip("\n").split("\t")
            counts[k] = [int(v) for v in vals]
    return counts


def write_counts(path, header: Sequence[str], counts: dict[str, list[int]]) -> None:
    """`counts` as `read_counts` reads them, keys sorted, after `# ` header lines."""
    with open(path, "w", encoding="utf-8") as fh:
        for line in header:
            fh.write(f"# {line}\n")
        for k in sorted(counts):
            fh.write(k + "\t" + "\t".join(map(str, counts[k])) + "\n")


@dataclass
class States:
    """Per token of a run of sentences (concatenated), the facts its second-stage features are
    made of: `codes[name][p]` indexes `values[name]`. `token_features(**facts)` turns one
    token's facts into strings; `marsad.ner.compiled` sums the weights of the same strings
    once per distinct combination of facts."""

    codes: dict[str, np.ndarray]
    values: dict[str, tuple]

    def facts(self, p: int) -> dict[str, object]:
        return {name: self.values[name][int(c[p])] for name, c in self.codes.items()}


_DF = ("0", "1", "2+")


def states(kid: np.ndarray, klen: np.ndarray, tags: np.ndarray, lens: Sequence[int], labels: Sequence[str],
           cat: np.ndarray | None = None, cat_values: Sequence[tuple[str, str]] = (),
           window: int = WINDOW) -> States:
    """The facts of every token. `kid[p]` identifies the bare key of token p (equal ids for equal
    keys), `klen[p]` is its length, `tags[p]` its first-stage label (an index into `labels`),
    `lens` the sentence lengths (empty sentences count towards the window), `cat[p]` the
    lexicon category of the key (an index into `cat_values`; None without a lexicon).

    Document memory: the counts of the types the first stage gave to the same key (keys of
    two letters or more) in the sentences within `window` of the token's own."""
    kid = np.asarray(kid, dtype=np.int64)
    klen = np.asarray(klen, dtype=np.int64)
    tags = np.asarray(tags, dtype=np.int64)
    lens_a = np.asarray(lens, dtype=np.int64)
    n_tok = len(kid)
    n_sent = max(len(lens_a), 1)
    sent = np.repeat(np.arange(len(lens_a), dtype=np.int64), lens_a)
    types = list(TYPES)
    for y in labels:
        if y != "O" and y[2:] not in types:
            types.append(y[2:])
    nt = len(types)
    ltype = np.array([types.index(y[2:]) if y != "O" else 0 for y in labels], dtype=np.int64)
    ty = ltype[tags] if n_tok else np.zeros(0, dtype=np.int64)

    occ = klen > 1
    kt = kid * nt + ty  # (key, type) of every token
    oc = np.sort(kt[occ] * n_sent + sent[occ])
    # the types a key was given, in order of first occurrence: ties between types go to the first
    first_kt, first_at = np.unique(kt[occ], return_index=True)
    q = np.flatnonzero(occ)
    # count, for every token, each type its key was given: the key's run of `first_kt`
    g_lo = np.searchsorted(first_kt, kid[q] * nt)
    g_n = np.searchsorted(first_kt, kid[q] * nt + nt) - g_lo
    qi = np.repeat(np.arange(len(q)), g_n)
    grp = np.repeat(g_lo - (np.cumsum(g_n) - g_n), g_n) + np.arange(int(g_n.sum()))
    g = first_kt[grp]
    s = sent[q][qi]
    lo = g * n_sent + np.maximum(s - window, 0)
    hi = g * n_sent + np.minimum(s + window, n_sent - 1)
    counts = np.zeros((len(q), nt), dtype=np.int64)
    counts[qi, g % nt] = np.searchsorted(oc, hi, "right") - np.searchsorted(oc, lo, "left")
    big = n_tok + 1
    first_seen = np.full((len(q), nt), big, dtype=np.int64)
    first_seen[qi, g % nt] = first_at[grp]

    df = np.zeros(n_tok, dtype=np.int64)
    long = klen[q] > 2
    seen = counts.sum(1) - 1
    df[q[long]] = np.minimum(np.maximum(seen[long], 0), 2)

    others = counts.copy()
    others[np.arange(len(q)), ty[q]] -= 1  # the token itself does not count
    ent = others[:, 1:]
    score = np.where(ent > 0, ent * big - first_seen[:, 1:], -1)
    best = score.argmax(1) if len(q) else np.zeros(0, dtype=np.int64)
    has = score.max(1) >= 0 if len(q) else np.zeros(0, dtype=bool)
    major = ent[np.arange(len(q)), best] >= others[:, 0]
    dm = np.zeros(n_tok, dtype=np.int64)  # 0: none, else 1 + 2 * (type - 1) + major
    dm[q[has]] = 1 + 2 * best[has] + major[has]
    dm_values = (None, *((types[1 + t], bool(m)) for t in range(nt - 1) for m in (0, 1)))

    starts = np.cumsum(lens_a) - lens_a
    first = np.zeros(n_tok, dtype=bool)
    first[starts[lens_a > 0]] = True
    last = np.zeros(n_tok, dtype=bool)
    last[(starts + lens_a - 1)[lens_a > 0]] = True

    def shifted(x: np.ndarray, o: int, none: int) -> np.ndarray:
        out = np.full(n_tok, none, dtype=np.int64)
        if o < 0:
            out[1:] = x[:-1]
            out[first] = none
        else:
            out[:-1] = x[1:]
            out[last] = none
        return out

    n_lab = len(labels)
    lab_values = (*labels, None)
    codes = {"own": tags, "prev": shifted(tags, -1, n_lab), "nxt": shifted(tags, 1, n_lab), "df": df,
             "dm": dm, "dm_prev": shifted(dm, -1, 0), "dm_next": shifted(dm, 1, 0)}
    values: dict[str, tuple] = {"own": tuple(labels), "prev": lab_values, "nxt": lab_values, "df": _DF,
                                "dm": dm_values, "dm_prev": dm_values, "dm_next": dm_values}
    if cat is not None:
        cat = np.asarray(cat, dtype=np.int64)
        cv = (*cat_values, None)
        codes.update(cat=cat, cat_prev=shifted(cat, -1, len(cat_values)), cat_next=shifted(cat, 1, len(cat_values)))
        values.update(cat=tuple(cat_values), cat_prev=cv, cat_next=cv)
    return States(codes, values)


def token_features(own: str, prev: str | None, nxt: str | None, df: str,
                   dm: tuple[str, bool] | None, dm_prev: tuple[str, bool] | None,
                   dm_next: tuple[str, bool] | None, cat: tuple[str, str] | None = None,
                   cat_prev: tuple[str, str] | None = None, cat_next: tuple[str, str] | None = None) -> list[str]:
    """Second-stage features of a token from its facts (see `states`); a neighbour's fact is
    None at the sentence edge, `cat` is None without a lexicon."""
    f = ["df=" + df]
    if cat is not None:
        bucket, typ = cat
        f.append("df|lx=" + df + "|" + bucket)
        f.append("lx=" + bucket)
        f.append("lx|s1=" + bucket + "|" + own)
        if typ:
            f.append("lxT=" + typ)
            f.append("lxT|b=" + typ + bucket)
        f.append("-1lx=" + (cat_prev[0] if cat_prev is not None else "<s>"))
        f.append("+1lx=" + (cat_next[0] if cat_next is not None else "</s>"))
    f.append("s1=" + own)
    f.append("s1-1=" + (prev if prev is not None else "<s>"))
    f.append("s1+1=" + (nxt if nxt is not None else "</s>"))
    if dm_prev:
        f.append("dm-1=" + dm_prev[0])
    if dm_next:
        f.append("dm+1=" + dm_next[0])
    if dm:
        best, major = dm
        f.append("dm=" + best)
        f.append("dm|s1=" + best + "|" + (own[2:] if own != "O" else "O"))
        if major:
            f.append("dmaj=" + best)
    return f


def features(keys: list[list[str]], tags1: list[list[str]], window: int = WINDOW,
             lexicon=None) -> list[list[list[str]]]:
    """Second-stage features to add to the first-stage ones, per sentence and token, for a run
    of consecutive sentences: `keys[i][j]` is the bare key of token j of sentence i and
    `tags1[i][j]` its first-stage label. `lexicon` is a Lexicon, or a function from sentence
    index to Lexicon (training folds), or None."""
    labels = sorted({t for ts in tags1 for t in ts} | {"O"})
    lab_index = {t: i for i, t in enumerate(labels)}
    key_index: dict[str, int] = {}
    flat_keys = [k for ks in keys for k in ks]
    kid = [key_index.setdefault(k, len(key_index)) for k in flat_keys]
    tags = [lab_index[t] for ts in tags1 for t in ts]
    lens = [len(ks) for ks in keys]
    for ks, ts in zip(keys, tags1, strict=True):
        if len(ks) != len(ts):
            raise ValueError("keys and tags of a sentence differ in length")
    cat = None
    cat_values: list[tuple[str, str]] = []
    if lexicon is not None:
        cat_index: dict[tuple[str, str], int] = {}
        cat = []
        for i, ks in enumerate(keys):
            lex = lexicon(i) if callable(lexicon) else lexicon
            for k in ks:
                cat.append(cat_index.setdefault(lex.category(k), len(cat_index)))
        cat_values = list(cat_index)
    st = states(np.array(kid, dtype=np.int64), np.array([len(k) for k in flat_keys], dtype=np.int64),
                np.array(tags, dtype=np.int64), lens, labels,
                None if cat is None else np.array(cat, dtype=np.int64), cat_values, window)
    out: list[list[list[str]]] = []
    p = 0
    for n in lens:
        out.append([token_features(**st.facts(p + j)) for j in range(n)])
        p += n
    return out
