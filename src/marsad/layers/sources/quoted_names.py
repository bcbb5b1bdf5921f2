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

from marsad.arabic.form_memo import FormMemo, indices_where
from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.sources.newsroom import MEMBER_WORDS, newsroom_work
from marsad.layers.sources.words import OUTLET_HEADS, QUOTES, lone_lam
from marsad.lexicons import loader

Found = tuple[int, int, object | None]
UNLISTED = loader.keyed("source_words_newsroom.tsv", "unlisted_outlet", match_key)
MAX_UNLISTED_TOKENS = 2
_SORTED_HEADS = sorted(OUTLET_HEADS)  # the order headed_alias tries them in, sorted once
_MARKS = FormMemo()  # the forms that are a quotation mark
_BRACKETS = FormMemo()  # the forms that open a round bracket


def quoted_nicknames(toks: list[Token], taken: set[int], nicknames: PhraseTable, aliases: PhraseTable,
                     plain_noun: Callable[[Token], bool], cited: Callable[[int, int], bool],
                     said_here: Callable[[int], bool]) -> list[Found]:
    """The KB outlets named by a common word in marks (`nicknames`, or a word the KB lists only
    after its outlet word in `aliases`: "«العربية»") that a construction cites; `cited(i, j)`: the
    layer's citing constructions, tags left out; `said_here(i)`: a statement or a verb of saying
    before token i in its clause, no complementiser between. After "لـ" the name received the words
    of that clause ("وأكد المقاول لـ«الوطن» رغبته"); a complementiser between makes it a place the
    statement speaks of ("وقال إن الحجاج وصلوا لـ«مكة»")."""
    out: list[Found] = []
    # a word right after a mark with another mark within MAX_UNLISTED_TOKENS after it: found from the
    # marks, few in a text, rather than by asking every token
    marks = indices_where(toks, _MARKS, _is_mark)
    at_mark = set(marks)
    last = len(toks) - 2
    starts = set(nicknames.starts_in(toks)) | {k + 1 for k in marks if k + 1 <= last and any(
        k + 1 + n in at_mark for n in range(1, MAX_UNLISTED_TOKENS + 1))}
    for i in sorted(starts | {k + 1 for k in indices_where(toks, _BRACKETS, _is_bracket) if k + 1 <= last}):
        bracketed = _bracket_after_lam(toks, i)
        if i in taken or i == 0 or (toks[i - 1].text not in QUOTES and not bracketed) \
                or toks[i].key != toks[i].splits[0][1]:
            continue  # "«للوطن»": a proclitic inside the marks governs a common word
        closing = ")" if bracketed else QUOTES
        m = nicknames.first_at(toks, i)
        if m is not None:
            j, start, end, actor = m.tok_end, m.start, m.end, m.values[0]
        elif toks[i].is_word and (actor := headed_alias(aliases, [toks[i].key])) is not None:
            j, start, end = i + 1, toks[i].start, toks[i].end
        elif not bracketed and (j := _unlisted_end(toks, i)) is not None:
            start, end, actor = toks[i].start, toks[j - 1].end, None  # "علمت «عين اليوم»"
        else:
            continue
        if j >= len(toks) or toks[j].text not in closing or taken & set(range(i, j)):
            continue
        if not newsroom_work(toks, i, j) and (
                i < 2 or (plain_noun(toks[i - 2]) and not lone_lam(toks[i - 2]) and toks[i - 2].key not in MEMBER_WORDS)
                or not cited(i, j) or (lone_lam(toks[i - 2]) and not said_here(i))):
            continue
        out.append((start, end, actor))
        taken.update(range(i - 1, j + 1))
    return out


def headed_alias(aliases: PhraseTable, keys: list[str]) -> object | None:
    """The KB outlet whose alias is an outlet word and this name ("قناة العربية" for "العربية"):
    the name found after some outlet word, in marks, is the one the KB lists with its word, even
    when the text writes another outlet word or none."""
    if len(keys) != 1 or not keys[0].startswith("ال"):
        return None  # a definite single word: the KB's outlets called by a common word
    for head in _SORTED_HEADS:
        actors = aliases.get(alias_key(f"{head} {keys[0]}"))  # the table's keys fold hamza seats
        if actors:
            return actors[0]
    return None


def headed_by(aliases: PhraseTable, head: str, keys: list[str]) -> object | None:
    """The KB outlet whose alias is the outlet word `head` (a match key) and this name of one or
    more words ("وكالة الأنباء الألمانية" for "الأنباء الألمانية" after "وكالتا")."""
    actors = aliases.get(alias_key(" ".join([head, *keys])))
    return actors[0] if actors else None


def _is_mark(tok: Token) -> bool:
    return tok.text in QUOTES


def _is_bracket(tok: Token) -> bool:
    return tok.text == "("


def _bracket_after_lam(toks: list[Token], i: int) -> bool:
    """"قال لـ(اليوم)": some papers put their own and other outlets' names in round brackets where
    others use quotation marks. Brackets also hold years, figures, abbreviations and asides, so
    only a KB outlet's name right after "لـ" written apart counts (words said to the outlet)."""
    return i >= 2 and toks[i - 1].text == "(" and lone_lam(toks[i - 2])


def _unlisted_end(toks: list[Token], i: int) -> int | None:
    """The end of an unlisted outlet's name starting at token i, up to the closing mark."""
    for n in range(1, MAX_UNLISTED_TOKENS + 1):
        j = i + n
        if j < len(toks) and toks[j].text in QUOTES and " ".join(t.key for t in toks[i:j]) in UNLISTED:
            return j
    return None
