"""The noun-phrase content of a reporting verb with no complementiser ("شدد على ضرورة ..."،
"طالب المجالس بإدانة ..."، "أعلنت الوزارة، أمس، القبض على ..."), apart from `layer` to keep it
readable."""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.tokens import CONJUNCTIONS, Token
from marsad.document import SpeakerRef
from marsad.layers.quotes.antecedents import ADJECTIVE_ENDINGS  # relational adjectives: "البريطانية"
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.clause_ends import ClauseEnds
from marsad.layers.quotes.cue_checks import object_in_subject, participle_as_adjective, statement_just_before
from marsad.layers.quotes.cue_grammar import (
    CLAUSE_PRONOUN_KEYS,
    MAX_DESCRIPTION_GAP,
    MIN_STEM_LETTERS,
    POSSESSIVE_SUFFIXES,
    RELATIVE_PRONOUNS,
    SETTING_PREPOSITIONS,
    CueGrammar,
)
from marsad.layers.quotes.fronted_subjects import named_heads
from marsad.layers.quotes.generic_bodies import plural_body
from marsad.layers.quotes.name_edges import NAME_HONORIFICS, TITLE_PREFIXES
from marsad.layers.quotes.patterns import (
    DEMONSTRATIVES,
    HOMOGRAPH_FLAGS,
    NP_MIN_TOKENS,
    QUOTE_MARKS,
    QuoteCandidate,
    after_asides,
    collective_actor,
    named_between,
    trim_span,
)
from marsad.layers.quotes.speech_lexicon import NOUN_PREFIXES, Cue
from marsad.layers.quotes.voiced_by import ON_TONGUE, voice_of
from marsad.lexicons.loader import words as word_list

OPENING_MARKS = "«“„‹"
HEADED_MIN_WORDS = 2  # a content noun and what it governs, after a named subject
AFFIRM_DENY = frozenset({"اكد", "نفي"})  # match keys of the lemmas "أكد"، "نفى"


GROUP_HEADS = word_list(QUOTE_WORDS, "group_head")
SPEAKING_HEADS = word_list(QUOTE_WORDS, "speaking_head")
PLAN_WORDS = word_list(QUOTE_WORDS, "plan_word")
NEGATED_OPENERS = word_list(QUOTE_WORDS, "negated_opener")  # "، ولم يستبعد": the negation of a next statement
JOINED_LAM = frozenset({"ل"})
OCCASIONS = word_list(QUOTE_WORDS, "occasion_setting")
SETTING_PRONOUNS = frozenset({"له", "لها", "لهم"})  # "في تصريح له": the setting's "his"
IN = "في"  # match key
CONSTRUCT_PLURAL_END = "و"  # "مديرو"، "مسؤولو": the sound plural's "ون" before its genitive
CONSTRUCT_PLURAL_MIN_LETTERS = 5  # "مديرو" and longer ("نحو"، "عضو" are shorter)
IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # match keys: "كلمة أكد فيها ...": in which
SPEECH_NOUN_REACH = 8  # "كلمة ألقاها مرشد الثورة الإيرانية علي خامنئي أكد فيها": tokens back to the speech
MAX_SETTING_WORDS = 8  # "في تصريح لإحدى الإذاعات الأرجنتينية": the longest setting read as all of a content
TOPIC_PREPOSITIONS = frozenset({"عن", "حول", "بشان"})  # match keys: "في تقرير لها عن ...": what it was about
TO = "الي"  # match key of "إلى": "في تصريح إلى «الصحيفة»" (given to the paper)
MAX_OUTLET_WORDS = 3  # "«الشرق الأوسط»": the name of an outlet in quotation marks
MAX_GENITIVE_WORDS = 5  # "لمجلس التعاون لدول الخليج العربية": the words of a body's "of" before the verb's "إلى"
GENITIVE_PREFIXES = ("لل",)  # "الخطة الوطنية للسلامة ...": "of the", never the start of an object ("لجنة" is a noun)
PLURAL_VERB_END = "وا"  # "وطالبوا الوزارات بـ": the verb holds its plural subject, the bodies after it are its object
LISTING_WORDS = word_list(QUOTE_WORDS, "listing_word")
FROM = "من"  # match key
MAX_PARTITIVE_WORDS = 3  # "من كبار مسؤولي الوزارة": the words of one "من" phrase of a group subject
OBJECT_FIRST = "object_first"  # reporting_verbs.tsv flag: "اتهم X بـ": an object stands before the preposition
NAMED_JOINED = "named_joined"  # reporting_verbs.tsv flag: the joined preposition needs a named subject
MAX_SUBJECT_ADJECTIVES = 2
MAX_RELATIVE_RUN = 10  # words a relative clause runs before a verb joined to it by "و"
HEADED_BY_OBJECT_WORDS = 3  # "طالبت اللجنة برئاسة فلان الوزارة بـ": the object words before the verb's preposition
MAX_APPOSED_WORDS = 8  # "، الرئيس التنفيذي لشركة الخليج للفنادق والمنتجعات،": a name or title set off by commas
ASIDE_REACH = 4  # words after a relative aside the verb's own preposition may stand ("،، على ضرورة")
SETTING_REACH = 30  # words a setting ("في كلمته التي ألقاها ...") may run before the comma and the verb's preposition
STANCE = "stance"  # reporting_verbs.tsv flag: a verb of showing an attitude ("أبدى استعداده")
TANWEEN = "\u064b\u064c\u064d"  # "اهتماماً": the indefinite ending's vowel sign
INDEFINITE_ENDINGS = ("ة", "ا")  # "رغبة"، "اهتماما": a noun with no possessive pronoun on it
MAX_QUOTED_NAME = 4  # "«صحة المنطقة»": the longest name in quotation marks read as the verb's subject


def _after_adjectives_and_time(grammar: CueGrammar, finder: SpeakerFinder, sp_end: int, hi: int) -> int:
    """The first token after the subject ending at `sp_end`, its relational adjectives ("صحيفة
    «التايمز» البريطانية") and the time words after them ("أمس الاثنين")."""
    toks = finder.toks
    k = finder.tok_at(sp_end)
    while k < hi and toks[k].text in QUOTE_MARKS:
        k += 1  # the mark that closes a quoted name
    n = 0
    while k < hi and n < MAX_SUBJECT_ADJECTIVES and toks[k].is_word and toks[k].key.startswith("ال") \
            and toks[k].key.endswith(ADJECTIVE_ENDINGS) and len(toks[k].key) > 4:
        k, n = k + 1, n + 1
    return grammar.after_time_words(finder, k - 1, hi) + 1


def _past_headed_by(grammar: CueGrammar, finder: SpeakerFinder, sp_end: int, hi: int, cue: Cue) -> int:
    """"ناشدت الحكومة برئاسة فلان المواطنين ..."، "دعت الهيئة بقيادة فلان الفصائل إلى ...": a
    phrase of who leads the body right after the subject ending at `sp_end` describes the subject;
    the end of the person's name (a mention, or a few plain name words the entity layer missed),
    or `sp_end` when no name ends it. When its "بـ" is the verb's own preposition and the verb
    takes no direct object ("أشاد العطية بقيادة فلان الحكيمة"), the phrase is what the verb
    governs, unless the verb's preposition comes again after the name ("طالبت اللجنة برئاسة فلان
    الوزارة بمراجعة ...")."""
    toks, lex = finder.toks, grammar.lex
    k = finder.tok_at(sp_end)
    if k + 2 < hi and toks[k].text in "،,":
        k += 1  # "دعا مجلس إدارة النادي، برئاسة فلان، الجماهير ...": the phrase set off by commas
    if k + 1 >= hi or not lex.has("headed_by", toks[k]):
        return sp_end
    m = k + 1
    while m < hi and toks[m].is_word and finder.covering(m) is None \
            and (toks[m].key in NAME_HONORIFICS or lex.has("honorific", toks[m], TITLE_PREFIXES)):
        m += 1  # "بقيادة العقيد فلان": the rank before the name
    end = m
    while end < hi and (r := finder.covering(end)) is not None and r.end > toks[end].start:
        end = finder.tok_at(r.end)  # a title mention and the name after it ("رئيس الوزراء فلان")
    if end == m and m < hi and finder.plain_name_word(toks[m]):
        end = finder._unknown_name_end(m, hi, False)  # the reading of a name no mention covers
    if end == m:
        return sp_end
    if "-" not in cue.np and grammar.is_np_prep(toks[k], cue) and not any(
            t.is_word and grammar.is_np_prep(t, cue) for t in toks[end : min(hi, end + HEADED_BY_OBJECT_WORDS + 1)]):
        return sp_end
    return toks[end - 1].end


def _group_of_people(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"عدد من الخبراء"، "مجموعة من المختصين": a subject headed by a "number of" word with "من"
    after it is a group of speakers (the subject phrase may stop at the head)."""
    k = finder.tok_at(sp.start)
    toks = finder.toks
    return k + 2 < len(toks) and toks[k].key in GROUP_HEADS and toks[k + 1].key == FROM and toks[k + 2].is_word


def _past_partitives(finder: SpeakerFinder, k: int, hi: int) -> int:
    """"اعتبر عدد | من كبار السن من أهالي المنطقة الاحتفال ...": the offset after the "من" phrases of
    a group subject that stopped at its head, each a construct chain (bare heads, then one definite
    word) when it starts at token k; else where token k starts."""
    toks = finder.toks
    start = toks[k].start if k < len(toks) else len(finder.text)
    while k + 1 < hi and toks[k].key == FROM:
        m = k + 1
        while m < hi and m - k <= MAX_PARTITIVE_WORDS and toks[m].is_word and not toks[m].key.startswith("ال") \
                and finder.covering(m) is None:
            m += 1  # "كبار"، "أهالي": bare heads of the chain
        if m >= hi or not toks[m].is_word or m - k > MAX_PARTITIVE_WORDS:
            break
        if (name := finder.covering(m)) is not None:
            start = name.end  # "من أهالي عسير": a name closes the chain
            k = finder.tok_at(name.end)
        elif toks[m].key.startswith("ال"):
            start = toks[m].end
            k = m + 1
        else:
            break
    return start


def _construct_plural_of_people(grammar: CueGrammar, finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"أكد مديرو التعليم ..."، "مسؤولو الوزارة": the subject opens with a sound masculine plural in
    the construct state (its "ون" turned "و") before a definite noun: people, who speak."""
    toks = finder.toks
    k = finder.tok_at(sp.start)
    if k + 1 >= len(toks) or not toks[k].is_word or not toks[k + 1].key.startswith("ال"):
        return False
    key = toks[k].key
    return key.endswith(CONSTRUCT_PLURAL_END) and len(key) >= CONSTRUCT_PLURAL_MIN_LETTERS \
        and not key.startswith("ال") and not grammar.lex.is_stop(toks[k]) and grammar.lex.cue(toks[k]) is None


def _speaking_head(finder: SpeakerFinder, sp: SpeakerRef) -> bool:
    """"أعلنت قيادة القوات المشتركة ..."، "وأكدت القيادة العامة ..."، "وطالبت الخطة بـ": the subject
    opens with the head word of a body that speaks or of a text that sets out demands (kept apart
    from the speech lexicon's org_head and document words, which the ranker and the according-to
    phrases read)."""
    k = finder.tok_at(sp.start)
    if k >= len(finder.toks):
        return False
    key = finder.toks[k].key
    for prefix in ("", *CONJUNCTIONS):
        bare = key[len(prefix):] if key.startswith(prefix) else None
        if bare is not None and any(bare in heads or (bare.startswith("ال") and bare[2:] in heads)
                                    for heads in (SPEAKING_HEADS, PLAN_WORDS)):
            return True
    return False


def _genitive_of_subject(finder: SpeakerFinder, sp_end: int, k: int) -> bool:
    """"وطالبت الخطة الوطنية للسلامة المرورية بتشديد ...": the words between the subject and the verb's
    preposition at k open with "لـ" ("of"): they go on naming the subject, no object stands there
    (an object of "طالب X بـ" is a bare noun)."""
    toks = finder.toks
    j = finder.tok_at(sp_end)
    if not j < k or not all(t.is_word for t in toks[j:k]):
        return False
    # "الخطة الخمسية | الجديدة للتنمية بـ": adjectives with the article may come before the "of"
    m = next((m for m in range(j, k) if not toks[m].key.startswith("ال")), k)
    return m < k and toks[m].key.startswith(GENITIVE_PREFIXES) and len(toks[m].key) > 3


def _genitive_before_word_preposition(grammar: CueGrammar, finder: SpeakerFinder, sp_end: int, k: int, hi: int,
                                      cue: Cue) -> int | None:
    """The joined "لـ" at k, right after the subject, opens the subject's genitive when the verb's
    own preposition word ("إلى") comes a few words later: "دعت اللجنة الوطنية لمكافحة التدخين إلى
    ..." (with none after it, "دعا الوزير للتهدئة" is the verb's "لـ"). The word after "لـ" is a
    body's head word or a name ("دعا الوزير لعودة الأطراف إلى الحوار": a verbal noun is what he
    called for, and "إلى" is its own). The token of that word, else None."""
    toks = finder.toks
    if k != finder.tok_at(sp_end) or not toks[k].key.startswith("ل") or "ل" not in cue.np:
        return None
    named = (r := finder.mention_at_token(k)) is not None and r.start > toks[k].start
    if not named and not grammar.lex.has("org_head", toks[k], JOINED_LAM):
        return None
    for m in range(k + 1, min(hi, k + 1 + MAX_GENITIVE_WORDS)):
        if not toks[m].is_word:
            return None
        if any(len(p) > 1 and toks[m].key == p for p in cue.np):
            return m
    return None


def _quoted_name_after(finder: SpeakerFinder, i: int, hi: int) -> int | None:
    """The closing mark of a short quotation (2 to MAX_QUOTED_NAME words) opening right after the
    verb at i and followed by a bare noun, else None."""
    toks = finder.toks
    if i + 2 >= hi or toks[i + 1].text not in QUOTE_MARKS:
        return None
    for m in range(i + 3, min(hi - 1, i + 2 + MAX_QUOTED_NAME + 1)):
        if m == i + 3 and toks[m].text in QUOTE_MARKS and not toks[i + 2].text.startswith("ال"):
            # one word ("أشارت «جون» إلى ..."): a device or a nickname as often as a body; a surname
            # with the article ("وأشار «المسلم» إلى ...") is the house style for a person named before
            return None
        if toks[m].text in QUOTE_MARKS:
            nxt = toks[m + 1]
            return m if nxt.is_word and all(t.is_word for t in toks[i + 2 : m]) else None
        if not toks[m].is_word:
            return None
    return None


def _inside_relative_clause(finder: SpeakerFinder, i: int) -> bool:
    """The verb at i, joined by "و", goes on with a relative clause opened a few words before it
    with no punctuation between ("الذي اتصل بي واطمأن ... وأبدى")."""
    toks = finder.toks
    if not toks[i].key.startswith("و"):
        return False
    for k in range(i - 1, max(-1, i - 1 - MAX_RELATIVE_RUN), -1):
        if not toks[k].is_word:
            return False
        if toks[k].key in RELATIVE_PRONOUNS:
            return True
    return False


def _opens_sentence(finder: SpeakerFinder, i: int) -> bool:
    """The verb at token i starts its sentence or the clause after a comma."""
    return finder.sents[finder.sent_of(finder.toks[i].start)].start == finder.toks[i].start \
        or (i > 0 and finder.toks[i - 1].text in "،,")


def _somebody_spoke_before(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """A reporting verb (no homograph) earlier in the sentence of the verb at token i or in the
    sentences just before it: the speaker a dropped subject stands for."""
    lo, _ = finder.sent_tok_range(finder.sent_of(finder.toks[i].start))
    return statement_just_before(grammar, finder, i) or any(
        (c := grammar.lex.cue(t)) is not None and c.form != "masdar" and not c.flags & HOMOGRAPH_FLAGS
        for t in finder.toks[lo:i] if t.is_word)


def _own_preposition(grammar: CueGrammar, finder: SpeakerFinder, k: int, cue: Cue) -> bool:
    """Token k opens with a joined preposition of the verb's noun-phrase content ("بفتح"، "لوقف")
    and is no name, outlet or document word ("بيان" is no "بـ" + "يان"), nor a pronoun object
    ("طالبت بها": what was asked for is said before)."""
    t = finder.toks[k]
    return OBJECT_FIRST not in cue.flags and t.is_word and not t.text.startswith("ال") and grammar.is_np_prep(t, cue) \
        and all(len(stem) >= MIN_STEM_LETTERS for _, stem in t.splits[1:]) \
        and not any(len(p) > 1 and t.key == p for p in cue.np) \
        and finder.mention_at_token(k) is None and not finder.in_name(k) \
        and not grammar.lex.has("document", t) and not grammar.lex.has("outlet", t)


def _prep_after_setting(grammar: CueGrammar, finder: SpeakerFinder, k: int, hi: int, cue: Cue) -> int | None:
    """"وطالب فلان في كلمته التي ألقاها أمس خلال افتتاح المعرض، بالاستفادة من ...": a setting of
    the statement ("في/خلال" + a word naming a statement) at token k, right after the subject,
    runs to a comma; the verb's own preposition right after that comma opens what was said (the
    setting is no object of the verb, and may run past its usual reach). So does a relative clause
    describing the subject ("طالبت الجمعية التي ترعى ... في القرى، بزيادة ..."). Its token index,
    else None."""
    toks, lex = finder.toks, grammar.lex
    if k + 2 >= hi or not (toks[k].key in RELATIVE_PRONOUNS or (
            toks[k].key in SETTING_PREPOSITIONS and grammar.speech_noun(toks[k + 1]))):
        return None
    for m in range(k + 2, min(hi, k + 2 + SETTING_REACH)):
        t = toks[m]
        if t.text in ".؟?!؛:«“\"" or t.key in CLAUSE_PRONOUN_KEYS or lex.is_comp(t) \
                or (t.is_word and lex.cue(t) is not None):
            return None  # another clause, a quotation or another statement
        if toks[m - 1].text in "،," and (_own_preposition(grammar, finder, m, cue)
                                         or (len(t.key) > 1 and t.key in cue.np)):
            return m
    return None


def _outlet_after_setting(grammar: CueGrammar, finder: SpeakerFinder, k: int, hi: int) -> int | None:
    """The word after the outlet a setting names ("في تصريح [له] لـ«الصحيفة» ..."، "في تصريح إلى
    «الصحيفة» ...") when the setting's words at token k are that outlet, else None."""
    toks = finder.toks
    if k < hi and toks[k].key in SETTING_PRONOUNS:
        k += 1  # "في تصريح له لـ«الصحيفة»"
    if k + 3 < hi and toks[k].key == TO and toks[k + 1].text in OPENING_MARKS + '"':
        close = next((m for m in range(k + 2, min(hi, k + 2 + MAX_OUTLET_WORDS + 1))
                      if toks[m].text in QUOTE_MARKS), None)
        m = close + 1 if close is not None and close > k + 2 else k
    else:
        m = grammar.past_addressee(finder, k, hi)
    return m if k < m < hi and toks[m].is_word else None


def _past_setting(grammar: CueGrammar, finder: SpeakerFinder, start: int, hi: int, cue: Cue) -> int:
    """"مطالبا في هذا السياق بتوحيد ..."، "وأكد فلان، في اتصال هاتفي مع الصحيفة، نقل ..."، "ودعا
    فلان في مقال نشرته الصحيفة إلى ...": a noun-phrase statement that would open with a set phrase
    or with its setting ("في/خلال" + a word naming a statement, closed by a comma or by the verb's
    own preposition word) opens after them: the setting is where it was said."""
    toks = finder.toks
    k = finder.tok_at(start)
    while k < hi and toks[k].text in "،,":
        k += 1
    first = k
    while k < hi:
        if (m := after_asides(finder, k - 1, hi)) > k - 1 and m + 1 < hi:
            k = m + 1
            continue
        if (m := grammar.past_addressee(finder, k, hi)) > k:
            k = m  # "وأكد المتحدث لـ«الصحيفة» ضبط ...": the paper he spoke to is no part of it
            continue
        occasion = _occasion(toks[k + 1]) if k + 1 < hi else False
        if k + 2 < hi and toks[k].key in SETTING_PREPOSITIONS and (grammar.speech_noun(toks[k + 1]) or occasion):
            if (told := _outlet_after_setting(grammar, finder, k + 2, hi)) is not None:
                return toks[told].start  # "أكد في تصريح لـ«الصحيفة» ضبط ...": setting and outlet
            for m in range(k + 2, min(hi, k + 2 + SETTING_REACH)):
                t = toks[m]
                if t.text in ".؟?!؛:«»“”\"" or grammar.lex.is_comp(t) \
                        or (t.is_word and (c := grammar.lex.cue(t)) is not None and c.form != "past"):
                    break  # another clause, a quotation or a statement: the setting is not closed here
                if t.is_word and grammar.lex.cue(t) is not None and (m + 1 >= hi or not toks[m + 1].is_word
                                                                     or toks[m - 1].text in "،,"):
                    break  # "، وأشار إلى": another statement ("في مقال نشرته الصحيفة": a verb of the setting)
                if _own_preposition(grammar, finder, m, cue):
                    # "طالب في تصريحات سابقة بسرعة ...": the verb's joined preposition; a name just
                    # before it is the verb's object ("طالب في تصريح نشرته الوكالة إسرائيل بالتوقف")
                    named_object = [r for r in finder.mentions_between(toks[k + 2].start, t.start)
                                    if r.end >= toks[m - 1].end]
                    if named_object:
                        return min(r.start for r in named_object)
                    if m == k + 3 and toks[k + 2].key.startswith("ال") and toks[k + 1].key.endswith(("ه", "ها")) \
                            and not toks[k + 1].key.startswith("ال"):
                        return toks[k + 2].start  # "أوصى في كلمته الخريجين بتقوى الله": its object
                    return t.start
                if t.text in "،,":
                    # "، في اتصال هاتفي مع الصحيفة، نقل ...": set off by commas on both sides (a
                    # comma after a person's name, "في رسالة بعث بها لفلان، مفوض ...", only opens
                    # the name's description)
                    nxt = toks[m + 1] if m + 1 < hi else None
                    named = any(r.entity.type == "PER" and r.end >= toks[m - 1].end
                                for r in finder.mentions_between(toks[k].start, t.start))
                    if k > 0 and toks[k - 1].text in "،," and nxt is not None and nxt.is_word and not named \
                            and grammar.lex.cue(nxt) is None and not grammar.lex.is_comp(nxt):
                        return nxt.start
                    break
                if len(t.key) > 1 and t.key in cue.np and ("-" not in cue.np or (occasion and not any(
                        grammar.lex.has("content_head", x, frozenset({"", "ال"})) for x in toks[k + 2 : m]))):
                    # "إلى" of "دعا": the verb's own preposition word (a verb that takes an
                    # object, "أكد في تصريحات ... تعرض الحريات لموجة", may have it after the object;
                    # after an occasion, "أكد في الاجتماع الذي عقده ... على أهمية", when no content
                    # noun stands before it)
                    return t.start
        break
    return toks[k].start if k < len(toks) and k > first else start


def _past_named_place(finder: SpeakerFinder, k: int, hi: int) -> int:
    """"أعلنت منظمة أنصار إسرائيل في الولايات المتحدة (إيباك)، حربا على ..."، "أعلنت الوزارة في
    الرياض إطلاق ...": "في" and a place or body the entity layer names, right after the subject, says
    where the subject is or spoke (its abbreviation in brackets and a comma go with it), never what
    was said: the offset after them when a plain word follows, else -1."""
    toks = finder.toks
    if k + 2 >= hi or toks[k].key != IN or (r := finder.mention_at_token(k + 1)) is None \
            or r.entity.type not in ("LOC", "ORG") or r.start != toks[k + 1].start:
        return -1
    m = finder.tok_at(r.end)
    if m < hi and toks[m].text == "(":
        m = next((x + 1 for x in range(m + 1, min(hi, m + MAX_OUTLET_WORDS + 2)) if toks[x].text == ")"), m)
    if m < hi and toks[m].text in "،,":
        m += 1
    if m >= hi or not toks[m].is_word or toks[m].key in SETTING_PREPOSITIONS \
            or finder.mention_at_token(m) is not None or toks[m].key in RELATIVE_PRONOUNS:
        return -1
    return toks[m].start


def _setting_before_next_verb(grammar: CueGrammar, finder: SpeakerFinder, j: int, end: int) -> bool:
    """The content from token j to token `end` is a setting (في/خلال + a word naming a statement)
    and no more, cut there by the next reporting verb ("أعلن في تصريح لإحدى الإذاعات قال فيه إن
    ..."): the words said are that verb's."""
    toks = finder.toks
    if j + 1 >= end or end >= len(toks) or toks[j].key not in SETTING_PREPOSITIONS \
            or not grammar.speech_noun(toks[j + 1]) or not toks[end].is_word:
        return False
    nxt = grammar.lex.cue(toks[end])
    return nxt is not None and nxt.form in ("past", "present") and end - j <= MAX_SETTING_WORDS


def _in_speech_clause(grammar: CueGrammar, finder: SpeakerFinder, i: int) -> bool:
    """"ألقى فلان كلمة أكد فيها أهمية ..."، "كلمة ألقاها الرئيس أكد خلالها ...": the verb at i with
    "فيها/خلالها" right after it describes a speech named a few words before it, whose giver
    speaks: its content noun is said, though no subject or "و" opens the verb's clause."""
    toks = finder.toks
    if i + 1 >= len(toks) or toks[i + 1].key not in IN_IT:
        return False
    lo, _ = finder.sent_tok_range(finder.sent_of(toks[i].start))
    return any(grammar.speech_noun(toks[k]) for k in range(max(lo, i - SPEECH_NOUN_REACH), i))


def _topic_setting_only(grammar: CueGrammar, finder: SpeakerFinder, j: int, hi: int, cue: Cue) -> bool:
    """"أكدت الصحيفة في تقرير لها عن الخسائر ...": the content would open with a setting (في/خلال
    + a word naming a statement, its owner "له/لها") that goes on with what it was about ("عن/حول/
    بشأن", not a preposition of the verb: "أعرب في بيان عن قلقه" says it), and the setting stays
    unclosed: nothing of what was said is left."""
    toks = finder.toks
    if j + 2 >= hi or toks[j].key not in SETTING_PREPOSITIONS or not grammar.speech_noun(toks[j + 1]):
        return False
    k = j + 2
    if toks[k].key in SETTING_PRONOUNS:
        k += 1
    return k < hi and toks[k].key in TOPIC_PREPOSITIONS and toks[k].key not in cue.np


def _occasion(tok: Token) -> bool:
    """"حفل"، "الاجتماع"، "اجتماعه"، "ختام": the event a statement was made at (with its article or
    its owner's pronoun)."""
    key = tok.key.removeprefix("ال")
    return key in OCCASIONS or any(key.endswith(p) and key[: -len(p)] in OCCASIONS for p in ("ه", "ها", "هم"))


def _apposed_name_end(finder: SpeakerFinder, sp: SpeakerRef, sp_end: int) -> int:
    """"وصف وزير الخارجية، فلان الفلاني، الاتفاق ..."، "أشاد الرئيس المنتهية ولايته، فلان بخطة ..."،
    "أكد فلان، الرئيس التنفيذي لشركة كذا، ارتفاع ...": the subject's own name or title set off by a
    comma right after it (a mention of the subject's person, or a person named after a subject the
    entity layer left unnamed) is no part of what was said; the subject ends after it and its
    closing comma. Another person after the comma is the verb's object ("دعا الوزير، مفوض الأمم
    المتحدة، لزيارة ...")."""
    toks = finder.toks
    k = finder.tok_at(sp_end)
    if k + 1 >= len(toks) or toks[k].text not in "،," or finder.text[sp_end : toks[k].start].strip():
        return sp_end
    r = finder.mention_at_token(k + 1)
    if r is None or r.entity.type != "PER" or r.start > toks[k + 1].stem_start \
            or (sp.entity is not None and r.entity.id != sp.entity) \
            or len(finder.text[r.start : r.end].split()) > MAX_APPOSED_WORDS:
        return sp_end  # (a longer "title" is the entity layer running on into the object)
    m = finder.tok_at(r.end)
    if m < len(toks) and toks[m].text in "،,":
        return toks[m].end
    # with no comma closing it, only a name after an unnamed subject's title ends the subject (a
    # title of the named subject may go on past the mention: "، النائب في البرلمان عن الحزب ...")
    return r.end if sp.entity is None else sp_end


def _bare_stance_noun(finder: SpeakerFinder, cue: Cue, head: int, hi: int) -> bool:
    """"أبدى X رغبة في ..."، "أبدت اهتماماً بـ": the stance noun of a verb of showing an attitude
    (the stance flag) with neither a possessive ("رغبته") nor a genitive after it ("استعداد الوزارة")
    is indefinite: what the subject showed, not a stance it stated."""
    if STANCE not in cue.flags:
        return False
    toks = finder.toks
    word = toks[head].text.rstrip(TANWEEN)
    if not word.endswith(INDEFINITE_ENDINGS):
        return False  # "سعادته"، "استعدادها": his own stance
    nxt = toks[head + 1] if head + 1 < hi else None
    return nxt is None or not nxt.is_word or not (nxt.key.startswith("ال") or finder.covering(head + 1) is not None)


def np_content(grammar: CueGrammar, clauses: ClauseEnds, finder: SpeakerFinder, i: int, hi: int, cue: Cue,
               cand: QuoteCandidate, head: int | None = None) -> QuoteCandidate | None:
    """The noun-phrase content of the verb at i; `head`: the token of a noun known to open
    it ("أهمية"، "وجود")."""
    toks = finder.toks
    if i + 1 < hi and (toks[i + 1].key in DEMONSTRATIVES or toks[i + 1].key[1:] in DEMONSTRATIVES
                       and toks[i + 1].key[:1] in cue.np):
        return None  # "أكد ذلك الوزير"، "صرح بذلك فلان": the object points back at what was said before
    sp = cand.speaker
    if sp is not None and sp.entity is None and i + 1 < hi and finder.tok_at(sp.start) == i + 1 \
            and _opens_sentence(finder, i) and _own_preposition(grammar, finder, i + 1, cue) \
            and _somebody_spoke_before(grammar, finder, i):
        # "وطالب بفتح قنوات الحوار ...": the word after the verb carries its own preposition, so the
        # subject is dropped (the previous speaker) and the content starts there (a verb inside the
        # sentence, "الجهات التي تبنت المقترح وأوصت بدراسته", has its subject before it; with
        # nobody speaking before, "، اتهموا بتخطيط ..." is a passive)
        sp = cand.speaker = None
        cand.resolved = False
    if sp is not None and sp.entity is None and sp.start > toks[i].start \
            and (obj := object_in_subject(finder, sp)) is not None:
        # "وطالب المواطنين بـ ...": the object, the speaker is the one before; "ودعت الكلية المقبولين"
        sp = cand.speaker = finder.span_ref(sp.start, toks[obj - 1].end) if obj > finder.tok_at(sp.start) else None
        cand.resolved = sp is not None
    quoted_body = False
    if sp is not None and sp.entity is None and (close := _quoted_name_after(finder, i, hi)) is not None \
            and finder.tok_at(sp.start) == i + 2:
        # "وأكدت «صحة المنطقة» تقديم ...": a short name in quotation marks right after the verb is
        # its subject (a body the entity layer did not name), and it ends at the closing mark
        sp = cand.speaker = finder.span_ref(toks[i + 2].start, toks[close - 1].end)
        quoted_body = True
    subject_after = sp is not None and sp.start > toks[i].start
    if not subject_after and _inside_relative_clause(finder, i):
        return None  # "الأخ الذي اتصل بي واطمأن على الفريق وأبدى دعمه": the relative's description
    sp_end = sp.end if subject_after else toks[i].end
    if subject_after:
        sp_end = _apposed_name_end(finder, sp, sp_end)
    if subject_after and (voice := voice_of(finder, sp, len(finder.text))) is not None:
        sp_end = voice.end  # "أكدت الوزارة على لسان متحدثها فلان ...": "على" is no preposition of the verb
    if subject_after:
        sp_end = _past_headed_by(grammar, finder, sp_end, hi, cue)
    start = None
    counted_from = 0  # where the words of a long enough statement are counted from
    if head is not None and _bare_stance_noun(finder, cue, head, hi):
        return None  # "أبدى النادي رغبة في التعاقد"، "أبدت شجاعة فائقة": an attitude shown, nobody's words
    if head is not None:
        if sp is None and not grammar.clause_start(finder, i, cue) \
                and not (cue.form == "past" and grammar.after_kana_subject(finder, i)) \
                and not _in_speech_clause(grammar, finder, i) \
                and not any(grammar.speech_noun(t) for t in toks[i + 1 : head]):
            # "أن هذه الطريقة أكدت نجاحها": a thing before the verb ("وكانت الشرطة أعلنت": a subject;
            # so is whoever "أكدت في بيان لها إدانتها": a statement names its setting)
            return None
        if sp is None and not cue.prefix and "-" not in cue.np and head == i + 1:
            # "توقع ارتفاع الفائدة يعطي سببا ...": a bare verb of a content noun only, with no
            # subject and no "و" before it, is the verbal noun ("expectation") heading a sentence
            return None
        start = toks[head].start
    elif "-" in cue.np and subject_after and sp.entity is not None \
            and grammar.object_after_subject(finder, finder.tok_at(sp_end) - 1, hi):
        start = sp_end  # "وأكدت الحركة السيطرة على ...": a bare noun right after a named subject
    if "-" in cue.np and cue.form == "past" and not subject_after:
        # no subject after the verb (dropped, or before it: "الشركة قد أعلنت"): a bare noun right
        # after the verb and its time words is the object, whatever preposition follows it
        k = grammar.after_time_words(finder, i, hi)
        fronted = k > i or grammar.fronted_subject(finder, i)
        if (sp is None or fronted) and grammar.object_next(finder, k, hi,
                                                                MIN_STEM_LETTERS if fronted else 1):
            start = toks[k].end
    if start is None and (subject_after or sp is None) \
            and (m := _prep_after_setting(grammar, finder, finder.tok_at(sp_end), hi, cue)) is not None:
        start = toks[m].start  # the setting before it is neither the object nor part of what was said
        counted_from = toks[m].end if len(toks[m].key) > 1 and toks[m].key in cue.np else start
    genitive_end = -1  # the verb's own preposition word after a genitive of the subject
    aside_end = -1  # the closing comma of a relative clause describing the subject
    reach = min(hi, i + 1 + MAX_DESCRIPTION_GAP)
    for k in range(i + 1, hi):
        if k >= reach:
            break
        t = toks[k]
        if start is not None:
            break
        if k <= aside_end:
            continue
        if k > i + 1 and (close := grammar.relative_aside_end(finder, k, hi)) is not None:
            aside_end = close  # "ودعا التنظيم، الذي يصفه مسؤولون بأنه ...، إلى": not another verb's words
            reach = min(hi, max(reach, close + 1 + ASIDE_REACH))  # the reach counts from the aside's end
            continue
        if k > i + 1 and t.is_word and (c := grammar.lex.cue(t)) is not None and c.form in ("past", "present") \
                and not c.flags & HOMOGRAPH_FLAGS and any(
                    x.is_word and grammar.is_np_prep(x, c) for x in toks[k + 1 : min(hi, k + 3)]):
            # "وأفاد مصدر، لم يكشف عن اسمه، بأن ...": the preposition of another verb ("عبر حسابه"
            # is "via"; "حث فيها طالب العلم على ...": "طالب" governs no "على", it is "student")
            break
        if k == i + 1 and t.is_word and any(len(p) > 1 and t.key in {p + x for x in POSSESSIVE_SUFFIXES}
                                            for p in cue.np):
            # "الرؤية التي عبرت عنها في اجتماعها عن ...": the verb's preposition right after it holds a
            # pronoun (a later one, "ممن تنطبق عليهم", belongs to the object)
            return None
        if t.start < sp_end or not t.is_word or not grammar.is_np_prep(t, cue):
            continue
        if k + 1 < hi and (t.key, toks[k + 1].key) == ON_TONGUE:
            continue  # "وشددت الوزارة على لسان متحدثها على ...": whose voice, not the verb's "على"
        if sp is not None and k == finder.tok_at(sp.start) + 1 and _group_of_people(finder, sp):
            continue  # "وحذر عدد من الخبراء من أن ...": the partitive "من" of the subject, not "حذر من"
        # "شدد على ضرورة ...": from the preposition (its words are counted without it);
        # "طالب المجالس بإدانة ...": the object too
        word_prep = any(len(p) > 1 and t.key == p for p in cue.np)
        if k < genitive_end:
            continue
        if not word_prep and subject_after \
                and (prep := _genitive_before_word_preposition(grammar, finder, sp_end, k, hi, cue)) is not None:
            genitive_end = prep  # "دعت الهيئة العليا لحقوق الإنسان إلى ...": "لـ" names whose body it is
            continue
        if not word_prep and NAMED_JOINED in cue.flags and (
                (sp is not None and sp.entity is None) or k > _after_adjectives_and_time(grammar, finder, sp_end, hi)):
            # "أفاد مصدر بمقتل ...": only a named subject reports with a bare "بـ", and it comes
            # right after the subject or the verb (and the time): "لجعله مفيدا، يجدر ... بصحن" is
            # the adjective "useful"
            return None
        start = t.start if word_prep or NAMED_JOINED in cue.flags or (sp is not None and _group_of_people(finder, sp)) \
            or genitive_end == k or _genitive_of_subject(finder, sp_end, k) \
            or grammar.occasion_phrase(toks[finder.tok_at(sp_end)]) \
            else sp_end  # ("بمناسبة العيد" before it is no object; "أفاد" has no object before it; "طالب عدد من الأهالي بـ": the group is all subject)
        counted_from = t.end if word_prep else start
    if start is None and "-" in cue.np and cue.form == "past" and (
            subject_after or (sp is None and grammar.object_or_setting_next(finder, i, hi))
            or (not subject_after and _in_speech_clause(grammar, finder, i))):
        # "أعلنت الوزارة، أمس، القبض على ...": the object after the subject; with no subject,
        # "في تصريح ..." right after the verb ("البيان الذي أعلنت عنه" is no statement)
        start = sp_end
        if subject_after and _group_of_people(finder, sp):
            start = _past_partitives(finder, finder.tok_at(sp_end), hi)
    if start is None or (subject_after and start == sp_end and grammar.description_goes_on(finder, start, hi)):
        return None
    if sp is not None and sp.entity is None and not grammar.described(finder, i) \
            and not (not subject_after and named_heads(finder, sp)) \
            and not collective_actor(finder, sp) and not (plural_body(finder, sp) and not toks[i].key.endswith(PLURAL_VERB_END)) \
            and not quoted_body \
            and not (_group_of_people(finder, sp) and not cue.flags & HOMOGRAPH_FLAGS) \
            and not any(grammar.lex.has(kind, toks[finder.tok_at(sp.start)], NOUN_PREFIXES | {"ال"})
                        for kind in ("document", "org_head")) \
            and not _speaking_head(finder, sp) and not _construct_plural_of_people(grammar, finder, sp) \
            and not (head is not None and named_between(finder, i, head)):
        # ("وأشار التقرير إلى ..."، "أعلنت منسقة السياسة، فلانة، اعتزامها ...": a report and a named
        # actor speak, and so does a body the entity layer did not name: "وأعلنت إدارة النادي ...")
        if not (cue.prefix and grammar.lex.has("quantifier", finder.toks[finder.tok_at(sp.start)])):
            return None  # "تؤكد الوثيقتان على ...": documents and things do not make statements
        # "ودعا جميع المواطنين إلى ...": "all of X" is the object; the subject is dropped
        cand.speaker, cand.resolved = None, False
    if subject_after and start == sp_end and start < len(finder.text) and finder.text[start] in QUOTE_MARKS \
            and finder.text[start] not in OPENING_MARKS and not finder.text[start - 1].isspace():
        # "اتهمت «مجموعة الأزمات» الميليشيات ...": the mark closes the subject's name
        start += 1
    if subject_after and _construct_plural_of_people(grammar, finder, sp):
        # "طالب لاعبو المكسيك بركلتي جزاء": the subject stopped at its head; its genitive is no object
        g = finder.tok_at(sp.start) + 1
        name = finder.covering(g)
        genitive_end = name.end if name is not None else toks[g].end
        if start < genitive_end:
            start = genitive_end
            counted_from = max(counted_from, start)
    if subject_after and start == sp_end and (past := _past_named_place(finder, finder.tok_at(start), hi)) > start:
        start = past  # "أعلنت منظمة ... في الولايات المتحدة (إيباك)، حربا على ...": where the subject is
        counted_from = max(counted_from, start)
    if (past := _past_setting(grammar, finder, start, hi, cue)) > start:
        start = past
        counted_from = max(counted_from, start)
    j = finder.tok_at(start)
    if j + 1 < hi and not finder.text[start : toks[j].start].strip() and toks[j].key in IN_IT \
            and _in_speech_clause(grammar, finder, j - 1):
        start, j = toks[j + 1].start, j + 1  # "كلمة أكد فيها | أهمية ...": "in which" is no word of it
        counted_from = max(counted_from, start)
    if _topic_setting_only(grammar, finder, j, hi, cue):
        return None  # "وأكدت الصحيفة في تقرير لها عن الأوضاع ...": where and about what, nothing said
    if start == sp_end and j < hi and toks[j].start >= start and (k := grammar.after_time_words(finder, j - 1, hi)) >= j \
            and k + 1 < hi and grammar.is_np_prep(toks[k + 1], cue) \
            and sum(t.is_word for t in toks[k + 1 : hi]) > NP_MIN_TOKENS:
        # "أفاد مصدر أمني أمس الاثنين بمقتل ...": the time of the statement is not part of it
        # (kept on a short object, which the count of words would drop)
        start, j = toks[k + 1].start, k + 1
    if subject_after and start == sp_end and j < len(toks) and (
            ((r := finder.covering(j)) is not None and r.start < toks[j].start)
            or toks[j].key in RELATIVE_PRONOUNS):
        # the subject cut a name in two ("... ستمارسها الأمم | المتحدة"), or ran over the object
        # to its relative clause ("أشاد بدور المدير فلان | الذي قام ..."): no object found
        return None
    end = clauses.through_semicolon(finder, clauses.clause_end(finder, j))
    for k in range(j + 1, finder.tok_at(end)):
        c = grammar.lex.cue(toks[k]) if toks[k].is_word else None
        if c is not None and c.form in ("past", "present") and (grammar.comp_soon(finder, k)
                                                                  or grammar.clause_next(finder, k)):
            # "أعلنت الترحيب به، وأصدرت بيانا قالت فيه إنه": a statement of its own ("، ولم يستبعد
            # أن ...": with its negation; "بسبب الاتفاق، الذي قالت إنه ...": with the relative
            # that opens it)
            end = toks[k - 1].start if toks[k - 1].key in NEGATED_OPENERS or toks[k - 1].key in RELATIVE_PRONOUNS \
                else toks[k].start
            break
        if c is not None and c.form == "participle" and not grammar.attributive(finder, k, c) \
                and not participle_as_adjective(grammar, finder, k) and (
                grammar.comp_soon(finder, k) or ("-" in c.np and grammar.object_next(finder, k, hi))
                or (k + 1 < hi and len(toks[k + 1].key) > 1 and toks[k + 1].key in c.np)) \
                and len(finder.text[max(toks[j].start, counted_from) : toks[k].start].split()) >= NP_MIN_TOKENS:
            # "وحث الحضور على المثابرة مؤكدا وجود الفرص"، "وأكد أهمية ... معربا عن شكره": the
            # participle's own statement (its object, its clause or its own preposition word), when
            # what comes before it is long enough to stand as a statement ("أشارت إلى المشروع معربة
            # عن تهانيها": two short ones are kept as one)
            end = toks[k].start
            break
    for k in range(j + 1, finder.tok_at(end)):
        if toks[k].text == ":" and toks[k - 1].key in LISTING_WORDS:
            end = toks[k - 1].end  # "... عبر الحسابات التالية: ...": the list is no part of what was said
            break
    s, e = trim_span(finder, start, end)
    if _setting_before_next_verb(grammar, finder, finder.tok_at(s), finder.tok_at(e)):
        return None  # "أعلن في تصريح لإحدى الإذاعات قال فيه إن ...": where, and the words follow another verb
    # "وأكد مدير المستشفى فلان حدوث التبديل"، "نفى فلان صحة الخبر": a content noun right after a
    # named subject of a verb of affirming or denying makes two words a statement ("أعلن التنظيم
    # مسؤوليته عن الهجوم" is a claim, not words said)
    headed = head is not None and toks[head].start == s and sp is not None and sp.entity is not None \
        and cue.form == "past" and match_key(cue.lemma) in AFFIRM_DENY
    if len(finder.text[max(s, counted_from):e].split()) < (HEADED_MIN_WORDS if headed else NP_MIN_TOKENS):
        return None
    cand.start, cand.end = s, e
    return cand
