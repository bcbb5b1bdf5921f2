"""An attack told by a verb joined by و to an earlier "قام بـ" clause has that clause's subject as its
actor (events/joined_doers.py). Sentences written for these tests."""

from __future__ import annotations

from test_events import _events as _all
from test_events_attack_grammar import _sides


def test_a_verb_joined_to_a_qaama_clause_has_its_subject() -> None:
    actor, _ = _sides("وقال شهود إن دورية من الجيش قامت بمداهمة سوق المدينة بعد صلاة الفجر من يوم الجمعة "
                      "واعتدت على الباعة بالضرب.", "ASSAULT", "اعتدت")
    assert actor == "الجيش"


def test_verbs_that_do_not_agree_share_no_subject() -> None:
    # "قاموا" (they) and "اعتدت" (she): the joined verb's subject is not told before "قاموا"
    found = [e for e in _all("وقال شهود إن جنودا من الجيش قاموا بمداهمة سوق المدينة بعد صلاة الفجر من يوم "
                             "الجمعة واعتدت على الباعة بالضرب.", etype="ASSAULT") if e.trigger == "اعتدت"]
    assert all(e.actor_span is None or e.actor_span.text != "الجيش" for e in found)
