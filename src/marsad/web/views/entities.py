"""The index of entities: `/entities` (search actors by Arabic name in any spelling or by English
name, filter by type, most mentioned first) and `/api/v1/entities`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from marsad.web.entity_queries import search_entities
from marsad.web.pages import DEFAULT_PAGE_SIZE, Cursor, PageSize, StoreConn, check_query, view

router = APIRouter()

TypeFilter = Annotated[str | None, Query(max_length=10, pattern="^[A-Za-z]*$", description="PER, ORG, LOC, MISC")]


def entities_data(db: Any, q: str | None, type: str | None, cursor: str | None, limit: int) -> dict[str, Any]:
    q = check_query(q)
    return {"q": q, "type": type or None, **search_entities(db, q, type or None, cursor, limit)}


@router.get("/api/v1/entities", tags=["entities"],
            summary="Search entities by name (Arabic any spelling, or English), most mentioned first")
def api_entities(db: StoreConn, q: str | None = None, type: TypeFilter = None, cursor: Cursor = None,
                 limit: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    return entities_data(db, q, type, cursor, limit)


@view(router, "/entities", "entities.html", csv=lambda data: data["rows"],
      page={"title": "الكيانات", "section": "entities"})
def entities(request: Request, db: StoreConn, q: str | None = None, type: TypeFilter = None,
             cursor: Cursor = None, limit: PageSize = DEFAULT_PAGE_SIZE) -> dict[str, Any]:
    return entities_data(db, q, type, cursor, limit)
