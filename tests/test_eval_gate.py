"""The evaluation gate: the whole pipeline on the gold articles of ../shared/eval, held to floors.

A change that lowers a figure below its floor in src/marsad/eval_floors.tsv fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.gold_eval import check, evaluate, load_floors

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval not present")
def test_pipeline_holds_its_floors_on_the_gold_articles() -> None:
    reports = evaluate(EVAL)
    assert {"seed", "dev"} <= set(reports) and all(r["articles"] >= 1 for r in reports.values())
    assert check(reports, load_floors()) == []


def test_floors_file_names_known_metrics() -> None:
    floors = load_floors()
    assert floors and all(0 < f.minimum <= 1 for f in floors)
    known = {"entities", "quotes_found", "speaker_accuracy_on_found", "quote_kind_accuracy_on_found",
             "agencies", "dates_found", "dates_value_accuracy_on_found", "dates_correct", "events"}
    assert {f.metric.split(".")[0] for f in floors} <= known | {"quotes_attributed"}
    assert {f.set for f in floors} <= {"seed", "dev", "tune", "tune-in", "tune-held-out"}


def test_a_floor_is_checked_on_its_own_set_only() -> None:
    from marsad.gold_eval import Floor

    reports = {"dev": {"entities": {"f1": 0.91}}, "tune": {"entities": {"f1": 0.70}}}
    assert check(reports, [Floor("dev", "entities.f1", 0.90)]) == []
    assert check(reports, [Floor("tune", "entities.f1", 0.75)]) == ["tune entities.f1: 0.7 < floor 0.75"]
    assert check(reports, [Floor("hidden", "entities.f1", 0.99)]) == []
