"""Statements attributed by "according to X": "وبحسب X، فإن ..."، "...، وفقا لما قاله X." (the
statement before the attribution), "وحسب وكالة X يأتي ...". Apart from `patterns` to keep it readable."""

from __future__ import annotations

from collections.abc import Callable

from marsad.document import Span, SpeakerRef
from marsad.layers.dates.tense import verb_shaped
from marsad.layers.quotes.attribution import QUOTE_WORDS, TITLE_PREFIXES, SpeakerFinder
from marsad.layers.quotes.cue_grammar import PREP_CLAUSE, prep_clause_near
from marsad.layers.quotes.marks import QuoteSpan
from marsad.layers.quotes.patterns import (
    CLAUSE_OPENERS,
    DEMONSTRATIVES,
    HOMOGRAPH_FLAGS,
    NP_MIN_TOKENS,
    QUOTE_MARKS,
    VERB_NOUN_ENDINGS,
    QuoteCandidate,
    trim_span,
)
from marsad.layers.quotes.unnamed_sources import unnamed_word
from marsad.lexicons.loader import words as word_list

NEW_CLAUSE_CONJUNCTIONS = frozenset(word_list(QUOTE_WORDS, "contrast_conjunction")) | frozenset(
    word_list(QUOTE_WORDS, "additive_conjunction"))
RELATIVE_PRONOUNS = word_list(QUOTE_WORDS, "relative_pronoun")  # "الذي"، "التي"
RELATIVE_MA = word_list(QUOTE_WORDS, "relative_ma")  # "ما" / "لما" of "وفقا لما قاله X"
NORM_PREFIXES = frozenset({"", "ل", "لل", "ب", "ال"})
APART_PREPOSITIONS = frozenset({"الي", "علي"})  # match keys of "استنادا إلى"، "بناء على"
ALREADY_SAID = frozenset({"سبق", "تقدم"})  # match keys: "وفقا لما سبق ذكره"، "حسب ما تقدم"
CONTRAST_WORDS = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "لكنهم"})  # match keys of "but"
CONTRAST_BEFORE_COMP = frozenset({"الا", "غير", "بيد"})  # match keys of "إلا أن"، "غير أن"، "بيد أن"
ONLY = "فحسب"  # match key of "only", never "according to"
APPOSITION_MAX_WORDS = 8  # a description between commas after an according-to source
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")  # match keys: "حسب رغبته"، "حسب قولي"
PLURAL_ENDINGS = ("يين", "ون", "ات")  # match keys: "بحسب دبلوماسيين": unnamed people, not a surname
SOURCE_NAME_WORDS = 6  # the longest source name a clause may follow with no comma
SPEECH_NOUN_PREFIXES = frozenset({"", "ل", "ب", "لل"})  # "بحسب تصريحات"، "وفقا للبيان"
TITLE_WORD_PREFIXES = frozenset({"", "ل", "ب"})
SENTENCE_ENDS = frozenset({".", "؟", "!", "?"})
RELAYING_WORDS = frozenset({"عن", "نقلا", "نقلاً"})  # match keys: "عن فلان"، "نقلا عن مصادر"
BARE_CLAUSE_OPENERS = word_list(QUOTE_WORDS, "bare_clause_opener")  # "تم"، "لن": a clause starts
DETACHED_LAM = "ل"  # "لـ" written as a word of its own before a name
SOURCE_TOKENS = 8  # the words of X in "بحسب X"
ISSUED_WORDS = frozenset({"الصادر", "الصادره", "الصادرة"})  # match keys: "البيان الصادر عن ..."
QUOTED_STATEMENT_WORDS = 4  # a quotation after "بحسب X" this long is X's words, a shorter one a name
DESCRIBED_SOURCE_TOKENS = 16  # ... when a relative clause describes X


def according(finder: SpeakerFinder, i: int, quote_at: dict[int, QuoteSpan], governed: dict[int, QuoteCandidate],
              clause_end: Callable[[SpeakerFinder, int], int],
              governed_comp: Callable[[SpeakerFinder, int], bool]) -> QuoteCandidate | None:
    """"وبحسب X، فإن ..." and "...، وفقا لما قاله X." (the statement before the attribution).
    `governed_comp`: a complementiser of a time phrase ("بحسب ما أكده X أمس بعد أن ..."), not X's."""
    toks, lex = finder.toks, finder.lex
    lo, hi = finder.sent_tok_range(finder.sent_of(toks[i].start))
    if i + 1 >= hi or toks[i].key == ONLY:
        return None  # ("على اسمه فحسب": "only")
    nxt = toks[i + 1]
    k = i + 1
    if nxt.key == "عن":
        k = i + 2
    elif nxt.key in RELATIVE_MA or toks[i].key.endswith("ما"):
        k = i + 2 if nxt.key in RELATIVE_MA else i + 1
        if k < hi and toks[k].key in ALREADY_SAID:
            return None  # "وفقا لما سبق ذكره": the writer points back at his own text
        # the verb of "ما قاله / لما نقلته / حسبما أفادت"
        if k < hi and toks[k].is_word and finder.mention_at_token(k) is None:
            k += 1
    rule_at = k + 1 if k + 1 < hi and toks[k].key in APART_PREPOSITIONS else k  # "استنادا إلى تعاليم ..."
    if rule_at < hi and lex.has("norm", toks[rule_at], NORM_PREFIXES):
        return None  # "وطبقا للإجراءات المعمول بها، فإن ...": rules, not somebody's words
    # "بحسب المصدر": an unnamed source named again (its words are the sentence's, its name none)
    speech_noun_next = lex.has("speech_noun", nxt, SPEECH_NOUN_PREFIXES) or unnamed_word(nxt)
    # "ووفقا لـ «رويترز»": the preposition written apart, then the name (in quotation marks)
    name_at = i + 1
    if nxt.key == DETACHED_LAM:
        name_at = next((n for n in range(i + 2, min(i + 4, hi)) if toks[n].is_word), i + 1)
    named = bool(finder.mention_at_token(name_at) or speech_noun_next)
    if named and name_at > i + 1:
        k = i + 2  # the source starts after the preposition, as after "عن"
    # governed by a verb right before ("وقال وفقاً لما نقلته ... إن"): only a channel
    for b in range(max(lo, i - 2), i):
        c = lex.cue(toks[b])
        if c is not None and c.form in ("past", "present"):
            return None
    said_by = k > i + 1 and toks[k - 1].is_word and toks[k - 1].key not in RELATIVE_MA and toks[k - 1].key != "عن"
    # X: the words up to a comma, a complementiser or the sentence end
    # (a relative clause describing X, "بحسب ما أعلن النادي الذي ينافس في الدوري ...،", belongs to it)
    x_end, x_limit = k, SOURCE_TOKENS
    while x_end < hi and toks[x_end].text not in "،,.:؛" and x_end - k < x_limit and not (
            lex.is_comp(toks[x_end]) and not finder.in_name(x_end)) and toks[x_end].key not in CLAUSE_OPENERS \
            and not (x_end > k and _quoted_words_at(finder, quote_at, x_end)):
        if (toks[x_end].key in RELATIVE_PRONOUNS or toks[x_end].key in ISSUED_WORDS) and x_end > k and (named or said_by):
            # (only a named source or one that spoke: "وفق العرض الذي تفرضه خبرته" is no attribution;
            # "وفقا للبيان الصادر من الاتحاد ... عن الاجتماع، فإنه": who issued it describes it too)
            x_limit = DESCRIBED_SOURCE_TOKENS
        x_end += 1
    nx = x_end + 1 if x_end < hi and toks[x_end].text in "،," else x_end

    def opens_clause(n: int) -> bool:
        # "فقد" opens the statement only after a named source ("وفقا للبيانات فقد ارتفعت": figures)
        return n < hi and ((lex.is_comp(toks[n]) and not governed_comp(finder, n))
                           or (named and toks[n].key in CLAUSE_OPENERS))

    clause = opens_clause(nx)
    if not clause and i == lo and x_end > k and (named or said_by or finder.mentions_between(toks[k].start, toks[x_end - 1].end)) \
            and _quoted_words_at(finder, quote_at, nx):
        # "وبحسب فلان «لا تخلو الأرصفة من ...»": the source's words in quotation marks right after it
        speaker = finder.subject_after(k, x_end, fallback=True, strip_prep=True)
        if speaker is not None and speaker.entity in finder.source_entities:
            speaker = None
        governed.setdefault(quote_at[nx].open, QuoteCandidate(
            "direct", 0, 0, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text), speaker, True, i))
        return None
    if not clause and nx > x_end and (m := _apposition_end(finder, nx, hi)) is not None and opens_clause(m + 1):
        nx, clause = m + 1, True  # "وحسب فلان، أحد منظمي الحملة، فإن ...": a description set off by commas
    after_quote = i > lo and toks[i - 1].text in "»”\""
    # the attribution closes its statement at the sentence end, or where a comma and "إذ"، "فيما"،
    # "كما" open a new clause ("...، حسبما ذكرت السلطات أمس، إذ قال المتحدث ...")
    at_end = x_end >= hi or toks[x_end].text in ".؛" or governed_comp(finder, x_end) or (
        x_end + 1 < hi and toks[x_end].text in "،," and (toks[x_end + 1].key in NEW_CLAUSE_CONJUNCTIONS
                                                         or _new_statement_at(finder, x_end + 1)
                                                         or _contrast_at(finder, x_end + 1, hi)))
    # "«...»، بحسب الجمارك، تعود ...": the quotation before the comma is X's (at the sentence end,
    # "... «إرهابيا»، وفقا لما أعلنه X." gives X the whole sentence, as below; not when X is
    # described at length, "...«...»، حسب فلانة التي سددت ديونها ...": the quotation is still hers)
    quote_before = next((q for q in quote_at.values() if q.close == toks[i - 2].start), None) \
        if (not at_end or x_end - k > SOURCE_TOKENS) and i - 2 >= lo and toks[i - 1].text in "،," and toks[i - 2].text in "»”\"" else None
    sources = [r for r in finder.mentions_between(toks[k].start, toks[x_end - 1].end)
               if r.entity.type in ("PER", "ORG")] if x_end > k else []
    if not clause and i == lo and sources and (v := _verb_after_source(finder, sources[0], hi)) is not None:
        # "وحسب وكالة «فرانس برس» يأتي هذا التحرك ...": the clause follows the named source at once
        start, end = trim_span(finder, toks[v].start, clause_end(finder, v))
        if len(finder.text[start:end].split()) >= NP_MIN_TOKENS:
            return QuoteCandidate("indirect", start, end, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  finder.ref(sources[0]), True, i)
    if not clause and i == lo and (sources or lex.has("document", toks[k], SPEECH_NOUN_PREFIXES)) \
            and x_end < hi and toks[x_end].text in "،," \
            and not _outlet_source(finder, k, x_end) and (v := _verb_opening(finder, nx, hi)) is not None \
            and not _reports_itself(finder, v, clause_end(finder, v)):
        # "ووفقا لبيان النادي، تم الاتفاق على ...": a named source or a document set off by a comma
        # at the sentence start, then a clause opened by a verb: all of it is the source's ("ووفقا
        # للمعلومات، تطمح ...": information and figures are nobody's words)
        start, end = trim_span(finder, toks[v].start, clause_end(finder, v))
        speaker = finder.subject_after(k, x_end, fallback=True, strip_prep=True)
        if speaker is not None and speaker.entity in finder.source_entities:
            speaker = None  # the agency is the channel (its `via`), not a speaker
        if len(finder.text[start:end].split()) >= NP_MIN_TOKENS:
            return QuoteCandidate("indirect", start, end, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  speaker, True, i)
    # "...، بحسب فال.": the bare surname of a person named in full before
    surname = _bare_surname(finder, k, toks[i].key) if x_end == k + 1 and (k + 1 >= hi or toks[k + 1].text in ".؛") else None
    # (not right after a quotation: "جعله «أكثر صلابة» بحسب تعبير فلان، إلا أن ...": the source of the quoted words)
    inner = _inner_source_end(finder, i, k, x_end, sources, surname) \
        if not at_end and i > lo and toks[i - 1].text not in "»”\"" else None
    if not (named or clause or after_quote or quote_before or sources or surname or inner
            or toks[i].key.endswith("ما") or k > i + 1):
        return None  # "حسب الحاجة": not a source of words
    spoke = said_by
    speaker = finder.subject_after(k, x_end, fallback=clause or spoke, strip_prep=True) if x_end > k else None
    speaker = speaker or surname
    # the agency alone is the source; relaying someone ("عن فلان") or followed by a verb of its own
    # ("وحسب «واس» أشار التقرير إلى أن") it is the channel
    agency_alone = not _relays(finder, k, hi) and not any(lex.cue(t) is not None for t in toks[k:x_end]) \
        and not _said_before_in_sentence(finder, i)
    if speaker is not None and (speaker.entity in finder.source_entities and not agency_alone or (
            speaker.entity is None and lex.has("speech_noun", toks[k], SPEECH_NOUN_PREFIXES)
            and not lex.has("title", toks[k], TITLE_WORD_PREFIXES))):
        # "بحسب التصريحات": a statement, not a speaker; "بحسب ما نقلته وكالة X عن فلان": the agency
        # is the channel (its `via`). Alone ("...، حسب وكالة «رويترز»") the agency is the source
        speaker = None
    if speaker is None and sources and sources[0].entity.id in finder.source_entities and agency_alone \
            and not any(t.is_word and len(t.key) > 2 and not finder.lex.has("outlet", t, SPEECH_NOUN_PREFIXES)
                        for t in toks[k : finder.tok_at(sources[0].start)]):
        speaker = finder.ref(sources[0])  # "...، حسب وكالة «رويترز»": the agency named at once
    issued = next((n for n in range(k, x_end) if toks[n].key in ISSUED_WORDS), None)
    if speaker is None and issued is not None:
        # "وفقا للبيان الصادر من الاتحاد ...": the statement is the body's that issued it
        issuer = next((r for r in finder.mentions_between(toks[issued].end, toks[x_end - 1].end)
                       if r.entity.type in ("PER", "ORG")), None)
        speaker = finder.ref(issuer) if issuer is not None else None
    cue_span = Span(toks[i].start, toks[i].end, toks[i].text)
    if clause and not lex.is_comp(toks[nx]) and nx + 1 < hi and _new_statement_verb(finder, nx + 1) \
            and _speaker_named_after(finder, nx + 1, hi):
        # "ووفقا لـ«رويترز»، فقد ذكر فلان أن ...": the verb and its speaker carry the statement, X is
        # the channel ("وحسب مصادر أمنية، فقد أشارت الحصيلة إلى ...": a tally, the sources' words)
        return None
    if clause:
        cand = QuoteCandidate("indirect", 0, 0, toks[i].start, cue_span, speaker, True, i)
        if nx + 1 in quote_at:
            governed.setdefault(quote_at[nx + 1].open, cand)
            return None
        start = lex.clause_start_after_comp(toks[nx]) if lex.is_comp(toks[nx]) else toks[nx].end
        cand.start, cand.end = trim_span(finder, start, clause_end(finder, nx + 1))
        return cand
    if quote_before is not None:
        # ("«...»، حسبما أعلن X، موضحا أن ...": the participle after X carries a statement of its own)
        governed.setdefault(quote_before.open, QuoteCandidate("direct", 0, 0, toks[i].start, cue_span, speaker, True, i))
        return None
    if nx < hi and lex.cue(toks[nx]) is not None and not (i > lo and _new_statement_at(finder, nx)):
        return None  # "وبحسب تقرير تاس، قال ...": the verb carries the quote (after the statement, "وقال" opens the next)
    if inner is not None and not clause and not _reports_itself(finder, lo, toks[i].start) and not _reports_itself(finder, i + 1, toks[hi - 1].end) \
            and not _said_before_in_sentence(finder, i):
        # "يصبح بإمكانها، وفق فلان، التقدم نحو ..."، "وارتفع الإنفاق حسب التقرير بواقع 5%": an attribution
        # inside its sentence gives the whole sentence to the source
        start, end = trim_span(finder, toks[lo].start, clause_end(finder, inner))
        if speaker is None and not sources and surname is None:
            speaker = finder.span_ref(toks[inner - 1].stem_start, toks[inner - 1].end)  # the document
        if end > toks[inner].start and len(finder.text[start:end].split()) >= NP_MIN_TOKENS:
            return QuoteCandidate("indirect", start, end, toks[i].start, Span(toks[i].start, toks[i].end, toks[i].text),
                                  speaker, True, i)
    # "...، بحسب X." closing a sentence: the sentence before it is the statement
    prev = toks[i - 1] if i > lo else None
    dash = prev is not None and (prev.text in "،," or not prev.text.strip("-–—ـ"))
    # with no comma only an explicit source ("... بحسب ما أكده X"، "... بحسب حصيلة للمرصد") closes a statement
    explicit = spoke or surname is not None or speech_noun_next or any(
        not any(t.is_word and len(t.key) > 2 for t in toks[k : finder.tok_at(r.start)])
        for r in sources)  # the source named at once ("وفقا لـ«X»"), not "وفقا لزاوية ميلان الجهاز"
    # (a figure before it too: "... حتى عام 2020 بحسب ما أعلن النادي")
    if not at_end or prev is None or not (dash or prev.text in "»”\"" or (explicit and (prev.is_word or prev.text[:1].isdigit()))):
        return None
    if prev.text in "»”\"":
        for q in quote_at.values():
            if q.close == prev.start:
                governed.setdefault(q.open, QuoteCandidate("direct", 0, 0, toks[i].start, cue_span, speaker, True, i))
        return None
    for b in range(lo, i):
        c = lex.cue(toks[b])
        if c is not None and c.form != "masdar" and not (
                c.flags & HOMOGRAPH_FLAGS and not c.prefix and b > lo and toks[b - 1].text not in "،,:"):
            return None  # the sentence has its own reporting verb ("عبر التلفزيون"، "وسيتم نقل": nouns)
        if b == lo and lex.is_according(toks[b]):
            return None  # "وحسب المصدر فإن ...، وفق المصدر نفسه.": the attribution that opened it holds
    start, end = trim_span(finder, toks[lo].start, prev.start if dash and not prev.is_word else toks[i].start)
    if len(finder.text[start:end].split()) < NP_MIN_TOKENS:
        return None
    return QuoteCandidate("indirect", start, end, toks[i].start, cue_span, speaker, True, i)


def _quoted_words_at(finder: SpeakerFinder, quote_at: dict[int, QuoteSpan], n: int) -> bool:
    """A quotation of a statement's length that closes its sentence opens at token n (not a name in
    quotation marks, "بحسب صحيفة «الوطن»"، "حسب موقع "سي إن إن بالعربية"")."""
    q = quote_at.get(n)
    if q is None or q.close is None:
        return False  # (a mark never closed after a source opens its name: "تقرير «مركز ...، فإن")
    if len(finder.text[q.start : q.end].split()) < QUOTED_STATEMENT_WORDS or finder.mentions_between(q.start, q.end):
        return False  # a name in marks ("بحسب «المرصد السوري لحقوق الإنسان»") is the source, not words
    after = finder.tok_at(q.close + 1)
    _, hi = finder.sent_tok_range(finder.sent_of(q.open))
    return after >= hi or finder.toks[after].text in SENTENCE_ENDS  # the quotation closes the sentence


def _inner_source_end(finder: SpeakerFinder, i: int, k: int, x_end: int, sources: list,
                      surname: SpeakerRef | None) -> int | None:
    """The token after the source of an attribution inside its sentence, when the source is named:
    a person or body the entity layer names (or a bare surname) set off by a comma ("، وفق عبدالرحمن،")
    or a document with its article, alone or after a findings noun ("حسب التقرير"، "حسب نتائج
    التقرير"); else None ("حسب الحاجة"، "وفق جدول زمني": nobody's words)."""
    toks, lex = finder.toks, finder.lex
    if (sources or surname is not None) and x_end < len(toks) and toks[x_end].text in "،," \
            and x_end - k <= SOURCE_NAME_WORDS:
        return x_end + 1
    d = k + 1 if k + 1 < x_end and lex.has("findings", toks[k], SPEECH_NOUN_PREFIXES) else k
    if d < x_end and toks[d].key.startswith("ال") and lex.has("document", toks[d], frozenset({"ال"})):
        return d + 1
    return None


def _bare_surname(finder: SpeakerFinder, k: int, according_key: str) -> SpeakerRef | None:
    """The one word closing "...، بحسب فال." when it is a person's surname: of a person named in
    full before, or a word no article, pronoun or function word marks as a common noun
    ("بحسب الحاجة"، "حسب رغبته"، "وفقا لذلك"، "بحسب دبلوماسيين" give nobody)."""
    tok = finder.toks[k]
    known = finder._surname_before(tok.start, tok.end)
    if known is not None or not tok.is_word:
        return known
    joined = not according_key.endswith(("حسب", "حسبما"))  # "وفقا لفلان"، "طبقا لفلان": after لـ
    stem = next((st for off, st in tok.splits if tok.key[: len(tok.key) - len(st)] == "ل"), None) if joined \
        else tok.key
    if stem is None:
        return None
    if len(stem) < 3 or stem.startswith("ال") or stem.endswith(PRONOUN_ENDINGS) or stem.isdigit() \
            or stem in DEMONSTRATIVES or finder.lex.is_stop(tok) or finder.lex.has("norm", tok, NORM_PREFIXES) \
            or finder.lex.has("speech_noun", tok, NORM_PREFIXES) or finder.lex.has("title", tok, NORM_PREFIXES) \
            or stem.endswith(PLURAL_ENDINGS):
        return None
    return finder.span_ref(tok.end - len(stem), tok.end)


def _verb_after_source(finder: SpeakerFinder, source, hi: int) -> int | None:
    """The token of a verb right after the source `source` (a closing quotation mark between at
    most) that opens the attributed clause, else None."""
    toks = finder.toks
    v = finder.tok_at(source.end)
    if v - finder.tok_at(source.start) > SOURCE_NAME_WORDS:
        return None
    if v < hi and toks[v].text in "»”\"":
        v += 1
    if v + 1 >= hi or not toks[v].is_word or toks[v].key.startswith(("ال", "وال")) \
            or toks[v].key.endswith(VERB_NOUN_ENDINGS) or not verb_shaped(toks[v].key) \
            or finder.lex.cue(toks[v]) is not None or finder.lex.is_stop(toks[v]) or finder.covering(v) is not None:
        return None
    return v


def _new_statement_verb(finder: SpeakerFinder, n: int) -> bool:
    """A reporting verb (not a homograph of a noun) at token n, past or present."""
    c = finder.lex.cue(finder.toks[n])
    return c is not None and c.form in ("past", "present") and not c.flags & HOMOGRAPH_FLAGS


def _speaker_named_after(finder: SpeakerFinder, v: int, hi: int) -> bool:
    """A person or a body named, or a title, right after the verb at v (past a quotation mark)."""
    n = v + 1
    if n < hi and finder.toks[n].text in "«\"“":
        n += 1
    if n >= hi:
        return False
    r = finder.mention_at_token(n)
    return (r is not None and r.entity.type in ("PER", "ORG")) or finder.lex.has("title", finder.toks[n], TITLE_PREFIXES)


def _new_statement_at(finder: SpeakerFinder, n: int) -> bool:
    """"...، بحسب ما أعلن النادي، وقال اللاعب ...": a reporting verb with its "و" after the comma
    opens the next statement, so the attribution closes the one before it."""
    c = finder.lex.cue(finder.toks[n])
    return c is not None and c.prefix == "و" and _new_statement_verb(finder, n)


def _contrast_at(finder: SpeakerFinder, n: int, hi: int) -> bool:
    """"...، بحسب المرصد، إلا أن الوزارة نفت ...": "but" after the comma opens the writer's next
    clause, so the attribution closes the statement before it ("لكن"، "إلا أن"، "غير أن")."""
    toks = finder.toks
    if toks[n].key in CONTRAST_WORDS:
        return True
    return toks[n].key in CONTRAST_BEFORE_COMP and n + 1 < hi and finder.lex.is_comp(toks[n + 1])


def _outlet_source(finder: SpeakerFinder, k: int, x_end: int) -> bool:
    """The source of tokens k..x_end is a news outlet ("وكالة الصحافة الفرنسية"، "موقع مكتبة ..."،
    a cited agency): the report of the news itself, not somebody's statement."""
    toks, lex = finder.toks, finder.lex
    if lex.has("outlet", toks[k], SPEECH_NOUN_PREFIXES):
        return True
    return any(r.entity.id in finder.source_entities
               for r in finder.mentions_between(toks[k].start, toks[x_end - 1].end))


def _reports_itself(finder: SpeakerFinder, v: int, end: int) -> bool:
    """The clause from token v to offset `end` has reporting or according-to words of its own
    ("..., نشرت صحيفة X تقول إن ...": its own statement, found from its own verb)."""
    lex, toks = finder.lex, finder.toks
    # ("تم الاتفاق بين ...": "between"; "أنها توصلت إلى طريقة": a verb of finding with no clause)
    return any(toks[k].is_word and (lex.is_according(toks[k]) or (
        (c := lex.cue(toks[k])) is not None and not c.flags & HOMOGRAPH_FLAGS
        and not (PREP_CLAUSE in c.flags and not prep_clause_near(finder, k))))
        for k in range(v, finder.tok_at(end)))


def _verb_opening(finder: SpeakerFinder, v: int, hi: int) -> int | None:
    """The token v when a verb opens a clause there (not a noun, a reporting word or a stop word),
    else None."""
    toks = finder.toks
    if v + 1 < hi and toks[v].key in BARE_CLAUSE_OPENERS:
        return v  # "تم"، "لن"، "هناك": short words the verb shapes miss
    if v + 1 >= hi or not toks[v].is_word or toks[v].key.startswith(("ال", "وال")) \
            or toks[v].key.endswith(VERB_NOUN_ENDINGS) or not verb_shaped(toks[v].key) \
            or finder.lex.cue(toks[v]) is not None or finder.lex.is_stop(toks[v]) or finder.covering(v) is not None:
        return None
    return v


def _said_before_in_sentence(finder: SpeakerFinder, i: int) -> bool:
    """"قال فلان؛ الشريك المؤسس، إن ...، حسبما نقلت وكالة X": a reporting verb before the
    attribution at token i in the same full sentence (not cut at "؛" or a colon) and paragraph;
    the words are his, the agency only passes them on."""
    toks, lex = finder.toks, finder.lex
    para = finder.paragraph_of(toks[i].start)
    b = i - 1
    while b >= 0 and toks[b].text not in SENTENCE_ENDS and finder.paragraph_of(toks[b].start) == para:
        cue = lex.cue(toks[b])
        if cue is not None and cue.form in ("past", "present", "participle") and not cue.flags & HOMOGRAPH_FLAGS:
            return True  # (not a homograph: "بين البلدين" is "between")
        b -= 1
    return False


def _relays(finder: SpeakerFinder, k: int, hi: int) -> bool:
    """Does the source named from token k pass on someone else's words ("بحسب ما نقلته وكالة X عن
    فلان"، "وفقا لوكالة X نقلا عن مصادر"): a relaying word ("عن"، "نقلا") before the sentence end?"""
    return any(t.key in RELAYING_WORDS for t in finder.toks[k:hi])


def _apposition_end(finder: SpeakerFinder, k: int, hi: int) -> int | None:
    """The comma closing a short description that opens at token k (", أحد منظمي الحملة،"), if any."""
    toks = finder.toks
    for m in range(k, min(hi, k + APPOSITION_MAX_WORDS + 1)):
        if toks[m].text in "،,":
            return m if m > k else None
        if (not toks[m].is_word and toks[m].text not in QUOTE_MARKS) or finder.lex.is_comp(toks[m]):
            return None  # (quotation marks around a name are part of it: "، عن «ذي غارديان»،")
    return None
