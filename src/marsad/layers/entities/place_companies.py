"""Companies named after a place: "شركة عمان للتأمين", "سهم صناعات قطر", "الإمارات للاتصالات المتكاملة".

The Gulf market reports name listed companies by a country or a city and the trade that follows
it ("قطر الوطني", "السعودية للتموين", "الطائف للاستثمار والسياحة"), or by a trade word before the
place ("أسمنت تبوك", "صناعات قطر"). The gazetteer reads the place alone; the place is then a word of
the company's name (GUIDE: one ORG, no LOC inside). A place becomes such a company:

- right after a company or stock word ("شركة", "سهم", "أسهم", "شركتي"), followed by what the
  company does (ل + a noun: "للتأمين", "لتطوير المشاريع") or a definite adjective of its name
  ("الوطني", "العالمية"); the company word "شركة" is kept in the name, a stock word is not;
- after a trade word that names a company with a place ("أسمنت", "صناعات"), the two words and
  what follows;
- followed, with no such word before it, by a trade that only a company has ("للتأمين",
  "للاتصالات", "للبتروكيماويات"; not "للسياحة", "للاستثمار": "سافر إلى تركيا للسياحة" is a
  purpose) — lexicon `place_companies.tsv`.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, with_added
from marsad.layers.entities.name_words import CLITIC_RUNS, has_pronoun_suffix, reads_as
from marsad.lexicons.loader import keyed

_LEXICON = "place_companies.tsv"
COMPANY_WORDS = keyed(_LEXICON, "company_word", alias_key)
STOCK_WORDS = keyed(_LEXICON, "stock_word", alias_key)
TRADE_HEADS = keyed(_LEXICON, "trade_head", alias_key)
COMPANY_TRADES = keyed(_LEXICON, "company_trade", alias_key)
NAME_ADJECTIVES = keyed(_LEXICON, "name_adjective", alias_key)
TRADE_NOUNS = keyed(_LEXICON, "trade_noun", alias_key)
MAX_TAIL = 5  # words of a company's trade and adjectives after its place ("للاتصالات المتكاملة")
_QUOTES = "«\"“"


def _cue_before(tokens: list[Token], a: int) -> tuple[int, bool] | None:
    """(token index, keep it in the name) of the company, stock or trade word right before token a
    (a quote mark may stand between: "سهم «الإمارات"), or None."""
    j = a - 1
    if j >= 0 and not tokens[j].is_word and tokens[j].text in _QUOTES:
        j -= 1
    if j < 0 or not tokens[j].is_word or tokens[a].start - tokens[j].end > 2:
        return None
    tok = tokens[j]
    for off, stem in tok.splits:
        clitics = tok.text[: off - tok.start]
        if stem in COMPANY_WORDS and clitics.endswith(("ال", "لل")):
            return j, True  # "للشركة السعودية للصناعات": the company word keeps its article
        if clitics not in CLITIC_RUNS:
            continue  # "الأسهم السعودية": the shares of a country's market, not a company's
        if stem in COMPANY_WORDS:
            return j, True
        if stem in STOCK_WORDS:
            return j, False
        if stem in TRADE_HEADS:
            return j, True
    return None


def _trade_word(tok: Token) -> bool:
    """ل + a noun ("للتأمين", "لخدمات"), or و + one ("والسياحة" after "للاستثمار")."""
    key = tok.key
    return key.startswith("لل") and len(key) > 4 or key.startswith("ل") and len(key) > 4 and not has_pronoun_suffix(key)


def _adjective(tok: Token) -> bool:
    """A definite adjective of a company's name ("الوطني", "العالمية", "المتكاملة")."""
    key = tok.key
    return key in NAME_ADJECTIVES or key.startswith("ال") and key.endswith(("يه", "ي")) and len(key) > 5


def _trade_noun(key: str) -> bool:
    """"للتأمين", "والسياحة": ل or و + the article and a noun of a company's trade."""
    return ("ال" + key[2:] if key.startswith("لل") else key[1:]) in TRADE_NOUNS


def _tail_end(tokens: list[Token], j: int, taken: set[int], strict: bool) -> int:
    """The end of the company's trade and adjectives from token j on (j when there are none). With
    `strict` (no company word before the place) a trade after ل must be a company's trade noun
    ("أسهم أوروبا" + "للهبوط" is where the shares went)."""
    end = k = j
    trade = construct = False
    while k < len(tokens) and k - j < MAX_TAIL and k not in taken and adjacent(tokens, k):
        tok = tokens[k]
        key = tok.key
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        was_construct, construct = construct, False
        if key.startswith("لل") and len(key) > 4 and (not strict or _trade_noun(key)):
            trade = True
        elif not trade and not key.startswith("لل") and _trade_word(tok):
            # ل + an indefinite noun only first ("... للاستثمار والسياحة لتعزيز" ends before it), and
            # in construct with the definite noun after it ("لخدمات الإسكان")
            trade = construct = True
        elif _adjective(tok) or was_construct and key.startswith("ال") and len(key) > 3:
            pass  # "للاتصالات المتكاملة", "لخدمات الإسكان"; not "... الصناعي الشركة الأم"
        elif trade and key.startswith(("وال", "ولل")) and _trade_noun(key[1:] if key.startswith("ولل") else key):
            pass  # "للاستثمار والسياحة"; not "للتموين والإنماء" (a list of companies)
        elif trade and key.startswith("و") and not key.startswith("وال") and len(key) > 4 \
                and nxt is not None and nxt.key.startswith("ال") and adjacent(tokens, k + 1):
            construct = True  # "لصناعة وإنتاج الورق"
        else:
            break
        k += 1
        end = k
    return end


def add_place_companies(cands: list[NameCandidate], tokens: list[Token], text: str) -> list[NameCandidate]:
    """The candidates, with the places that name a company made one ORG with the rest of its name."""
    places = [c for c in cands if c.type == "LOC" and c.tok_end - c.tok_start <= 2]
    if not places:
        return cands
    by_start: dict[int, NameCandidate] | None = None  # made at the first place that may name a company
    covering: dict[int, list[NameCandidate]] = {}  # token index -> the candidates over it
    gone: set[int] = set()
    added: list[NameCandidate] = []
    for c in places:
        if id(c) in gone:
            continue
        a, b = c.tok_start, c.tok_end
        tok = tokens[a]
        if c.start != tok.start and tok.text[: c.start - tok.start] not in ("و", "ل", "ب"):
            continue  # a place read inside a longer word
        cue = _cue_before(tokens, a)
        if cue is None and (b >= len(tokens) or not reads_as(tokens[b], COMPANY_TRADES)):
            continue  # most places: no company word before, no company's trade after (asked before the tail)
        if by_start is None:
            by_start = {o.tok_start: o for o in cands}
            for o in cands:
                for k in range(o.tok_start, o.tok_end):
                    covering.setdefault(k, []).append(o)
        # a second place right after the first ("الإمارات دبي الوطني"): one bank's name
        nxt = by_start.get(b)
        inner = [c]
        if cue is not None and nxt is not None and nxt.type == "LOC" and adjacent(tokens, b):
            inner.append(nxt)
            b = nxt.tok_end
        # the tokens that another candidate holds; only the company word and the tail window are
        # ever asked, so only those are looked up (a set over every candidate of every place was
        # the costliest line of the entity layer)
        asked = [*range(b, min(len(tokens), b + MAX_TAIL)), *(cue[:1] if cue is not None else ())]
        others = {k for k in asked if any(o not in inner for o in covering.get(k, ()))}
        end = _tail_end(tokens, b, others, cue is None or not cue[1])
        if cue is None:
            if end == b:
                continue
            first, start = a, c.start
        else:
            j, keep = cue
            trade_head = reads_as(tokens[j], TRADE_HEADS)
            if end == b and not trade_head:
                continue  # "سهم قطر" alone: the market of the country as often as a company
            if keep and j not in others:
                first = j
                start = tokens[j].start
                # the company word's own clitics are no part of the name ("لشركة", "وأسمنت")
                for off, s in tokens[j].splits:
                    if s in COMPANY_WORDS or s in TRADE_HEADS:
                        start = off
                        if text[max(tokens[j].start, start - 2) : start] == "ال":
                            start -= 2  # "الشركة" keeps its article ("للشركة" is read from "شركة")
                        break
            else:
                first, start = a, c.start
        stop = tokens[end - 1].end
        if end == b:
            stop = inner[-1].end
        for o in inner:
            gone.add(id(o))
        added.append(NameCandidate(start, stop, first, end, "ORG", alias_key(text[start:stop]), None, "pattern"))
    if not added:
        return cands
    return with_added([c for c in cands if id(c) not in gone], added)
