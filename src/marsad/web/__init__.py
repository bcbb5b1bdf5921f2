"""The web workspace and REST API over a store (`marsad serve`): FastAPI, Jinja2, htmx.

Every view is a function returning plain data; `pages.view` registers it three times: as an HTML
page, as its JSON twin (same URL + `.json`, or `Accept: application/json`) and as CSV of what the
page shows (`.csv`). The REST API under `/api/v1` calls the same data functions. The store is
opened read-only, every SQL statement runs under a time budget, and every article text reaches
the browser through Jinja's autoescape under a Content-Security-Policy without inline scripts.
"""
