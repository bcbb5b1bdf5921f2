"""View 6, network: the actor network (who meets, accuses, quotes whom) under the events filters,
drawn in the browser with cytoscape, with its GraphML export; and /api/v1/network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from marsad.web import network_queries as nq
from marsad.web.pages import StoreConn, view
from marsad.web.views.events import PAGE, Filters

router = APIRouter()

Nodes = Annotated[int, Query(ge=1, le=nq.MAX_NODES, description=f"the N heaviest actors (at most {nq.MAX_NODES})")]
Edges = Annotated[str, Query(pattern="^(all|events|quotes)$", description="edge kinds: all, events or quotes")]
Layout = Annotated[str, Query(pattern="^(cose|concentric)$")]


@view(router, "/network", "network.html", csv=nq.edge_rows,
      page={**PAGE, "section": "network", "title": "شبكة الفاعلين", "max_nodes": nq.MAX_NODES})
def network(request: Request, db: StoreConn, filters: Filters, nodes: Nodes = nq.DEFAULT_NODES,
            edges: Edges = "all", layout: Layout = "cose") -> dict[str, Any]:
    return {"filters": filters.params(), "layout": layout, "edge_kinds": edges, **nq.network(db, filters, nodes, edges)}


@router.get("/network.graphml", include_in_schema=False)
def network_graphml(db: StoreConn, filters: Filters, nodes: Nodes = nq.DEFAULT_NODES,
                    edges: Edges = "all") -> Response:
    return Response(nq.graphml(nq.network(db, filters, nodes, edges)), media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="network.graphml"'})


@router.get("/api/v1/network", tags=["network"], summary="The actor network: nodes (actors) and edges")
def api_network(db: StoreConn, filters: Filters, nodes: Nodes = nq.DEFAULT_NODES,
                edges: Edges = "all") -> dict[str, Any]:
    return nq.network(db, filters, nodes, edges)


@router.get("/api/v1/network.graphml", tags=["network"], summary="The actor network as GraphML",
            response_class=Response)
def api_network_graphml(db: StoreConn, filters: Filters, nodes: Nodes = nq.DEFAULT_NODES,
                        edges: Edges = "all") -> Response:
    return network_graphml(db, filters, nodes, edges)
