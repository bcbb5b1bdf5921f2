"""Whether a violent trigger tells of an attack that happens now, or only names one.

PLOVER codes an ASSAULT when an actor uses force against a target at the time of the report. News
sentences name attacks in many other ways, each read here from words of the sentence:

- a figurative sense of the trigger word: "اعتدت أن أعيش" (got used to), "انفجر بالضحك" (burst
  out laughing): no event at all (lexicons/event_words.tsv `figurative`, the word right after, and
  `emotion`, a few words after);
- a death or an injury by a disaster or an accident: "قتل المئات في زلزال"، "مصرع ثلاثة في حادث
  سير": no one used force (`disaster`, a few words after the trigger, in its clause);
- an attack that is the object of an accusation, a confession, a trial or someone's part in it:
  "اتهمتهم بتفجير ..."، "اعترفوا بأنهم نفذوا ..."، "شارك في الهجوم على ...": the mode
  "background", the attack being told for what is said about it (`background`, before the trigger
  in its clause);
- victims counted over a span of time: "وقتل 76 صحافيا منذ بدء الحرب": the mode "generic", a tally
  rather than one act;
- a violent verb whose subject is a definite attack noun: "«الهجوم استهدف مدنيين»": a detail of an
  attack told elsewhere;
- a question ("لماذا قتل فلان؟"): the mode "hypothetical"; a present verb after the ل of purpose
  ("ليفجر نفسه"): the mode "planned";
- an attack named by a light verb with a definite noun: "الذين نفذوا الهجوم"، "قام بالاعتداء على
  ...": the attack is one the reader knows, told elsewhere;
- an attack whose nearest date lies two years or more before publication: "اغتيل عام 1981"، "في
  سبتمبر 1970 خطفت ...": the mode "historical", a retelling rather than a report; a dated
  line of a chronology ("ـ 12 يوليو 2005: جرح الوزير ...") still reports the event it dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.arabic.normalize import match_key
from marsad.arabic.phrases import PhraseTable
from marsad.arabic.tokens import Token
from marsad.document import Document
from marsad.layers.events.words import MODE_REACH, NEGATIONS, NOT_OCCURRING, TODAY, VIOLENT, Trigger
from marsad.layers.events.words import _strip_conjunction as _bare
from marsad.lexicons import loader

FIGURATIVE = loader.keyed("event_words.tsv", "figurative", match_key)
EMOTIONS = loader.keyed("event_words.tsv", "emotion", match_key)
# how far after a trigger a feeling may be named ("انفجر الحاضرون بالضحك")
EMOTION_REACH = 3
DISASTERS = loader.keyed("event_words.tsv", "disaster", match_key)
WARS = loader.keyed("event_words.tsv", "war", match_key)
# the words before a war in which a death happened ("في الحرب"، "خلال الحرب")
_DURING = frozenset(match_key(w) for w in ("في", "خلال", "أثناء", "اثناء"))
BACKGROUND = loader.keyed("event_words.tsv", "background", match_key)
TOLD_ATTACKS = loader.keyed("event_words.tsv", "told_attack", match_key)
HEARSAY = loader.keyed("event_words.tsv", "hearsay", match_key)
EXAMPLES = loader.keyed("event_words.tsv", "example", match_key)
BODIES = loader.keyed("event_words.tsv", "body", match_key)
# how far before a trigger a belief or a rumour may stand ("من المعتقد أنهم أصيبوا")
HEARSAY_REACH = 8
# "حتى الآن"، "حتى اليوم" a few words after a trigger: a count so far ("اعتدى القراصنة حتى الآن على ...")
UNTIL = match_key("حتى")
SO_FAR = frozenset(match_key(w) for w in ("الآن", "الان", "اليوم"))
UNTIL_REACH = 4
# words opening a clause of setting ("حيث قتلت في اعتداء"): where or when something else happened
SETTING = frozenset(match_key(w) for w in ("حيث",))
SETTING_REACH = 6
# how far after a trigger a disaster may be named ("قتل 16 ألف شخص في كارثة تسونامي")
DISASTER_REACH = 7
# how far before a trigger an accusation or a confession may stand ("اتهم الأربعة بأنهم أقدموا على تفجير")
BACKGROUND_REACH = 12
SINCE = match_key("منذ")
PARTITIVE = frozenset(match_key(w) for w in ("من", "عشرات", "مئات", "سلسلة", "سلسلة", "أحد", "احد", "إحدى", "احدى"))
THAT = frozenset(match_key(w) for w in ("أن", "ان", "إن"))
# words after which a light verb is its verbal noun ("الخيار الثالث فهو شن هجوم"، "بما في ذلك شن غارات")
NOMINAL_BEFORE = frozenset(match_key(w) for w in ("هو", "هي", "ذلك"))
# past verbs of managing that begin with ت ("تمكنت"): no present tense (lexicons/event_words.tsv "managed")
MANAGED = loader.keyed("event_words.tsv", "managed", match_key)
# after these, أن takes a verb ("بعد أن قتل")
THAT_VERB_AFTER = frozenset(match_key(w) for w in ("بعد", "قبل", "منذ", "حتى", "دون", "بدون"))
# how many nouns joined by و a governing word may reach ("من قتل وذبح وخطف")
CHAIN_REACH = 3
# how far after a trigger "منذ" makes it a tally ("قتل 76 صحافيا عراقيا منذ الغزو")
TALLY_REACH = 6
# how many years before publication a date makes its sentence a retelling
HISTORY_YEARS = 2
# how near a trigger (in characters) such a date stands
HISTORY_REACH = 60
# the characters a chronology line may open with before its date ("ـ 30 ديسمبر 2002: ...")
_LINE_MARKS = " -–—ـ*•\n"


def figurative(words: list[Token], end: int) -> bool:
    """Whether the words after a trigger (`end`: the index past it) give it a figurative sense: the
    next one ("اعتدت أن"), or a feeling a few words on ("انفجر الحاضرون بالضحك")."""
    if end < len(words) and (words[end].key in FIGURATIVE or _bare(words[end].key) in FIGURATIVE):
        return True
    for w in words[end : end + EMOTION_REACH]:
        if w.kind == "punct":
            return False
        if w.key in EMOTIONS or _bare(w.key) in EMOTIONS:
            return True
    return False


def by_disaster(words: list[Token], end: int) -> bool:
    """Whether a disaster or an accident is named a few words after a trigger, in its clause, or a
    war as where the death happened ("في الحرب")."""
    for k in range(end, min(len(words), end + DISASTER_REACH)):
        w = words[k]
        if w.kind == "punct":
            return False
        key = w.key
        if key in WARS and words[k - 1].key in _DURING:
            return True  # "قتل والداه في الحرب": a war's toll
        if key in DISASTERS or _bare(key) in DISASTERS or (key[:1] in "بل" and key[1:] in DISASTERS) \
                or (key[:2] in ("بال", "لل") and "ال" + key[3:] in DISASTERS):
            return True
    return False


def background(words: list[Token], i: int) -> bool:
    """Whether an accusation, a confession, a trial or a part taken stands before a trigger in its
    clause ("اتهم الأربعة بأنهم أقدموا على تفجير"، "اعترف بالمشاركة في خطف"، "شاركوا في الهجوم")."""
    return _listed_before(words, i, BACKGROUND, BACKGROUND_REACH)


def _listed_before(words: list[Token], i: int, listed: frozenset[str], reach: int) -> bool:
    """Whether a word of `listed` stands within `reach` words before `i`, in its clause."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        w = words[k]
        if w.kind == "punct":
            return False
        if w.key in listed or _bare(w.key) in listed:
            return True
    return False


def named_before(words: list[Token], i: int) -> bool:
    """Whether the nominal trigger (`i`) after a light verb names an attack the text has told: a
    definite noun ("هي التي نفذت الهجوم"، "قام بالاعتداء على ..."), not one of a count ("نفذ
    سلسلة من الغارات")."""
    if i and _bare(words[i - 1].key) in PARTITIVE:
        return False
    key = _bare(words[i].key)
    if key[:1] in ("ب", "ل") and key[1:3] == "ال":
        key = key[1:]
    return key.startswith(("ال", "لل"))


def so_far(words: list[Token], end: int) -> bool:
    """Whether "حتى الآن"/"حتى اليوم" stands a few words after a trigger in its clause: a count of
    acts so far ("لقد اعتدى القراصنة حتى الآن على سفن ..."), no one act."""
    for k in range(end, min(len(words) - 1, end + UNTIL_REACH)):
        if words[k].kind == "punct":
            return False
        if _bare(words[k].key) == UNTIL and words[k + 1].key in SO_FAR:
            return True
    return False


def hearsay(words: list[Token], i: int) -> bool:
    """Whether a belief, an allegation or a rumour stands before a trigger in its clause: "من
    المعتقد أنهم أصيبوا"، "حول مزاعم اغتصاب"، "وحسب شائعة فإن دبابة أطلقت": not told as fact."""
    return _listed_before(words, i, HEARSAY, HEARSAY_REACH)


def recalled(words: list[Token], i: int) -> str | None:
    """The mode of an attack its sentence recalls rather than reports, by what stands before it: an
    example, anywhere before it in the sentence ("وعلى سبيل المثال عندما ... قتلت"): "generic"; a
    body found, in its clause ("عثرت الشرطة على جثة رجل قتل ..."): "background", the killing
    inferred from a finding ("ترك جثث قتلاه، وقتلت الفرقة 27 عنصرا" reports a killing)."""
    clause = True
    for k in range(i - 1, -1, -1):
        w = words[k]
        if w.kind == "punct":
            clause = False
            continue
        key = _bare(w.key)
        if w.key in EXAMPLES or key in EXAMPLES:
            return "generic"
        if clause and (w.key in BODIES or key in BODIES or (key[:1] in "بل" and key[1:] in BODIES)):
            return "background"
    return None


def setting_clause(doc: Document, words: list[Token], i: int, sent_start: int) -> bool:
    """Whether an attack trigger stands in a clause of setting opened by "حيث" a few words before
    it, in a sentence that has reported no attack before it: "تبلغوا قرار الاتهام في روالبندي حيث
    قتلت بوتو في اعتداء": where the sentence's own news happened ("انفجرت سيارة في السوق حيث قتل
    خمسة" elaborates the attack reported; "حيث ذكرت أن ..." reports what was said)."""
    if any(e.type == "ASSAULT" and e.start == sent_start and e.mode not in NOT_OCCURRING
           for e in doc.events[-8:]):
        return False
    for k in range(i - 1, max(-1, i - 1 - SETTING_REACH), -1):
        w = words[k]
        if w.kind == "punct" or (w.key in THAT and not (k > 0 and _bare(words[k - 1].key) in SETTING)):
            return False  # "حيث ذكرت أن أربعة مدنيين قتلوا": what is said, reported ("حيث أن" is one word)
        if _bare(w.key) in SETTING:
            return True
    return False


def tally(words: list[Token], end: int) -> bool:
    """Whether a violent trigger counts victims over a span of time rather than reports an act:
    "منذ" a few words after it in its clause ("وقتل 76 صحافيا منذ بدء الحرب"، "خطف 12 عاملا منذ
    عام 2004"), in a sentence with no word of the day of the report ("أمس"؛ "في أسوأ هجوم منذ
    سنوات" of yesterday is an act)."""
    for w in words[end : end + TALLY_REACH]:
        if w.kind == "punct":
            return False
        if _bare(w.key) == SINCE:
            return not any(x.key in TODAY or _bare(x.key) in TODAY for x in words)
    return False


def attack_subject(words: list[Token], i: int) -> bool:
    """Whether the subject right before a violent verb is a definite attack noun, an attack the
    text has told: "«الهجوم استهدف مدنيين»"; the verb adds a detail of it ("في هجوم استهدف ..." is
    a report, its noun indefinite)."""
    return i > 0 and _bare(words[i - 1].key) in TOLD_ATTACKS


def asked(text: str, t1: int, end: int) -> bool:
    """Whether the sentence asks about the event rather than tells it: a question mark after the
    trigger ("لماذا قتل فلان؟"، "هل هاجمت القوات القرية؟"), not one of words quoted after a colon
    ("... وقال له: هل تريد ...؟")."""
    mark = text.find("؟", t1, end)
    return mark >= 0 and ":" not in text[t1:mark]


def purpose(w: Token, t0: int, key: str) -> bool:
    """Whether a present verb trigger carries the ل of purpose: "ليفجر نفسه"، "لتستهدف القافلة"
    (in order to), an act intended, not done."""
    attached = w.text[: t0 - w.start]
    return attached[-1:] == "ل" and key[:1] in ("ي", "ت", "ن")


def verbal_noun(words: list[Token], i: int, governs: Callable[[Token], bool], kept: list[int],
                starts: set[int]) -> bool:
    """Whether a verb-form trigger is its verbal noun by its place: the subject of أنّ ("رغم أن
    قتل الصحافية ترك ظلالا"; a verb after أن follows بعد/قبل: "بعد أن قتل"), or one of nouns joined
    by و after a governing word ("من قتل وذبح وخطف"، "بين قتل وخطف"; `governs` tells a governing
    word; each noun joined is a trigger: its token, `kept[k]`, is in `starts`)."""
    if i and words[i - 1].key in THAT:
        return not (i > 1 and _bare(words[i - 2].key) in THAT_VERB_AFTER)
    k = i
    for _ in range(CHAIN_REACH):
        if k == 0 or words[k].key[:1] != "و" or words[k - 1].kind == "punct":
            return False
        k -= 1
        if kept[k] not in starts or _bare(words[k].key).startswith("ال"):
            return False  # "عبروا الحدود من نيجيريا وقتلوا 12": joined to a clause, not to a noun
        if k > 0 and governs(words[k - 1]):
            return True
    return False


def dated_sentences(doc: Document) -> tuple[dict[int, list[tuple[int, int, bool]]], set[int]]:
    """The sentences told as past and as a chronology's lines, by index: (1) the spans of the date
    expressions of each sentence with a date HISTORY_YEARS or more before publication, each with
    whether it is so old, but for a chronology's lines; (2) the lines of a chronology, sentences opening with their date
    ("* 12 مارس 2005: اغتيال ..."، "29 أغسطس 2003 قتل نحو 80 شخصا"), each reporting the event it
    dates, in a nominal or a narrative present sentence too."""
    if not doc.published or not doc.dates:
        return {}, set()
    try:
        year = int(doc.published[:4])
    except ValueError:
        return {}, set()
    spans = sorted((sp.start, sp.end, d.value) for d in doc.dates if d.value and d.value[:4].isdigit()
                   for sp in d.all_spans())
    old: dict[int, list[tuple[int, int, bool]]] = {}
    lines: set[int] = set()
    if not spans:
        return old, lines
    for s_index, sent in enumerate(doc.sentences):
        # a date after "منذ" is where a span of time starts ("أول زيارة منذ 1959"), not when the event is
        inside = [sp for sp in spans if sent.start <= sp[0] < sent.end and not _after_since(doc.text, sp[0])]
        if not inside:
            continue
        if not doc.text[sent.start : inside[0][0]].strip(_LINE_MARKS):
            lines.add(s_index)
        elif any(int(value[:4]) <= year - HISTORY_YEARS for _, _, value in inside):
            old[s_index] = [(start, end, int(value[:4]) <= year - HISTORY_YEARS) for start, end, value in inside]
    return old, lines


def _after_since(text: str, start: int) -> bool:
    """Whether "منذ" (with "عام"/"سنة" after it) stands right before a date expression."""
    before = text[max(0, start - 12) : start].split()
    while before and before[-1] in ("عام", "العام", "سنة"):
        before.pop()
    return bool(before) and match_key(before[-1]) == SINCE


def historical(dates: list[tuple[int, int, bool]], t0: int, t1: int) -> bool:
    """Whether the date nearest a trigger (`t0`..`t1`), among a sentence's dates near it, is an old
    one: "في ديسمبر 2005 خطفت ..."، "اغتيل عام 1981"; a date far off in the sentence may date another
    clause ("الذي أطاحه انقلاب عام 2006"), and a recent date nearer the trigger dates it ("اغتيل عام
    1981 ... وقتل أمس")."""
    near = [(min(abs(t0 - end), abs(start - t1)), is_old) for start, end, is_old in dates
            if t0 - HISTORY_REACH <= end and start <= t1 + HISTORY_REACH]
    return bool(near) and min(near)[1]


@dataclass(slots=True)
class Dating:
    """What the dates of a document say of its sentences (`dated_sentences`)."""

    old: dict[int, list[tuple[int, int, bool]]] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, doc: Document) -> Dating:
        return cls(*dated_sentences(doc))


@dataclass(slots=True)
class Chain:
    """The mode of a sentence's last attack trigger, for the one joined to it by و: "ما يجري من قتل
    وذبح"، "نفى أن يكون قتل أو جرح" tell the second act as the first is told (a toll joined to a
    reported one, "أدى إلى مقتل 17 وجرح 14", is reported by its own words)."""

    end: int = -1  # the word past the last trigger
    mode: str | None = None

    def follow(self, words: list[Token], i: int, n: int, mode: str | None) -> str | None:
        """The mode of the trigger at `i` (`n` words): the last one's when it is joined to it by و
        within a few words (its victims between) and told as not done; then remembered."""
        joined = 0 <= i - self.end <= CHAIN_REACH + 1 and words[i].key[:1] == "و" and not any(
            w.kind == "punct" for w in words[self.end : i])
        if joined and mode is None and self.mode in NOT_OCCURRING:
            mode = self.mode
        self.end, self.mode = i + n, mode
        return mode


def no_force(words: list[Token], end: int, etype: str) -> bool:
    """Whether a violent trigger names no use of force: a figurative sense ("اعتدت أن"), a death by
    a disaster ("قتل المئات في زلزال")."""
    return etype in VIOLENT and (figurative(words, end) or (etype == "ASSAULT" and by_disaster(words, end)))


def told_mode(text: str, words: list[Token], i: int, n: int, t0: int, t1: int, trig: Trigger,
              sent_end: int, s_index: int, dating: Dating) -> str | None:
    """The mode of an event a sentence names without reporting it as done now, read from the words
    around its trigger (see the module's docstring), or None."""
    if trig.pos == "verb" and purpose(words[i], t0, trig.keys[0]):
        return "planned"  # "ليفجر نفسه": intended
    if asked(text, t1, sent_end):
        return "hypothetical"  # "لماذا قتل فلان؟": asked, not told
    if trig.type in VIOLENT and (tally(words, i + n) or so_far(words, i + n)):
        return "generic"  # "وقتل 76 صحافيا منذ بدء الحرب"، "اعتدى حتى الآن على": a tally, no one act
    if trig.type in VIOLENT and background(words, i):
        return "background"  # "اتهمهم بتفجير ..."، "شارك في الهجوم": told for what is said of it
    if trig.type == "ASSAULT" and hearsay(words, i):
        return "hypothetical"  # "من المعتقد أنهم أصيبوا"، "مزاعم اغتصاب": a belief or a rumour
    if trig.type == "ASSAULT" and (told := recalled(words, i)):
        return told  # "على سبيل المثال ... قتلت"، "عثر على جثة رجل قتل": an example, a finding
    if s_index in dating.old and historical(dating.old[s_index], t0, t1):
        return "historical"  # "اغتيل عام 1981": a retelling, not a report
    return None


def light_told(words: list[Token], v: int, i: int, reports: bool, mode: str | None,
               line: bool) -> tuple[bool, str | None]:
    """Whether a violent nominal trigger after its light verb (`v`) reports an attack, and its mode:
    a known attack ("الذين نفذوا الهجوم") reports none; a light verb with the ل of purpose ("جاء ليفجر
    نفسه قصد قتل ...") tells an intent; a present light verb with no word of the day ("يشنون هجمات"،
    "تقوم بقتل"), out of a chronology's line (`line`), tells a habit."""
    if reports and (named_before(words, i) or (v > 0 and _bare(words[v - 1].key) in NOMINAL_BEFORE)):
        reports = False  # "فهو شن هجوم بري"، "بما في ذلك شن ضربات": the light verb's noun, an option or a list
    light = _bare(words[v].key)
    if mode is None and light[:1] == "ل" and light[1:2] in ("ي", "ت", "ن"):
        return reports, "planned"
    if mode is None and not line and light[:1] in ("ي", "ت") and light not in MANAGED and not any(
            w.key in TODAY for w in words):
        mode = "generic"
    return reports, mode


def cue_mode(words: list[Token], i: int, mode_cues: dict[str, tuple[str, int]]) -> str | None:
    """negated / threatened / planned when a cue (lexicons/event_modes.tsv: cue -> (mode, how many
    words before the trigger it reaches)) stands before the trigger in its clause."""
    if i and _bare(words[i - 1].key) in NEGATIONS:  # "ولم تهاجم"
        return "negated"
    for back in range(1, MODE_REACH + 1):
        k = i - back
        if k < 0 or words[k].kind == "punct":
            return None
        cue = mode_cues.get(words[k].key) or mode_cues.get(_bare(words[k].key))
        if cue is not None and back <= cue[1]:
            return cue[0]
    return None


def present_tense(trig: Trigger, words: list[Token], i: int, triggers: PhraseTable[Trigger]) -> bool:
    """Whether a violent verb trigger is in the present tense ("يقتل"، "تستهدف", of which the
    lexicon has the ي form) with no time word of today in its sentence ("أمس"، "اليوم")."""
    key = trig.keys[0]
    if trig.pos != "verb" or len(trig.keys) > 1 or key[:1] not in ("ي", "ت") or not triggers.get("ي" + key[1:]):
        return False
    return not any(w.key in TODAY for w in words)
