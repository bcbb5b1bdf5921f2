"""A paper called by a common word ("الشرق الأوسط", "الجزيرة", "الحياة", "الرياض") cited by construction.

Such a word names a paper only where the construction leaves no other reading: after a "ل" that
swallowed its article and received a statement ("وقال مصدر للشرق الأوسط إن"), as the maker of a
report ("في استطلاع أجرته الحياة"), after "علمت" and before what it learned ("وعلمت الحياة أن"),
after a feminine verb of saying with the words opening after it ("وذكرت الحياة أن"), or alone on
a credit line ("نقلا عن الجزيرة"). Elsewhere the word is the common one ("وقدم الشكر للجزيرة
العربية", "علمت الأسرة بالخبر").
"""

from __future__ import annotations

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.quotes.speech_lexicon import VERB_PREFIXES, SpeechLexicon
from marsad.layers.sources.complements import official_owner
from marsad.layers.sources.known_entities import person_or_place, shortens_a_body
from marsad.layers.sources.newsroom import AUDIENCES
from marsad.layers.sources.readings import SWALLOWED_ARTICLE
from marsad.layers.sources.recipients import COPY_STEPS, FROM, MOVEMENT, relayed, spoken_before
from marsad.layers.sources.words import MADE_BY, MADE_THINGS, QUOTES, SENTENCE_ENDS, is_nisba, stem_in
from marsad.lexicons import loader

TIME_WORDS = loader.keyed("source_words_unseen.tsv", "time_word", match_key)  # "اليوم": a paper or today
VISITS = loader.keyed("source_words_unseen.tsv", "visit", match_key)  # "زيارته للمدينة": the place visited
LEARNED_NEWS = frozenset({match_key("علمت")})  # the one newsroom verb a paper's common-word name follows
LEARNED_WHEN = frozenset(map(match_key, ("أمس", "مؤخرا", "مؤخراً")))  # "وعلمت الحياة أمس أن"
LEARNED_TIME_WORDS = 2  # time words between the paper's name and what it learned
LEARNED_FROM = match_key("من")  # "وعلمت الحياة من مصادرها"
CITED_GAP_WORDS = 2  # adjectives of origin and time words between a cited paper's name and its words
RELAYED_FROM = frozenset(map(match_key, ("نقلا", "نقلاً", "ونقلا", "ونقلاً")))  # "نقلا عن ..": taken from


def nicknames_said_to(toks: list[Token], taken: set[int], nicknames: PhraseTable[object],
                      lex: SpeechLexicon) -> list[tuple[int, int, object]]:
    """A paper called by a common word ("الشرق الأوسط", "الجزيرة") after a "ل" that swallowed
    its article, which received a statement: "وقال مصدر أمني للشرق الأوسط إن ..", "بحسب حديث
    المهندس .. للجزيرة.", or cited by an according word before a mark ("وفقا للألمانية."). Without
    these the words are common ones ("وقدم الشكر للجزيرة العربية")."""
    out = []
    for i in nicknames.starts_in(toks):
        tok = toks[i]
        if i in taken or not any(tok.key[: len(tok.key) - len(stem)] in SWALLOWED_ARTICLE for _, stem in tok.splits):
            continue
        if i > 0 and any(stem in MADE_THINGS for _, stem in toks[i - 1].splits):
            continue  # "قال استطلاع للرأي بأن": a poll of opinion, not the paper "الرأي"
        if official_owner(toks, i):
            continue  # "أعلن عبر القناة الرسمية للاتحاد أن": the club that owns the channel
        if i > 0 and toks[i - 1].key in VISITS | MOVEMENT:
            continue  # "في تصريحات خلال زيارته للمدينة، أن": the city he visited, not the paper told
        m = nicknames.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)) or m.key in AUDIENCES:
            continue  # "أن تقول للعالم إنها": the world, not the paper
        k = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].text in "،,")
        spoken = spoken_before(lex, toks, i, stop_at_comp=True)
        opens = k < len(toks) and (lex.is_comp(toks[k]) or toks[k].text == ":")  # not a mark: «.. للعالم»
        ends = k >= len(toks) or toks[k].text in SENTENCE_ENDS
        according = i > 0 and lex.is_according(toks[i - 1]) and (k >= len(toks) or toks[k].kind == "punct")
        if according or (spoken is not None and (opens or (ends and spoken == "interview"))):
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, m.tok_end))
    return out


def nicknames_made(toks: list[Token], taken: set[int], nicknames: PhraseTable[object]) -> list[tuple[int, int, object]]:
    """A paper called by a common word as the maker of a report or a poll right before it ("وفق
    تقرير نشرته الاقتصادية.", "في استطلاع أجرته الحياة"): the made thing and the verb of making
    with its pronoun make the word the paper's name ("صور نشرتها الوزارة" names no paper)."""
    out = []
    for i in nicknames.starts_in(toks):
        if i in taken or toks[i].key != toks[i].splits[0][1] or not made_by_verb(toks, i):
            continue
        m = nicknames.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)):
            continue
        if toks[i].key in TIME_WORDS and m.tok_end < len(toks) and toks[m.tok_end].is_word:
            continue  # "مقابلة نشرتها اليوم صحف محلية": the time of the making, its subject after it
        out.append((m.start, m.end, m.values[0]))
        taken.update(range(i, m.tok_end))
    return out


def nicknames_learned(toks: list[Token], taken: set[int], nicknames: PhraseTable[object],
                      lex: SpeechLexicon) -> list[tuple[int, int, object]]:
    """A paper called by a common word right after "علمت" and before what it learned, from
    whom or when ("وعلمت الحياة من مصادر أن", "علمت المدينة أن", "وعلمت الرياض اليوم أن"): the
    paper learned the news; a common word there is what someone else knew ("علمت الأسرة بالخبر")."""
    out = []
    for i in nicknames.starts_in(toks):
        if i == 0 or i in taken or toks[i].key != toks[i].splits[0][1]:
            continue
        if not stem_in(toks[i - 1], LEARNED_NEWS, VERB_PREFIXES):
            continue
        m = nicknames.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)):
            continue
        k = m.tok_end
        while k < len(toks) and k - m.tok_end < LEARNED_TIME_WORDS and toks[k].key in TIME_WORDS | LEARNED_WHEN:
            k += 1  # "وعلمت «..» اليوم أن", "علمت الحياة أمس من"
        if k < len(toks) and (lex.is_comp(toks[k]) or toks[k].key == LEARNED_FROM):
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, m.tok_end))
    return out


def nicknames_cited(doc: Document, toks: list[Token], taken: set[int], nicknames: PhraseTable[object],
                    lex: SpeechLexicon) -> list[tuple[int, int, object]]:
    """A paper called by a common word right after a feminine verb of saying or citing, the
    words opening after it ("وذكرت الحياة أن", "وقالت الشرق الأوسط إن", "ونقلت الحياة اللندنية
    عن مصادر"): a feminine verb makes the word a paper ("ذكر الاتحاد": the federation), and a
    place the text names so is a government that spoke ("وأكدت الرياض أن")."""
    out = []
    for i in nicknames.starts_in(toks):
        if i == 0 or i in taken or toks[i].key != toks[i].splits[0][1]:
            continue
        cue = lex.cue(toks[i - 1])
        if cue is None or cue.gender != "f" or cue.form not in ("past", "present") or "ambig" in cue.flags:
            continue
        m = nicknames.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)) or person_or_place(doc, m.start, m.end) or (
                shortens_a_body(doc, m.start, m.end)):
            continue
        k = m.tok_end
        while k < len(toks) and k - m.tok_end < CITED_GAP_WORDS and (
                is_nisba(toks[k], definite=True) or toks[k].key in TIME_WORDS | LEARNED_WHEN):
            k += 1  # "ونقلت الحياة اللندنية عن", "وذكرت الحياة اليوم أن"
        if k < len(toks) and (lex.is_comp(toks[k]) or toks[k].key == FROM and relayed(lex, toks, i)):
            out.append((m.start, m.end, m.values[0]))
            taken.update(range(i, m.tok_end))
    return out


def credit_lines(text: str, toks: list[Token], taken: set[int], nicknames: PhraseTable[object]) -> list[tuple[int, int, object]]:
    """A paragraph that is only "نقلا عن" and a paper called by a common word ("نقلا عن الجزيرة"
    closing an article): the credit of a piece taken from that paper."""
    out = []
    for i in nicknames.starts_in(toks):
        if i < 2 or i in taken or toks[i].key != toks[i].splits[0][1]:
            continue
        if not (toks[i - 1].key == FROM and toks[i - 2].key in RELAYED_FROM):
            continue
        m = nicknames.first_at(toks, i)
        if m is None or taken & set(range(i, m.tok_end)):
            continue
        line_start = text.rfind("\n", 0, toks[i - 2].start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : toks[i - 2].start].strip() or text[m.end : line_end].strip(" .:)-"):
            continue  # "قال نقلا عن الجزيرة إن ..": inside a sentence the word may be the island
        out.append((m.start, m.end, m.values[0]))
        taken.update(range(i, m.tok_end))
    return out


def made_by_verb(toks: list[Token], i: int) -> bool:
    """A verb of making with its pronoun right before token i ("نشرته", "أجرتها") and what was
    made a few words before it ("تقرير", "استطلاع"); not the made thing in construct with the
    word ("استطلاعات الرأي", "تقرير اليوم"), which common words complete as often as papers."""
    k = i - 1
    while k >= 0 and toks[k].text in QUOTES:
        k -= 1
    return k > 0 and toks[k].key in MADE_BY and any(
        t.is_word and any(stem in MADE_THINGS for _, stem in t.splits) for t in toks[max(0, k - COPY_STEPS - 2) : k])
