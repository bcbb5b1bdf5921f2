"""What a reader yields: a raw record (not yet cleaned) or a read error, both naming their origin."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Removal


@dataclass(slots=True)
class RawRecord:
    """One article as read from its container, before cleaning.

    `origin` names where it came from for messages and the store: "path", "path:LINE" for
    JSON Lines, "path#N" for the N-th element of a JSON array, zip member or WARC record.
    """

    body: str
    title: str = ""
    id: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    origin: str = ""
    # what a reader already removed (e.g. trafilatura dropping comments is not recorded; a
    # reader that strips a navigation block itself records it here)
    removed: list[Removal] = field(default_factory=list)
    # what the reader noticed but could work around (e.g. "decoded as Windows-1256 (cp1256)")
    warnings: list[str] = field(default_factory=list)
    # True when title and body came out of an HTML parser, which has already turned character
    # references into characters: what still looks like one ("&quot;" on a page about HTML) is
    # text the page shows, and cleaning must not decode it again
    from_markup: bool = False


@dataclass(slots=True)
class ReadError:
    """A record or file that could not be read: reported, counted, never silently dropped."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"
