"""Tagging speed of marsad's NER model (both stages, features included), per core: the compiled
numpy scorer against pycrfsuite (the reference), and whether their tags agree.

    .venv/bin/python bench/bench_ner.py [--data ../shared/data] [--articles 400] [--repeat 3]

Rates are tokens per CPU second of this one process (`time.process_time`), so other work on the
machine does not count. Three workloads:

- ANERcorp test as token lists (`tag_sentences`, one stream, as `marsad eval ner`), warm caches;
- ANERcorp test as Documents (`NerTagger.tag`: sentence selection, tagging, spans, clitics);
- SaudiNewsNet articles as Documents (what the entity layer pays per article): the first half
  warms the caches, the second half is timed — new text, so words never seen are built as
  they come (their share of tokens is printed: it falls as a worker reads more, ~7% after
  1000 articles) — then timed again with every word cached. Tokenising is done before
  timing (the Document caches it for every layer); its rate is printed apart.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import time
from pathlib import Path

from marsad.document import Document
from marsad.ner.tagger import NerTagger
from marsad.ner.training import corpus

TARGET = 150_000  # tokens per second per core, the whole NerTagger.tag (issue #6)


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def best(fn, repeat: int) -> float:
    return min(cpu(fn) for _ in range(repeat))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--articles", type=int, default=400, help="SaudiNewsNet articles (half warm-up)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    fast = NerTagger.load()
    print(f"model load (compiled, with self-check): {time.perf_counter() - t0:.2f} s;"
          f" compiled engine {'active' if fast.compiled else 'NOT active (fell back to pycrfsuite)'}")
    ref = copy.copy(fast)  # the same model and features, scored by pycrfsuite
    ref.compiled = None

    sents = [[t for t, _ in s] for s in corpus.anercorp(args.data, "test") if s]
    n_tok = sum(map(len, sents))
    cold = cpu(lambda: fast.tag_sentences(sents))
    t_fast = best(lambda: fast.tag_sentences(sents), args.repeat)
    t_ref = best(lambda: ref.tag_sentences(sents), args.repeat)
    same = fast.tag_sentences(sents) == ref.tag_sentences(sents)
    print(f"ANERcorp test, token lists ({n_tok} tokens): compiled {n_tok / t_fast:,.0f} tok/s"
          f" (cold {n_tok / cold:,.0f}), pycrfsuite {n_tok / t_ref:,.0f} tok/s,"
          f" ratio {t_ref / t_fast:.1f}x; tags identical: {same}")

    text = "\n\n".join(" ".join(s) for s in sents)
    doc = Document(text=text)
    n_doc = len(doc.tokens)
    doc.sentences  # noqa: B018 (tokenised and split before timing)
    t_fast = best(lambda: fast.tag(doc), args.repeat)
    t_ref = best(lambda: ref.tag(doc), args.repeat)
    print(f"ANERcorp test, one Document ({n_doc} tokens): compiled {n_doc / t_fast:,.0f} tok/s,"
          f" pycrfsuite {n_doc / t_ref:,.0f} tok/s, ratio {t_ref / t_fast:.1f}x;"
          f" spans identical: {fast.tag(doc) == ref.tag(doc)}")

    news = args.data / "news" / "saudinewsnet-NC"
    if not news.exists():
        print(f"{news} not found: SaudiNewsNet skipped")
        return
    from marsad.ingest import read_inputs
    from marsad.ingest.build import make_document

    texts = [make_document(r).text for r in itertools.islice(read_inputs([str(news)]), args.articles)]
    docs = [Document(text=t) for t in texts]
    tok_time = cpu(lambda: [(d.tokens, d.sentences) for d in docs])  # cached on each Document
    warm, timed = docs[:len(docs) // 2], docs[len(docs) // 2:]
    n_news = sum(len(d.tokens) for d in timed)
    n_all = n_news + sum(len(d.tokens) for d in warm)
    for d in warm:
        fast.tag(d)
    c = fast.compiled
    words_before = len(c._words) if c else 0
    t_fast = cpu(lambda: [fast.tag(d) for d in timed])
    new_words = (len(c._words) - words_before) if c else 0
    t_again = best(lambda: [fast.tag(d) for d in timed], args.repeat)
    for d in warm:
        ref.tag(d)
    t_ref = cpu(lambda: [ref.tag(d) for d in timed])
    same = all(fast.tag(d) == ref.tag(d) for d in timed)
    per_article = n_news / max(len(timed), 1)
    print(f"SaudiNewsNet, {len(timed)} new articles after {len(warm)} warm-up ({n_news} tokens,"
          f" {per_article:.0f} per article, {new_words / n_news:.1%} of tokens new words):"
          f" compiled {n_news / t_fast:,.0f} tok/s ({len(timed) / t_fast:,.0f} articles/s),"
          f" pycrfsuite {n_news / t_ref:,.0f} tok/s, ratio {t_ref / t_fast:.1f}x; spans identical: {same}")
    print(f"SaudiNewsNet, the same articles again (every word cached): compiled {n_news / t_again:,.0f} tok/s"
          f" ({len(timed) / t_again:,.0f} articles/s), ratio to pycrfsuite {t_ref / t_again:.1f}x")
    print(f"  (tokenising + sentence splitting, not counted above: {n_all / tok_time:,.0f} tok/s)")
    print(f"ratio to the {TARGET:,} tok/s target (SaudiNewsNet, compiled): new text {n_news / t_fast / TARGET:.2f}x,"
          f" cached words {n_news / t_again / TARGET:.2f}x")
    network(sents, warm, timed, t_again)


def network(sents: list[list[str]], warm: list[Document], timed: list[Document], t_crf: float) -> None:
    """The opt-in mix of CRF and network (`--ner-network`): its rate, and that the compiled and
    pycrfsuite CRFs give the same mixed tags."""
    from marsad.ner.tagger import DEFAULT_MODEL, neural_path

    if not neural_path(DEFAULT_MODEL).exists():
        print("no network shipped: the CRF + network mix skipped")
        return
    mixed = NerTagger.load(network=True)
    ref = copy.copy(mixed)
    ref.compiled = None
    n_tok = sum(map(len, sents))
    t_mix = cpu(lambda: mixed.tag_sentences(sents))
    same = mixed.tag_sentences(sents) == ref.tag_sentences(sents)
    print(f"CRF + network, ANERcorp test token lists: {n_tok / t_mix:,.0f} tok/s; tags identical with"
          f" pycrfsuite's CRF: {same}")
    for d in warm:
        mixed.tag(d)
    n_news = sum(len(d.tokens) for d in timed)
    t_news = best(lambda: [mixed.tag(d) for d in timed], 2)
    print(f"CRF + network, SaudiNewsNet (words cached): {n_news / t_news:,.0f} tok/s"
          f" ({len(timed) / t_news:,.1f} articles/s), {t_news / t_crf:.1f}x the CRF's time")


if __name__ == "__main__":
    main()
