"""CRF features of a sentence of token strings: the same function at training and tagging time.

Per-word features (surface key, clitic-stripped readings, affixes, shape, cue classes,
gazetteer word membership) depend on the word alone and are cached; context features (the
neighbours' keys, stems, suffixes and cues in a window of two, gazetteer phrase matches,
position in the sentence) are assembled per sentence from the cached parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import word_stems
from marsad.lexicons.loader import read_tsv
from marsad.ner.charmodel import NameShape
from marsad.ner.gazetteer import Matcher

CACHE_MAX = 200_000
_NISBA = ("ي", "يه", "يين", "يون", "يان", "يتين")
# The neighbours a token sees: offset, and the Word fields that neighbour contributes.
NEIGHBOURS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (-2, ("ctx",)), (-1, ("ctx", "near")), (1, ("ctx", "near")), (2, ("ctx",)),
)


def load_cues() -> dict[str, str]:
    out: dict[str, str] = {}
    for word, cls in read_tsv("ner_cues.tsv", min_fields=2):
        out.setdefault(match_key(word), cls)
    return out


@dataclass(slots=True)
class Word:
    key: str
    bare: str  # clitics and article removed: the key documents repeat a name under
    readings: tuple[str, ...]  # key first, then clitic-stripped keys
    own: list[str]  # features of the word at position 0
    ctx: tuple[str, ...]  # features a neighbour contributes, without the offset prefix
    near: tuple[str, ...]  # extra features for the immediate neighbours only


def _kind(text: str) -> str:
    ch = text[0]
    if ch.isdigit():
        return "num"
    if ch.isalpha():
        return "word"
    return "punct"


_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]*")  # every character in the Arabic block


def _shape(text: str, kind: str) -> str:
    if kind != "word":
        return kind
    if _ARABIC_BLOCK.fullmatch(text):
        return "ar"
    if text.isascii():
        return "lat-up" if text[:1].isupper() else "lat"
    return "mix"


_GLUED = "؛،,.:!؟?\"«»()[]"
_LENGTHS = tuple(f"ln={n}" for n in range(9))
_AL = {False: "al=False", True: "al=True"}


def load_given_names() -> set[str]:
    return {fields[0] for fields in read_tsv("actors/given_names.tsv")}


class FeatureExtractor:
    """`extractor.sentence(tokens)` -> one list of feature strings per token."""

    def __init__(self, gazetteer: dict[str, str] | None = None, shape: NameShape | None = None) -> None:
        self.cues = load_cues()
        self.matcher = Matcher(gazetteer) if gazetteer else None
        self.shape = shape
        self.given = load_given_names()
        self._cache: dict[str, Word] = {}

    def word(self, text: str) -> Word:
        w = self._cache.get(text)
        if w is None:
            if len(self._cache) >= CACHE_MAX:
                self._cache.clear()
            w = self._cache[text] = self.build_word(text)
        return w

    def build_word(self, text: str) -> Word:
        """The Word of `text`, not cached (`word` caches)."""
        text = text.strip(_GLUED) or text  # "كابول؛": a mark glued to a word is not part of it
        kind = _kind(text)
        key = match_key(text)
        if kind == "word":
            readings = tuple(dict.fromkeys(word_stems(text)))
        else:
            readings = (key,)
        core = readings[-1]
        bare = core[2:] if core.startswith("ال") and len(core) > 4 else core
        shape = _shape(text, kind)
        cue = ""
        for r in readings:
            cue = self.cues.get(r, "")
            if cue:
                break
        gw = ""
        if self.matcher is not None:
            words = self.matcher.words
            gw = words.get(key) or words.get(core) or words.get(bare, "")
        w_key, b_bare, sh_shape = "w=" + key, "b=" + bare, "sh=" + shape
        own = [
            w_key, "c=" + core, b_bare, sh_shape, _LENGTHS[min(len(key), 8)],
            "p1=" + key[:1], "p2=" + key[:2], "p3=" + key[:3],
            "s1=" + key[-1:], "s2=" + key[-2:], "s3=" + key[-3:],
            "bp2=" + bare[:2], "bs2=" + bare[-2:], "bs3=" + bare[-3:],
            "cl=" + key[: len(key) - len(core)],
        ]
        if len(readings) > 2:
            own.extend(["r=" + r for r in readings[1:-1]])
        if key.startswith("لل") or any([r.startswith("ال") for r in readings]):
            own.append("al")
        if kind == "word" and len(bare) >= 4 and bare.endswith(_NISBA):
            own.append("nisba")
        cue_f = "cue=" + cue
        if cue:
            own.append(cue_f)
        gw_f = "gw=" + gw
        if gw:
            own.append(gw_f)
        if kind == "word" and (bare in self.given or core in self.given):
            own.append("fn")
        nm = ""
        if self.shape is not None and kind == "word":
            nm, nt = self.shape.features(bare)
            if nm:
                own.append("nm=" + nm)
                if nt:
                    own.append("nt=" + nt)
                    own.append("nm|nt=" + nm + nt)
        # the strings equal to `own`'s are the same objects: their hashes are computed once
        ctx = (w_key, b_bare, "s2=" + bare[-2:], cue_f)
        near = (sh_shape, gw_f, _AL[bare != core], "nm=" + nm)
        return Word(key, bare, readings, own, ctx, near)

    def bare_keys(self, tokens: Sequence[str]) -> list[str]:
        return [self.word(t).bare for t in tokens]

    # --- the parts a token's features are assembled from ------------------------------------
    # `sentence()` is the definition; `marsad.ner.compiled` builds the same sums from these parts
    # (per word, per word and offset, per sentence length, per adjacent pair, per gazetteer
    # context) and checks itself against `sentence()`.

    @staticmethod
    def neighbour(w: Word, o: int, fields: tuple[str, ...]) -> list[str]:
        """Features word `w` gives the token `o` positions away from it (`o` = its offset)."""
        prefix = str(o)
        return [prefix + x for name in fields for x in getattr(w, name)]

    @staticmethod
    def position(i: int, n: int) -> list[str]:
        """Features of position `i` in a sentence of `n` tokens, before the neighbours'."""
        f = ["bias"]
        if i == 0:
            f.append("bos")
        elif i < 3:
            f.append(f"i={i}")
        if i == n - 1:
            f.append("eos")
        return f

    @staticmethod
    def pad(o: int) -> list[str]:
        """Features of a token whose neighbour at offset `o` is outside the sentence."""
        return [f"{o}pad"]

    @staticmethod
    def pair(left: Word, right: Word) -> tuple[list[str], list[str]]:
        """Features of two adjacent words: (those the left word gets, those the right word gets)."""
        return [f"w|+1w={left.key}|{right.key}"], [f"-1w|w={left.key}|{right.key}"]

    def gazetteer_tags(self, words: Sequence[Word]) -> list[str] | None:
        """BIO tags of the gazetteer matches in a sentence, None without a gazetteer."""
        if self.matcher is None:
            return None
        return self.matcher.tags([w.key for w in words], [w.readings for w in words])

    @staticmethod
    def gazetteer(prev: str | None, cur: str, nxt: str | None) -> list[str]:
        """Features of a token from the gazetteer tags of it and its neighbours (None: none)."""
        f = ["gz=" + cur]
        if prev is not None:
            f.append("-1gz=" + prev)
        if nxt is not None:
            f.append("+1gz=" + nxt)
        return f

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        words = [self.word(t) for t in tokens]
        n = len(words)
        gz = self.gazetteer_tags(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            f = list(w.own)
            f.extend(self.position(i, n))
            for o, fields in NEIGHBOURS:
                j = i + o
                f.extend(self.neighbour(words[j], o, fields) if 0 <= j < n else self.pad(o))
            if i > 0:
                f.extend(self.pair(words[i - 1], w)[1])
            if i + 1 < n:
                f.extend(self.pair(w, words[i + 1])[0])
            if gz is not None:
                f.extend(self.gazetteer(gz[i - 1] if i > 0 else None, gz[i], gz[i + 1] if i + 1 < n else None))
            out.append(f)
        return out
