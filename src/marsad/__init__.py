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
