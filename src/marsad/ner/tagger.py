"""Tag Documents and strings with PER / ORG / LOC / MISC spans as character offsets.

The model is predicted on surface tokens (as ANERcorp writes them: punctuation is a token,
clitics mostly attached). A span then starts at the name itself, not at a proclitic glued to
its first word: "ولافروف" -> "لافروف", "بوزارة الخارجية" -> "وزارة الخارجية",
"والولايات المتحدة" -> "الولايات المتحدة". Which reading is the name is decided with the
name vocabulary shipped with the model (`ner_names.tsv`, words seen inside names at training
time); "للأمم" keeps its clitic because no clitic-free surface exists.

Scoring runs in numpy from the models' weights (`marsad.ner.compiled`, the same tags as
pycrfsuite, several times faster); pycrfsuite trains the models and remains the reference
(`engine="crfsuite"`, `tag_sentences_crfsuite`) and the fallback if the compiled scorer's
self-check at load fails.

More accurate, much slower: with `network=True` (the entity layer's `ner_network` option, which
`--ner-network` of `marsad analyze` / `ingest` sets), the labels are
decoded from the average of the CRF's and a BiLSTM network's label probabilities
(`ner_neural.npz`, `marsad.ner.neural`): +1.7 F1 points on held-out ANERcorp train, +1.2 on
ANERcorp test, at about a seventh of the CRF's speed, so it is off by default. The O threshold
is not applied to the mix.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.arabic.form_memo import FORMS_KEPT
from marsad.arabic.tokens import Token, remember, token_starts
from marsad.document import Document
from marsad.ner import gazetteer as gz
from marsad.ner import stacking
from marsad.ner.charmodel import NameShape
from marsad.ner.compiled import CompiledNer, CompileError
from marsad.ner.features import FeatureExtractor
from marsad.ner.gazetteer import bio_spans
from marsad.ner.neural import NeuralNer, mix
from marsad.ner.viterbi import marginals

MODELS = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL = MODELS / "ner.crfsuite"
_STRIPPABLE = set("وفبلك")
# Where the best path says O but the model's marginal probability of O is below this, the
# token takes its likeliest entity label instead: the CRF trades recall for precision, and
# this moves it back towards balance. Chosen on held-out ANERcorp *train* (train.holdout).
O_THRESHOLD = 0.5
_default: dict[tuple[Path, bool], NerTagger] = {}
log = logging.getLogger(__name__)
# Sentences of our own the compiled scorer is checked on at load (see compiled.CompiledNer.check).
SELF_CHECK = (
    "قال وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض إن المملكة تدعم الحل السياسي في اليمن .",
    "وأعلنت الأمم المتحدة ومنظمة الصحة العالمية أمس أن الوضع في غزة والضفة الغربية خطير",
    "التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في باريس ، وبحثا العلاقات .",
    "وأضاف السيسي أن مصر وفرنسا تعملان معا مع الاتحاد الأوروبي ، بحسب وكالة الأنباء الرسمية ( واس ) .",
    "ذكرت رويترز أن شركة أرامكو رفعت إنتاجها 3 % في عام 2024",
    "نعم",
)


def companion(model: Path, name: str) -> Path:
    """Files that belong to a model: `ner.crfsuite` -> `ner_gazetteer.tsv`, `ner_names.tsv`."""
    return model.with_name(f"{model.stem}_{name}.tsv")


def stage1_path(model: Path) -> Path:
    """The first-stage model of a stacked model: `ner.crfsuite` -> `ner_stage1.crfsuite`."""
    return model.with_name(f"{model.stem}_stage1{model.suffix}")


def lexicon_path(model: Path) -> Path:
    return companion(model, "lexicon")


def _by_sentence(flat: list[str], lens: np.ndarray) -> list[list[str]]:
    """The labels of concatenated sentences, cut back into one list per sentence."""
    out: list[list[str]] = []
    p = 0
    for n in lens.tolist():
        out.append(flat[p:p + n])
        p += n
    return out


def neural_path(model: Path) -> Path:
    """The network beside a model: `ner.crfsuite` -> `ner_neural.npz`."""
    return model.with_name(f"{model.stem}_neural.npz")


def load_names(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                k, _, v = line.rstrip("\n").partition("\t")
                out[k] = int(v or 1)
    return out


class NerTagger:
    """`engine="compiled"` (default) scores with numpy from the models' weights
    (`marsad.ner.compiled`); `engine="crfsuite"` with pycrfsuite, the reference. Both give the
    same tags; the compiled engine checks itself at load and falls back to pycrfsuite, with a
    warning, if its scores differ from the feature strings'."""

    def __init__(self, model: Path, gazetteer: dict[str, str] | None, names: dict[str, int],
                 engine: str = "compiled", network: bool = False) -> None:
        import pycrfsuite

        self.model_path = model
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(model))
        stage1 = stage1_path(model) if stage1_path(model).exists() else None
        self._stage1 = None
        if stage1 is not None:
            self._stage1 = pycrfsuite.Tagger()
            self._stage1.open(str(stage1))
        self._labels = [y for y in self._crf.labels() if y != "O"]
        self.o_threshold = O_THRESHOLD
        lexicon, chars = lexicon_path(model), companion(model, "chars")
        self.lexicon = stacking.Lexicon.load(lexicon) if lexicon.exists() else None
        # the name-likeness model belongs to the model file, like its lexicon
        shape = NameShape.load(chars) if chars.exists() else None
        self.features = FeatureExtractor(gazetteer, shape)
        self.names = names
        self._name_starts: dict[str, int] = {}  # word form -> `name_start` offset in the word
        self.neural: NeuralNer | None = None
        if network:
            net = neural_path(model)
            if not net.exists():
                raise RuntimeError(f"NER network not found: {net} (train it with `marsad train ner`)")
            self.neural = NeuralNer(net, self.features)
        self.compiled: CompiledNer | None = None
        # spans `prepare` found, by document: id -> (document, its text, spans)
        self._ready: dict[int, tuple[Document, str, list[tuple[int, int, str]]]] = {}
        if engine == "compiled":
            compiled = CompiledNer(self.features, model, stage1, self.lexicon)
            try:
                compiled.check([s.split() for s in SELF_CHECK])
            except CompileError as exc:
                log.warning("NER: %s; tagging with pycrfsuite (slower)", exc)
            else:
                self.compiled = compiled
                labels = compiled.labels
                self._prefix = np.array([y[:1] for y in labels])
                self._type = np.array([y[2:] for y in labels])
        elif engine != "crfsuite":
            raise ValueError(f"unknown NER engine: {engine}")

    @classmethod
    def load(cls, model: Path | str | None = None, network: bool = False) -> NerTagger:
        """The tagger for `model` (default: the shipped model), loaded once per process; with
        its network if `network`."""
        path = Path(model) if model else DEFAULT_MODEL
        tagger = _default.get((path, network))
        if tagger is None:
            if not path.exists():
                raise FileNotFoundError(f"NER model not found: {path} (train it with `marsad train ner`)")
            gpath = companion(path, "gazetteer")
            gaz = gz.load(gpath) if gpath.exists() else None
            tagger = _default[(path, network)] = cls(path, gaz, load_names(companion(path, "names")),
                                                     network=network)
        return tagger

    # --- tokens -------------------------------------------------------------------------
    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text (or a stream of texts): a stacked
        model looks at what its first stage found in the sentences around each one."""
        if self.compiled is None:
            return self.tag_sentences_crfsuite(sentences)
        ids, lens = self._label_ids(sentences)
        return _by_sentence(np.array(self.compiled.labels, dtype=object)[ids].tolist(), lens)

    def tag_sentences_crfsuite(self, sentences: list[list[str]]) -> list[list[str]]:
        """`tag_sentences` with pycrfsuite and feature strings: the reference."""
        feats = [self.features.sentence(toks) if toks else [] for toks in sentences]
        if self._stage1 is not None:
            tags1 = [self._stage1.tag(f) if f else [] for f in feats]
            keys = [self.features.bare_keys(toks) for toks in sentences]
            extra = stacking.features(keys, tags1, lexicon=self.lexicon)
            for fs, es in zip(feats, extra, strict=True):
                for a, b in zip(fs, es, strict=True):
                    a.extend(b)
        if self.neural is None:
            return [self._decode(f) if f else [] for f in feats]
        labels = list(self._crf.labels())
        probs = []
        for f in feats:
            if f:
                self._crf.set(f)
                probs.extend([self._crf.marginal(y, t) for y in labels] for t in range(len(f)))
        lens = np.array([len(f) for f in feats], dtype=np.int64)
        ids = self._mixed(sentences, np.array(probs).reshape(-1, len(labels)), lens, labels)
        return _by_sentence([labels[i] for i in ids.tolist()], lens)

    def _label_ids(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Label indices (the compiled CRF's order) of the tokens of `sentences`, and their lengths."""
        assert self.compiled is not None
        if self.neural is None:
            return self.compiled.tag(sentences, self.o_threshold)
        _, lens, _, final, _ = self.compiled.emissions(sentences)
        crf = marginals(final, self.compiled.final.trans, lens)
        return self._mixed(sentences, crf, lens, self.compiled.labels), lens

    def _mixed(self, sentences: list[list[str]], crf: np.ndarray, lens: np.ndarray, labels: list[str]) -> np.ndarray:
        """Labels from the CRF's probabilities `crf` (columns in `labels` order) and the network's."""
        assert self.neural is not None
        net = self.neural.marginals(sentences)
        if not len(net):
            return np.zeros(0, dtype=np.int64)
        net = net[:, [self.neural.labels.index(y) for y in labels]]
        return mix(crf, net, lens, labels)

    def _decode(self, xseq: list[list[str]]) -> list[str]:
        crf = self._crf
        tags = crf.tag(xseq)
        if self.o_threshold <= 0.5 or "O" not in tags:
            return tags
        labels = self._labels
        changed = False
        for t, tag in enumerate(tags):
            if tag == "O" and crf.marginal("O", t) < self.o_threshold:
                tags[t] = max(labels, key=lambda y, t=t: crf.marginal(y, t))
                changed = True
        if changed:  # keep BIO well formed: an I- after O or another type opens a chunk
            prev = "O"
            for t, tag in enumerate(tags):
                if tag.startswith("I-") and prev[2:] != tag[2:]:
                    tags[t] = "B-" + tag[2:]
                prev = tags[t]
        return tags

    # --- documents ----------------------------------------------------------------------
    def tag(self, doc: Document) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, label) over `doc.text`, sentence by sentence (those `prepare`
        made for this document, if it did)."""
        ready = self._ready.get(id(doc))
        if ready is not None and ready[0] is doc and ready[1] is doc.text:
            return list(ready[2])
        sents = self._sentence_tokens(doc)
        texts = [[t.text for t in toks] for toks in sents]
        if self.compiled is None:
            chunks: list[tuple[list[Token], int, int, str]] = []
            for toks, tags in zip(sents, self.tag_sentences(texts), strict=True):
                chunks.extend((toks, a, b, label) for a, b, label in bio_spans(tags))
        else:
            chunks = [c[1:] for c in self._chunks(sents, *self._label_ids(texts))]
        return self._spans(chunks)

    def tag_many(self, docs: Sequence[Document]) -> list[list[tuple[int, int, str]]]:
        """`tag` of each document, the sentences of all of them tagged in one pass (both stages):
        the same spans, without the fixed cost of the numpy steps per call paid per document."""
        if not self._batchable():
            return [self.tag(doc) for doc in docs]
        assert self.compiled is not None
        per_doc = [self._sentence_tokens(doc) for doc in docs]
        sents = [toks for doc_sents in per_doc for toks in doc_sents]
        counts = [len(doc_sents) for doc_sents in per_doc]
        texts = [[t.text for t in toks] for toks in sents]
        ids, lens = self.compiled.tag(texts, self.o_threshold, docs=counts)
        doc_of = np.repeat(np.arange(len(docs)), counts).tolist()
        chunks: list[list[tuple[list[Token], int, int, str]]] = [[] for _ in docs]
        for si, toks, a, b, label in self._chunks(sents, ids, lens):
            chunks[doc_of[si]].append((toks, a, b, label))
        return [self._spans(c) for c in chunks]

    def prepare(self, docs: Sequence[Document]) -> None:
        """Tag `docs` together now (`tag_many`); `tag` then answers each from what was found. Only
        the documents of the last call are kept."""
        self._ready = {}
        if len(docs) < 2 or not self._batchable():
            return
        self._ready = {id(doc): (doc, doc.text, spans) for doc, spans in zip(docs, self.tag_many(docs), strict=True)}

    def _batchable(self) -> bool:
        # The network and the O threshold (marginals: matrix products, whose rounding may depend
        # on how many sentences share them) tag each document alone: identical output first.
        return self.compiled is not None and self.neural is None and self.o_threshold <= 0.5

    @staticmethod
    def _sentence_tokens(doc: Document) -> list[list[Token]]:
        """The tokens of each sentence of `doc` that has a word."""
        tokens = doc.tokens
        starts = token_starts(tokens)  # the list the entity layer bisects too
        sents: list[list[Token]] = []
        for sent in doc.sentences:
            lo = bisect_left(starts, sent.start)
            hi = bisect_left(starts, sent.end, lo)
            toks = tokens[lo:hi]
            if any(t.kind == "word" for t in toks):
                sents.append(toks)
        return sents

    def _spans(self, chunks: list[tuple[list[Token], int, int, str]]) -> list[tuple[int, int, str]]:
        """Character spans of the chunks (tokens of a sentence, first and last token + 1, label)."""
        out: list[tuple[int, int, str]] = []
        for toks, a, b, label in chunks:
            if not any(t.kind == "word" for t in toks[a:b]):
                continue
            while toks[a].kind == "punct":  # a name neither starts nor ends with a mark
                a += 1
            while toks[b - 1].kind == "punct":
                b -= 1
            start = self.name_start(toks[a])
            end = toks[b - 1].end
            if start < end:
                out.append((start, end, label))
        return out

    def _chunks(self, sents: list[list[Token]], ids: np.ndarray, lens: np.ndarray):
        """`bio_spans` of label indices (conlleval: an I- not continuing its type opens a chunk), as
        (sentence index, its tokens, first token, last token + 1, type)."""
        if not len(ids):
            return []
        prefix = self._prefix[ids]
        typ = self._type[ids]
        ent = (prefix == "B") | (prefix == "I")
        starts = np.cumsum(lens) - lens
        first = np.zeros(len(ids), dtype=bool)
        first[starts[lens > 0]] = True
        cont = np.zeros(len(ids), dtype=bool)
        cont[1:] = (prefix[1:] == "I") & ent[:-1] & (typ[1:] == typ[:-1]) & ~first[1:]
        opens = np.flatnonzero(ent & ~cont)
        ends = np.flatnonzero(ent & ~np.append(cont[1:], False)) + 1
        sent_of = np.searchsorted(starts, opens, "right") - 1
        out = []
        for a, b, si in zip(opens.tolist(), ends.tolist(), sent_of.tolist(), strict=True):
            base = int(starts[si])
            out.append((si, sents[si], a - base, b - base, str(typ[a])))
        return out

    def tag_text(self, text: str) -> list[tuple[int, int, str]]:
        return self.tag(Document(text=text))

    def name_start(self, token: Token) -> int:
        """Where the name starts in its first token: after a proclitic that is not part of it.
        Its text decides it (the offset from the token's start): answered once per word form."""
        if token.kind != "word":
            return token.start
        rel = self._name_starts.get(token.text)
        if rel is None:
            rel = remember(self._name_starts, token.text, self._name_start(token) - token.start, FORMS_KEPT)
        return token.start + rel

    def _name_start(self, token: Token) -> int:
        """`name_start` of a word, computed."""
        key = token.key
        names = self.names
        whole = names.get(key, 0)
        best = token.start
        best_count = whole
        for offset, stem in token.splits[1:]:
            clitic = key[: len(key) - len(stem)]
            if not clitic or not set(clitic) <= _STRIPPABLE or len(stem) < 2:
                continue  # only و ف ب ل ك; the article stays part of the name
            count = names.get(stem, 0)
            if stem.startswith("ال") and len(stem) >= 4 and not whole:
                return offset
            if count > best_count:
                best, best_count = offset, count
        if best == token.start and not whole and key[0] in "وف" and len(key) >= 5:
            # an unknown word after و/ف: the conjunction is far likelier than a name in و/ف
            return token.splits[1][0] if len(token.splits) > 1 else token.start
        return best
