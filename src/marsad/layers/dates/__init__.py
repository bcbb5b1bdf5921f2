"""The date layer: date expressions with normalised values (`grammar` parses, `layer` finds)."""

from marsad.layers.dates.layer import DateLayer, group_repeats, sentence_dates

__all__ = ["DateLayer", "group_repeats", "sentence_dates"]
