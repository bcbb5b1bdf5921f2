"""The actor knowledge base: persons, organisations, places, news agencies, with dated roles.

    from marsad.kb import load_kb
    kb = load_kb()
    kb.lookup(alias_key("الناتو"))                       # -> [Actor(marsad:org/nato)]
    kb.holders("foreign_minister", "RUS", "2022-02-14")  # -> [Actor(marsad:per/sergey-lavrov)]
"""

from marsad.kb.loader import KnowledgeBase, alias_key, load_files, load_kb
from marsad.kb.model import Actor, Role

__all__ = ["Actor", "KnowledgeBase", "Role", "alias_key", "load_files", "load_kb"]
