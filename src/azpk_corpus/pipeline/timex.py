"""Dates as stated, with TIMEX3-style values: a small regex layer that never guesses.

Date libraries fill a missing year from today's date; here "27 September" stays
``XXXX-09-27``, "the 1990s" is ``199X``, "(1992-1994)" is ``1992/1994``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import DateMod, Granularity

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FOREIGN_MONTHS: dict[str, int] = {
    name: number
    for names in (
        "januar februar märz april mai juni juli august september oktober november dezember",  # de
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # fr
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",  # es
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # pt
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # it
        "januari februari maart april mei juni juli augustus september oktober november december",  # nl
        "januari februari mars april maj juni juli augusti september oktober november december",  # sv
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",  # tr
        "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",  # az
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",  # pl
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",  # ru
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",  # uk
        "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",  # ur
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",  # ar
    )
    for number, name in enumerate(names.split(), 1)
}
"""Month names of the languages the stoplists cover, as a date prints them after its day ('19 mars 2024',
'19. März 2024', '19 de marzo de 2024', '24 сентября 2018'). Read only in a full day-month-year date:
alone they are words too ('Mars', 'mayo')."""
_FOREIGN_MONTH = "(?i:" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH = (
    r"(?P<{0}>(?:"
    + "|".join([_MONTH_NAMES, _MONTH_ABBREVIATIONS, _MONTH_NAMES.upper(), _MONTH_ABBREVIATIONS.upper()])
    + r")\b\.?)"
)
"""An English month, capitalised or in capitals ('MARCH 3, 2023' in a dateline): 'may' in lower case is a verb."""
_NO_YEAR = frozenset({"dm_range", "md_range", "md", "dm"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
"""Arabic-Indic and Urdu/Persian digits ('۳ مارچ ۲۰۲۳'), read as the ASCII digits they are; one character each."""
_ARABIC_DIGIT = re.compile("[٠-٩۰-۹]")
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>1[5-9]\d\d|20\d\d|2100)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "twenty-first": 21}  # fmt: skip


def _p(template: str, *names: str) -> str:
    return template.format(*names)


# Ordered: longer, more specific forms first; a later match may not overlap an earlier one.
_JOIN = r"\s*(?:[-–—]|\bto\b|\band\b|\buntil\b)\s*"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # Two day-month dates joined by a dash, 'to' or 'and': one mention stating a range.
        (
            "dm_range",
            r"\b" + _p(_DAY, "d") + r"\s+" + _p(_MONTH, "m") + _JOIN
            + _p(_DAY, "d2") + r"\s+" + _p(_MONTH, "m2") + r"(?:,?\s+" + _p(_YEAR, "y") + r"\b)?",
        ),
        (
            "md_range",
            r"\b" + _p(_MONTH, "m") + r"\s+" + _p(_DAY, "d") + _JOIN
            + _p(_MONTH, "m2") + r"\s+" + _p(_DAY, "d2") + r"\b(?:,?\s+" + _p(_YEAR, "y") + r"\b)?",
        ),
        ("iso", r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?:\b|(?=T\d\d:\d\d))"),
        ("dmy_num", r"\b(?P<d>[0-2]?\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>1[5-9]\d\d|20\d\d)\b"),
        # Year first, as Chinese, Japanese and Korean pages write it: '2024年3月19日', '2024년 3월 19일',
        # '2024.03.19', '2024/03/19'. Digits, not a word boundary, delimit it: ideographs are word characters.
        (
            "ymd_cjk",
            r"(?<!\d)(?P<y>1[5-9]\d\d|20\d\d)\s*[年년]\s*(?P<m>0?[1-9]|1[0-2])\s*[月월]\s*(?P<d>[0-2]?\d|3[01])\s*[日일]",
        ),
        ("ymd_num", r"(?<![\d./])(?P<y>1[5-9]\d\d|20\d\d)(?P<sep>[./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>[0-2]?\d|3[01])(?![\d./])"),
        ("slash", r"\b(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>1[5-9]\d\d|20\d\d)\b"),
        ("mdy", r"\b" + _p(_MONTH, "m") + r"\s+" + _p(_DAY, "d") + r",?\s+" + _p(_YEAR, "y") + r"\b"),
        # '3 March 2024', '3rd of March, 2024', and '03-Mar-2024' as logs and some news sites print it
        ("dmy", r"\b" + _p(_DAY, "d") + r"(?:\s+(?:of\s+)?|-)" + _p(_MONTH, "m") + r"(?:,?\s+|-)" + _p(_YEAR, "y") + r"\b"),
        (
            "dmy_intl",
            r"\b(?P<d>[0-3]?\d)\.?\s+(?:de\s+)?(?P<m>" + _FOREIGN_MONTH + r")\.?,?\s+(?:de\s+)?" + _p(_YEAR, "y") + r"\b",
        ),
        ("year_range", r"\b" + _p(_YEAR, "y") + r"\s*[-–—/]\s*" + _p(_YEAR, "y2") + r"\b"),
        ("between", r"\b(?:between|from)\s+" + _p(_YEAR, "y") + r"\s+(?:and|to|until)\s+" + _p(_YEAR, "y2") + r"\b"),
        ("my", r"\b" + _p(_MONTH, "m") + r",?\s+(?:of\s+)?" + _p(_YEAR, "y") + r"\b"),
        ("md", r"\b" + _p(_MONTH, "m") + r"\s+" + _p(_DAY, "d") + r"\b(?!\s*(?:%|percent))"),
        ("dm", r"\b" + _p(_DAY, "d") + r"\s+(?:of\s+)?" + _p(_MONTH, "m")),
        ("decade", r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]*)?(?P<y>1[5-9]\d0|20\d0)[’']?s\b"),
        (
            "century",
            r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[-\s]+)?(?P<c>\d{1,2}(?:st|nd|rd|th)|"
            + "|".join(_ORDINALS)
            + r")[-\s]+century\b",
        ),
        # A year glued to a preposition by a lost space ("in2005"): only the digits are the mention.
        ("glued_year", r"\b(?:in|since|by|from|until|of)(?P<y>1[5-9]\d\d|20\d\d)\b"),
        ("year", r"(?<![\w$€£.,-])" + _p(_YEAR, "y") + r"(?![\w%-]|[.,]\d)"),
    )
)  # fmt: skip
_MAY_HOLD = re.compile(r"\d|century|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
"""What every pattern needs (a digit, a month's name, or 'century' for spelled centuries): text without it
holds no date, and most lines of a page and a third of the sentences of a body are skipped with one search."""
_MONTH_ONLY = re.compile(
    r"\b(?:in|of|during|since|until|by|from|early|late|mid-?)\s+" + _p(_MONTH, "m") + r"(?!\s+\d)", re.IGNORECASE
)
_COUNT_AFTER_YEAR = re.compile(r"\s+(?!and\b|or\b|to\b|the\b|was\b|were\b|is\b|when\b|as\b|after\b|before\b)[a-z]+")
# TIMEX3 mods read from the words right before a mention ('around 1990', 'since 2012', 'before May 2020').
_MOD_BEFORE = re.compile(
    r"\b(?P<w>around|about|circa|c\.|approximately|roughly|nearly|almost|before|prior to|until|till|by|"
    r"after|following|since|from|as early as|as late as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MOD_CODES: dict[str, DateMod] = {
    "around": "approx", "about": "approx", "circa": "approx", "c.": "approx", "approximately": "approx",
    "roughly": "approx", "nearly": "approx", "almost": "approx", "before": "before", "prior to": "before",
    "until": "before", "till": "before", "by": "before", "as late as": "before", "after": "after",
    "following": "after", "since": "since", "from": "since", "as early as": "after",
}  # fmt: skip
_PART_MODS: dict[str, DateMod] = {"early": "start", "mid": "mid", "late": "end"}
_PART_BEFORE = re.compile(r"\b(?P<part>early|mid|late)[-\s]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Timex:
    """A date mention found in a text: offsets into that text, its TIMEX3 value and how it is stated."""

    start: int
    end: int
    value: str
    granularity: Granularity = "year"
    mod: DateMod | None = None
    range: tuple[str, str] | None = None


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _day_value(year: str | None, month: int, day: int) -> str | None:
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}" if _valid_day(month, day) else None


_NUMERIC_MONTH = frozenset({"iso", "dmy_num", "ymd_cjk", "ymd_num"})


def _value(kind: str, m: re.Match[str]) -> tuple[str, Granularity] | None:
    g = m.groupdict()
    if kind in _NUMERIC_MONTH or kind in ("dmy_intl", "mdy", "dmy", "md", "dm"):
        if kind in _NUMERIC_MONTH:
            month = int(g["m"])
        else:
            month = _FOREIGN_MONTHS[g["m"].lower()] if kind == "dmy_intl" else _month(g["m"])
        value = _day_value(g.get("y"), month, int(g["d"]))
        return (value, "day") if value else None
    if kind in ("dm_range", "md_range"):
        first = _day_value(g["y"], _month(g["m"]), int(g["d"]))
        last = _day_value(g["y"], _month(g["m2"]), int(g["d2"]))
        return (f"{first}/{last}", "day") if first and last and first < last else None
    if kind == "slash":  # 12/19/2025, 19/12/2025 or 19-12-2025: read only when one order is impossible
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b or (a == b and a <= 12):
            month, day = b, a
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None
        value = _day_value(g["y"], month, day)
        return (value, "day") if value else None
    if kind == "my":
        return f"{g['y']}-{_month(g['m']):02d}", "month"
    if kind in ("year_range", "between"):
        return (f"{g['y']}/{g['y2']}", "year") if g["y"] < g["y2"] else None
    if kind == "decade":
        return g["y"][:3] + "X", "decade"
    if kind == "century":
        raw = g["c"].lower()
        number = _ORDINALS[raw] if raw in _ORDINALS else int(raw[:-2])
        return (f"{number - 1:02d}XX", "century") if 1 <= number <= 21 else None
    return g["y"], "year"


def _mod(kind: str, m: re.Match[str], text: str, start: int) -> DateMod | None:
    part = m.groupdict().get("part")
    if part:
        return _PART_MODS[part.lower()]
    before = _MOD_BEFORE.search(text, max(0, start - 20), start)
    if before and not (before.group("w").lower() == "from" and kind in ("between", "dm_range", "md_range")):
        return _MOD_CODES[before.group("w").lower()]
    part_before = _PART_BEFORE.search(text, max(0, start - 8), start)
    return _PART_MODS[part_before.group("part").lower()] if part_before else None


def find_dates(text: str) -> list[Timex]:
    """Every date mention in ``text``, in order, none overlapping."""
    found: list[Timex] = []
    if not _MAY_HOLD.search(text):
        return found
    if not text.isascii() and _ARABIC_DIGIT.search(text):  # a search is 15x cheaper than the translation
        text = text.translate(_DIGITS)
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = (m.start("y"), m.end("y")) if kind == "glued_year" else m.span()
            if not free(start, end):
                continue
            if kind in _NO_YEAR and m.group("m").isupper() and not m.groupdict().get("y"):
                continue  # 'YOU MAY 3 TIMES': a month in capitals is a date only with its year
            if kind == "year":
                # '1500 soldiers' counts soldiers, while '2016 saw' is a year: a plural noun is a count.
                word = _COUNT_AFTER_YEAR.match(text, end)
                if word is not None and word.group().endswith("s"):
                    continue
            stated = _value(kind, m)
            if stated is None:
                continue
            value, granularity = stated
            ends = value.split("/")
            taken.append((start, end))
            found.append(
                Timex(
                    start,
                    end,
                    value,
                    granularity,
                    _mod(kind, m, text, start),
                    (ends[0], ends[1]) if len(ends) == 2 else None,
                )
            )
    for m in _MONTH_ONLY.finditer(text):
        start, end = m.span("m")
        if m.group("m")[0].isupper() and free(start, end) and m.group("m").rstrip(".").lower() != "may":
            taken.append((start, end))
            found.append(Timex(start, end, f"XXXX-{_month(m.group('m')):02d}", "month", _mod("my", m, text, m.start())))
    return sorted(found, key=lambda t: t.start)


def stated_year(timex: Timex) -> str | None:
    """The last four-digit year a mention states ('1994' for 1992/1994), or None (199X, XXXX-09-27)."""
    year = timex.value.split("/")[-1][:4]
    return year if year.isdigit() else None


def resolve(value: str, year: str) -> str:
    """Fill a missing year: resolve('XXXX-09-27/XXXX-11-10', '2020') -> '2020-09-27/2020-11-10'."""
    return "/".join(year + part[4:] if part.startswith("XXXX") else part for part in value.split("/"))


def dated(value: str) -> bool:
    """A timex value that states its year and is one date, not a range: what a dateline may publish."""
    return "X" not in value and "/" not in value


def iso_date(text: str) -> str | None:
    """The first date in ``text`` that states a year, as an ISO 8601 (partial) date."""
    return next((timex.value for timex in find_dates(text) if dated(timex.value)), None)
