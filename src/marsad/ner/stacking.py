"""Second-stage features: what the first-stage model said about the same word nearby.

A name is often introduced once in a telling context ("الرسام الإسباني سلفادور دالي") and then
repeated bare ("دالي"). The second stage sees, for every token, the first stage's labels for
the token and its neighbours and the types the first stage gave to the same word (clitics and
article stripped) in the sentences around it (WINDOW sentences either side). At training time
the first-stage labels come from models that did not see the sentence (k-fold jackknife), so
the second stage learns how far to trust them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

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
        with open(path, "w", encoding="utf-8") as fh:
            for line in header:
                fh.write(f"# {line}\n")
            fh.write("# key\t" + "\t".join(TYPES) + "\n")
            for k in sorted(self.counts):
                fh.write(k + "\t" + "\t".join(map(str, self.counts[k])) + "\n")

    @classmethod
    def load(cls, path) -> Lexicon:
        counts: dict[str, list[int]] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                k, *vals = line.rstrip("\n").split("\t")
                counts[k] = [int(v) for v in vals]
        return cls(counts)


def _occurrences(keys: Sequence[str], tags: Sequence[str]) -> list[tuple[str, str]]:
    return [(k, t[2:] if t != "O" else "O") for k, t in zip(keys, tags, strict=True) if len(k) > 1]


def _memory(mem: dict[str, Counter[str]], key: str, own: str) -> tuple[str, bool] | None:
    """The entity type the first stage gave most often to `key` elsewhere in the window, and
    whether that is more often than O; None if it was never an entity elsewhere."""
    c = mem.get(key) if len(key) > 1 else None
    if not c:
        return None
    own_type = own[2:] if own != "O" else "O"
    others = {t: v - (t == own_type) for t, v in c.items()}
    ent = {t: v for t, v in others.items() if t != "O" and v > 0}
    if not ent:
        return None
    best = max(ent, key=ent.__getitem__)
    return best, ent[best] >= others.get("O", 0)


def features(keys: list[list[str]], tags1: list[list[str]], window: int = WINDOW,
             lexicon=None) -> list[list[list[str]]]:
    """Second-stage features to add to the first-stage ones, per sentence and token, for a run
    of consecutive sentences: `keys[i][j]` is the bare key of token j of sentence i and
    `tags1[i][j]` its first-stage label. `lexicon` is a Lexicon, or a function from sentence
    index to Lexicon (training folds), or None."""
    n = len(keys)
    out: list[list[list[str]]] = []
    occ = [_occurrences(k, t) for k, t in zip(keys, tags1, strict=True)]
    mem: dict[str, Counter[str]] = {}

    def update(i: int, sign: int) -> None:
        for k, t in occ[i]:
            c = mem.get(k)
            if c is None:
                c = mem[k] = Counter()
            c[t] += sign

    for i in range(min(window, n - 1) + 1):
        update(i, 1)
    for i in range(n):
        if i > 0:
            if i + window < n:
                update(i + window, 1)
            if i - window - 1 >= 0:
                update(i - window - 1, -1)
        t1 = tags1[i]
        m = len(t1)
        sent: list[list[str]] = []
        out.append(sent)
        lex = lexicon(i) if callable(lexicon) else lexicon
        cats = [lex.category(k) for k in keys[i]] if lex is not None else None
        ks = keys[i]
        dmv = [_memory(mem, ks[j], t1[j]) for j in range(m)]
        for j in range(m):
            f: list[str] = []
            sent.append(f)
            own = t1[j]
            k = ks[j]
            seen = sum(mem[k].values()) - 1 if len(k) > 2 and k in mem else 0
            df = "0" if seen <= 0 else "1" if seen == 1 else "2+"
            f.append("df=" + df)
            if cats is not None:
                bucket, typ = cats[j]
                f.append("df|lx=" + df + "|" + bucket)
                f.append("lx=" + bucket)
                f.append("lx|s1=" + bucket + "|" + own)
                if typ:
                    f.append("lxT=" + typ)
                    f.append("lxT|b=" + typ + bucket)
                f.append("-1lx=" + (cats[j - 1][0] if j > 0 else "<s>"))
                f.append("+1lx=" + (cats[j + 1][0] if j + 1 < m else "</s>"))
            f.append("s1=" + own)
            f.append("s1-1=" + (t1[j - 1] if j > 0 else "<s>"))
            f.append("s1+1=" + (t1[j + 1] if j + 1 < m else "</s>"))
            if j > 0 and dmv[j - 1]:
                f.append("dm-1=" + dmv[j - 1][0])
            if j + 1 < m and dmv[j + 1]:
                f.append("dm+1=" + dmv[j + 1][0])
            if dmv[j]:
                best, major = dmv[j]
                own_type = own[2:] if own != "O" else "O"
                f.append("dm=" + best)
                f.append("dm|s1=" + best + "|" + own_type)
                if major:
                    f.append("dmaj=" + best)
    return out
