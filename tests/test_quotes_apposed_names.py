"""A name the entity layer missed, right after the verb that opens a clause and set off by a comma
and a title ("كشف فلان الفلاني، وزير X، عن ..."), is the subject a pro-drop reporting word of that
clause or of the next sentence goes on with. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import speaker_texts

# the minister named in the second sentence is deliberately no entity (as when the tagger misses him)
ENTS = [("PER", "سالم الراشد", [("سالم الراشد", "name")])]


def _speakers(body: str) -> list[str | None]:
    return speaker_texts(body, ENTS)


def test_participle_after_a_clause_with_an_apposed_name():
    body = ("قال سالم الراشد إن الطرق ستفتح قريبا.\n\n"
            "من جهة أخرى، كشف نور الدين الهاشمي، وزير النقل أمس، عن خطة لصيانة الجسور، "
            "مؤكدا أن العمل سيبدأ الشهر المقبل.")
    assert _speakers(body)[-1] == "نور الدين الهاشمي"


def test_next_sentence_goes_on_with_the_apposed_name():
    body = ("قال سالم الراشد إن الطرق ستفتح قريبا.\n\n"
            "واستقبل ماجد العتيبي، محافظ المدينة، أمس وفدا من المقاولين. "
            "وقال إن المشاريع المتعثرة ستسحب من الشركات المتأخرة.")
    assert _speakers(body)[-1] == "ماجد العتيبي"


def test_no_title_after_the_comma_keeps_the_last_speaker():
    # "ونقلت الشاحنات، أمس، ..." : no name and no title in apposition; the minister goes on
    body = ("قال سالم الراشد إن الطرق ستفتح قريبا.\n\n"
            "ووصلت الشاحنات الأولى، أمس، إلى الموقع. وأضاف أن العمل سيستمر ليلا.")
    assert _speakers(body)[-1] == "سالم الراشد"
