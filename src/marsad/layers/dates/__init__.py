"""The date layer: date expressions with normalised values.

`grammar` holds the patterns, word lists (from `lexicons/`) and calendar arithmetic, `context`
a document's match key and the tests of a match's context, `matches` (absolute dates),
`day_words`, `weekdays` and `units` (dates counted from publication) and `anchors` (dates counted
from a date named before) read each pattern match into a dated `DateMatch`, `layer` searches a document and keeps the longest non-overlapping matches, `repeats` groups
repeats and dates each sentence.
"""

from marsad.layers.dates.layer import DateLayer
from marsad.layers.dates.repeats import group_repeats, sentence_dates

__all__ = ["DateLayer", "group_repeats", "sentence_dates"]
