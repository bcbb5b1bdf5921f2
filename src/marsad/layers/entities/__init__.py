"""The entity layer: persons, organisations and places, their mentions, KB links and titles.

`layer` joins the sources of names; `mentions` finds name candidates (KB aliases, NER spans,
`name_patterns`), `linking` matches phrases of the KB, `titles` reads role phrases and resolves
them by date, `coref` groups the mentions of one entity.
"""

from marsad.layers.entities.layer import EntityLayer

__all__ = ["EntityLayer"]
