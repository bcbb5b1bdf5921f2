"""Rejecting someone's statements denounces them: an ACCUSE of whose statements they are
(events/__init__.py, with checks.deed_owner)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"أحمد الصباح": ("e1", "PER"), "حسن نصر الله": ("e2", "PER"), "البحرين": ("e3", "LOC"),
         "إيران": ("e4", "LOC")}


def test_rejecting_a_persons_statements_accuses_him() -> None:
    text = "وأعرب أحمد الصباح عن رفضه الشديد للتصريحات الأخيرة للأمين العام لحزب الله حسن نصر الله ضد البحرين."
    events = _events(text, NAMES)
    assert ("ACCUSE", "e1", "e2") in events and ("REJECT", "e1", "e2") not in events


def test_rejecting_a_demand_stays_a_rejection() -> None:
    text = "ورفضت البحرين مطالب إيران بالإفراج عن المعتقلين."
    assert ("REJECT", "e3", "e4") in _events(text, NAMES)


def test_condemned_statements_told_earlier_with_their_speaker_accuse_him() -> None:
    text = ("ونأت حكومة البحرين بنفسها عن تصريحات أدلى بها حسن نصر الله أمس، بينما استنكر "
            "أحمد الصباح التصريحات ووصفها بأنها تحريضية.")
    assert ("ACCUSE", "e1", "e2") in _events(text, NAMES)


def test_a_definite_deed_noun_told_before_without_an_owner_names_no_one() -> None:
    text = "وتزايدت التصريحات المتشنجة في المنطقة. واستنكر أحمد الصباح التصريحات ووصفها بأنها تحريضية."
    assert not any(t == "ACCUSE" and a == "e1" for t, a, _ in _events(text, NAMES))
