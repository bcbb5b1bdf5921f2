"""An outlet called by a common word, in quotation marks and cited: "علمت «الوطن» أن ..", "وأكد
المدير لـ«الرياض» عزمه ..", "وحصلت «المدينة» على نسخة منه", "افتتاحية «الحياة»", "وسائل إعلام منها
«العربية»". Bare, "الوطن", "الرياض" or "اليوم" are common words; the marks make them a name, and the
citing construction around the marks makes the name an outlet's (the KB lists the paper under that
word as its `context_ar`). The publishing paper names itself this way most of all, which the guide
scores as an optional source.

A plain noun before the marks makes the name its complement ("لاعب «الرياض»": a player of the
club; "مهرجان «الحياة»"), and a tag alone is not enough (a title in marks opening a paragraph
is no dateline), so only the citing constructions count here.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.layers.sources.newsroom import newsroom_work
from marsad.layers.sources.words import QUOTES, lone_lam

Found = tuple[int, int, object | None]


def quoted_nicknames(toks: list[Token], taken: set[int], nicknames: PhraseTable,
                     plain_noun: Callable[[Token], bool], cited: Callable[[int, int], bool]) -> list[Found]:
    """The KB outlets named by a common word in marks (`nicknames`) that a construction cites;
    `cited(i, j)`: the layer's citing constructions, tags left out."""
    out: list[Found] = []
    for i in nicknames.starts_in(toks):
        if i in taken or i == 0 or toks[i - 1].text not in QUOTES or toks[i].key != toks[i].splits[0][1]:
            continue  # "«للوطن»": a proclitic inside the marks governs a common word
        m = nicknames.first_at(toks, i)
        if m is None:
            continue
        j = m.tok_end
        if j >= len(toks) or toks[j].text not in QUOTES or taken & set(range(i, j)):
            continue
        if not newsroom_work(toks, i, j) and (i < 2 or (plain_noun(toks[i - 2]) and not lone_lam(toks[i - 2])) or not cited(i, j)):
            continue
        out.append((m.start, m.end, m.values[0]))
        taken.update(range(i - 1, j + 1))
    return out
