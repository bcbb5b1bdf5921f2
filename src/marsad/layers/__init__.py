"""Annotation layers. Each is a small class built once from its resources; `layer(doc)` adds spans.

A layer declares `name` (what it assigns) and `requires` (layers that must run before it), so a
badly ordered pipeline fails when it is built, not on the millionth document.
"""

from __future__ import annotations

from typing import Protocol

from marsad.document import Document


class Layer(Protocol):
    name: str
    requires: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...
