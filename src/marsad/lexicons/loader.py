"""Reading the package's lexicon files, one way for every layer.

Lexicons are TSV files inside the package (`marsad/lexicons/...`): `#` lines are comments (the
header says where the entries come from), blank lines are skipped, fields are tab-separated.
`read_tsv` streams rows with checks; `table` and `words` are the cached forms a layer keeps (read
once per process, shared by every layer that asks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from importlib.abc import Traversable


def lexicon_path(name: str) -> Traversable:
    """The lexicon file `name` (a path relative to `marsad/lexicons`, e.g. "actors/titles.tsv")."""
    return resources.files("marsad.lexicons").joinpath(name)


def read_tsv(name: str, min_fields: int = 1) -> Iterator[list[str]]:
    """Rows of a TSV lexicon, comments and blank lines skipped; short rows raise with the line number."""
    text = lexicon_path(name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < min_fields:
            raise ValueError(f"lexicon {name}:{n}: expected at least {min_fields} tab-separated fields")
        yield fields


@cache
def table(name: str, min_fields: int = 1) -> tuple[tuple[str, ...], ...]:
    """Every row of a TSV lexicon, read once per process."""
    return tuple(tuple(row) for row in read_tsv(name, min_fields))


@cache
def words(name: str, section: str | None = None) -> frozenset[str]:
    """The first column of a word list, read once per process. With `section`, only the rows
    whose second column is that section (one file may hold several related lists)."""
    if section is None:
        return frozenset(row[0] for row in table(name))
    return frozenset(row[0] for row in table(name, 2) if row[1] == section)


def keyed(name: str, section: str | None, key: Callable[[str], str]) -> frozenset[str]:
    """A word list's entries as the keys a layer compares tokens by (`match_key`, `alias_key`):
    entries are written as in text, comparisons are made on keys."""
    return frozenset(map(key, words(name, section)))
