"""marsad: Arabic news into structured, evidence-linked data."""

from marsad.document import Document

__version__ = "0.1.0"


def __getattr__(name: str):
    # The pipeline imports every layer and its resources; keep `import marsad` cheap.
    if name in ("Analyzer", "analyze"):
        from marsad import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = ["Analyzer", "Document", "analyze"]


def __dir__() -> list[str]:
    # the lazily imported names are part of the API: show them to dir() and completion
    return sorted({*globals(), *__all__})
