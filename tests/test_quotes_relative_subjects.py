"""A name before a relative pronoun that opens the reporting verb's clause ("الملا فلان الذي صرح")
is the verb's own subject, and the statements that go on after it are his; a one-word name the
entity layer missed or read as a place counts when the person's own honorific stands before it.
Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "نور الدين", [("نور الدين", "name")])]


def _speakers(body: str, ents=ENTS) -> list[str | None]:
    return [q.speaker.text if q.speaker else None for q in run(make_doc(body, ents=ents)).quotes]


def test_honorific_name_before_relative_speaks_and_goes_on():
    body = ("تولى نور الدين قيادة الحركة الأسبوع الماضي، لكن الخلافات برزت بين نور الدين ومعارضيه "
            "ومنهم شقيق الزعيم الراحل الملا عبدالجليل الذي صرح في تسجيل صوتي أن "
            "\"الأسرة لم تعلن ولاءها لأحد حتى الآن\". "
            "وأضاف \"نطلب من العلماء أن يحلوا الخلاف بين الطرفين\".")
    assert _speakers(body) == ["عبدالجليل", "عبدالجليل"]


def test_name_read_as_place_after_honorific_is_the_person():
    ents = ENTS + [("LOC", "عبدالجليل", [("عبدالجليل", "name")])]
    body = ("برزت الخلافات بين نور الدين ومعارضيه ومنهم الشيخ عبدالجليل الذي أكد في بيان أن "
            "\"العائلة لن تبايع أحدا قبل حل الخلاف\".")
    doc = run(make_doc(body, ents=ents))
    sp = doc.quotes[0].speaker
    assert sp is not None and sp.text == "عبدالجليل" and doc.text[sp.start:sp.end] == sp.text


def test_one_unknown_word_before_relative_without_honorific_is_no_name():
    body = ("برزت الخلافات بين نور الدين ومعارضيه ومنهم شقيقه قاسمان الذي صرح في تسجيل صوتي أن "
            "\"الأسرة لم تعلن ولاءها لأحد حتى الآن\".")
    assert _speakers(body) != ["قاسمان"]
