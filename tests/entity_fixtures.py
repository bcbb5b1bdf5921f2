"""Fixtures shared by the entity tests: the layer without NER (rules and KB only) and with it."""

from __future__ import annotations

import pytest

from marsad.layers.entities.layer import EntityLayer


@pytest.fixture(scope="module")
def layer():
    return EntityLayer(use_ner=False)


@pytest.fixture(scope="module")
def ner_layer():
    lay = EntityLayer()
    if lay.ner is None:
        pytest.skip("NER model not installed")
    return lay
