"""The NER tagger's spans on SaudiNewsNet, recorded and compared, and its cold-cache speed.

    .venv/bin/python bench/ner_identity.py record [--n 600] [--out /tmp/marsad-ner-spans.pkl]
    .venv/bin/python bench/ner_identity.py check  [--n 600] [--out /tmp/marsad-ner-spans.pkl]

`golden_records.py check` replays the NER spans it recorded, so a change to the tagger itself is
not compared there: this is its own check. The first N SaudiNewsNet articles are tagged as an
ingest worker tags them (`tag_many` over chunks of `--chunk` documents, caches starting empty)
and one by one (`tag`, caches warm); `record` writes both span lists, `check` compares them with
the recorded ones (exit status 1 on any difference). Both print the CPU time of the cold pass,
the part a short ingest pays most for (every word is new at first).
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--chunk", type=int, default=50)
    ap.add_argument("--out", type=Path, default=Path("/tmp/marsad-ner-spans.pkl"))
    args = ap.parse_args(argv)
    from marsad.document import Document
    from marsad.ingest import RawRecord, read_inputs
    from marsad.ingest.build import make_document
    from marsad.ner.tagger import NerTagger

    recs = [r for r in islice(read_inputs([str(NEWS)]), args.n) if isinstance(r, RawRecord)]
    docs = [Document(text=make_document(r).text) for r in recs]
    for d in docs:
        d.sentences  # noqa: B018 (tokenised before timing: the Document caches it for every layer)
    tagger = NerTagger.load()
    t = time.process_time()
    batched: list[list[tuple[int, int, str]]] = []
    for i in range(0, len(docs), args.chunk):
        batched.extend(tagger.tag_many(docs[i:i + args.chunk]))
    cold = time.process_time() - t
    t = time.process_time()
    alone = [tagger.tag(d) for d in docs]
    warm = time.process_time() - t
    n_tok = sum(len(d.tokens) for d in docs)
    print(f"{len(docs)} articles, {n_tok} tokens: cold tag_many {cold / len(docs) * 1000:.2f} ms/article,"
          f" warm tag {warm / len(docs) * 1000:.2f} ms/article; {sum(map(len, batched))} spans")
    if args.mode == "record":
        args.out.write_bytes(pickle.dumps({"batched": batched, "alone": alone}))
        print(f"wrote {args.out}")
        return 0
    before = pickle.loads(args.out.read_bytes())
    bad = 0
    for name, now in (("batched", batched), ("alone", alone)):
        for i, (a, b) in enumerate(zip(before[name], now, strict=True)):
            if a != b:
                bad += 1
                if bad <= 10:
                    print(f"{name} document {i}: {sorted(set(a) ^ set(b))[:6]}")
    print("NER spans identical" if not bad else f"{bad} documents differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
