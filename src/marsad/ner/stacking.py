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


def _occurrences(keys: Sequence[str], tags: Sequence[str]) -> list[tuple[str, str]]:
    return [(k, t[2:] if t != "O" else "O") for k, t in zip(keys, tags, strict=True) if len(k) > 1]


def features(keys: list[list[str]], tags1: list[list[str]], window: int = WINDOW) -> list[list[list[str]]]:
    """Second-stage features to add to the first-stage ones, per sentence and token, for a run
    of consecutive sentences: `keys[i][j]` is the bare key of token j of sentence i and
    `tags1[i][j]` its first-stage label."""
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
        for j in range(m):
            f: list[str] = []
            sent.append(f)
            own = t1[j]
            f.append("s1=" + own)
            f.append("s1-1=" + (t1[j - 1] if j > 0 else "<s>"))
            f.append("s1+1=" + (t1[j + 1] if j + 1 < m else "</s>"))
            k = keys[i][j]
            c = mem.get(k) if len(k) > 1 else None
            if not c:
                continue
            own_type = own[2:] if own != "O" else "O"
            others = {t: v - (t == own_type) for t, v in c.items()}
            ent = {t: v for t, v in others.items() if t != "O" and v > 0}
            if not ent:
                continue
            best = max(ent, key=ent.__getitem__)
            f.append("dm=" + best)
            f.append("dm|s1=" + best + "|" + own_type)
            if ent[best] >= others.get("O", 0):
                f.append("dmaj=" + best)
    return out
