"""Which term of office made a title refer to a person: "وزير الخارجية الروسي" on 2022-02-14 →
Sergey Lavrov, term foreign_minister@RUS 2004-03-09.. .

The entity layer resolves a title by the KB roles valid on the article's publication date
(`KnowledgeBase.holders`); the store keeps the title mention and the person, not the role. This
module reads the role back from the title's words (the role phrases of
`lexicons/actors/titles.tsv`, the country adjectives and names of the KB) and returns the
person's term that fits it on that date, or None when the KB has no such term (the title was
then resolved through a name the article itself put beside it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.kb.loader import alias_key, load_kb
from marsad.kb.model import Role
from marsad.lexicons import loader

CLITICS = ("و", "ف", "ب", "ل")


@dataclass(frozen=True, slots=True)
class TitleRole:
    role: str | None      # KB role id read from the title's role phrase
    country: str | None   # ISO3 of the country the title names, if any


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Role phrase match key -> role id (lexicons/actors/titles.tsv)."""
    out: dict[str, str] = {}
    for phrase, role, _scope, _bare in loader.table("actors/titles.tsv", 4):
        out.setdefault(alias_key(phrase), role)
    return out


def _country_of(words: list[str]) -> str | None:
    kb = load_kb()
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            key = " ".join(words[i : i + n])
            for variant in (key, *(key[1:] for c in CLITICS if key.startswith(c))):
                actor = kb.demonym(variant)
                if actor is not None and actor.country:
                    return actor.country
                for a in kb.lookup(variant):
                    if a.kind == "country" and a.country:
                        return a.country
    return None


@functools.lru_cache(maxsize=20_000)
def title_role(title: str) -> TitleRole:
    """The role and country a title names ("وزير الخارجية الروسي" → foreign_minister, RUS)."""
    words = alias_key(title).split(" ")
    if words and words[0][:1] in CLITICS and len(words[0]) > 2:
        stripped = [words[0][1:], *words[1:]]
    else:
        stripped = None
    phrases = _phrases()
    for candidate in (words, stripped):
        if not candidate:
            continue
        for n in range(len(candidate), 0, -1):
            role = phrases.get(" ".join(candidate[:n]))
            if role is not None:
                return TitleRole(role, _country_of(candidate[n:]))
    return TitleRole(None, _country_of(words))


def _fits(title_role_id: str, role: str) -> bool:
    if title_role_id == "minister":  # "الوزير": any minister but the prime minister
        return role.endswith("_minister") and role != "prime_minister"
    return role == title_role_id


def term_for(actor_id: str | None, title: str, on: str | None) -> Role | None:
    """The term of KB actor `actor_id` that the title `title` names on ISO date `on`, or None when
    the KB records no such term (or does not know the actor, or the title names no office)."""
    if not actor_id:
        return None
    actor = load_kb().get(actor_id)
    if actor is None:
        return None
    wanted = title_role(title)
    if wanted.role is None:
        return None
    terms = [r for r in actor.roles if _fits(wanted.role, r.role) and r.valid_on(on[:10] if on else None)]
    if wanted.country:
        same = [r for r in terms if r.country == wanted.country or r.org == wanted.country]
        terms = same or terms
    terms.sort(key=lambda r: r.start or "", reverse=True)
    return terms[0] if terms else None


def term_label(role: Role) -> str:
    """"2004–" / "2012–2020" / "2024–?" : the years of a term, for display."""
    start = (role.start or "?")[:4]
    end = "?" if role.uncertain_end else (role.end or "")[:4]
    return f"{start}–{end}"
