"""Answers of a question-and-answer interview: each answer is the interviewee's own words.

Interviews are printed as question paragraphs ("• كيف تقرأ ...؟"، "ماذا تقرأ في ...؟") each
followed by the answer ("•• نحن ..."، "ـ خرجت منذ زمن ..."، or a plain paragraph). No reporting
verb introduces the answers, so the cue-driven patterns find none of them. An article is read as
an interview only when its questions are marked as such (a bullet or "س:" before the question, a
double bullet, a dash or "ج:" before the answer) or when it calls itself one ("في حوار"، "وإلى نص
اللقاء") and has at least `MIN_PLAIN_PAIRS` question-answer pairs: a column's rhetorical
questions are followed by the writer's own words, not by an answer.

The speaker is whoever the lead paragraphs (the statements before the first question: "وقال في
حواره لـ«عكاظ» إن ...") and the headline quote most often, as resolved for those statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.document import SpeakerRef
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.interviewee_choice import lead_interviewee
from marsad.layers.quotes.patterns import QuoteCandidate, trim_span

QUESTION_ENDS = ("؟", "?")
QUESTION_MAX_WORDS = 60    # a longer paragraph ending in "؟" is an argument, not an interviewer's question
MIN_MARKED_PAIRS = 2       # question-answer pairs when the paragraphs carry interview marks
MIN_PLAIN_PAIRS = 3        # pairs when only a word of the lead says it is an interview
SENTENCE_OPENING_MARKS = "•ـ-–—:ج/«\"“ "  # an answer's marks before its first word ("ج: "، "ـ ")
SENTENCE_OPENERS = frozenset({"وقد", "لقد", "كما", "ولقد"})  # words before a verb opening a sentence
ANSWER_MIN_WORDS = 4       # "نعم." alone is an answer we cannot anchor
# marks before a question ("• "، "س: "، "س/") and before an answer ("•• "، "ـ "، "- "، "ج: ")
_QUESTION_MARK = re.compile(r"^\s*(?:•(?!•)|\*(?!\*)|س\s*[:/-])\s*")
_ANSWER_MARK = re.compile(r"^\s*(?:••|\*\*|[ـ–—-]|ج\s*[:/-])\s*")
# the article calls itself an interview (match on the raw text: these words have no clitics here)
_INTERVIEW_WORDS = re.compile(r"حوار|لقاء|مقابلة|حديثه|حديثها")


@dataclass(frozen=True, slots=True)
class _Paragraph:
    start: int
    end: int


def _paragraphs(text: str, start: int) -> list[_Paragraph]:
    out: list[_Paragraph] = []
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            out.append(_Paragraph(pos, end))
        pos = end + 1
    return out


def _is_question(text: str, p: _Paragraph) -> bool:
    words = text[p.start : p.end].strip()
    return words.endswith(QUESTION_ENDS) and len(words.split()) <= QUESTION_MAX_WORDS \
        and not _ANSWER_MARK.match(words)


def interview_answers(finder: SpeakerFinder, cands: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """The answers of the article's interview as direct quotes of the interviewee (`cands`: the
    statements found and resolved so far), or [] when the article is no interview."""
    text = finder.text
    paras = _paragraphs(text, finder.doc.body_start)
    pairs: list[tuple[_Paragraph, list[_Paragraph]]] = []
    for n, p in enumerate(paras):
        if not _is_question(text, p):
            continue
        answer: list[_Paragraph] = []
        for q in paras[n + 1 :]:
            if _is_question(text, q):
                break
            answer.append(q)
        if answer:
            pairs.append((p, answer))
    if not pairs:
        return []
    marked = sum(1 for q, a in pairs if _QUESTION_MARK.match(text[q.start : q.end])
                 or _ANSWER_MARK.match(text[a[0].start : a[0].end]))
    first_q = pairs[0][0].start
    lead = text[: first_q] + " " + finder.doc.title
    if not (marked >= MIN_MARKED_PAIRS or (len(pairs) >= MIN_PLAIN_PAIRS and _INTERVIEW_WORDS.search(lead))):
        return []
    speaker = lead_interviewee(finder, cands, first_q)  # the lead's most quoted, else the headline's
    if speaker is None:
        return []
    out: list[QuoteCandidate] = []
    for _, answer in pairs:
        first = answer[0]
        m = _ANSWER_MARK.match(text[first.start : first.end])
        start = first.start + (m.end() if m else 0)
        start, end = trim_span(finder, start, answer[-1].end)
        if len(text[start:end].split()) < ANSWER_MIN_WORDS:
            continue
        _own_verbs(finder, cands, start, end, speaker)
        first_sentence_end = finder.sents[finder.sent_of(start)].end
        if any(start <= c.pos < first_sentence_end for c in cands):
            continue  # "ويجيب عن هذا السؤال فلان: ...": the answer names its own speaker
        out.append(QuoteCandidate("direct", start, end, start, None, speaker, True))
    return out


def _own_verbs(finder: SpeakerFinder, cands: list[QuoteCandidate], start: int, end: int, speaker: SpeakerRef) -> None:
    """"ج: أكدتُ مرارا أن ..."، "وقد أوضحتُ أن ...": a reporting verb opening a sentence of the
    answer [start, end) with no subject named in the answer is the interviewee's own (in the first
    person, written like the feminine "أكدت"): he is its speaker, whoever spoke before."""
    text = finder.text
    for c in cands:
        if not start <= c.pos < end or c.cue_tok is None \
                or c.speaker is not None and c.speaker.start >= start:
            continue
        sent_start = max(start, finder.sents[finder.sent_of(c.pos)].start)
        opening = text[sent_start : finder.toks[c.cue_tok].start]
        if all(not w.strip(SENTENCE_OPENING_MARKS) or w in SENTENCE_OPENERS for w in opening.split()):
            c.speaker = SpeakerRef(speaker.entity, speaker.start, speaker.end, speaker.text)
