"""Which speakers a new speaker-ranker model changes on unlabelled news, to read by hand.

    .venv/bin/python bench/speaker_model_diff.py NEW.json [--base OLD.json] [--n 1500] [--seed 15]
        [--out /tmp/speaker-diff.jsonl]

A sample of SaudiNewsNet articles (every zip, every outlet: an article is taken when the CRC-32
of its id, or of its place in its zip, and the seed falls in the sample's share: the same in
every checkout) is analysed once up to the quotes layer; the
quotes layer then runs on a copy of each document once per model (the shipped file unless
`--base`), in one process, so code and entities are the same and only the ranker's weights
differ. Every statement (same span) whose speaker text differs is written as one JSON line with
the words before it, for reading by eval/GUIDE.md; a summary goes to stdout.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"
TOTAL = 26000          # articles in the folder, about: the sample's share is n / TOTAL
CONTEXT = 260          # characters shown before a statement
# days a kept-aside gold set is being drawn from (session 19): never part of a probe sample
KEPT_ASIDE_DAYS = frozenset({"2015-08-04.zip", "2015-08-08.zip"})


def sample(n: int, seed: int) -> list:
    from marsad.ingest import RawRecord, read_inputs

    share = min(1.0, n / TOTAL)
    out = []
    for item in read_inputs(sorted(str(p) for p in NEWS.glob("*.zip") if p.name not in KEPT_ASIDE_DAYS)):
        if isinstance(item, RawRecord) and zlib.crc32(f"{seed}:{sample_key(item)}".encode()) / 2**32 < share:
            out.append(item)
    return out


def sample_key(item) -> str:  # noqa: ANN001
    """The article's id, or where it stands in its zip ("2015-07-21.zip!2015-07-21.json#3"): the
    folder the news were read from is left out, so every checkout draws the same sample."""
    return str(item.id) if item.id else str(item.origin).rsplit("/", 1)[-1]


def quote_layer(model: Path | None):  # noqa: ANN201
    from marsad.layers.quotes.layer import QuoteLayer
    from marsad.layers.quotes.speaker_ranker import SpeakerRanker

    layer = QuoteLayer(speaker_model=False)
    layer.resolver.ranker = SpeakerRanker.load(model)
    return layer


def speakers(doc) -> dict[tuple[int, int], tuple[str | None, str | None]]:  # noqa: ANN001
    return {(q.start, q.end): (q.speaker.text if q.speaker else None, q.speaker.entity if q.speaker else None)
            for q in doc.quotes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("new", type=Path)
    ap.add_argument("--base", type=Path, default=None, help="the model to compare with (default: the shipped one)")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", type=Path, default=Path("/tmp/speaker-diff.jsonl"))
    args = ap.parse_args(argv)

    from marsad.layers.registry import available_layers
    from marsad.pipeline import Analyzer

    names = available_layers()
    before = Analyzer(names[: names.index("quotes")])
    base, new = quote_layer(args.base), quote_layer(args.new)
    articles = statements = 0
    changed = []
    outlets: dict[str, int] = {}
    for doc in before.run(sample(args.n, args.seed)):
        if not hasattr(doc, "quotes"):
            continue
        articles += 1
        a, b = speakers(base(copy.deepcopy(doc))), speakers(new(copy.deepcopy(doc)))
        statements += len(b)
        for span, (text_b, ent_b) in sorted(b.items()):
            if span not in a or a[span][0] == text_b:
                continue
            start, end = span
            changed.append({"id": doc.id, "outlet": doc.source, "start": start, "end": end,
                            "before": doc.text[max(0, start - CONTEXT) : start], "statement": doc.text[start:end][:300],
                            "base": a[span][0], "new": text_b, "base_entity": a[span][1], "new_entity": ent_b})
            outlets[doc.source or ""] = outlets.get(doc.source or "", 0) + 1
    with args.out.open("w", encoding="utf-8") as fh:
        for row in changed:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{articles} articles, {statements} statements, {len(changed)} speakers changed "
          f"(by outlet: {dict(sorted(outlets.items()))}); written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
