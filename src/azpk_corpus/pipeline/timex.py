"""Dates as stated, with TIMEX3-style values: a small regex layer that never guesses.

Date libraries fill a missing year from today's date; here "27 September" stays
``XXXX-09-27``, "the 1990s" is ``199X``, "(1992-1994)" is ``1992/1994``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<{0}>(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>1[5-9]\d\d|20\d\d|2100)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "twenty-first": 21}  # fmt: skip


def _p(template: str, *names: str) -> str:
    return template.format(*names)


# Ordered: longer, more specific forms first; a later match may not overlap an earlier one.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
        ("dmy_num", r"\b(?P<d>[0-2]?\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>1[5-9]\d\d|20\d\d)\b"),
        ("slash", r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>1[5-9]\d\d|20\d\d)\b"),
        ("mdy", r"\b" + _p(_MONTH, "m") + r"\s+" + _p(_DAY, "d") + r",?\s+" + _p(_YEAR, "y") + r"\b"),
        ("dmy", r"\b" + _p(_DAY, "d") + r"\s+(?:of\s+)?" + _p(_MONTH, "m") + r",?\s+" + _p(_YEAR, "y") + r"\b"),
        ("year_range", r"\b" + _p(_YEAR, "y") + r"\s*[-–—/]\s*" + _p(_YEAR, "y2") + r"\b"),
        ("between", r"\bbetween\s+" + _p(_YEAR, "y") + r"\s+and\s+" + _p(_YEAR, "y2") + r"\b"),
        ("my", r"\b" + _p(_MONTH, "m") + r",?\s+(?:of\s+)?" + _p(_YEAR, "y") + r"\b"),
        ("md", r"\b" + _p(_MONTH, "m") + r"\s+" + _p(_DAY, "d") + r"\b(?!\s*(?:%|percent))"),
        ("dm", r"\b" + _p(_DAY, "d") + r"\s+(?:of\s+)?" + _p(_MONTH, "m")),
        ("decade", r"\b(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<y>1[5-9]\d0|20\d0)[’']?s\b"),
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
)
_MONTH_ONLY = re.compile(
    r"\b(?:in|of|during|since|until|by|from|early|late|mid-?)\s+" + _p(_MONTH, "m") + r"(?!\s+\d)", re.IGNORECASE
)
_COUNT_AFTER_YEAR = re.compile(r"\s+(?!and\b|or\b|to\b|the\b|was\b|were\b|is\b|when\b|as\b|after\b|before\b)[a-z]+")


@dataclass(frozen=True)
class Timex:
    """A date mention found in a text: offsets into that text and its TIMEX3 value."""

    start: int
    end: int
    value: str


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _value(kind: str, m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if kind in ("iso", "dmy_num", "mdy", "dmy", "md", "dm"):
        month = int(g["m"]) if kind in ("iso", "dmy_num") else _month(g["m"])
        day = int(g["d"])
        if not _valid_day(month, day):
            return None
        year = g.get("y") or "XXXX"
        return f"{year}-{month:02d}-{day:02d}"
    if kind == "slash":  # 12/19/2025 or 19/12/2025: read only when one order is impossible
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b or (a == b and a <= 12):
            month, day = b, a
        elif b > 12 >= a:
            month, day = a, b
        else:
            return None
        return f"{g['y']}-{month:02d}-{day:02d}" if _valid_day(month, day) else None
    if kind == "my":
        return f"{g['y']}-{_month(g['m']):02d}"
    if kind in ("year_range", "between"):
        return f"{g['y']}/{g['y2']}" if g["y"] < g["y2"] else None
    if kind == "decade":
        return g["y"][:3] + "X"
    if kind == "century":
        raw = g["c"].lower()
        number = _ORDINALS[raw] if raw in _ORDINALS else int(raw[:-2])
        return f"{number - 1:02d}XX" if 1 <= number <= 21 else None
    return g["y"]


def find_dates(text: str) -> list[Timex]:
    """Every date mention in ``text``, in order, none overlapping."""
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = (m.start("y"), m.end("y")) if kind == "glued_year" else m.span()
            if not free(start, end):
                continue
            if kind == "year":
                # '1500 soldiers' counts soldiers, while '2016 saw' is a year: a plural noun is a count.
                word = _COUNT_AFTER_YEAR.match(text, end)
                if word is not None and word.group().endswith("s"):
                    continue
            value = _value(kind, m)
            if value is None:
                continue
            taken.append((start, end))
            found.append(Timex(start, end, value))
    for m in _MONTH_ONLY.finditer(text):
        start, end = m.span("m")
        if m.group("m")[0].isupper() and free(start, end) and m.group("m").rstrip(".").lower() != "may":
            taken.append((start, end))
            found.append(Timex(start, end, f"XXXX-{_month(m.group('m')):02d}"))
    return sorted(found, key=lambda t: t.start)


def iso_date(text: str) -> str | None:
    """The first date in ``text`` that states a year, as an ISO 8601 (partial) date."""
    for timex in find_dates(text):
        if "X" not in timex.value and "/" not in timex.value:
            return timex.value
    return None
