"""Quarters of a year: "الربع الثاني من العام الجاري", "الربع الثالث من عام 2012".

Results, growth figures and forecasts are dated by quarter in economic news, and the annotators
value a quarter as `YYYY-Qn` (ISO 8601 / TIMEX3 style). The year is the one written after the
quarter: digits, "العام الماضي", "هذا العام", or "من العام" alone (this year). A quarter named
without its year ("الربع الثاني") is not reported: most gold sets leave it unsure or out, and its
year is a guess. Nor is "الربع الأخير" (the latest quarter before some date, or the fourth), nor
the quarter of a fiscal year, a century or a match. Halves ("النصف الأول من العام") keep their
year value.
"""

from __future__ import annotations

from marsad.layers.dates.grammar import MOD

# the ordinal of a quarter (match keys) -> its number
QUARTER_ORDINALS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
_ORD = "|".join(sorted(QUARTER_ORDINALS, key=len, reverse=True))
# the year nouns after a quarter, with the prepositions من and ل ("للعام" writes ل + ال as لل)
_YEAR_NOUN = r"(?:عام|العام|لعام|للعام|سنه|السنه|لسنه|للسنه)"
# a quarter and the year it belongs to (the year part optional: the handler wants one)
QUARTER_PATTERN = (
    rf"(?<!\w)(?P<cl>[وف]?[بلك]?)(?:ال|(?<=ل)ل)ربع\s+(?P<qo>{_ORD})(?!\w)"
    rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{_YEAR_NOUN}\s*)?(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*م(?!\w))?"
    # ("من العام المقبل 2016": the relative year spelled out by its number, kept in the span)
    rf"|\s+(?:من\s+)?(?:العام|السنه|للعام|للسنه|لعام|لسنه)\s+(?P<yrel>{MOD})(?!\w)(?:\s*(?P<y2>(?:19|20)\d\d)(?!\d)(?:\s*م(?!\w))?)?"
    rf"|\s+(?:من\s+)?(?P<ythis>هذا\s+العام|هذه\s+السنه)(?!\w)"
    # "من العام" alone is this year; "من العام المالي", "من العام الدراسي" are other years
    rf"|\s+(?:من\s+)?(?P<ythe>العام|السنه|للعام|للسنه)(?!\w)(?!\s*(?:ال\w|\d|[(«\"]))"
    rf")?"
)


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"
