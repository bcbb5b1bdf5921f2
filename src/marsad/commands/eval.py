"""`marsad eval TARGET`: score a component on the public evaluation data.

    marsad eval ner [--data ../shared/data] [--model PATH]

Each target is a function in EVALUATORS taking the parsed arguments and returning an exit
status; further targets (quotes, dates, ...) are added there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def _eval_ner(args: argparse.Namespace) -> int:
    from marsad.ner.evaluate import run_eval

    if not (args.data / "ner" / "anercorp").is_dir():
        print(f"marsad eval: no ner/anercorp under {args.data}", file=sys.stderr)
        return 2
    for title, score in run_eval(args.data, args.model):
        print(score.table(title))
    return 0


EVALUATORS: dict[str, Callable[[argparse.Namespace], int]] = {"ner": _eval_ner}


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="score a component on the public evaluation data")
    p.add_argument("target", choices=sorted(EVALUATORS), help="what to evaluate")
    p.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    p.add_argument("--model", type=Path, default=None, help="model to score (default: the shipped one)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return EVALUATORS[args.target](args)
