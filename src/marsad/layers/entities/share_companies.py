"""A listed company named after the word for its share in a market report: "وصعد سهم برايم القابضة
7.6 في المئة", "سهم جلفار للهندسة والمقاولات هبط", "مدعوما بسهم الوطنية للبتروكيماويات (بتروكيم)".

Market reports name a company by its listing name, right after "سهم" (its share) and before the
change of its price; these names are unknown to the KB and the tagger cuts or misses them ("الكويت
القابضة" of "مشاريع الكويت القابضة", a place inside them). The name runs from the word after an
indefinite "سهم" (with its clitics; "السهم" is the share already named) to what reports the price:
a number, a verb, a preposition or a word of the report ("ذي الثقل", "ثاني أكبر"), an accusative
adjective ("مستقرا"), a bracket (the ticker) or punctuation; a "و" goes on only within a purpose
("للهندسة والمقاولات"). Not the company's generic noun ("سهم الشركة"), nor one ordinary word. A
candidate inside the name gives way to it (a place: "الكويت"; a part: "بنك الخليج"); one that goes
on past it ends the name before it.
"""

from __future__ import annotations

from marsad.arabic.tokens import Token
from marsad.kb import KnowledgeBase, alias_key
from marsad.layers.entities.body_complements import adjacent
from marsad.layers.entities.name_candidate import NameCandidate, with_replaced
from marsad.layers.entities.name_words import NameWords, clitic_reading, has_pronoun_suffix

_SHARE = frozenset({alias_key("سهم")})
_FORMS = frozenset(c + "سهم" for c in ("", "و", "ب", "ل", "وب", "ول", "ف"))
_MAX_NAME = 6
# words that end a company's name in a market report: prepositions, relative and report words
_STOPS = frozenset(alias_key(w) for w in (
    "في", "إلى", "الى", "من", "على", "عن", "بعد", "بعدما", "مع", "خلال", "منذ", "عند", "حتى", "بنسبة",
    "ذي", "ذو", "الذي", "التي", "وهو", "وهي", "ثاني", "ثالث", "أكبر", "اكبر", "أكثر", "اكثر", "نحو",
    "بنحو", "حوالي", "بمقدار", "قبل", "أمس", "امس", "اليوم", "الأمس", "المدرج", "المدرجة", "أيضا",
    # a participle that describes the company's business, not its name ("المتخصصة في إدارة الموانئ")
    "المتخصص", "المتخصصة", "التابع", "التابعة", "المملوكة", "المملوك", "العاملة", "العامل", "الرائدة",
    "الرائد",
    # the verbs of a price's move, which may follow the name ("سهم جلفار للهندسة هبط")
    "هبط", "هبطت", "صعد", "صعدت", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت", "زاد", "زادت",
    "قفز", "قفزت", "أغلق", "أغلقت", "نزل", "نزلت", "خسر", "خسرت", "ربح", "ربحت", "كسب", "كسبت", "فقد",
    "فقدت", "استقر", "استقرت", "واصل", "واصلت", "تقدم", "تقدمت", "هوى", "هوت", "سجل", "سجلت", "يتداول",
))
# the company's generic nouns: "سهم الشركة" is the share of the company the report is about
_GENERIC = frozenset(alias_key(w) for w in (
    "الشركة", "الشركات", "البنك", "المصرف", "المجموعة", "الواحد", "واحد",
    "القيادي", "القياديه", "المجموعه",
    # "سهم شركة ...", "سهم مجموعة ...": the company's noun is its name's head, read by `company_forms`
    "شركة", "مجموعة",
))


_COUNTS = frozenset(alias_key(w) for w in ("مليون", "ألف", "الف", "مليار", "آلاف", "ملايين", "مليارات"))


def _counted(tokens: list[Token], i: int) -> bool:
    """Is the share word at token i counted ("مليون سهم", "500 سهم")?"""
    return i > 0 and (tokens[i - 1].kind == "number" or tokens[i - 1].key in _COUNTS)


def _share_word(tok: Token) -> bool:
    return tok.key in _FORMS and clitic_reading(tok, _SHARE, ("", "و", "ب", "ل", "وب", "ول", "ف")) is not None


def _name_end(tokens: list[Token], i: int, words: NameWords, verbs: frozenset[str]) -> int:
    """The token after the last word of the name that begins at token i."""
    j = i
    in_purpose = False
    while j < len(tokens) and j < i + _MAX_NAME and adjacent(tokens, j):
        tok = tokens[j]
        key = tok.key
        if key in _STOPS or key in verbs or (j > i and not key.startswith("ال") and key.endswith("ا")
                                             and len(key) > 3):
            break  # "في المائة", "هبط", "مستقرا"
        if j > i and key in words.common and not key.startswith(("ال", "لل", "و")) \
                and tokens[j - 1].key.startswith(("ال", "لل")):
            break  # "وتصدر سهم العالمية للتأمين قائمة الأسهم": an ordinary noun after a definite word begins the object
        if key.startswith("لل"):
            in_purpose = True  # "للهندسة": a purpose, which "و" may go on ("والمقاولات")
        elif key.startswith("و") and not (in_purpose and key[1:].startswith("ال")):
            break
        elif j > i and key[:1] in ("ب", "ل", "ك", "ف") and not key.startswith("ال") and key not in words.common \
                and len(tok.splits) > 1:
            break  # "بالحد الأقصى", "لبنك": a preposition's word, not the name's
        j += 1
    return j


def add_share_companies(cands: list[NameCandidate], tokens: list[Token], text: str, kb: KnowledgeBase,
                        words: NameWords, verbs: frozenset[str]) -> list[NameCandidate]:
    """The candidates with the company named after each indefinite "سهم"."""
    shares = [i for i, tok in enumerate(tokens) if tok.key in _FORMS and _share_word(tok)]
    if not shares:
        return cands
    added: list[NameCandidate] = []
    gone: set[int] = set()
    for i in shares:
        a = i + 1
        if not adjacent(tokens, a) or tokens[a].key in _GENERIC or tokens[a].key in _STOPS \
                or has_pronoun_suffix(tokens[a].key) or _counted(tokens, i):
            continue  # "سهم رأسمالها"; "مليون سهم متداول", "5000 سهم جديد": shares counted
        b = _name_end(tokens, a, words, verbs)
        if b == a or b == a + 1 and words.ordinary(tokens[a].key):
            continue  # "سهم الشركة", "سهم واحد": no name
        inside = [c for c in cands if c.tok_end > a and c.tok_start < b]
        over = [c for c in inside if c.tok_end > b or c.tok_start < a]
        if any(c.tok_start <= a and c.tok_end >= b and c.type == "ORG" for c in inside):
            continue  # found whole already ("سهم سابك", "سهم شركة الزامل للصناعة")
        if over:
            b = min(c.tok_start for c in over if c.tok_start >= a) if any(c.tok_start >= a for c in over) else a
            if b <= a:
                continue
            inside = [c for c in cands if c.tok_start >= a and c.tok_end <= b]
        start, end = tokens[a].start, tokens[b - 1].end
        key = alias_key(text[start:end])
        if b == a + 1 and any(c.tok_start == a and c.type == "ORG" for c in inside):
            continue
        actor = next((x for x in kb.lookup(key) if x.type == "ORG"), None)
        gone.update(id(c) for c in inside)
        added.append(NameCandidate(start, end, a, b, "ORG", key, actor, "pattern"))
    return with_replaced(cands, gone, added)
