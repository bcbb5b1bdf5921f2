"""The layer registry and contract: building pipelines from names, instances and options, one
validation for every executor, layer options reaching worker processes, and records that do not
depend on the day they are made."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.document import Document, Entity, Mention
from marsad.ingest.record import RawRecord
from marsad.layers import REGISTRY, Layer, LayerSpec, PipelineError, spec, validate
from marsad.layers.entities.add import add_entity
from marsad.ner.tagger import DEFAULT_MODEL, neural_path
from marsad.pipeline import Analyzer

TEXT = "وقال ولي العهد أمس إن المملكة ستستضيف القمة المقبلة في الرياض."


class DateCount:
    """A layer of our own: how many date expressions the document has, written as its tone."""

    name = "date_count"
    requires = ("dates",)
    assigns = ("tone",)

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale

    def __call__(self, doc: Document) -> Document:
        doc.tone = self.scale * len(doc.dates)
        return doc


def test_an_analyzer_runs_a_layer_instance_after_registered_ones() -> None:
    layer = DateCount(scale=10.0)
    assert isinstance(layer, Layer)
    a = Analyzer(["dates", layer])
    assert a.layer_names == ["dates", "date_count"]
    doc = a.analyze("عاد الوفد أمس إلى جدة بعد زيارة استمرت يومين.", published="2024-03-10")
    assert doc.tone == 10.0 and doc.layers == ["dates", "date_count"]


def test_a_registered_layer_is_built_with_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(REGISTRY, "date_count", LayerSpec(
        "date_count", f"{__name__}:DateCount", requires=("dates",), assigns=("tone",), defaults={"scale": 1.0}))
    a = Analyzer(["date_count", "dates"], config={"date_count": {"scale": 0.5}})
    assert a.layer_names == ["dates", "date_count"]  # names run in registry order
    assert a.layers[1].scale == 0.5
    with pytest.raises(PipelineError, match="no option"):
        Analyzer(["dates", "date_count"], config={"date_count": {"speed": 2}})


def test_entity_options_reach_the_entity_layer() -> None:
    a = Analyzer(["entities"], config={"entities": {"use_ner": False}})
    assert a.layers[0].ner is None


def test_validate_rejects_a_requirement_that_nothing_assigns() -> None:
    with pytest.raises(PipelineError, match="requires"):
        validate(["quotes"])
    with pytest.raises(PipelineError, match=r"'events' requires \['dates'\]"):
        validate(["entities", "events"])  # an event carries its sentence's date
    with pytest.raises(PipelineError, match="requires"):
        validate([DateCount()])
    assert validate(["entities", "dates", "sources", "quotes", "events", "tone"]) == list(REGISTRY)


def test_validate_rejects_two_steps_writing_the_same_thing() -> None:
    with pytest.raises(PipelineError, match="already assigned"):
        validate(["dates", "tone", DateCount()])
    # sources adds agencies to the entities it requires: extending is allowed
    assert "entities" in spec("sources").assigns and "entities" in spec("sources").requires


def test_unknown_names_are_refused_with_the_known_ones() -> None:
    with pytest.raises(PipelineError, match="unknown layer.*horoscope.*known: entities, dates"):
        Analyzer(["dates", "horoscope"])
    with pytest.raises(PipelineError, match="unknown layer 'weather'"):
        Analyzer(["dates"], config={"weather": {}})


def test_add_entity_takes_the_next_free_id() -> None:
    doc = Document(text="أعلنت وزارة الصحة ووكالة الأنباء الرسمية")
    doc.entities = [Entity("e1", "ORG", "وزارة الصحة"), Entity("e3", "ORG", "الوزارة")]
    added = add_entity(doc, "ORG", "وكالة الأنباء الرسمية", [Mention(19, 40, doc.text[19:40], "name")])
    assert added.id == "e4" and doc.entities[-1] is added
    doc.check_offsets()


# --- options in worker processes ------------------------------------------------------------
def _worker_state(chunk: list[RawRecord]) -> list:
    """Runs in a pool worker: report how its Analyzer was built instead of analysing."""
    from marsad.corpus import work

    analyzer = work._ANALYZER
    state = {"config": analyzer.config, "layers": analyzer.layer_names,
             "network": any(getattr(getattr(layer, "ner", None), "neural", None) is not None
                            for layer in analyzer.layers)}
    return [work.Failed(rec.origin or "", json.dumps(state)) for rec in chunk]


def _states(layers: list[str], config: dict) -> list[dict]:
    from marsad.corpus.executor import PoolExecutor

    records = [RawRecord(body="زار الوزير جدة.", origin="a"), RawRecord(body="عاد الوفد إلى الرياض.", origin="b")]
    ex = PoolExecutor(2, layers, fn=_worker_state, config=config)
    try:
        assert ex._initargs == (layers, None, config)  # what init_worker receives in each worker
        out = [r for chunk in ([rec] for rec in records) for r in ex.submit(chunk).result()]
    finally:
        ex.close()
    return [json.loads(r.error) for r in out]


def test_layer_options_travel_to_pool_workers() -> None:
    config = {"entities": {"ner_network": True}}
    for state in _states(["dates"], config):
        assert state == {"config": config, "layers": ["dates"], "network": False}


@pytest.mark.skipif(not neural_path(DEFAULT_MODEL).exists(), reason="no NER network shipped")
def test_the_ner_network_is_loaded_in_pool_workers_when_asked() -> None:
    for state in _states(["entities"], {"entities": {"ner_network": True}}):
        assert state["network"] is True


def test_an_executor_refuses_a_bad_option_before_starting_workers() -> None:
    from marsad.corpus.executor import make_executor

    with pytest.raises(PipelineError, match="no option"):
        make_executor("local", 2, ["dates"], config={"dates": {"calendar": "hijri"}})


# --- the reference date ---------------------------------------------------------------------
def test_without_a_publication_date_the_record_is_the_same_every_time_and_says_why() -> None:
    first = marsad.analyze(TEXT, title="قمة في الرياض").to_record()
    second = marsad.analyze(TEXT, title="قمة في الرياض").to_record()
    assert first == second
    assert any(w.startswith("entities: no publication date") for w in first["warnings"])
    assert any(w.startswith("dates: no publication date") for w in first["warnings"])
    assert [d["value"] for d in first["dates"] if d["text"] == "أمس"] == [None]


def test_with_a_publication_date_there_is_no_warning_and_relative_dates_have_values() -> None:
    rec = marsad.analyze(TEXT, title="قمة في الرياض", published="2024-03-10").to_record()
    assert not [w for w in rec["warnings"] if "publication date" in w]
    assert [d["value"] for d in rec["dates"] if d["text"] == "أمس"] == ["2024-03-09"]


def test_a_dask_worker_builds_its_analyzer_with_the_layer_options(tmp_path) -> None:
    pytest.importorskip("pyarrow")
    from marsad.corpus import dask_engine

    config = {"entities": {"use_ner": False}}
    records = [RawRecord(body="وصل الوزير إلى جدة أمس.", origin="a")]
    dask_engine.analyse_partition(records, str(tmp_path / "part-0.parquet"), ["entities"], "2024-03-10", config)
    built = [a for key, a in dask_engine._analyzers.items() if key[0] == ("entities",) and a.config == config]
    assert built and built[0].layers[0].ner is None
    assert len(dask_engine.read_shard(tmp_path / "part-0.parquet")) == 1
