"""What the speaker ranker's leave-one-outlet-out figure is made of (printed by `marsad train speaker`).

Two questions decide where the next effort goes. Would more annotation help? The learning curve
refits each fold on a growing share of the training outlets' articles: a curve still rising at
100 % says yes, a flat one says the model has learnt what its features can tell. Which errors
remain? The breakdown sorts every statement the cross-validated model gets wrong into one kind,
the first that applies in `ERROR_KINDS`' order: an error no choice could fix (the right speaker is
not a candidate) is no fault of the ranker; a "nobody" / person confusion, a continuation ("وأضاف"
with the previous speaker right or wrongly kept) or a bare title chosen each point to a feature
that would help.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from marsad.layers.quotes.speaker_ranker import INDEX
from marsad.training.speakers import L2, NOBODY_NAME, Group, _share, outlet_choices

LEARNING_FRACTIONS = (0.25, 0.5, 0.75, 1.0)
ERROR_KINDS = (
    "unreachable",              # no candidate is right: candidates, not the ranker, must change
    "nobody_for_a_person",      # chose "nobody", a named speaker was right
    "person_for_nobody",        # an unnamed source lent to a name
    "previous_speaker_missed",  # the previous statement's speaker was right, another was chosen
    "previous_speaker_kept",    # the previous speaker was chosen, a new one was right
    "title_only_chosen",        # a bare title ("الوزير") chosen instead of the right name
    "rules_were_right",         # none of the above, and the rules' own choice was right
    "other",
)


def learning_curve(groups: list[Group], l2: float = L2, fractions: tuple[float, ...] = LEARNING_FRACTIONS,
                   full: list[tuple[Group, int]] | None = None, prior: np.ndarray | None = None) -> dict[str, float]:
    """Leave-one-outlet-out accuracy when each fold trains on a share of its articles. `full`:
    the choices of every article (`outlet_choices(groups, l2)`), when already made."""
    return {f"{f:g}": _right_share(full if f == 1.0 and full is not None else outlet_choices(groups, l2, f, prior))
            for f in fractions}


def _right_share(chosen: list[tuple[Group, int]]) -> float:
    return _share(sum(bool(g.right[c]) for g, c in chosen), len(chosen))


def error_kind(group: Group, chosen: int) -> str:
    """The first kind of `ERROR_KINDS` that a wrong choice is (the choice must be wrong)."""
    right = [i for i, r in enumerate(group.right) if r]
    if not right:
        return "unreachable"
    if group.names[chosen] == NOBODY_NAME:
        return "nobody_for_a_person"
    if group.unnamed:
        return "person_for_nobody"
    if any(group.features[i, INDEX["prev1"]] > 0 for i in right):
        return "previous_speaker_missed"
    if group.features[chosen, INDEX["prev1"]] > 0:
        return "previous_speaker_kept"
    if group.features[chosen, INDEX["title_only"]] > 0:
        return "title_only_chosen"
    if group.rule is not None and group.right[group.rule]:
        return "rules_were_right"
    return "other"


def error_breakdown(chosen: list[tuple[Group, int]]) -> dict[str, int]:
    """How many errors of each kind among cross-validated choices (`outlet_choices`), every kind
    listed, in order."""
    counts = Counter(error_kind(g, c) for g, c in chosen if not g.right[c])
    return {kind: counts.get(kind, 0) for kind in ERROR_KINDS}


def describe(groups: list[Group], l2: float = L2, prior: np.ndarray | None = None) -> dict[str, Any]:
    """The learning curve and the error breakdown, as saved in the model file."""
    chosen = outlet_choices(groups, l2, prior=prior)  # the last point of the curve too: fitted once
    return {"learning_curve": learning_curve(groups, l2, full=chosen, prior=prior),
            "cv_errors": error_breakdown(chosen)}
