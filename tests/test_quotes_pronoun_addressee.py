"""A preposition with a pronoun between a reporting verb and its subject ("وقال له المدير فلان"،
"قالت عنه الشركة") names the one spoken to or about; the subject follows it. Every sentence is
written for these tests."""

from __future__ import annotations

from tests.test_quotes import make_doc, run

ENTS = [("PER", "محمد العتيبي", [("محمد العتيبي", "name")]),
        ("PER", "خالد الغامدي", [("خالد الغامدي", "name")])]


def _speakers(body: str) -> list[str | None]:
    doc = run(make_doc(body, ents=ENTS))
    return [q.speaker.entity if q.speaker else None for q in doc.quotes]


def test_subject_after_the_one_spoken_to():
    body = "زار الوزير محمد العتيبي المستشفى. وقال له المدير خالد الغامدي إن الأجهزة جديدة."
    assert _speakers(body)[-1] == "e2"


def test_subject_after_the_one_spoken_about():
    body = "زار الوزير محمد العتيبي المستشفى. وقال عنه المدير خالد الغامدي إنه داعم للمشاريع."
    assert _speakers(body)[-1] == "e2"


def test_no_subject_after_the_pronoun_keeps_the_one_before():
    body = "زار الوزير محمد العتيبي المستشفى. وقال له إن الأجهزة جديدة."
    assert _speakers(body)[-1] != "e2"


def test_honorific_pronoun_of_a_sheikh_is_the_one_named_before():
    # "فضيلته" names no one of its own: the imam named in the sentence before speaks
    ents = [("PER", "عبدالله المطيري", [("عبدالله المطيري", "name")])]
    body = ("وألقى خطبة الجمعة الشيخ عبدالله المطيري، وتناول فيها فضل العفو. "
            "وأكد فضيلته أن العفو من شيم الكرام.")
    doc = run(make_doc(body, ents=ents))
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.entity == "e1"


def test_each_of_those_named_speaks_the_first_named_first():
    # "كل من" ("each of") is no speaker: the names after it are
    body = "وفي جولة على الأسواق قال كل من خالد الغامدي ومحمد العتيبي إن الأسعار ارتفعت."
    assert _speakers(body)[-1] == "e2"
