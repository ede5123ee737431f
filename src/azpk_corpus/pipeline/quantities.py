"""Quantities as stated: digits or spelled numbers, scaled, with the noun they count.

"44-day" and "forty-four day" -> 44 day; "7.3 USD million" -> 7300000 USD;
"two and half decades" -> 2.5 decade; "nearly a week" -> 1 week (approx).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import QuantityKind, QuantityMod, QuantityRole

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
_SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "eur": "EUR", "€": "EUR",
    "euro": "EUR", "euros": "EUR", "gbp": "GBP", "£": "GBP", "pkr": "PKR", "rupee": "PKR", "rupees": "PKR",
    "azn": "AZN", "manat": "AZN", "manats": "AZN", "try": "TRY", "lira": "TRY", "rub": "RUB", "roubles": "RUB",
    "rubles": "RUB", "cny": "CNY", "yuan": "CNY", "inr": "INR",
}  # fmt: skip
_CURRENCY_RE = (
    r"(?:US\$|\$|€|£|USD|EUR|GBP|PKR|AZN|TRY|RUB|CNY|INR|dollars?|euros?|rupees|manats?|lira|roubles|rubles|yuan)"
)
_SPELLED = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True))
    + r"|a dozen|dozen)(?![a-z])"
)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + _SPELLED + r"(?:\s+and\s+(?:a\s+)?half)?)"
_MOD = r"(?P<mod>nearly|almost|about|around|approximately|roughly|some|over|more than|at least|less than|under|fewer than|up to)"
_QUANTITY = re.compile(
    r"(?:\b" + _MOD + r"\s+(?:the\s+\w+\s+)?)?"
    r"(?P<cur1>"
    + _CURRENCY_RE
    + r")?\s?"
    + r"(?<![\w.,])"
    + _NUMBER
    + r"(?:\s*(?P<cur2>"
    + _CURRENCY_RE
    + r")(?![\w]))?"
    + r"(?:\s*(?P<scale>hundred|thousand|million|mn|mln|billion|bn|trillion)\b)?"
    + r"(?:\s*(?P<cur3>"
    + _CURRENCY_RE
    + r")(?![\w]))?"
    + r"(?:[\s-]+(?P<unit>[A-Za-z]+))?",
    re.IGNORECASE,
)
_A_UNIT = re.compile(
    r"\b" + _MOD + r"\s+(?P<art>an?|one)\s+(?P<unit>second|minute|hour|day|week|month|year|decade|century)\b",
    re.IGNORECASE,
)
_NOT_UNITS = frozenset(
    """more less of the a an and or to in on at by for from with than per as is are was were has have had
    that this these those which who whom whose it its their his her our times time percent per cent other
    others new old years-old such all each every most least first last previous next another
    """.split()
)  # 'percent' is handled below: the unit is 'percent'
_IDENTIFIER_BEFORE = re.compile(
    r"(?:resolution|article|no\.?|number|chapter|section|paragraph|page|room|flight|route|#)\s*$", re.IGNORECASE
)
_IDENTIFIER = re.compile(
    r"\b(?P<unit>resolution|article|chapter|section|paragraph|clause|amendment|convention|decree|law|act)\s+"
    r"(?:no\.?\s*|number\s+)?(?P<num>\d{1,5})(?![\w.,]\d|%)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\b(?P<num>\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")(?P<ever>-ever)?(?![\w-])",
    re.IGNORECASE,
)
_ADJECTIVE_END = ("al", "ly", "ic", "ive", "ous", "ful", "ed")
# A vague magnitude ('hundreds of thousands of tweets'): the scale as a lower bound, mod 'more_than'.
_VAGUE_SCALES = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE = re.compile(
    r"\b(?P<num>(?:dozens|scores|hundreds|thousands|millions|billions)(?:\s+of\s+(?:thousands|millions|billions))?)"
    r"\s+of\s+(?P<unit>[a-z]+)",
    re.IGNORECASE,
)
_MAY_HOLD = re.compile(
    r"\d|\ban?\s+(?:second|minute|hour|day|week|month|year|decade|century)\b|\b(?:"
    + "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS, *_ORDINAL_WORDS, "dozen", *_VAGUE_SCALES], key=len, reverse=True))
    + r")(?![a-z])",
    re.IGNORECASE,
)
"""What every pattern needs (a digit, a spelled number or ordinal, a vague scale, or 'a' + a time unit):
text without it holds no quantity and is skipped with one search."""
DURATION_UNITS = frozenset("second minute hour day week month year decade century".split())
# A target is aimed at: 'to <amount>' in a sentence that states an aim ('an urge ... to improve this figure to').
_TO_BEFORE = re.compile(r"\b(?:to|of|at)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_AIM = re.compile(
    r"\b(?:aims?|aimed|target(?:s|ed)?|goal|plans?|planned|urge|seeks?|hopes?|intends?|wants?|will|would|"
    r"should|expected|agreed|decided|pledged|vowed|ambition|objective)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her|my|your)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A quantity found in a text: offsets into that text, value, unit, modifier, kind and role."""

    start: int
    end: int
    value: float
    unit: str
    mod: QuantityMod | None
    kind: QuantityKind = "count"
    role: QuantityRole = "value"


def _spelled_value(words: str) -> float | None:
    words = words.lower().replace("-", " ")
    half = 0.5 if re.search(r"\band (a )?half$", words) else 0.0
    words = re.sub(r"\s+and (a )?half$", "", words)
    if words in ("a dozen", "dozen"):
        return 12 + half
    total = 0.0
    for word in words.split():
        if word in _TENS_WORDS:
            total += _TENS_WORDS[word]
        elif word in _UNITS_WORDS:
            total += _UNITS_WORDS[word]
        else:
            return None
    return total + half


def _number_value(raw: str) -> float | None:
    if raw[0].isdigit():
        return float(raw.replace(",", ""))
    return _spelled_value(raw)


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


_MOD_CODES: dict[str, QuantityMod] = {"nearly": "approx", "almost": "approx", "about": "approx", "around": "approx", "approximately": "approx",
              "roughly": "approx", "some": "approx", "over": "more_than", "more than": "more_than",
              "at least": "more_than", "less than": "less_than", "under": "less_than", "fewer than": "less_than",
              "up to": "less_than"}  # fmt: skip


def _kind(unit: str) -> QuantityKind:
    if unit == "percent":
        return "percent"
    if unit.isupper():
        return "money"
    return "duration" if unit in DURATION_UNITS else "count"


def _role(text: str, start: int) -> QuantityRole:
    return "target" if _TO_BEFORE.search(text, max(0, start - 16), start) and _AIM.search(text, 0, start) else "value"


_NEXT_WORD = re.compile(r"[\s-]+(?P<w>[A-Za-z]+)")


def _counted_noun(text: str, pos: int) -> tuple[str, int] | None:
    """The plural noun within the next three words ('two colonialist powers'), with its end offset."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return None
        word, pos = m.group("w"), m.end()
        if word.islower() and word.endswith("s") and word not in _NOT_UNITS and len(word) > 3:
            return _singular(word), pos
    return None


def find_quantities(text: str, skip: list[tuple[int, int]] | None = None) -> list[Amount]:
    """Every quantity in ``text`` outside the ``skip`` spans (dates), in order."""
    found: list[Amount] = []
    if not _MAY_HOLD.search(text):
        return found
    taken = list(skip or [])

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in _IDENTIFIER.finditer(text):
        if free(*m.span("num")):
            taken.append(m.span())
            found.append(Amount(m.start(), m.end(), float(m.group("num")), m.group("unit").lower(), None, "identifier"))
    for m in _VAGUE.finditer(text):
        unit_word = m.group("unit").lower()
        if free(*m.span()) and unit_word not in _NOT_UNITS:
            scale = 1.0
            for word in re.findall(r"[a-z]+", m.group("num").lower()):
                scale *= _VAGUE_SCALES.get(word, 1)
            unit = _singular(unit_word)
            taken.append(m.span())
            found.append(Amount(m.start(), m.end(), scale, unit, "more_than", _kind(unit)))
    for m in _A_UNIT.finditer(text):
        if free(*m.span()):
            taken.append(m.span())
            unit = m.group("unit").lower()
            found.append(Amount(m.start(), m.end(), 1.0, unit, _MOD_CODES[m.group("mod").lower()], _kind(unit)))
    for m in _ORDINAL.finditer(text):
        after = _NEXT_WORD.match(text, m.end())
        if not free(*m.span("num")) or (after and after.group("w")[0].isupper() and not m.group("ever")):
            continue  # 'First Lady', 'Second Karabakh War': part of a name
        unit, end = "", m.end()
        while after and after.group("w").islower() and after.group("w") not in _NOT_UNITS:
            if after.group("w") in _UNITS_WORDS or after.group("w") in _TENS_WORDS:
                break
            unit, end = _singular(after.group("w")), after.end()
            if not unit.endswith(_ADJECTIVE_END):
                break
            after = _NEXT_WORD.match(text, end)
        raw = m.group("num").lower()
        taken.append((m.start(), end))
        number = float(raw[:-2]) if raw[0].isdigit() else float(_ORDINAL_WORDS[raw])
        found.append(Amount(m.start(), end, number, unit, None, "ordinal"))
    for m in _QUANTITY.finditer(text):
        num_start, num_end = m.span("num")
        if not free(num_start, num_end) or _IDENTIFIER_BEFORE.search(text, 0, num_start):
            continue
        raw = m.group("num")
        unit_word = m.group("unit") or ""
        if not raw[0].isdigit() and unit_word.endswith("s") and _DETERMINER_BEFORE.search(text, 0, num_start):
            continue  # 'the two countries' refers back to them, while 'the forty-four day war' states a length
        value = _number_value(raw)
        if value is None:
            continue
        currency_token = m.group("cur1") or m.group("cur2") or m.group("cur3")
        end = num_end
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
            end = m.end("scale")
        unit = ""
        if currency_token:
            unit = _CURRENCIES[currency_token.lower()]
            end = max([end] + [m.end(g) for g in ("cur2", "cur3") if m.group(g)])
        elif m.group("unit"):
            word = m.group("unit")
            if word.lower() in ("percent", "pc"):
                unit, end = "percent", m.end("unit")
            elif word.lower() not in _NOT_UNITS and (word.islower() or word.istitle()):
                unit, end = _singular(word), m.end("unit")
                glued = text[end - len(word) - 1] == "-"
                if value != 1 and not glued and unit not in DURATION_UNITS and not word.endswith("s"):
                    noun = _counted_noun(text, end)  # the word after the number is an adjective
                    if noun is not None:
                        unit, end = noun
        if not unit and not raw[0].isdigit() and (value < 2 or "dozen" in raw.lower()):
            continue  # 'one of the', 'a dozen' alone: not a stated quantity
        start = m.start("cur1") if m.group("cur1") else num_start
        mod = _MOD_CODES[m.group("mod").lower()] if m.group("mod") else None
        taken.append((start, end))
        found.append(Amount(start, end, value, unit, mod, _kind(unit), _role(text, start)))
    return sorted(found, key=lambda a: a.start)
