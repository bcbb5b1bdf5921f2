"""`marsad train TARGET`: rebuild a shipped model from the public training data.

    marsad train ner --data ../shared/data [--seed N] [--out PATH] [--no-network]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TARGETS = ("ner",)


def register(subparsers) -> None:
    p = subparsers.add_parser("train", help="train a model from the public data (train-allowed parts only)")
    p.add_argument("target", choices=TARGETS, help="what to train")
    p.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    p.add_argument("--seed", type=int, default=13, help="random seed (L-BFGS itself is deterministic)")
    p.add_argument("--out", type=Path, default=None, help="model path (default: the shipped model)")
    p.add_argument("--no-network", action="store_true",
                   help="train the CRF only, not the BiLSTM network beside it (which needs PyTorch)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.target == "ner":
        from marsad.ner.tagger import DEFAULT_MODEL
        from marsad.ner.training.train import Config, train_model

        if not (args.data / "ner" / "anercorp").is_dir():
            print(f"marsad train: no ner/anercorp under {args.data}", file=sys.stderr)
            return 2
        out = args.out or DEFAULT_MODEL
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
