"""Envoys summoned or recalled as a diplomatic protest (events/envoys.py). Sentences written for
these tests; the countries come from the knowledge base, as in the pipeline."""

from __future__ import annotations

from marsad.pipeline import analyze


def _protests(text: str) -> set[tuple[str | None, str | None]]:
    doc = analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(e.actor), names.get(e.target)) for e in doc.events if e.type == "PROTEST" and e.target}


def test_a_foreign_envoy_summoned_is_a_protest_against_his_state() -> None:
    found = _protests("استدعت الكويت القائم بأعمال السفارة العراقية لدى الكويت. وردت العراق ببيان.")
    assert ("الكويت", "العراق") in found


def test_an_own_envoy_called_home_is_a_protest_against_the_host() -> None:
    found = _protests("وأعلنت قطر استدعاء سفيرها في القاهرة للتشاور. وقالت مصر إنها تأسف.")
    assert ("قطر", "مصر") in found


def test_a_player_called_up_is_no_protest() -> None:
    assert not _protests("استدعى مدرب المنتخب المصري اللاعب إلى معسكر الفريق في القاهرة.")


def test_the_envoys_name_is_not_the_summoner() -> None:
    found = _protests("واستدعت الأردن السفير الإسرائيلي دانيال نير. وقالت إسرائيل إنها تدرس الأمر.")
    assert all(actor == "الأردن" for actor, _t in found)
