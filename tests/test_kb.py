"""The actor knowledge base: loading, alias lookup, agencies, dated office holders."""

from __future__ import annotations

import time

import pytest

from marsad.kb import Role, alias_key, load_files, load_kb
from marsad.kb.loader import DATA_DIR


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids(actors):
    return [a.id for a in actors]


def test_load_is_fast():
    t = time.perf_counter()
    load_files(DATA_DIR)
    assert time.perf_counter() - t < 1.0  # < 0.5 s on an idle core; margin for a shared machine


def test_agencies_and_abbreviations(kb):
    assert "marsad:agency/afp" in ids(kb.lookup(alias_key("أ ف ب")))
    assert "marsad:agency/afp" in ids(kb.lookup(alias_key("أ.ف.ب")))
    assert "marsad:agency/spa" in ids(kb.lookup(alias_key("واس")))
    assert "marsad:agency/sputnik" in ids(kb.lookup(alias_key("سبوتنيك")))
    kinds = {a.kind for a in kb.agencies()}
    assert kinds == {"agency", "outlet"}
    assert len(kb.agencies()) > 60


def test_context_alias_needs_its_cue(kb):
    # "الوطن" alone is "the homeland"; only "صحيفة الوطن" is the newspaper
    assert "marsad:outlet/al-watan" not in ids(kb.lookup(alias_key("الوطن")))
    assert "marsad:outlet/al-watan" in ids(kb.lookup(alias_key("صحيفة الوطن")))


def test_gazetteer_types(kb):
    gaz = kb.gazetteer()
    assert gaz[alias_key("رويترز")] == "ORG"


def test_role_parse_roundtrip():
    r = Role.parse("secretary_general@marsad:org/nato 2014-10-01..2024-10-01")
    assert r.org == "marsad:org/nato" and r.country is None
    assert r.valid_on("2022-02-14") and not r.valid_on("2024-10-01")
    assert Role.parse(r.to_str()) == r
    open_role = Role.parse("foreign_minister@RUS 2004-03-09..")
    assert open_role.end is None and open_role.valid_on("2030-01-01")
    assert not open_role.valid_on("2004-03-08")
