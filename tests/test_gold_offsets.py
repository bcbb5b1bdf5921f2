"""The project's annotations are stored without article text and rebuilt exactly from ../shared/data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PACKED = ROOT / "annotations" / "extra.offsets.jsonl"


def _script():
    from marsad.training import annotations

    return annotations


def test_pack_and_unpack_round_trip_on_a_written_article() -> None:
    g = _script()
    record = {"id": "snnt-2015-07-21-0001", "title": "وزير الصحة يزور المستشفى",
              "text": "قال وزير الصحة للرياض اليوم إن «العمل مستمر في المشروع الكبير» بحسب واس."}
    full = g.full_text(record)
    gold = {"id": record["id"],
            "entities": [{"type": "LOC", "ar": ["الرياض"], "en": ["Riyadh"]}],
            "quotes": [{"kind": "direct", "anchor": "العمل مستمر في المشروع",
                        "speaker": {"ar": ["وزير الصحة"], "en": []}}],
            "agencies": [{"ar": ["واس"], "en": ["SPA"]}],
            "dates": [{"text": "اليوم", "value": "2015-07-21"}], "events": []}
    packed = g.pack_record(gold, full)
    flat = json.dumps(packed, ensure_ascii=False)
    assert "مستمر" not in flat and "الرياض" not in flat  # no words of the article are kept
    assert packed["entities"][0]["ar"][0]["prefix"] == "ال"  # "للرياض" -> "الرياض"
    assert g.unpack_record(packed, full) == gold


@pytest.mark.skipif(not (DATA / "news" / "saudinewsnet-NC").exists(), reason="../shared/data not present")
def test_shipped_annotations_rebuild_from_the_shared_articles() -> None:
    g = _script()
    dumps: dict = {}
    for line in PACKED.read_text(encoding="utf-8").splitlines():
        packed = json.loads(line)
        full = g.full_text(g.article(DATA, packed["id"], dumps))
        gold = g.unpack_record(packed, full)
        for q in gold["quotes"]:
            assert q["anchor"] and q["anchor"] in full
        for d in gold["dates"]:
            assert d["text"] in full


def test_unpacked_events_carry_the_arabic_names_of_their_sides() -> None:
    from marsad.training.annotations import with_arabic_sides

    entities = [{"type": "LOC", "ar": ["الأردن", "المملكة الأردنية"], "en": ["Jordan"]},
                {"type": "ORG", "ar": ["الأمم المتحدة"], "en": ["United Nations"]}]
    event = {"type": "REQUEST", "actor": ["Jordan"], "target": ["united nations"]}
    sided = with_arabic_sides(event, entities)
    assert sided["actor_ar"] == ["الأردن", "المملكة الأردنية"]
    assert sided["target_ar"] == ["الأمم المتحدة"]
    # a side already written in Arabic by the annotator is kept as written
    kept = with_arabic_sides({**event, "actor_ar": ["عمّان"]}, entities)
    assert kept["actor_ar"] == ["عمّان"]
    # a side no gold entity names gets no Arabic forms
    assert "target_ar" not in with_arabic_sides({"type": "PROTEST", "actor": ["Jordan"], "target": None}, entities)
