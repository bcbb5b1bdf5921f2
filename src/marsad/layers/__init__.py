"""Annotation layers. Each is a small class built once from its resources; `layer(doc)` writes spans.

The contract (`Layer`): a layer has a `name`, declares what it `requires` (assigned by earlier
steps) and what it `assigns` on the Document, and is called on each document. The registry
(`marsad.layers.registry`) lists the shipped layers with their options and builds them;
`validate` checks a pipeline when it is built, not on the millionth document.
"""

from marsad.layers.registry import (
    REGISTRY,
    Layer,
    LayerConfig,
    LayerSpec,
    PipelineError,
    available_layers,
    plan,
    register,
    registered,
    spec,
    validate,
)

__all__ = ["REGISTRY", "Layer", "LayerConfig", "LayerSpec", "PipelineError", "available_layers", "plan",
           "register", "registered", "spec", "validate"]
