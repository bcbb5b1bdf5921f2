"""Optional engines: which extra of the package provides a module, and a clear message without it.

The core install analyses articles and keeps a store; Parquet, Dask, GraphML and training pull
large libraries (pyarrow alone is about 170 MB), so they are extras. A feature that needs one
imports its module through `require`, which names the extra to install instead of a traceback.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# module -> the extra of `pip install "marsad[EXTRA]"` that provides it
EXTRA_OF = {
    "pyarrow": "parquet",
    "pyarrow.parquet": "parquet",
    "dask": "dask",
    "dask.bag": "dask",
    "distributed": "dask",
    "networkx": "graph",
    "torch": "train",
    "fastapi": "web",
    "uvicorn": "web",
    "jinja2": "web",
    "multipart": "web",
}


class MissingExtra(RuntimeError):
    """A feature was asked for whose optional dependency is not installed."""

    def __init__(self, module: str, feature: str) -> None:
        self.module = module
        self.extra = EXTRA_OF.get(module, module)
        super().__init__(f"{feature} needs {module.split('.')[0]}, which is not installed: "
                         f"pip install \"marsad[{self.extra}]\"")


def require(module: str, feature: str) -> ModuleType:
    """Import `module`, or raise MissingExtra naming `feature` and the extra that provides it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, feature) from exc
