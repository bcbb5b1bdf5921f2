"""The actor knowledge base: loading, alias lookup, agencies, dated office holders."""

from __future__ import annotations

import pytest

from marsad.kb import Role, alias_key, load_kb
from marsad.kb.loader import DATA_DIR


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ids(actors):
    return [a.id for a in actors]


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


def test_holders_by_date(kb):
    on = lambda role, where, day: ids(kb.holders(role, where, day))  # noqa: E731
    assert on("foreign_minister", "RUS", "2022-02-14")[0] == "marsad:per/sergey-lavrov"
    assert on("president", "RUS", "2010-01-01")[0] == "marsad:per/dmitry-medvedev"
    assert on("foreign_minister", "USA", "2022-02-14")[0] == "marsad:per/antony-blinken"
    assert on("foreign_minister", "USA", "2015-07-21")[0] == "marsad:per/john-kerry"
    assert on("king", "SAU", "2015-07-21")[0] == "marsad:per/king-salman"
    assert on("crown_prince", "SAU", "2015-07-21")[0] == "marsad:per/mohammed-bin-nayef"
    assert on("secretary_general", "marsad:org/nato", "2022-02-14")[0] == "marsad:per/jens-stoltenberg"
    assert ids(kb.holders("secretary_general", None, "2025-03-01", org="marsad:org/nato")) == ["marsad:per/mark-rutte"]
    assert on("foreign_minister", "RUS", "2001-01-01") == []


def test_countries_demonyms_and_capitals(kb):
    russia = kb.get("marsad:loc/russia")
    assert russia.type == "LOC" and russia.kind == "country" and russia.country == "RUS"
    assert russia.capital == "marsad:loc/moscow" and "الروسي" in russia.demonyms_ar
    assert kb.demonym(alias_key("الأمريكية")).id == "marsad:loc/united-states"
    assert kb.demonym(alias_key("الياباني")).id == "marsad:loc/japan"
    # generated countries carry their origin and a rule-made adjective
    peru = kb.lookup(alias_key("بيرو"))
    assert peru and peru[0].origin == "countries" and peru[0].name_en == "Peru"


def test_spelling_variants_and_ministries(kb):
    for alias in ("بلينكن", "بلينكين", "ستولتنبرغ", "ستولتنبرج"):
        assert kb.lookup(alias_key(alias)), alias
    assert ids(kb.lookup(alias_key("الخارجية الروسية"))) == ["marsad:org/russian-foreign-ministry"]
    assert ids(kb.lookup(alias_key("مجلس الاتحاد"))) == ["marsad:org/federation-council"]
    assert ids(kb.lookup(alias_key("حلف الناتو"))) == ["marsad:org/nato"]


def test_generated_file_is_reproducible(tmp_path):
    """scripts/build_kb.py rebuilds the committed generated.tsv from ../shared/data."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    data = root.parent / "shared" / "data"
    if not (data / "gazetteers" / "countries").exists():
        pytest.skip("shared data not available")
    out = tmp_path / "generated.tsv"
    subprocess.run([sys.executable, str(root / "scripts" / "build_kb.py"), str(data), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA_DIR / "generated.tsv").read_text(encoding="utf-8")
    common = tmp_path / "common_words.tsv"
    assert common.read_text(encoding="utf-8") == (DATA_DIR / "common_words.tsv").read_text(encoding="utf-8")


def test_common_words_take_other_sets_but_no_given_names():
    """UD Arabic-PUD and the Wojood sample widen the ordinary words; names that are also words stay out."""
    from marsad.kb.loader import alias_key

    common = set((DATA_DIR / "common_words.tsv").read_text(encoding="utf-8").split("\n"))
    assert {alias_key(w) for w in ("سكرتير", "الطقس", "اندلاع")} <= common
    assert not {alias_key(w) for w in ("سعيد", "جميل", "صالح", "القاضي", "دوما")} & common


def test_uncertain_open_roles_stop_at_the_check_date(kb):
    from marsad.kb.model import CHECKED

    r = Role.parse("prime_minister@IRQ 2022-10-27..?")
    assert r.uncertain_end and r.end is None and r.to_str().endswith("..?")
    assert r.valid_on(CHECKED) and not r.valid_on("2026-11-29")
    assert ids(kb.holders("prime_minister", "IRQ", "2024-01-01")) == ["marsad:per/mohammed-shia-al-sudani"]
    assert kb.holders("prime_minister", "IRQ", "2026-11-29") == []
    # confident open roles go on
    assert ids(kb.holders("foreign_minister", "RUS", "2026-11-29")) == ["marsad:per/sergey-lavrov"]


def test_a_holder_of_several_terms_is_listed_once(kb):
    holders = ids(kb.holders("prime_minister", "ISR", "2010-01-01"))
    assert holders == ["marsad:per/benjamin-netanyahu"]


def test_the_files_adding_office_holders_keep_the_canonical_names(kb):
    """curated_persons_*.yaml add roles to persons of curated_persons.yaml (merged by id):
    the name stays the one curated_persons.yaml gives."""
    assert kb.get("marsad:per/king-salman").name_ar == "الملك سلمان بن عبدالعزيز"
    assert [a.id for a in kb.holders("governor", "SAU-makkah", "2015-08-04")] == ["marsad:per/khalid-al-faisal"]
    assert [a.id for a in kb.holders("health_minister", "SAU", "2015-07-25")] != []
