"""The events view and the store's story_events view count wire copies of one event the same way."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("fastapi")

from marsad.corpus.story_events import story_events  # noqa: E402
from marsad.web.event_queries import EventFilters, event_groups, scan  # noqa: E402
from web_fixtures import build_web_store  # noqa: E402


def test_the_view_groups_events_as_the_store_does(tmp_path):
    conn = sqlite3.connect(build_web_store(tmp_path))
    store = sorted((e.type, e.n_documents) for e in story_events(conn, limit=1000))
    rows, more = event_groups(conn, scan(conn, EventFilters()), 1000)
    assert more is None
    assert sorted((row["type"], row["documents"]) for row in rows) == store
    assert any(n > 1 for _, n in store)  # the fixtures carry one event in two wire copies
