"""Linear-chain CRF tagging in numpy from a crfsuite model's own weights, features included.

pycrfsuite trains the models and stays the reference (`NerTagger(..., engine="crfsuite")`). A
token's score for a label is the sum of the weights of its feature strings; here the sum is
assembled from parts that `FeatureExtractor.sentence()` itself is built from:

- per word (cached): its own features, and for every neighbour offset the features it gives a
  token that far away (`FeatureExtractor.neighbour`);
- per sentence length: position and padding features (`position`, `pad`);
- per adjacent pair: `pair`; per gazetteer context: `gazetteer`;
- second stage: `stacking.states` computes each token's facts as integer codes, and the weights
  of `stacking.token_features` are summed once per distinct combination.

Both models' weights sit side by side in one matrix (`crf_weights`), so one gather serves both stages. Viterbi
(and forward-backward for marginals) runs over all sentences of a call at once.

Nothing here names a feature: a feature added to `Word.own`/`ctx`/`near`, to `position`, `pair`,
`gazetteer` or `token_features` is picked up as it is. A feature added to `sentence()` outside
those parts would make the sums differ: `check()` compares them with the sums of the strings
`sentence()` and `stacking.features()` produce (run at load on sentences of our own, and by
tests/test_ner_compiled.py on ANERcorp), and the tagger falls back to pycrfsuite, loudly, when
they differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, repeat
from pathlib import Path
from sys import intern

import numpy as np

from marsad.ner import stacking
from marsad.ner.crf_weights import CombinationRows, Crf, Weights, grown
from marsad.ner.features import NEIGHBOURS, FeatureExtractor, Word
from marsad.ner.viterbi import marginals, viterbi

# Words with cached vectors, both models: ~1.2 kB each (5 x 18 floats, a slim Word, index
# entries), so ~120 MB when full; then the least recently used half is forgotten. Measured on
# one ingest worker's share of SaudiNewsNet (13,164 articles, 214,195 word forms; a new word
# costs ~53 us): words added per article 19 with 150,000, 24 with 100,000, 29 with 75,000, 39
# with 50,000. 100,000 costs ~0.3 ms an article (~2% of its time) against 150,000 and keeps
# ~60 MB less per worker (bench/bench_memory.py).
WORDS_MAX = 100_000
PAIRS_MAX = 200_000  # cached adjacent word pairs (~100 bytes each)
SHAPES_MAX = 100_000  # cached position rows: sentence lengths 1..n take n(n+1)/2
TOLERANCE = 1e-9
# CompiledNer's arrays with a row per cached word (grown and renumbered together)
_WORD_ARRAYS = ("_table", "_kid", "_klen", "_cat", "_gzfirst", "_gzsingle", "_gzsecond", "_pleft", "_pright",
                "_used")


class CompileError(RuntimeError):
    """The compiled sums differ from the feature strings' (a feature outside the known parts)."""


class CompiledNer:
    """Both stages of the NER model, tagging token strings to label indices."""

    def __init__(self, extractor: FeatureExtractor, model: Path, stage1: Path | None,
                 lexicon: stacking.Lexicon | None) -> None:
        self.fx = extractor
        self.final = Crf(model)
        self.first = Crf(stage1) if stage1 is not None else None
        models = [self.first, self.final] if self.first else [self.final]
        self.w = Weights(models)
        self.labels = self.final.labels
        self.lexicon = lexicon
        self._slots = [(0, None), *((o, fields) for o, fields in NEIGHBOURS)]  # own, then neighbours
        self._reach = max(abs(o) for o, _ in NEIGHBOURS)
        self._combos = CombinationRows(self.w)
        self._phrases = _phrases(extractor.matcher)
        self._seconds = frozenset().union(*self._phrases[2].values())  # second words of any phrase
        self._known_pairs = _known_pairs(extractor, self.w.index)
        self._pair_keys = _pair_codes(self._known_pairs)
        self._neighbour_rows = _neighbour_rows(extractor, self.w.index)
        self._shapes: dict[int, int] = {}
        self._shape_table = np.zeros((256, self.w.width))
        self._shape_used = 0
        self._cat_values: list[tuple[str, str]] = []
        self._cat_index: dict[tuple[str, str], int] = {}
        self._reset_words()

    # --- words ---------------------------------------------------------------------------
    def _reset_words(self) -> None:
        self._index: dict[str, int] = {}
        self._words: list[Word | None] = [None]  # id 0: no word (outside the sentence)
        self._texts: list[str | None] = [None]
        self._pairs: dict[int, tuple[tuple[int, int], ...]] = {}
        self._calls = 0
        # The arrays are made at their full size at once: np.zeros of a large array is a lazy
        # mapping, so a row costs memory only once a word is written to it, and the table is
        # never copied to grow (a copy held the old and the new table at once: +90 MB at peak)
        rows = WORDS_MAX + 1
        self._used = np.zeros(rows, dtype=np.int64)  # the call that last used each word
        self._bare: dict[str, int] = {}
        self._cat_of: list[int] = []  # lexicon category of each bare key id
        self._table = np.zeros((rows, len(self._slots), self.w.width))
        self._kid = np.zeros(rows, dtype=np.int64)
        self._klen = np.zeros(rows, dtype=np.int64)
        self._cat = np.zeros(rows, dtype=np.int64)
        self._gzfirst = np.zeros(rows, dtype=np.int64)  # longest gazetteer phrase the word may open
        # of a word: may it open a one-word phrase; is its key the second word of a phrase (what
        # `_gazetteer` filters the words that may open a phrase with before asking each)
        self._gzsingle = np.zeros(rows, dtype=bool)
        self._gzsecond = np.zeros(rows, dtype=bool)
        # 1 + the word's key's number among the left / right keys of `_known_pairs` (0: none), so
        # the pairs that may have a feature are found with one gather and search, not per pair
        self._pleft = np.zeros(rows, dtype=np.int64)
        self._pright = np.zeros(rows, dtype=np.int64)
        # of each word that may open one: (a reading is a one-word phrase, the second words of
        # the phrases its readings open), what `_gazetteer` asks before matching at the word
        self._gzopen: list[tuple[bool, frozenset[str]] | None] = [None]

    def _add(self, texts: list[str]) -> None:
        """Cache vectors and facts of words not seen before."""
        first = len(self._words)
        need = first + len(texts)
        if need > len(self._kid):
            for name in _WORD_ARRAYS:
                setattr(self, name, grown(getattr(self, name), need, cap=WORDS_MAX + 1))
        fx = self.fx
        get = self.w.index.get
        unknown = repeat(len(self.w.index))  # the zero row
        rows: list[int] = []
        sizes: list[int] = []  # strings per (word, slot), word by word
        neighbours = self._slots[1:]
        neighbour = fx.neighbour
        by_value = self._neighbour_rows
        opens, single, second = self._phrases
        opens_get = opens.get
        gzopen = self._gzopen
        zeros = repeat(0)
        lexicon = self.lexicon
        bare_index = self._bare
        index = self._index
        words = self._words
        texts_ = self._texts
        kids, klens, cats, gzs = [], [], [], []
        lefts, rights = self._pair_keys[0].get, self._pair_keys[1].get
        pls, prs, singles, seconds = [], [], [], []
        second_words = self._seconds
        for k, text in enumerate(texts):
            w = fx.build_word(text)
            index[text] = first + k
            texts_.append(text)
            sizes.append(len(w.own))
            if by_value is None:
                strings = list(w.own)
                for o, fields in neighbours:
                    part = neighbour(w, o, fields)
                    sizes.append(len(part))
                    strings += part
                rows += map(get, strings, unknown)
            else:  # the same rows, without making the prefixed strings
                rows += map(get, w.own, unknown)
                for fields, lookup in by_value:
                    before = len(rows)
                    for name in fields:
                        rows += map(lookup, getattr(w, name), unknown)
                    sizes.append(len(rows) - before)
            # keep what pair() and the gazetteer read (the check at load would catch a part that
            # read more); the feature strings are summed below. Its strings interned: the same
            # keys and stems as the tokenizer's memos and other words', one copy each
            bare = intern(w.bare)
            words.append(Word(intern(w.key), bare, tuple(map(intern, w.readings)), [], (), ()))
            pls.append(lefts(w.key, 0))
            prs.append(rights(w.key, 0))
            kid = bare_index.get(bare)
            if kid is None:
                kid = bare_index[bare] = len(bare_index)
                self._cat_of.append(self._category(w.bare) if lexicon is not None else 0)
            kids.append(kid)
            klens.append(len(w.bare))
            cats.append(self._cat_of[kid])
            gzs.append(max(map(opens_get, w.readings, zeros)) if opens and w.readings else 0)
            gzopen.append(_opening(w.readings, single, second) if gzs[-1] else None)
            singles.append(gzs[-1] > 0 and gzopen[-1][0])
            seconds.append(w.key in second_words)
        self._kid[first:need] = kids
        self._klen[first:need] = klens
        self._cat[first:need] = cats
        self._gzfirst[first:need] = gzs
        self._gzsingle[first:need] = singles
        self._gzsecond[first:need] = seconds
        self._pleft[first:need] = pls
        self._pright[first:need] = prs
        cells = np.arange(first * len(self._slots), need * len(self._slots))
        self._table.reshape(-1, self.w.width)[cells] = self.w.sum_rows(rows, sizes)

    def _category(self, bare: str) -> int:
        assert self.lexicon is not None
        c = self.lexicon.category(bare)
        ci = self._cat_index.get(c)
        if ci is None:
            ci = self._cat_index[c] = len(self._cat_values)
            self._cat_values.append(c)
        return ci

    def ids(self, tokens: list[str]) -> np.ndarray:
        self._calls += 1
        get = self._index.get
        ids = list(map(get, tokens))
        if None in ids:
            missing = list(dict.fromkeys(t for t, i in zip(tokens, ids, strict=True) if i is None))
            if len(self._words) + len(missing) > WORDS_MAX:
                self._used[[i for i in ids if i is not None]] = self._calls
                self._evict(max(WORDS_MAX // 2 - len(missing), 0))
                missing = list(dict.fromkeys(t for t in tokens if t not in self._index))
            self._add(missing)  # a call may hold more words than WORDS_MAX: they stay until the next
            get = self._index.get
            ids = list(map(get, tokens))
        out = np.array(ids, dtype=np.int64)
        self._used[out] = self._calls
        return out

    def _evict(self, keep: int) -> None:
        """Keep the `keep` most recently used words (renumbered); forget the rest."""
        n = len(self._words)
        kept = np.sort(np.argsort(-self._used[1:n], kind="stable")[:keep] + 1)
        m = len(kept) + 1
        for name in _WORD_ARRAYS:
            a = getattr(self, name)
            a[1:m] = a[kept]
            a[m:n] = 0
        self._words = [None, *(self._words[i] for i in kept.tolist())]
        self._texts = [None, *(self._texts[i] for i in kept.tolist())]
        self._gzopen = [None, *(self._gzopen[i] for i in kept.tolist())]
        self._index = {t: i for i, t in enumerate(self._texts) if i}
        bare: dict[str, int] = {}  # bare key ids renumbered too (the map would grow otherwise)
        cat_of: list[int] = []
        for i, w in enumerate(self._words[1:], 1):
            assert w is not None
            kid = bare.get(w.bare)
            if kid is None:
                kid = bare[w.bare] = len(bare)
                cat_of.append(int(self._cat[i]))
            self._kid[i] = kid
        self._bare, self._cat_of = bare, cat_of
        self._pairs = {}  # keyed by the old word ids

    # --- scores --------------------------------------------------------------------------
    def _shape_rows(self, lens: np.ndarray) -> np.ndarray:
        """Row of every token's position + padding vector in the shape table (one block of
        rows per sentence length; forgotten when large, between calls)."""
        if self._shape_used > SHAPES_MAX:
            self._shapes, self._shape_used = {}, 0
        bases = []
        for n in lens.tolist():
            b = self._shapes.get(n)
            if b is None:
                groups = []
                for i in range(n):
                    strings = list(self.fx.position(i, n))
                    for o, _ in NEIGHBOURS:
                        if not 0 <= i + o < n:
                            strings.extend(self.fx.pad(o))
                    groups.append(strings)
                b = self._shapes[n] = self._shape_used
                self._shape_used += n
                self._shape_table = grown(self._shape_table, self._shape_used)
                self._shape_table[b:b + n] = self.w.sums(groups)
            bases.append(b)
        return np.repeat(np.array(bases, dtype=np.int64), lens) + _positions(lens)

    def scores(self, sentences: list[list[str]]):
        """(word ids, sentence lengths, scores of every model side by side, before stage two)."""
        self._combos.trim()
        lens = np.array([len(s) for s in sentences], dtype=np.int64)
        flat = [t for s in sentences for t in s]
        wid = self.ids(flat)
        n = len(wid)
        pos = _positions(lens)
        slen = np.repeat(lens, lens)
        tab = self._table
        shape = self._shape_rows(lens)  # may grow the shape table
        total = tab[wid, 0] + self._shape_table[shape]
        # the word `o` tokens away (id 0 outside the sentence): every sentence is laid out with
        # `reach` empty cells on each side, so each offset is one gather
        reach = self._reach
        spaced = np.zeros(n + 2 * reach * len(lens), dtype=np.int64)
        at = np.arange(n) + reach * (2 * np.repeat(np.arange(len(lens)), lens) + 1)
        spaced[at] = wid
        for s, (o, _) in enumerate(self._slots[1:], 1):
            total += tab[spaced[at + o], s]
        words = self._words
        fx = self.fx
        extra_at: list[int] = []
        extra_row: list[int] = []
        # adjacent pairs: their feature rows, cached per pair of word ids (left << 32 | right)
        same = np.flatnonzero(pos[1:] > 0)  # token p and p + 1 in one sentence
        known_codes = self._pair_keys[2]
        if known_codes is not None:
            # only the pairs of `_known_pairs` may have a feature (the others' are none): ~2% of
            # them, found here at once; the rest are neither looked up nor cached
            code = self._pleft[wid[same]] * (len(self._pair_keys[1]) + 1) + self._pright[wid[same + 1]]
            at_code = np.minimum(np.searchsorted(known_codes, code), len(known_codes) - 1)
            same = same[known_codes[at_code] == code]
        get = self.w.index.get
        has = self.w.index.__contains__
        pair = fx.pair
        pairs = self._pairs
        if len(pairs) > PAIRS_MAX:
            pairs.clear()
        known = pairs.get
        codes = ((wid[same] << 32) | wid[same + 1]).tolist()
        found = list(map(known, codes))
        if None in found:
            # most pairs of a long batch are new, and most have no feature the models know: the
            # keys of those that may have one (`_known_pairs`) say so without making the strings
            may_have = self._known_pairs
            for j, c in enumerate(codes):
                if found[j] is None:
                    lw, rw = words[c >> 32], words[c & 0xFFFFFFFF]
                    if may_have is not None and (lw.key, rw.key) not in may_have:
                        found[j] = pairs[c] = ()
                        continue
                    left, right = pair(lw, rw)
                    if any(map(has, left)) or any(map(has, right)):
                        v = tuple([(0, r) for r in map(get, left) if r is not None]
                                  + [(1, r) for r in map(get, right) if r is not None])
                    else:
                        v = ()  # most pairs: no feature the models know
                    found[j] = pairs[c] = v
        # most pairs have no features (an empty tuple): follow only the others to their tokens
        for p, v in zip(compress(same.tolist(), found), filter(None, found), strict=True):
            for d, r in v:
                extra_at.append(p + d)
                extra_row.append(r)
        if extra_row:
            np.add.at(total, np.array(extra_at), self.w.matrix[extra_row])
        if fx.matcher is not None:
            total += self._gazetteer(wid, lens, pos, slen)
        return wid, lens, total

    def _gazetteer(self, wid: np.ndarray, lens: np.ndarray, pos: np.ndarray, slen: np.ndarray) -> np.ndarray:
        n = len(wid)
        tags = np.zeros(n, dtype=np.int64)  # 0: "O"
        names = ["O"]
        code = {"O": 0}
        hit = np.flatnonzero(self._gzfirst[wid])
        if len(hit):
            # The matcher scans left to right and only words that can open a phrase start a
            # match: ask it about a window at each such word not inside an earlier match.
            words = self._words
            gzopen = self._gzopen
            ids = wid.tolist()
            room = np.minimum(self._gzfirst[wid[hit]], slen[hit] - pos[hit])
            # a match needs a one-word phrase or the next word second in some phrase: the others
            # (~60% of the words that may open one) are passed over here at once, as below
            keep = self._gzsingle[wid[hit]] | ((room >= 2) & self._gzsecond[wid[np.minimum(hit + 1, n - 1)]])
            hit = hit[keep]
            room = room[keep].tolist()
            longest_at = self.fx.matcher.longest_at
            free = 0
            for p, span in zip(hit.tolist(), room, strict=True):
                if p < free:
                    continue
                # a match needs a one-word phrase or the next word second in a phrase
                single, seconds = gzopen[ids[p]]
                if not single and (span < 2 or words[ids[p + 1]].key not in seconds):
                    continue
                # the matcher's tags of the window, of which only the match at p is kept
                window = [words[i] for i in ids[p:p + span]]
                end, typ = longest_at([w.key for w in window], [w.readings for w in window])
                if not end:
                    continue
                for j, tag in enumerate(("B-" + typ, *("I-" + typ for _ in range(end - 1)))):
                    c = code.get(tag)
                    if c is None:
                        c = code[tag] = len(names)
                        names.append(tag)
                    tags[p + j] = c
                free = p + end
        radix = len(names) + 1
        has_prev = pos > 0
        has_next = pos + 1 < slen
        if len(names) == 1:  # no match: the combination is (a left neighbour?, a right one?)
            combo = has_prev * (radix * radix) + has_next
        else:
            prev = np.full(n, -1, dtype=np.int64)
            prev[1:] = tags[:-1]
            nxt = np.full(n, -1, dtype=np.int64)
            nxt[:-1] = tags[1:]
            combo = (np.where(has_prev, prev, -1) + 1) * radix * radix + tags * radix + np.where(has_next, nxt, -1) + 1

        def decode(c: int) -> tuple:
            p, rest = divmod(c, radix * radix)
            t, q = divmod(rest, radix)
            return ("gz", names[p - 1] if p else None, names[t], names[q - 1] if q else None)

        gaz = self.fx.gazetteer
        rows = self._combos.rows(("gz", tuple(names)), combo, decode, lambda k: gaz(*k[1:]))
        return self._combos.table[rows]

    def _stage2(self, wid: np.ndarray, lens: np.ndarray, tags1: np.ndarray,
                docs: Sequence[int] | None = None) -> np.ndarray:
        """Second-stage feature vectors of every token, from the first stage's labels. `docs`:
        the number of sentences of each text, when the sentences are those of several."""
        assert self.first is not None
        cat = self._cat[wid] if self.lexicon is not None else None
        kid = self._kid[wid]
        if docs is not None and len(docs) > 1 and len(kid):
            # a text's document memory is its own: the same word in two texts is two keys (so
            # neither the counts nor the first occurrences, which break ties, cross texts)
            doc_of = np.repeat(np.repeat(np.arange(len(docs), dtype=np.int64), docs), lens)
            kid = kid + doc_of * (int(kid.max()) + 1)
        st = stacking.states(kid, self._klen[wid], tags1, lens.tolist(), self.first.labels,
                             cat, self._cat_values)
        names = list(st.codes)
        radices = [len(st.values[k]) for k in names]
        if np.prod(np.array(radices, dtype=float)) >= 2.0**62:
            raise CompileError("too many second-stage facts to combine")
        combo = np.zeros(len(wid), dtype=np.int64)
        for k, r in zip(names, radices, strict=True):
            combo = combo * r + st.codes[k]

        def decode(c: int) -> tuple:
            facts = []
            for r in reversed(radices):
                c, v = divmod(c, r)
                facts.append(v)
            return ("s2", *(st.values[k][v] for k, v in zip(names, reversed(facts), strict=True)))

        signature = ("s2", *((k, st.values[k]) for k in names))
        rows = self._combos.rows(signature, combo, decode,
                                 lambda key: stacking.token_features(**dict(zip(names, key[1:], strict=True))))
        return self._combos.table[rows]

    def emissions(self, sentences: list[list[str]], docs: Sequence[int] | None = None):
        """(word ids, lengths, first-stage scores or None, final scores, first-stage labels).
        `docs`: the number of sentences of each text, when `sentences` are those of several
        texts one after the other (each text's labels are those it gets alone)."""
        wid, lens, total = self.scores(sentences)
        off = self.w.offsets
        final = total[:, off[-2]:off[-1]]
        if self.first is None:
            return wid, lens, None, final, None
        first = total[:, off[0]:off[1]]
        tags1 = viterbi(first, self.first.trans, lens)
        final = final + self._stage2(wid, lens, tags1, docs)[:, off[-2]:off[-1]]
        return wid, lens, first, final, tags1

    def tag(self, sentences: list[list[str]], o_threshold: float = 0.5,
            docs: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(label index of every token, sentences concatenated; sentence lengths). `docs`: as
        in `emissions`."""
        _, lens, _, final, _ = self.emissions(sentences, docs)
        tags = viterbi(final, self.final.trans, lens)
        if o_threshold > 0.5:
            tags = self._threshold(tags, final, lens, o_threshold)
        return tags, lens

    def _threshold(self, tags: np.ndarray, score: np.ndarray, lens: np.ndarray, th: float) -> np.ndarray:
        """Where the best path says O but P(O) < th, the likeliest entity label (as NerTagger)."""
        labels = self.labels
        if "O" not in labels:
            return tags
        o = labels.index("O")
        m = marginals(score, self.final.trans, lens)
        swap = np.flatnonzero((tags == o) & (m[:, o] < th))
        if not len(swap):
            return tags
        others = [i for i in range(len(labels)) if i != o]
        tags = tags.copy()
        tags[swap] = np.array(others)[m[swap][:, others].argmax(1)]
        starts = np.cumsum(lens) - lens
        for si in np.unique(np.searchsorted(starts, swap, "right") - 1).tolist():
            prev = "O"
            for p in range(int(starts[si]), int(starts[si] + lens[si])):
                y = labels[tags[p]]
                if y.startswith("I-") and prev[2:] != y[2:]:
                    y = "B-" + y[2:]
                    tags[p] = labels.index(y)
                prev = y
        return tags

    # --- checks --------------------------------------------------------------------------
    def string_scores(self, xseq: list[list[str]], model: int) -> np.ndarray:
        """Scores of `model` (0 first, -1 last) summed from feature strings, as crfsuite does."""
        off = self.w.offsets
        lo, hi = (off[0], off[1]) if model == 0 else (off[-2], off[-1])
        return self.w.sums(xseq)[:, lo:hi]

    def check(self, sentences: list[list[str]], tolerance: float = TOLERANCE) -> float:
        """Largest difference between the compiled scores and the feature strings' scores of
        both stages over `sentences`; raises CompileError above `tolerance`."""
        sentences = [s for s in sentences if s]
        wid, lens, first, final, tags1 = self.emissions(sentences)
        feats = [self.fx.sentence(s) for s in sentences]
        flat = [f for fs in feats for f in fs]
        worst = 0.0
        if self.first is not None:
            worst = float(np.abs(first - self.string_scores(flat, 0)).max())
            labels1 = self.first.labels
            t1, p = [], 0
            for s in sentences:
                t1.append([labels1[i] for i in tags1[p:p + len(s)].tolist()])
                p += len(s)
            extra = stacking.features([self.fx.bare_keys(s) for s in sentences], t1, lexicon=self.lexicon)
            flat = [f + e for fs, es in zip(feats, extra, strict=True) for f, e in zip(fs, es, strict=True)]
        worst = max(worst, float(np.abs(final - self.string_scores(flat, -1)).max()))
        if worst > tolerance:
            raise CompileError(f"compiled NER scores differ from the feature strings' by {worst:g}")
        return worst


def _phrases(matcher) -> tuple[dict[str, int], set[str], dict[str, set[str]]]:
    """Of the gazetteer: first words -> most words in a phrase they open; one-word
    phrases; first word -> the second words of its phrases."""
    opens: dict[str, int] = {}
    single: set[str] = set()
    second: dict[str, set[str]] = {}
    for k in matcher.gaz if matcher is not None else ():
        parts = k.split(" ", 2)
        opens[parts[0]] = max(opens.get(parts[0], 0), k.count(" ") + 1)
        if len(parts) == 1:
            single.add(parts[0])
        else:
            second.setdefault(parts[0], set()).add(parts[1])
    return opens, single, second


def _known_pairs(fx: FeatureExtractor, index: dict[str, int]) -> frozenset[tuple[str, str]] | None:
    """(left key, right key) of every adjacent pair that may have a feature the models know: its
    strings, read off with `fx.pair`'s own templates (a pair of probe words), are attribute
    strings of a model. A string that splits into two keys in several ways gives every split (a
    superset does no harm: those pairs are asked as before). None when a pair's strings are not
    made of the two keys alone, once each and in order (then every pair is asked)."""
    left_probe, right_probe, other = "\x00l\x00", "\x00r\x00", "\x00o\x00"
    words = [Word(key, other, (other,), [other], (other,), (other,)) for key in (left_probe, right_probe)]
    templates = [t for side in fx.pair(*words) for t in side]
    out: set[tuple[str, str]] = set()
    for template in templates:
        if other in template or template.count(left_probe) != 1 or template.count(right_probe) != 1:
            return None
        head, rest = template.split(left_probe)
        middle, tail = rest.split(right_probe)
        if not middle:
            return None
        for attr in index:
            if len(attr) < len(head) + len(middle) + len(tail) or not (attr.startswith(head) and attr.endswith(tail)):
                continue
            keys = attr[len(head):len(attr) - len(tail)]
            at = keys.find(middle)
            while at >= 0:
                out.add((keys[:at], keys[at + len(middle):]))
                at = keys.find(middle, at + 1)
    return frozenset(out)


def _pair_codes(known: frozenset[tuple[str, str]] | None
                ) -> tuple[dict[str, int], dict[str, int], np.ndarray | None]:
    """Of `_known_pairs`: 1 + the number of each left key, of each right key, and the sorted
    codes left * (right keys + 1) + right of the pairs (None: every pair may have a feature)."""
    if not known:  # None, or no pair feature at all (a code array of length 0 is not searched)
        return {}, {}, None if known is None else np.array([-1], dtype=np.int64)
    lefts = {k: i for i, k in enumerate(sorted({a for a, _ in known}), 1)}
    rights = {k: i for i, k in enumerate(sorted({b for _, b in known}), 1)}
    codes = np.array(sorted(lefts[a] * (len(rights) + 1) + rights[b] for a, b in known), dtype=np.int64)
    return lefts, rights, codes


def _neighbour_rows(fx: FeatureExtractor, index: dict[str, int]) -> list[tuple[tuple[str, ...], Callable]] | None:
    """Per neighbour slot (`NEIGHBOURS` order): the Word fields it reads, and the `get` of a map
    from a field value to the row of the attribute string `fx.neighbour` makes of it. A new word's
    ~24 neighbour strings (a prefix before each of its values) need not be made and hashed: the
    values themselves are looked up. None when `fx.neighbour` is not a fixed prefix per offset
    (probed with a word of two marked values; then the strings are made as before)."""
    out: list[tuple[tuple[str, ...], Callable]] = []
    for o, fields in NEIGHBOURS:
        probe = Word("", "", (), [], ("\x00a",), ("\x00b",))
        values = [x for name in fields for x in getattr(probe, name)]
        got = fx.neighbour(probe, o, fields)
        prefix = got[0][: len(got[0]) - len(values[0])] if got and values else ""
        if not values or got != [prefix + x for x in values]:
            return None
        out.append((fields, {attr[len(prefix):]: row for attr, row in index.items() if attr.startswith(prefix)}.get))
    return out


def _opening(readings: tuple[str, ...], single: set[str], second: dict[str, set[str]]) -> tuple[bool, frozenset[str]]:
    """Of a word that may open a gazetteer phrase: is a reading a one-word phrase, and the
    second words of the phrases its readings open."""
    nexts = [second[r] for r in readings if r in second]
    return any(r in single for r in readings), frozenset().union(*nexts) if nexts else _NONE


_NONE: frozenset[str] = frozenset()


def _positions(lens: np.ndarray) -> np.ndarray:
    starts = np.cumsum(lens) - lens
    return np.arange(int(lens.sum())) - np.repeat(starts, lens)
