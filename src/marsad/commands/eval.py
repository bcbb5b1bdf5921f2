"""`marsad eval TARGET`: score a component on the public evaluation data.

    marsad eval ner [--data ../shared/data] [--model PATH]
    marsad eval gold [--eval-dir ../shared/eval] [--details] [--json]
    marsad eval events --data ../shared/data/events/arabic-event-gsr-dev [--limit N]

Each target is a function in EVALUATORS taking the parsed arguments and returning an exit
status; further targets (quotes, dates, ...) are added there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def _eval_ner(args: argparse.Namespace) -> int:
    """The CRF alone (the default tagger), then mixed with its network when the model has one."""
    from marsad.ner.tagger import DEFAULT_MODEL, neural_path
    from marsad.ner.training.evaluate import run_eval

    if not (args.data / "ner" / "anercorp").is_dir():
        print(f"marsad eval: no ner/anercorp under {args.data}", file=sys.stderr)
        return 2
    modes = [(False, "CRF (default)")]
    if neural_path(args.model or DEFAULT_MODEL).exists():
        modes.append((True, "CRF + network (--ner-network)"))
    for network, name in modes:
        for title, score in run_eval(args.data, args.model, network=network):
            print(score.table(f"{title}, {name}"))
    return 0


def _eval_gold(args: argparse.Namespace) -> int:
    """The whole pipeline on the gold articles, with the official scorer, held to the floors."""
    import json

    from marsad.gold_eval import check, evaluate, load_floors

    eval_dir = args.data.parent / "eval" if args.eval_dir is None else args.eval_dir
    if not (eval_dir / "score.py").exists():
        print(f"marsad eval: no score.py in {eval_dir} (give --eval-dir)", file=sys.stderr)
        return 2
    reports = evaluate(eval_dir)
    details = {name: report.pop("details") for name, report in reports.items()}
    if args.json:
        print(json.dumps(reports, ensure_ascii=False))
    else:
        print(_gold_table(reports))
        if args.details:
            for name, per_doc in details.items():
                for doc, lines in per_doc.items():
                    print(f"\n## {name} {doc}")
                    for line in lines:
                        print("  " + line)
    failures = check(reports, load_floors())
    for line in failures:
        print(f"marsad eval: below floor: {line}", file=sys.stderr)
    return 1 if failures else 0


def _gold_table(reports: dict) -> str:
    """One row per metric, one column per gold set (F1 for the P/R/F1 metrics)."""
    names = list(reports)
    metrics = [k for k in next(iter(reports.values())) if k != "articles"] if reports else []
    lines = [f"{'':30s}" + "".join(f"{n:>15s}" for n in names),
             f"{'articles':30s}" + "".join(f"{reports[n]['articles']:>15d}" for n in names)]
    for key in metrics:
        cells = []
        for n in names:
            value = reports[n].get(key)
            value = value["f1"] if isinstance(value, dict) else value
            cells.append(f"{value:>15.3f}" if isinstance(value, float) else f"{value!s:>15s}")
        lines.append(f"{key + (' F1' if isinstance(reports[names[0]].get(key), dict) else ''):30s}"
                     + "".join(cells))
    return "\n".join(lines)


def _eval_events(args: argparse.Namespace) -> int:
    """PROTEST and ASSAULT detection and participants on arabic_event_gsr, beside a keyword floor."""
    from marsad.event_eval import evaluate, table

    data = args.data
    if not (data / "assault_gsr.csv").exists():  # the shared data folder itself
        data = data / "events" / "arabic-event-gsr-dev"
    if not (data / "assault_gsr.csv").exists():
        print(f"marsad eval: no assault_gsr.csv in {args.data} (give --data)", file=sys.stderr)
        return 2
    print(table(evaluate(data, limit=args.limit, part=args.part)))
    return 0


EVALUATORS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ner": _eval_ner, "gold": _eval_gold, "events": _eval_events,
}


def register(subparsers) -> None:
    p = subparsers.add_parser("eval", help="score a component on the public evaluation data")
    p.add_argument("target", choices=sorted(EVALUATORS), help="what to evaluate")
    p.add_argument("--data", type=Path, default=Path("../shared/data"), help="the shared data folder")
    p.add_argument("--model", type=Path, default=None, help="model to score (default: the shipped one)")
    p.add_argument("--eval-dir", type=Path, default=None,
                   help="gold: folder with score.py, gold/ and inputs/ (default: DATA/../eval)")
    p.add_argument("--details", action="store_true", help="gold: list every miss and false alarm")
    p.add_argument("--json", action="store_true", help="gold: print the report as one JSON object")
    p.add_argument("--limit", type=int, default=None, help="events: the first N sentences of each file")
    p.add_argument("--part", choices=("all", "develop", "held"), default="all",
                   help="events: every sentence, the two thirds rules are developed on, or the held-out third"
                        " (index %% 3 == 2)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return EVALUATORS[args.target](args)
