"""Story clusters (wire copies of one story) in the REST API: the largest first, and one cluster
with its members, its canonical copy and the agencies its members cite."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from marsad.web.pages import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, StoreConn, decode_cursor, encode_cursor
from marsad.web.template_filters import article_url
from marsad.web.views.article import cluster_data

router = APIRouter()


@router.get("/api/v1/clusters", tags=["clusters"], summary="Story clusters, largest first (cursor paging)")
def api_clusters(db: StoreConn,
                 min_size: Annotated[int, Query(ge=1, description="only clusters of at least this many copies")] = 2,
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
                 cursor: Annotated[str | None, Query(description="the `next` of the previous page")] = None
                 ) -> dict[str, Any]:
    after = decode_cursor(cursor, 2)
    sql = ("SELECT c.id, c.size, d.id, d.title, d.source, d.published FROM clusters c "
           "JOIN documents d ON d.rowid = c.canonical WHERE c.size >= ?")
    params: list[Any] = [min_size]
    if after is not None:
        sql += " AND (c.size, c.id) < (?, ?)"
        params += after
    sql += " ORDER BY c.size DESC, c.id DESC LIMIT ?"
    rows = db.execute(sql, [*params, limit + 1]).fetchall()
    clusters = [{"id": cid, "size": size, "canonical": doc_id, "title": title, "source": source,
                 "published": published, "url": article_url(doc_id)}
                for cid, size, doc_id, title, source, published in rows[:limit]]
    more = len(rows) > limit
    return {"clusters": clusters,
            "next": encode_cursor(clusters[-1]["size"], clusters[-1]["id"]) if more and clusters else None}


@router.get("/api/v1/clusters/{cluster_id}", tags=["clusters"],
            summary="One story cluster: its members (outlet, date, canonical), and the agencies they cite")
def api_cluster(db: StoreConn, cluster_id: int) -> dict[str, Any]:
    data = cluster_data(db, cluster_id)
    if data is None:
        raise HTTPException(404, f"no cluster {cluster_id} in this store")
    for m in data["members"]:
        m.pop("current", None)
    return data
