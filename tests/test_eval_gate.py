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


def test_an_empty_subset_is_not_held_to_its_floors() -> None:
    from marsad.gold_eval import Floor

    reports = {"tune-held-out": {"articles": 0, "speaker_accuracy_on_found": None}}
    assert check(reports, [Floor("tune-held-out", "speaker_accuracy_on_found", 0.79)]) == []


GSR = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "arabic-event-gsr-dev"
# arabic_event_gsr (dev half) figures of the events layer, held like the gold floors: detection F1
# per type and the share of gold participants the found event's sides overlap (issue #16)
GSR_FLOORS = {("PROTEST", "f1"): 0.655, ("ASSAULT", "f1"): 0.63, ("PROTEST", "actor"): 0.54,
              ("PROTEST", "target"): 0.46, ("ASSAULT", "actor"): 0.58, ("ASSAULT", "target"): 0.63}


@pytest.mark.skipif(not (GSR / "assault_gsr.csv").exists(), reason="../shared/data gsr sentences not present")
def test_events_hold_their_floors_on_the_gsr_sentences() -> None:
    from marsad.event_eval import evaluate as evaluate_events

    reports = evaluate_events(GSR)
    got = {}
    for etype, r in reports.items():
        _, actor, target = r.shares()
        got.update({(etype, "f1"): r.layer.prf()[2], (etype, "actor"): actor, (etype, "target"): target})
    below = {k: round(got.get(k, 0.0), 3) for k, floor in GSR_FLOORS.items() if got.get(k, 0.0) + 1e-9 < floor}
    assert below == {}


def test_gsr_parts_split_every_sentence_once() -> None:
    from marsad.event_eval import _in_part

    indices = range(12)
    develop = [i for i in indices if _in_part(i, "develop")]
    held = [i for i in indices if _in_part(i, "held")]
    assert held == [2, 5, 8, 11]
    assert sorted(develop + held) == list(indices)
    assert all(_in_part(i, "all") for i in indices)
