"""Small helpers the templates share: numbers in one digit style, query strings for links.

Digits: the workspace writes every number it computes with Western digits (0-9), the style of
the dates and figures in the source texts of most outlets; article text is shown as published.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment
from markupsafe import Markup


def number(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{value:,}"


def percent(value: Any) -> str:
    return "–" if value is None else f"{100 * float(value):.1f}%"


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """`?a=1&b=2` from `params` with `changes` applied (None removes a key); empty values dropped."""
    merged = {**params, **changes}
    pairs = []
    for key, value in merged.items():
        if value is None or value == "" or value == []:
            continue
        for v in value if isinstance(value, list | tuple) else [value]:
            pairs.append((key, v))
    return "?" + urlencode(pairs) if pairs else ""


def article_url(doc_id: str, span: tuple[int, int] | None = None, q: str | None = None) -> str:
    """The permalink of a stored article (by its `documents.id`), optionally focused on the span
    START-END of its text (highlighted and scrolled to) and with the words of query `q` marked."""
    params: dict[str, Any] = {}
    if span is not None:
        params["span"] = f"{span[0]}-{span[1]}"
    if q:
        params["q"] = q
    return "/article/" + quote(str(doc_id), safe="") + query_string(params)


def entity_url(key: str) -> str:
    """The page of an actor by its store key (`actors.key`: a KB id such as
    "marsad:per/sergey-lavrov", else TYPE:match-key); the route reads it as a path."""
    return "/entity/" + quote(str(key), safe=":/")


def json_data(value: Any) -> Markup:
    """JSON for a `<script type="application/json">` block: `<`, `>` and `&` are escaped as \\u
    sequences, so no text in the data can close the block or open a tag."""
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def register_filters(env: Environment) -> None:
    env.filters["number"] = number
    env.filters["percent"] = percent
    env.filters["json_data"] = json_data
    env.globals["query_string"] = query_string
    env.globals["article_url"] = article_url
    env.globals["entity_url"] = entity_url
