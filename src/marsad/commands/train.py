"""`marsad train TARGET`: rebuild a shipped model from the public training data.

    marsad train ner --data ../shared/data [--seed N] --out PATH [--no-network]
    marsad train speaker --data ../shared/data [--eval-dir DIR ...] [--annotations FILE ...] [--leave-out GOLD ...] [--l2 X]
        --out PATH
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TARGETS = ("ner", "speaker")


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a model from the public data (train-allowed parts only)")
    p.add_argument("target", choices=TARGETS, help="what to train")
    p.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    p.add_argument("--seed", type=int, default=13, help="random seed (L-BFGS itself is deterministic)")
    p.add_argument("--out", type=Path, default=None,
                   help="where to write the model (required: training never overwrites the installed package "
                        "unless you name its file)")
    p.add_argument("--no-network", action="store_true",
                   help="train the CRF only, not the BiLSTM network beside it (which needs PyTorch)")
    p.add_argument("--eval-dir", type=Path, action="append", default=None,
                   help="speaker: a folder of gold/ and inputs/ sets (default: DATA/../eval); repeatable")
    p.add_argument("--annotations", type=Path, action="append", default=[],
                   help="speaker: a packed annotation file (annotations/*.offsets.jsonl), rebuilt from DATA")
    p.add_argument("--hold-out", default=None,
                   help="speaker: comma-separated outlets whose articles are skipped, never analysed "
                        "(default: marsad.gold_eval.HELD_OUT_OUTLETS)")
    p.add_argument("--leave-out", type=Path, action="append", default=[],
                   help="speaker: a gold file (gold/NAME.jsonl) whose articles are not trained on, to measure "
                        "the model on them apart; repeatable")
    p.add_argument("--l2", type=float, default=None,
                   help="speaker: the L2 penalty (default: chosen by leave-one-outlet-out accuracy)")
    p.add_argument("--prior", type=Path, default=None,
                   help="speaker: a model file whose weights the L2 penalty pulls towards instead of zero "
                        "(the model read on unlabelled news: the gold articles move it only as far as they show)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.target == "speaker":
        return _train_speaker(args)
    if args.target == "ner":
        from marsad.ner.tagger import DEFAULT_MODEL
        from marsad.ner.training.train import Config, train_model

        if not (args.data / "ner" / "anercorp").is_dir():
            print(f"marsad train: no ner/anercorp under {args.data}", file=sys.stderr)
            return 2
        if args.out is None:
            print(f"marsad train ner: give --out PATH (the shipped model is {DEFAULT_MODEL}; in a checkout, "
                  "src/marsad/models/ner.crfsuite)", file=sys.stderr)
            return 2
        out = args.out
        try:
            info = train_model(args.data, out, Config(seed=args.seed, neural=not args.no_network),
                               log=lambda m: print(m, file=sys.stderr))
        except RuntimeError as exc:
            print(f"marsad train: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {out} ({info['size'] / 1e6:.1f} MB) in {info['seconds']:.0f} s of training; "
              f"gazetteer {info['gazetteer']} phrases", file=sys.stderr)
        return 0
    return 2


def _train_speaker(args: argparse.Namespace) -> int:
    """The speaker ranker from gold articles; the outlets held out are skipped, never read."""
    import json
    import tempfile

    from marsad.gold_eval import HELD_OUT_OUTLETS
    from marsad.training.annotations import unpack_to
    from marsad.training.speakers import train_speaker_model

    if args.out is None:
        print("marsad train speaker: give --out PATH (e.g. src/marsad/models/speaker_ranker.json)",
              file=sys.stderr)
        return 2
    eval_dirs = list(args.eval_dir or [args.data.parent / "eval"])
    sources = [str(d) for d in eval_dirs] + [str(p) for p in args.annotations]   # no temporary paths
    try:
        leave_out = frozenset(str(json.loads(line)["id"]) for path in args.leave_out
                              for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    except (OSError, ValueError, KeyError) as exc:
        print(f"marsad train speaker: --leave-out: {exc}", file=sys.stderr)
        return 2
    sources += [f"left out: {p}" for p in args.leave_out]
    if args.prior is not None:
        sources.append(f"prior: {args.prior}")
    missing = [d for d in eval_dirs if not (d / "gold").is_dir()]
    if missing:
        print(f"marsad train speaker: no gold/ folder in {missing[0]}", file=sys.stderr)
        return 2
    hold_out = frozenset(o for o in args.hold_out.split(",") if o) if args.hold_out is not None \
        else HELD_OUT_OUTLETS
    with tempfile.TemporaryDirectory(prefix="marsad-annotations-") as tmp:
        for i, packed in enumerate(args.annotations):
            try:
                eval_dirs.append(unpack_to(packed, args.data, Path(tmp) / f"set{i}"))
            except (OSError, ValueError, KeyError, IndexError) as exc:
                print(f"marsad train speaker: {packed}: cannot rebuild from {args.data}: {exc}", file=sys.stderr)
                return 2
        info = train_speaker_model(eval_dirs, hold_out, args.out, l2=args.l2, sources=sources, exclude_ids=leave_out,
                                   log=lambda m: print(m, file=sys.stderr), prior=args.prior)
    cv = info["cross_validated"]
    print(f"wrote {args.out}: {info['statements']} statements from {info['articles']} articles, l2 {info['l2']:g}; "
          f"leave-one-outlet-out {cv['model']:.4f} (rules {cv['rules']:.4f}, ceiling {cv['ceiling']:.4f}); "
          f"named speakers {cv['model_named']:.4f} (rules {cv['rules_named']:.4f}, "
          f"ceiling {cv['ceiling_named']:.4f})", file=sys.stderr)
    return 0
