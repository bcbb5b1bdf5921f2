"""The evaluation gate: the whole pipeline on the gold articles, scored, and held to floors.

Runs `Analyzer` over every `inputs/NAME.jsonl` of an evaluation folder that has a matching
`gold/NAME.jsonl`, scores each set's records on their own with that folder's own `score.py` (the project does not
keep a copy, so the gate always uses the official scorer), and compares the figures with the
floors in `eval_floors.tsv`. A figure below its floor is a regression: the gate fails.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from marsad.ingest import read_inputs
from marsad.pipeline import Analyzer

# Outlets of `tune` kept aside: nothing is tuned on their articles, so the figures of
# "tune-held-out" say how the pipeline does on news it has not seen (issue #14).
HELD_OUT_OUTLETS = frozenset({"3alyoum", "alwatan", "okaz", "alweeam"})


@dataclass(frozen=True, slots=True)
class Floor:
    set: str  # "seed", "dev", "tune", "tune-in", "tune-held-out"
    metric: str  # "entities.f1", "speaker_accuracy_on_found", ...
    minimum: float


def load_floors() -> list[Floor]:
    text = resources.files("marsad").joinpath("eval_floors.tsv").read_text(encoding="utf-8")
    floors = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, metric, minimum = line.split("\t")[:3]
            floors.append(Floor(name.strip(), metric.strip(), float(minimum)))
    return floors


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("marsad_official_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"no score.py in {eval_dir}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sets(eval_dir: Path) -> list[tuple[Path, Path]]:
    return [(eval_dir / "inputs" / g.name, g) for g in sorted((eval_dir / "gold").glob("*.jsonl"))
            if (eval_dir / "inputs" / g.name).exists()]


def subsets(name: str, inputs: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    """The ids scored under each set name: the whole set, and `tune` split by outlet."""
    out = {name: set(inputs)}
    if name == "tune":
        held = {i for i, rec in inputs.items() if rec.get("source") in HELD_OUT_OUTLETS}
        out["tune-in"] = set(inputs) - held
        out["tune-held-out"] = held
    return out


def evaluate(eval_dir: Path, analyzer: Analyzer | None = None) -> dict[str, dict[str, Any]]:
    """Score the pipeline on every gold set of `eval_dir`: set name -> the scorer's report.

    Each set is scored on its own (figures of sets tuned on and of new ones are never pooled);
    `tune` is also scored as `tune-in` and `tune-held-out` (the outlets in HELD_OUT_OUTLETS).
    """
    scorer = load_scorer(eval_dir)
    analyzer = analyzer or Analyzer()
    reports: dict[str, dict[str, Any]] = {}
    for inputs_path, gold_path in gold_sets(eval_dir):
        inputs = {}
        for line in inputs_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                inputs[str(rec.get("id"))] = rec
        preds = {}
        for doc in analyzer.run(read_inputs([str(inputs_path)])):
            if hasattr(doc, "to_record"):
                rec = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
                preds[str(rec["id"])] = rec
        golds = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        for name, ids in subsets(gold_path.stem, inputs).items():
            tally, details = scorer.Tally(), {}
            chosen = [g for g in golds if str(g["id"]) in ids]
            for gold in chosen:
                scorer.score_doc(gold, preds.get(str(gold["id"]), {}), tally, details)
            report = scorer.report(tally)
            report["articles"] = len(chosen)
            report["details"] = {k: v for k, v in details.items() if v}
            reports[name] = report
    return reports


def metric(report: dict[str, Any], name: str) -> float | None:
    value: Any = report
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return None if value is None else float(value)


def check(reports: dict[str, dict[str, Any]], floors: list[Floor]) -> list[str]:
    """Messages for every figure under its floor (empty when the gate passes). A floor of a set
    that is not present (an eval folder without `tune`) or has no article (the held-out outlets of
    a folder that holds none) is not checked."""
    out = []
    for f in floors:
        if f.set not in reports or not reports[f.set].get("articles", 1):
            continue  # a folder without that set, or a subset with no article in it
        got = metric(reports[f.set], f.metric)
        if got is None or got + 1e-9 < f.minimum:
            out.append(f"{f.set} {f.metric}: {got} < floor {f.minimum}")
    return out
