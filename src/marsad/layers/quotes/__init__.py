"""The quote layer: direct and indirect quotes, their cue, speaker and the agency they came via.

`marks` finds quoted spans between quotation marks, `patterns` reads verb + أن/إن clauses,
`attribution` finds the speaker of a cue, `speech_lexicon` holds the reporting verbs and cues.
"""

from marsad.layers.quotes.layer import QuoteLayer

__all__ = ["QuoteLayer"]
