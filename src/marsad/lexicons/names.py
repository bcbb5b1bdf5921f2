"""The given names marsad's lexicons know, as one set of match keys.

`actors/given_names.tsv` is read by several layers (the speakers of quotes, the sources, the
relative dates: "محمد الخميس" is a family name, no weekday); they ask here, so the set is made
once per process and keyed one way.
"""

from __future__ import annotations

from functools import cache

from marsad.arabic.normalize import match_key
from marsad.lexicons.loader import keyed


@cache
def given_names() -> frozenset[str]:
    """The match keys of the given names of `actors/given_names.tsv`."""
    return keyed("actors/given_names.tsv", None, match_key)
