"""How much a word *looks like* a name, from its letters alone.

Most NER errors are names never seen in training: a Dutch cyclist, a Spanish club, a town in
Iraq. Their letters still give them away: transliterated names have letter sequences ordinary
Arabic words rarely have ("ستيف", "برج" at the end, long vowels in odd places), and Arabic
given names and nisbas have their own patterns. A character n-gram model of name words (the
gazetteer's words and the proper nouns of a treebank) against ordinary words (the rest of
the treebank and the stop-word lists) gives every word a log-odds score; the CRF sees it as a
small bucketed feature, plus the likeliest name type. Nothing here is read from the NER
training corpus, so a word scores the same whether or not the CRF saw it in training.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path

from marsad.ner.stacking import read_counts, write_counts

CLASSES = ("O", "NAME", "PER", "LOC", "ORG")
MAX_N = 4
ALPHA = 0.5
HEADER = (
    "Character n-gram counts of marsad's name-likeness model (src/marsad/ner/charmodel.py):",
    "n-gram <TAB> counts in ordinary words, proper nouns, PER, LOC and ORG name words.",
    "Built by `marsad train ner` from train-allowed sources only: the NER gazetteer (see",
    "ner_gazetteer.tsv), UD Arabic-PUD (CC BY-SA 3.0; PROPN words vs the others) and the",
    "Arabic stop-word lists (MIT). Do not edit by hand.",
)


def grams(word: str) -> list[str]:
    """Character 2- to 4-grams of a word, its edges marked: "^ست", "يف$"."""
    w = f"^{word}$"
    return [w[i : i + n] for n in range(2, MAX_N + 1) for i in range(len(w) - n + 1)]


class NameShape:
    """Naive Bayes over character n-grams: ordinary word, any name, or a PER / LOC / ORG name word.
    `features(bare key)` gives the CRF its bucketed log-odds and likeliest type."""

    def __init__(self, counts: dict[str, list[int]]) -> None:
        self.counts = counts
        totals = [0] * len(CLASSES)
        for c in counts.values():
            for k, v in enumerate(c):
                totals[k] += v
        vocab = len(counts) or 1
        denom = [math.log(t + ALPHA * vocab) for t in totals]
        # log P(gram | class) per gram, so a word is scored in one pass over its grams
        self._logs = {g: tuple(math.log(v + ALPHA) - d for v, d in zip(c, denom, strict=True))
                      for g, c in counts.items()}
        self._unseen = tuple(math.log(ALPHA) - d for d in denom)
        self._cache: dict[str, tuple[str, str]] = {}

    @classmethod
    def build(cls, names: Iterable[tuple[str, str]], ordinary: Iterable[str]) -> NameShape:
        """`names`: (word key, class in NAME/PER/LOC/ORG); `ordinary`: word keys. Each word type
        counts once per class, so frequent words do not dominate."""
        counts: dict[str, list[int]] = {}
        seen: set[tuple[str, str]] = set()

        def add(word: str, cls_: str) -> None:
            if len(word) < 2 or (word, cls_) in seen:
                return
            seen.add((word, cls_))
            k = CLASSES.index(cls_)
            for g in grams(word):
                c = counts.get(g)
                if c is None:
                    c = counts[g] = [0] * len(CLASSES)
                c[k] += 1

        for word, cls_ in names:
            add(word, cls_)
            if cls_ != "NAME":
                add(word, "NAME")
        for word in ordinary:
            add(word, "O")
        return cls(counts)

    def _logp(self, gs: list[str]) -> list[float]:
        """Mean log-probability of the grams under each class."""
        o = n = p = lo = org = 0.0
        for a, b, c, d, e in map(self._logs.get, gs, repeat(self._unseen)):
            o += a
            n += b
            p += c
            lo += d
            org += e
        k = len(gs)
        return [o / k, n / k, p / k, lo / k, org / k]

    def features(self, word: str) -> tuple[str, str]:
        """(log-odds bucket of name against ordinary word, likeliest name type or "")."""
        out = self._cache.get(word)
        if out is not None:
            return out
        if len(word) < 3 or not word.isalpha():
            out = ("", "")
        else:
            lp = self._logp(grams(word))
            odds = lp[1] - lp[0]
            bucket = "-2" if odds < -0.6 else "-1" if odds < -0.2 else "0" if odds < 0.2 else "1" if odds < 0.6 else "2"
            typ = max((2, 3, 4), key=lp.__getitem__)
            out = (bucket, CLASSES[typ] if odds >= -0.2 else "")
        if len(self._cache) < 200_000:
            self._cache[word] = out
        return out

    def save(self, path: Path) -> None:
        write_counts(path, HEADER, self.counts)

    @classmethod
    def load(cls, path: Path) -> NameShape:
        return cls(read_counts(path))


def treebank_words(data: Path) -> tuple[Counter[str], Counter[str]]:
    """(proper-noun word keys, other word keys) of UD Arabic-PUD, clitics already split off."""
    from marsad.arabic.normalize import match_key

    propn: Counter[str] = Counter()
    other: Counter[str] = Counter()
    path = data / "ud" / "arabic-pud" / "ar_pud-ud-test.conllu"
    if not path.exists():
        return propn, other
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] in "#\n":
                continue
            cols = line.split("\t")
            if len(cols) < 4 or "-" in cols[0] or "." in cols[0]:
                continue
            key = match_key(cols[1])
            if not key.isalpha():
                continue
            if key.startswith("ال") and len(key) > 4:
                key = key[2:]
            (propn if cols[3] == "PROPN" else other)[key] += 1
    return propn, other


def stopwords(data: Path) -> set[str]:
    from marsad.arabic.normalize import match_key

    out: set[str] = set()
    folder = data / "lexicons" / "stopwords"
    for name in ("mohataher_arabic_stop_words.txt", "stopwords-iso-ar.txt"):
        p = folder / name
        if p.exists():
            out.update(match_key(w.strip()) for w in p.read_text(encoding="utf-8").split() if w.strip())
    return out


def build_from(data: Path, gazetteer: dict[str, str]) -> NameShape:
    propn, other = treebank_words(data)
    names: list[tuple[str, str]] = []
    for phrase, typ in sorted(gazetteer.items()):
        if typ not in ("PER", "LOC", "ORG"):
            continue
        for w in phrase.split():
            if w.startswith("ال") and len(w) > 4:
                w = w[2:]
            names.append((w, typ))
    names.extend((w, "NAME") for w in sorted(propn))
    ordinary = sorted((set(other) - set(propn)) | stopwords(data))
    return NameShape.build(names, ordinary)
