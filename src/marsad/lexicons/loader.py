"""Reading the package's lexicon files: TSV with `#` comment lines, located inside the package."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def lexicon_path(name: str):
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
