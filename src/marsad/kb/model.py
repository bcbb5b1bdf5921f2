"""Actors and their time-bounded roles: the records of the knowledge base.

A role is written in the data files as one compact string, ``role@where start..end``:
``foreign_minister@RUS 2004-03-09..`` (an office of a country, ISO3 code) or
``secretary_general@marsad:org/nato 2014-10-01..2024-10-01`` (an office of an organisation).
An empty start means unknown; an empty end means "still holding it". An end written ``?``
(``prime_minister@IRQ 2022-10-27..?``) means "held when the KB was last checked, and we are not
sure for how long": such a role is valid up to `CHECKED` and not after.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# the date up to which the curated office holders were checked
CHECKED = "2025-10-31"


@dataclass(frozen=True, slots=True)
class Role:
    role: str                   # "foreign_minister", "president", "king", "secretary_general", ...
    country: str | None = None  # ISO3 code of the state the office belongs to
    org: str | None = None      # actor id of the organisation the office belongs to
    start: str | None = None    # ISO date, inclusive
    end: str | None = None      # ISO date, exclusive; None = open
    title_ar: str | None = None
    uncertain_end: bool = False  # held on CHECKED, end unknown: not assumed after CHECKED

    def valid_on(self, on: str | None) -> bool:
        """True when the role is held on the ISO date `on` (any date when `on` is None)."""
        if on is None:
            return True
        day = on[:10]
        if self.start and day < self.start:
            return False
        if self.uncertain_end and day > CHECKED:
            return False
        return not (self.end and day >= self.end)

    def to_str(self) -> str:
        where = self.org or self.country or ""
        s = f"{self.role}@{where}" if where else self.role
        if self.start or self.end or self.uncertain_end:
            s += f" {self.start or ''}..{'?' if self.uncertain_end else self.end or ''}"
        return s

    @classmethod
    def parse(cls, text: str) -> Role:
        text = text.strip()
        head, _, dates = text.partition(" ")
        role, _, where = head.partition("@")
        start = end = None
        uncertain = False
        if dates.strip():
            a, _, b = dates.strip().partition("..")
            uncertain = b == "?"
            start, end = a or None, (None if uncertain else b or None)
        country = org = None
        if where.startswith("marsad:"):
            org = where
        elif where:
            country = where
        return cls(role, country, org, start, end, uncertain_end=uncertain)


@dataclass(slots=True)
class Actor:
    id: str
    type: str                   # PER, ORG, LOC
    kind: str                   # person, country, city, region, igo, ministry, agency, outlet, ...
    name_ar: str
    name_en: str | None = None
    aliases_ar: list[str] = field(default_factory=list)
    aliases_en: list[str] = field(default_factory=list)
    country: str | None = None  # ISO3
    demonyms_ar: list[str] = field(default_factory=list)
    capital: str | None = None  # actor id of the capital city (countries)
    roles: list[Role] = field(default_factory=list)
    origin: str = ""            # where the entry came from: "curated", "countries.json", ...
    context_ar: list[str] = field(default_factory=list)  # names valid only after a cue ("الوطن")

    def all_ar(self) -> list[str]:
        """The Arabic name followed by every Arabic alias, without duplicates."""
        out: list[str] = []
        for s in [self.name_ar, *self.aliases_ar]:
            if s and s not in out:
                out.append(s)
        return out

    def roles_on(self, on: str | None) -> list[Role]:
        return [r for r in self.roles if r.valid_on(on)]
