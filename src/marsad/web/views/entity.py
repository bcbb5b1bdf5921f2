"""View 3, the entity page: `/entity/{key}` (a KB id such as "marsad:per/sergey-lavrov", or
TYPE:match-key for an actor the KB does not know), with its JSON and CSV twins and the API
`/api/v1/entities/{key}` and `/api/v1/entities/{key}/quotes?role=by|about`."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request

from marsad.web import entity_queries as eq
from marsad.web.pages import DEFAULT_PAGE_SIZE, Cursor, PageSize, StoreConn, view

router = APIRouter()
QUOTES_ON_PAGE = 20



def entity_profile(db: Any, key: str, by_cursor: str | None = None, about_cursor: str | None = None,
                   limit: int = QUOTES_ON_PAGE) -> dict[str, Any]:
    actor = eq.get_actor(db, key)
    return {
        "entity": {k: v for k, v in actor.items() if k != "name_key"},
        **eq.profile_aggregates(db, actor),
        "quotes_by": eq.quotes_by(db, actor["id"], by_cursor, limit),
        "quotes_about": eq.quotes_about(db, actor["id"], about_cursor, limit),
    }


def _csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The quotes by and about the entity shown on the page, one row each."""
    rows = []
    for role in ("by", "about"):
        for r in data["quotes_" + role]["rows"]:
            rows.append({"role": role, **{k: r[k] for k in (
                "id", "kind", "published", "source", "doc_id", "start", "end", "speaker_key", "speaker",
                "speaker_text", "cue", "text")}})
    return rows


@router.get("/api/v1/entities/{key:path}/quotes", tags=["entities"],
            summary="Quotes by an entity (it speaks) or about it (its mention inside the quote), newest first")
def api_entity_quotes(db: StoreConn, key: str, role: Literal["by", "about"] = "by",
                      cursor: Cursor = None, limit: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    actor = eq.get_actor(db, key)
    page = (eq.quotes_by if role == "by" else eq.quotes_about)(db, actor["id"], cursor, limit)
    return {"entity": actor["key"], "role": role, **page}


@router.get("/api/v1/entities/{key:path}", tags=["entities"],
            summary="An entity's profile: names, KB record, mentions over time, titles with their term of "
                    "office, quotes by and about it (first page), co-occurring actors, events")
def api_entity(db: StoreConn, key: str) -> dict[str, Any]:
    return entity_profile(db, key)


@view(router, "/entity/{key:path}", "entity.html", csv=_csv_rows, page={"section": "entities"})
def entity(request: Request, db: StoreConn, key: str, by_cursor: Cursor = None,
           about_cursor: Cursor = None) -> dict[str, Any]:
    return entity_profile(db, key, by_cursor, about_cursor)
