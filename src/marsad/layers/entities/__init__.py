"""The entity layer: persons, organisations and places, their mentions, KB links and titles.

`layer` joins the sources of names; `mentions` finds name candidates (`name_candidate`) from KB
aliases, NER spans (`ner_spans`, extended by `name_extension`) and `name_patterns`, with the word
tests of `name_words` and the lexicon lists of `word_lists`; `linking` matches phrases of the KB,
`titles` reads role phrases and resolves them by date, `coref` groups the mentions of one entity.
"""

from marsad.layers.entities.layer import EntityLayer

__all__ = ["EntityLayer"]
