"""The evaluation gate: the whole pipeline on the gold articles, scored, and held to floors.

Runs `Analyzer` over every `inputs/NAME.jsonl` of an evaluation folder that has a matching
`gold/NAME.jsonl`, scores the records with that folder's own `score.py` (the project does not
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


@dataclass(frozen=True, slots=True)
class Floor:
    metric: str  # "entities.f1", "speaker_accuracy_on_found", ...
    minimum: float


def load_floors() -> list[Floor]:
    text = resources.files("marsad").joinpath("eval_floors.tsv").read_text(encoding="utf-8")
    floors = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            metric, minimum = line.split("\t")[:2]
            floors.append(Floor(metric.strip(), float(minimum)))
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


def evaluate(eval_dir: Path, analyzer: Analyzer | None = None) -> dict[str, Any]:
    """Score the pipeline on every gold set of `eval_dir` pooled together; the scorer's report."""
    scorer = load_scorer(eval_dir)
    analyzer = analyzer or Analyzer()
    tally, details = scorer.Tally(), {}
    n = 0
    for inputs, gold_path in gold_sets(eval_dir):
        preds = {}
        for doc in analyzer.run(read_inputs([str(inputs)])):
            if hasattr(doc, "to_record"):
                rec = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
                preds[str(rec["id"])] = rec
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                scorer.score_doc(gold, preds.get(str(gold["id"]), {}), tally, details)
                n += 1
    report = scorer.report(tally)
    report["articles"] = n
    report["details"] = {k: v for k, v in details.items() if v}
    return report


def metric(report: dict[str, Any], name: str) -> float | None:
    value: Any = report
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return None if value is None else float(value)


def check(report: dict[str, Any], floors: list[Floor]) -> list[str]:
    """Messages for every figure under its floor (empty when the gate passes)."""
    out = []
    for f in floors:
        got = metric(report, f.metric)
        if got is None or got + 1e-9 < f.minimum:
            out.append(f"{f.metric}: {got} < floor {f.minimum}")
    return out
