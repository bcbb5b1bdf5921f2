"""Would a refit of the speaker ranker beat the shipped file? Every penalty, from zero and from the prior.

    PYTHONPATH=src python bench/speaker_refit_grid.py --data ../shared/data --eval-dir ../shared/eval \
        --annotations annotations/extra.offsets.jsonl ... --held-set train9 --unseen train6,train7,train8,train9

The gold articles are analysed once (`marsad.training.speakers.collect`, the outlets of
`HELD_OUT_OUTLETS` skipped, never read), then for every penalty of `L2_GRID`, with the weights
pulled towards zero and towards the shipped file (`--prior`), it prints: leave-one-outlet-out
accuracy (all statements and named speakers) beside the shipped file's on the same statements; the
same restricted to `--unseen` sets (statements the shipped file was never fitted on, so the
comparison is fair to the refits); and `--held-set` held out (fitted on every other set, scored on
that one). `marsad train speaker` collects anew for each configuration; this does it once.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from marsad.gold_eval import HELD_OUT_OUTLETS, gold_sets
from marsad.layers.quotes.speaker_ranker import SpeakerRanker
from marsad.training.annotations import unpack_to
from marsad.training.speakers import L2_GRID, Group, collect, fit, outlet_choices


def _share(pairs: Iterable[tuple[Group, int]]) -> str:
    pairs = list(pairs)
    named = [(g, c) for g, c in pairs if not g.unnamed]
    hits = sum(bool(g.right[c]) for g, c in pairs)
    hits_named = sum(bool(g.right[c]) for g, c in named)
    if not pairs or not named:
        return "-"
    return f"{hits / len(pairs):.4f} ({hits}/{len(pairs)}), named {hits_named / len(named):.4f} ({hits_named}/{len(named)})"


def _set_of(eval_dirs: list[Path]) -> dict[str, str]:
    found = {}
    for eval_dir in eval_dirs:
        for _, gold_path in gold_sets(eval_dir):
            for line in gold_path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found[str(json.loads(line)["id"])] = gold_path.stem
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--eval-dir", type=Path, action="append", default=[])
    ap.add_argument("--annotations", type=Path, action="append", default=[])
    ap.add_argument("--prior", type=Path, help="the model refits are pulled towards (default: the shipped file)")
    ap.add_argument("--held-set", default="", help="a gold set name scored by a model fitted on the others")
    ap.add_argument("--unseen", default="", help="comma-separated set names the shipped file was not fitted on")
    args = ap.parse_args(argv)
    shipped = SpeakerRanker.load().weights
    prior = SpeakerRanker.load(args.prior).weights if args.prior else shipped
    if shipped is None or prior is None:
        raise SystemExit("no speaker model")
    unseen = set(filter(None, args.unseen.split(",")))
    with tempfile.TemporaryDirectory(prefix="marsad-refit-") as tmp:
        dirs = list(args.eval_dir) + [unpack_to(p, args.data, Path(tmp) / f"set{i}")
                                      for i, p in enumerate(args.annotations)]
        set_of = _set_of(dirs)
        groups = collect(dirs, exclude_outlets=HELD_OUT_OUTLETS)
    held = [g for g in groups if set_of.get(g.doc_id) == args.held_set]
    rest = [g for g in groups if set_of.get(g.doc_id) != args.held_set]

    def in_unseen(pairs: list[tuple[Group, int]]) -> list[tuple[Group, int]]:
        return [(g, c) for g, c in pairs if set_of.get(g.doc_id) in unseen]

    mine = [(g, g.choice(shipped)) for g in groups]
    ceiling = sum(bool(g.right.any()) for g in groups)
    print(f"{len(groups)} statements of {len({g.doc_id for g in groups})} articles; right among candidates {ceiling}")
    print(f"shipped: all {_share(mine)} | unseen {_share(in_unseen(mine))} | "
          f"{args.held_set or '-'} {_share((g, g.choice(shipped)) for g in held)}")
    for name, center in (("zero", None), ("prior", prior)):
        for l2 in L2_GRID:
            loo = outlet_choices(groups, l2, prior=center)
            w: np.ndarray = fit(rest, l2, prior=center)
            print(f"{name} l2 {l2:g}: leave-one-outlet-out {_share(loo)} | unseen {_share(in_unseen(loo))} | "
                  f"{args.held_set or '-'} held out {_share((g, g.choice(w)) for g in held)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
