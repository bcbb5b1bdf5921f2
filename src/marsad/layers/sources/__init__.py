"""Cited sources: the news agencies and outlets a text names as the origin of its content.

A name alone is not a citation ("won a prize from Reuters" cites nobody), so an agency or
outlet counts only inside a citing construction:

- a citing verb or a reporting verb with the outlet as subject or channel ("ونقلت سبوتنيك عن",
  "ذكرت صحيفة الميرور", "وأوضحت وكالة «معاً»", "حسبما نقلت «رويترز»");
- an "according to" word before it ("وبحسب تقرير تاس", "وفقاً لما نقلته وكالة ...", "نقلاً عن");
- an interview, a call or a talk ("في مقابلة مع سي ان ان", "في اتصال هاتفي مع وكالة رويترز",
  "تحدثوا مع رويترز"), a question it asked ("ردا على أسئلة وكالة ...");
- what the outlet obtained or was sent ("معلومات حصلت عليها وكالة ...", "بيان وصلت نسخة منه إلى ...");
- the outlet as subject of a citing verb after its name ("وكانت وكالة رويترز قد ذكرت");
- the outlet that received a statement ("قال مسؤول أمني لوكالة ...", "في تصريح لـ«صحيفة ...»",
  "وأضاف لـ«...»"): cited, but not the speaker (the quote layer puts it in `via`);
- a tag: a dateline ("الرياض - واس", "موسكو (رويترز) -"), an agency code in brackets or quotation
  marks between sentences or at a paragraph edge ("(أ ف ب)", "... الأسعار. «رويترز»"), the bare
  last word of a paragraph ("... م واس");
- a credit line ("المصدر: «..»") and a headline's recipient ("وزير الخارجية لـ«..»: ..."), read by
  `credits.py`; a verb of saying with an object pronoun counts as the bare verb ("بحسب ما قاله
  مسؤولون لوكالة ..", "خسائر قدرتها صحيفة ..").
KB outlets are matched by their English names too ("وقالت CNN", "(AFP)"), and an acronym in Latin
capitals the KB does not list right after a verb of news-telling ("وذكرت NHK"): `latin.py`.

A paper called by a common word ("الشرق الأوسط", "الجزيرة") counts after a "ل" that swallowed its
article when it received a statement ("وقال مصدر للشرق الأوسط إن") or after an according word
("وفقا للألمانية."). A title or honorific before the name makes it a person's ("البروفيسور واس"); a
plain noun before it makes it that noun's complement ("أن سوق عكاظ", "لسوق عكاظ", "«سوق عكاظ»", "المؤشر فايننشال
تايمز 100"), and an outlet word with adjectives of origin only names no outlet ("الصحيفة الإسبانية").
A name opens a title rather than tagging it when words follow it on its line ("«..» الأولى في"),
and a name right after a complementiser is the statement's subject, not the verb's ("وأضاف أن
«..» تلعب دورا").
Agencies and outlets of the actor KB are matched by alias and linked to their entity (added to
`doc.entities` when the entity layer did not produce it); outlets missing from the KB are
recognised by construction (`outlets.py`); a website's transliterated name under a citing word
("وأفاد موقع هوليوود ريبورتر") by `websites.py`, which also knows bodies named like outlets ("وكالة
ناسا"); words said in a talk or a reply ("وتحدث لمراسل وكالة ..", "في رد مكتوب لوكالة ..") and a
name opening quoted words ("وقال “قناة .. القذرة”", no source) by `talk.py`; an outlet named without
a citation and cited later by a bare definite outlet word ("وتقول الوكالة") by `back_reference.py`;
what an outlet did itself to get the news ("وعلمت «..» أن", "تواصلت «..» مع", "اتصال هاتفي أجرته معه
قناة ..") by `newsroom.py`; a paper called by a common word, or a Gulf site the KB lacks, in marks
and cited ("لـ«الوطن»", "علمت «عين اليوم»", "من بينها «العربية»") by `quoted_names.py` (the
publishing paper naming itself is among them: an optional source in the guide, and the outlet a quote
was given to); a paper in brackets with the date of its issue ("(صحيفة .. 25/6/2015م)") by `references.py`. How a name may begin inside a word (its proclitics, an
acronym's article) is read by `readings.py`; where a name stands in its paragraph, which makes it a
tag, by `placement.py`.

`layer.py` holds the layer itself, which runs these readers in turn; whether a citing construction
governs a KB name is decided by `citing.py`, with the outlet that received the words or a copy in
`recipients.py`, a name completing a noun in `complements.py`, tags and datelines in `tags.py`, and
what the entity layer found at a span in `known_entities.py`; papers called by a common word are
read by `nicknames.py`, a body's own magazine by `publications.py`, and `linking.py` links each
source to its entity.
"""

from marsad.layers.sources.layer import SourceLayer

__all__ = ["SourceLayer"]
