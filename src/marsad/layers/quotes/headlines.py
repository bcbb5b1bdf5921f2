"""Headlines and subheadings of the form "Speaker: words" ("الوزير: ...") as direct quotes, and
headlines "Speaker + present reporting verb + noun phrase" ("الوزارة تنفي وجود ...") as indirect ones.

Apart from `patterns` because they read the title and one-line body paragraphs as a whole, not
the words around a cue, and carry their own checks: the outlet or person spoken to
("الوزير لـ«الصحيفة»:"), labels (section `headline_label` of the speech lexicon: "بروفايل: ..."،
"بالفيديو: ..."، "الطقس: ...") and place labels ("السودان: البشير يترأس ..."، "كينيا: 15 قتيلا ...")
are not the speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.document import Span, SpeakerRef
from marsad.layers.dates.tense import is_future_verb, is_present_verb
from marsad.layers.quotes.attribution import QUOTE_WORDS, SpeakerFinder
from marsad.layers.quotes.cue_checks import OBLIQUE_PLURAL_ENDING, OBLIQUE_PLURAL_MIN_LETTERS, PEOPLE_PLURALS
from marsad.layers.quotes.headline_persons import described_speaker, lead_person
from marsad.layers.quotes.issuers import IssuerFinder
from marsad.layers.quotes.patterns import HOMOGRAPH_FLAGS, QUOTE_MARKS, QuoteCandidate, trim_span
from marsad.lexicons.loader import words as word_list

if TYPE_CHECKING:
    from marsad.arabic.tokens import Token

HEADLINE_MAX_SPEAKER_WORDS = 6
SUBHEADING_MAX_WORDS = 20  # a subheading in the body is one short line
SUBHEADING_MIN_WORDS = 3
HEADLINE_BREAKS = ".|-–—،,!؟?"
HEADLINE_MIN_CONTENT_WORDS = 2  # "تنفي الشائعات" and longer: what the headline's speaker said
HEADLINE_SPEAKER_TYPES = ("PER", "ORG", "LOC")  # "واشنطن تتهم ...": a capital speaks for its government
TOLD_PREFIXES = frozenset({"ل", "لل"})  # "للرئيس"، "لنظيره": the one a headline's speaker spoke to
FORCE_SUBJECTS = word_list(QUOTE_WORDS, "force_subject")
VOICE_WORDS = word_list(QUOTE_WORDS, "voice_word")
FIRST_PERSON_ENDING = "نا"  # "أمننا"، "أهدافنا"، "احتجزنا": our, we (a name ending alike is a mention)
FIRST_PERSON_PREFIXES = ("ن", "سن", "ون", "وسن")  # "نبحث"، "سنحمي": we do, we will do
COUNTERPART = "نظير"  # match key of "counterpart", with its pronoun ("نظيره"، "نظيرته")
POSSESSIVE_ENDINGS = ("ها", "هم", "يه")  # "لموظفيها"، "لأنصارهم"، "لمواطنيه": a noun and its owner's pronoun
REPORT_PARAGRAPHS = 3  # a report a headline quotes is introduced, with its issuer, at the top of the body
TOLD_PEOPLE_PREFIX = "لل"  # "للمسؤولين"، "للقضاة": "to the" joined to a plural of people
ADDRESSEE_PREPOSITION = "ل"  # match key of "ل"/"لـ" written apart: "الوزير لـ«الصحيفة»: ..." (to the paper)
DATELINE_DASHES = "[-–—]"  # the dashes between a byline's parts
DATELINE_CHARS = 80  # "فهد الفهد - سبق - تربة:": the byline and place before the body's first colon
# nouns of a place before its name in the body ("محافظة تربة"، "بمدينة الخرمة"), as written
PLACE_NOUNS = ("محافظة", "مدينة", "مركز", "قرية", "بلدة", "منطقة", "مدينه", "محافظه")
ESCAPED_QUOTE = "&quot;"  # a quotation mark some outlets' titles carry still escaped as HTML: "&quot;الجوازات&quot;: ..."


def headline(finder: SpeakerFinder) -> list[QuoteCandidate]:
    """A title of the form "Speaker: words" (not "عاجل: ..."): a direct quote."""
    doc, toks = finder.doc, finder.toks
    title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
    colon = doc.text.find(":", 0, title_end)
    if colon <= 0:
        return []
    left = [t for t in toks if t.end <= colon]
    # "بعد الحادثة.. «الوزارة»: ...": the speaker is what follows the last break, marks aside
    cut = max((n + 1 for n, t in enumerate(left) if not t.is_word and not t.text.strip(HEADLINE_BREAKS)),
              default=0)
    left = [t for t in left[cut:] if t.text.strip(QUOTE_MARKS) and not _in_escaped_quote(doc.text, t)]
    left = left[: _addressee_at(finder, left)]
    right = [t for t in toks if colon < t.start < title_end and t.is_word]
    if not left or len(right) < 2 or len(left) > HEADLINE_MAX_SPEAKER_WORDS:
        return []
    if not all(t.is_word for t in left):
        return []
    issuer = None
    if finder.lex.has("report_label", left[0]):
        issuer = _report_issuer(finder, left[0])
        if issuer is None:
            return []  # "تقرير: ..." with no issuer named in the article: a label
    elif finder.lex.has("headline_label", left[0]):
        return []
    s, e = trim_span(finder, colon + 1, title_end)
    if s < e and doc.text[s] in "\"“”«»" and doc.text[e - 1] in "\"“”«»":
        s, e = s + 1, e - 1  # the whole headline statement in quotation marks
    if e - s < 3:
        return []
    if _place_label(finder, left, right, colon) or _unknown_place_label(finder, left, right):
        return []
    if _names_only(finder, right):
        return []  # "تصريح لاعبي النصر: محمد حسين والفريدي وعمر هوساوي": who spoke, not what was said
    speaker = issuer or next((finder.ref(r) for r in finder.mentions_between(left[0].start, left[-1].end)
                              if r.entity.type in ("PER", "ORG")), None)
    if speaker is None:
        speaker = finder.span_ref(left[0].start, left[-1].end, forward=True)
    if issuer is None and described_speaker(finder, left, speaker):
        # "خبير: ..." over "أكد الدكتور فلان أستاذ ...": the lead names who the title describes;
        # "رئيس مجلس الأمة:" is first the person its title stands next to in the text
        titled = finder.span_ref(left[0].start, left[-1].end, forward=True) if speaker and speaker.entity else None
        holder = finder.entities.get(titled.entity) if titled is not None and titled.entity else None
        speaker = titled if holder is not None and holder.type == "PER" else lead_person(finder, left[0]) or speaker
    return [QuoteCandidate("direct", s, e, colon, Span(colon, colon + 1, ":"), speaker, True)]


def _report_issuer(finder: SpeakerFinder, label: Token) -> SpeakerRef | None:
    """"تقرير: ..." over "أظهر تقرير صادر عن هيئة X"، "كشفت دراسة أجرتها جامعة Y"، "وأضاف التقرير
    الصادر عن شركة Z": the issuer named with the same document word in the first paragraphs of
    the body (after it, or as the subject of the verb that issued it) speaks the headline."""
    issuers = IssuerFinder(finder.lex, lambda f, s, e: SpeakerRef(None, s, e, f.text[s:e]))
    body = finder.tok_at(finder.doc.body_start)
    if body >= len(finder.toks):
        return None
    first = finder.paragraph_of(finder.toks[body].start)
    # "تقرير"، "والتقرير"، "أصدرت تقريرا"، "أصدرت الغرفة تقريرها"
    forms = (label.key, "ال" + label.key, label.key + "ا", label.key + "ها", label.key + "ه")
    for k in range(body, len(finder.toks)):
        t = finder.toks[k]
        if finder.paragraph_of(t.start) - first >= REPORT_PARAGRAPHS:
            break
        if t.is_word and any(st in forms for _, st in t.splits):
            named = issuers.issuer_named_with(finder, k)
            if named is not None:
                return named
    return None


def headline_report(finder: SpeakerFinder) -> list[QuoteCandidate]:
    """"الوزارة تنفي وجود إصابات جديدة"، "واشنطن تتهم X بعدم ...": a title opened by a named
    speaker and a present-tense reporting verb (the tense of headlines) with a noun phrase or a
    clause after it: an indirect statement, up to the first break ("..", "،"). Homographs and verbs
    with a clitic ("ويؤكد") are no headline's first verb."""
    doc, toks, lex = finder.doc, finder.toks, finder.lex
    title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
    if not title_end or ":" in doc.text[:title_end]:
        return []
    title = [t for t in toks if t.end <= title_end and not _in_escaped_quote(doc.text, t)]  # "&quot;الصحة&quot; تنفي"
    # the name opens the title, or follows an abbreviated title ("د. فلان يشيد ...")
    opening = title[2] if len(title) > 2 and _abbreviation_dot(title, 1) else title[0] if title else None
    for i, t in enumerate(title[: HEADLINE_MAX_SPEAKER_WORDS + 1]):
        if not t.is_word and not _abbreviation_dot(title, i):
            return []  # a break before any verb: no "speaker + verb" opening
        cue = lex.cue(t) if t.is_word else None
        if cue is None:
            continue
        nxt = title[i + 1] if i + 1 < len(title) else None
        comp = nxt is not None and lex.is_comp(nxt)
        if i == 0 or cue.form != "present" or cue.prefix or cue.flags & HOMOGRAPH_FLAGS \
                or not (cue.np or comp) or nxt is None or not nxt.is_word:
            return []
        named = [r for r in finder.mentions_between(title[0].start, title[i - 1].end)
                 if r.entity.type in HEADLINE_SPEAKER_TYPES and r.entity.id not in finder.source_entities
                 and r.start <= opening.end]
        if not named:
            return []  # the subject must open the title with a name ("الأمطار تكشف ..." names nobody)
        end = next((w.start for w in title[i + 1 :] if not w.is_word and w.text.strip(HEADLINE_BREAKS) == ""
                    and w.text.strip()), title_end)
        s, e = trim_span(finder, lex.clause_start_after_comp(nxt) if comp else nxt.start, end)
        if len(doc.text[s:e].split()) < HEADLINE_MIN_CONTENT_WORDS:
            return []
        return [QuoteCandidate("indirect", s, e, t.start, Span(cue.start, t.end, doc.text[cue.start : t.end]),
                               finder.ref(named[0]), True, i, gender=cue.gender)]
    return []


def _in_escaped_quote(text: str, t: Token) -> bool:
    """Is the token a piece ("&", "quot", ";") of a quotation mark left escaped as "&quot;"? The
    tokenizer splits it in three; the headline reads it as the mark it stands for."""
    lo = max(0, t.start - len(ESCAPED_QUOTE) + 1)
    k = text.find(ESCAPED_QUOTE, lo, t.end + len(ESCAPED_QUOTE) - 1)
    return k >= 0 and k <= t.start and t.end <= k + len(ESCAPED_QUOTE)


def _abbreviation_dot(title: list[Token], i: int) -> bool:
    """The dot of an abbreviated title before a name ("د. فلان"، "م. فلان")."""
    return title[i].text == "." and 0 < i < len(title) - 1 and title[i - 1].is_word and len(title[i - 1].key) == 1


def _addressee_at(finder: SpeakerFinder, left: list[Token]) -> int:
    """Where the outlet a headline's speaker spoke to begins ("محافظ المنطقة لـ«الصحيفة»:"،
    "الوزير للوكالة:"): a "لـ" written apart, or an agency cited with "ل" joined to it; len(left)
    when there is none."""
    for n, t in enumerate(left[1:], 1):
        if t.key == ADDRESSEE_PREPOSITION or t.key.startswith("ل") and finder.source_at(finder.tok_at(t.start)):
            return n
        if _told_person(finder, t) or _told_group(finder, t):
            return n
    return len(left)


def _told_group(finder: SpeakerFinder, t: Token) -> bool:
    """"دول الخليج لأميركا:"، "الوزارة لموظفيها:": a place with "ل" joined to it, or a noun with
    "ل" and a possessive pronoun ("لموظفيها"، "لأنصاره"; no body's name ends with one), is whom the
    headline's speaker addressed; "الشدوي مخاطبا الشباب:": a participle of speech says so too."""
    if finder.lex.has("addressing", t):
        return True
    if not t.key.startswith("ل"):
        return False
    if len(t.key) >= 5 and t.text.endswith(POSSESSIVE_ENDINGS):
        return True
    if t.key.startswith(TOLD_PEOPLE_PREFIX) and _unnamed(finder, t):
        # "الوزير للمعلمين:"، "قاضية للمحامين:": "to the" and a plural of people is whom the speaker
        # addressed (a body named for its members, "الجمعية للمعلمين", is a mention of its own)
        plural = "ال" + t.key[len(TOLD_PEOPLE_PREFIX):]
        if plural in PEOPLE_PLURALS or (plural.endswith(OBLIQUE_PLURAL_ENDING)
                                        and len(plural) >= OBLIQUE_PLURAL_MIN_LETTERS):
            return True
    return _told_entity(finder, t, "LOC")


def _unnamed(finder: SpeakerFinder, t: Token) -> bool:
    """No mention of the entity layer starts at or covers the token t."""
    i = finder.tok_at(t.start)
    return finder.mention_at_token(i) is None and finder.covering(i) is None


def _told_person(finder: SpeakerFinder, t: Token) -> bool:
    """"ولي العهد للرئيس المصري:"، "الوزير لنظيره:": a title or a person's name with "ل" joined
    to it is the one spoken to (a body's name may end with "لـ" and its purpose: "الهيئة للسياحة")."""
    if finder.lex.has("title", t, TOLD_PREFIXES) or any(
            t.key[: len(t.key) - len(st)] in TOLD_PREFIXES and st.startswith(COUNTERPART) for _, st in t.splits):
        return True
    return _told_entity(finder, t, "PER")


def _told_entity(finder: SpeakerFinder, t: Token, etype: str) -> bool:
    """Is a mention of type `etype` in the token right after its "ل"/"لـ" ("لنتنياهو"، "لأميركا")?"""
    i = finder.tok_at(t.start)
    r = finder.mention_at_token(i) or finder.covering(i)
    return r is not None and r.entity.type == etype and r.start > t.start and t.text[: r.start - t.start] in ("ل", "لـ")


def subheadings(finder: SpeakerFinder) -> list[QuoteCandidate]:
    """A subheading inside the body of the form "Name: words" (a paragraph of one short line with
    no full stop, after a named person or body and a colon): a direct quote, like a headline."""
    toks, text = finder.toks, finder.text
    out: list[QuoteCandidate] = []
    sents = finder.sents
    for n, sent in enumerate(sents):
        alone = (n == 0 or sents[n - 1].paragraph != sent.paragraph) and (
            n + 1 == len(sents) or sents[n + 1].paragraph != sent.paragraph)
        colon = text.find(":", sent.start, sent.end)
        if not alone or sent.start < finder.doc.body_start or colon < 0 or text[sent.end - 1] == "." \
                or len(sent.text.split()) > SUBHEADING_MAX_WORDS:
            continue
        left = [t for t in toks[finder.tok_at(sent.start) : finder.tok_at(colon)] if t.end <= colon]
        s, e = trim_span(finder, colon + 1, sent.end)
        if not left or len(left) > HEADLINE_MAX_SPEAKER_WORDS or not all(t.is_word for t in left) \
                or len(text[s:e].split()) < SUBHEADING_MIN_WORDS or text[s] in QUOTE_MARKS:
            continue
        named = [r for r in finder.mentions_between(left[0].start, left[-1].end)
                 if r.start <= left[0].stem_start and r.end == left[-1].end and r.entity.type in ("PER", "ORG")
                 and r.entity.id not in finder.source_entities]
        if named:
            out.append(QuoteCandidate("direct", s, e, colon, Span(colon, colon + 1, ":"), finder.ref(named[0]), True))
    return out


def _place_label(finder: SpeakerFinder, left: list, right: list, colon: int) -> bool:
    """"السودان: البشير يترأس اجتماعا ..."، "تونس: اعتقال مطلوب ..."، "الكاميرون: 20 قتيلا ...": a
    place naming where the news is, before a headline whose own subject (a named person or body),
    event noun or figure opens it, is a label, not a speaker."""
    place = [r for r in finder.mentions_between(left[0].start, left[-1].end)
             if r.start == left[0].start and r.end == left[-1].end]
    if not place or place[0].entity.type != "LOC":
        return False
    if finder.lex.has("content_head", right[0], frozenset({""})) or _figure(finder, colon + 1):
        return True
    if right[0].key in FORCE_SUBJECTS:
        return True  # "سوريا: قوات النظام تقصف ..."، "اليمن: المقاومة تدخل ...": what forces did there
    if any(r.start == right[0].start and r.entity.type in ("PER", "ORG")
           for r in finder.mentions_between(right[0].start, right[0].end + 40)):
        return True
    # "لبنان: حكومة سلام أمام مفترق"، "مصر: استنفار أمني ...": a place speaks only where its words
    # show a voice ("تركيا: لن نسمح ..."، "قطر: نرحب ..."); otherwise the place names where the news is
    return not _voiced(finder, right)


def _names_only(finder: SpeakerFinder, right: list[Token]) -> bool:
    """The headline's words after the colon are only people's names, joined by "و" or commas."""
    for t in right:
        r = finder.covering(finder.tok_at(t.start))
        if r is None:  # "وسعود الفريدي": a name that starts after the joined "و"
            r = next((m for m in finder.mentions_between(t.start, len(finder.text)) if m.start < t.end), None)
        if r is None or r.entity.type != "PER":
            return False
    return True


def _unknown_place_label(finder: SpeakerFinder, left: list, right: list) -> bool:
    """"تربة: وفاة شخصين في حادث ..."، "الخرمة: ضبط مخالفين ...": one word the entity layer does not
    name, which the body shows to be a place (the last part of the dateline before the body's first
    colon, "فلان - سبق - تربة:", not the reporter's name before it; or a place noun before it in the
    body, "محافظة تربة"), is where the news is, unless the headline's words show a voice (a place
    may speak: "تركيا: لن نسمح ...")."""
    if len(left) != 1 or finder.mentions_between(left[0].start, left[0].end):
        return False
    word = left[0].text.strip(QUOTE_MARKS)
    text, body = finder.text, finder.doc.body_start
    head = text[body : body + DATELINE_CHARS]
    dateline = head[: head.find(":")] if ":" in head else ""
    place = word in re.split(DATELINE_DASHES, dateline)[-1].split() or any(
        f"{noun} {word}" in text[body:] for noun in PLACE_NOUNS)
    return place and not _voiced(finder, right)


def _voiced(finder: SpeakerFinder, right: list[Token]) -> bool:
    """Do the headline's words after the colon read as somebody's words: a first-person pronoun or
    verb ("نحن"، "أمننا"، "نرفض"، "سنحمي"), a negation, a future verb or a modal ("لن"، "يجب"،
    "ستصبح"), a present verb of stance ("ليبيا: الحكومة ترفض ...") or a complementiser ("من المؤسف أن")? (A quotation mark is no sign: "تركيا: إبطال عبوة بجانب مقر حزب «العدالة»" quotes a name.)"""
    for t in right:
        key = t.key
        if key in VOICE_WORDS or key.removeprefix("و") in VOICE_WORDS or is_future_verb(key.removeprefix("و")) \
                or finder.lex.is_comp(t):
            return True  # ("اليابان: من المؤسف أن ...": a clause of a view)
        if finder.covering(finder.tok_at(t.start)) is not None:
            continue  # a name ending in "نا" ("فيينا") is no "our"
        if len(key) > 3 and key.endswith(FIRST_PERSON_ENDING):
            return True
        for prefix in FIRST_PERSON_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix) + 2 and is_present_verb("ي" + key[len(prefix):]):
                return True
    return False


def _figure(finder: SpeakerFinder, start: int) -> bool:
    """Does the headline's content open with a figure ("20 قتيلا"، "67 مليار ريال"، "«24» شوال")?
    A place's statement opens with words; a count opening it is the news of the place."""
    text = finder.text
    while start < len(text) and text[start] in QUOTE_MARKS + " ":
        start += 1
    return start < len(text) and text[start].isdigit()
