"""Single header lines by shape: headline proper, breadcrumb, dateline, team credit, credit and tag lines, menus.

Each test reads one line (and at most its neighbours), so ``header`` can ask it of any line it
scores; what the lines mean together (which is the headline, which byline wins) stays there.
"""

from __future__ import annotations

import re

from .markup import SOCIAL_EMBED, unmarked
from .names import is_person_name, parse_byline, plausible_names, starts_byline
from .text_stats import words
from .timex import dated, find_dates

MENU_RUN = 4
"""This many short lines in a row are a menu or a table of contents, not a headline's setting."""

_BREADCRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|\||::)\s+|\s*[»›]\s*")
_GLUED_HOME = re.compile(r"^Home(?=[A-Z])")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_DATELINE_MARKER = re.compile(
    r"^(published|updated|posted|last updated|date|modified)\b\s*(on|at)?\s*:?", re.IGNORECASE
)
_RELATIVE_DATE = re.compile(
    r"^\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago$|^(just now|yesterday|today)$", re.IGNORECASE
)
_DATELINE_WORDS = frozenset(
    "on at by in min mins minute minutes read reading time comments comment views shares am pm "
    "gmt utc est edt pst pdt cet ist pkt azt published updated posted modified last "
    "입력 수정 기사입력 최종수정 업데이트 등록 발행 오전 오후 "
    "publié mis à jour le am um uhr veröffentlicht aktualisiert publicado actualizado atualizado em el de del las "
    "pubblicato aggiornato il alle gepubliceerd bijgewerkt op publicerad uppdaterad yayınlanma güncelleme tarihi "
    "опубликовано обновлено в".split()
)
_CJK_DATELINE_WORDS = re.compile(
    r"(?:发布|發布|发表|發表|更新|修改|公開|公开|配信|投稿|掲載|刊登)(?:时间|時間|日期|日時|日|于|於)?|日期|时间|時間|日時|来源|來源|出典"
)
"""What stands beside a date in a Chinese or Japanese dateline ('发布时间：2024-03-19 来源：新华网', '公開日 2024年3月19日'):
the words of _DATELINE_WORDS, which ``words`` cannot find inside unspaced text."""
BY_LINE = re.compile(r"^By\s+\S")
_CONTRIBUTIONS = re.compile(
    r"^(?:with )?(?:additional )?(?:contributions?|reporting|photos?|photography|illustrations?|images?) (?:from|by)\b",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"^([^/,;]{4,40}?)\s*(?:/|,\s+[^/,;]{3,40}/)\s*[A-Z]")
"""A photographer's credit: the name, then a slash and the agency ('Jane Doe/Getty Images'), perhaps
after the outlet ('Jane Doe, The New York Times/Redux')."""
PHOTO_CREDIT_MAX_WORDS = 12
"""Longest line read as a photo credit, set by hand: two credits on one line take 9 words on the tune half
of ../shared/bench/dev ('Jane Doe/ Quanta Magazine; John Roe for Quanta Magazine')."""
_TAG = r"[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|and|&|the|for|in)){0,3}"
_TAG_LIST = re.compile(rf"^{_TAG}(?:, {_TAG})+$")
"""Tags or categories over a headline ('Food, Nutrition, Diet'): title-cased items of up to four words
and commas, nothing else. No headline of the tune half of ../shared/bench/dev has this shape."""
_TEAM = re.compile(r"^(The )?([A-Z][\w.&'’-]*\s+){1,3}(?:Team|Desk)$|^Team [A-Z][\w.&'’-]*$")
"""A team or desk credit standing where a byline would ('EDB Team', 'The Upwork Team', 'Team
SimplyThrilled', 'Web Desk'): a byline when it sits by the headline or a date, like a bare name."""
CREDIT_FIELDS = re.compile(r"\s+[/|·•⋅]\s+")
_NOT_TEAM = frozenset(
    {"meet", "our", "about", "your", "my", "the", "contact", "join", "help", "support", "service", "customer", "front"}
)
"""First words of a link to a team page or a service ('Meet the Team', 'Join Our Team', 'Help Desk'), not a credit."""
CALL_TO_ACTION = frozenset(
    "add apply book buy call claim click contact create discover download enter explore find follow get grab join "
    "learn listen log order register request save see shop sign start subscribe try upgrade view visit watch".split()
)
"""Verbs that open a button or a prompt ('Add us on Google', 'Find a location'); a headline may open
with one too, so this is a feature with a fitted weight, not a rule."""
_LABEL = re.compile(
    r"^(?:title|headline|blog|transcript|project|video|podcast|audio|gallery|webinar|infographic|watch|listen)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
"""A label printed before the headline ('Title: …' in a dump's metadata, 'Blog: …', 'Transcript: …', 'PROJECT: …')."""
_TAIL = re.compile(r"\s+[|–—/-]\s+(?=\S)")
TAIL_MAX_WORDS = 3
"""A headline's tail after its last separator this short is a site name, a date or a tag ('… | Top 19
Companies', '… / Dec 2025', '… - Personally Tested'), not the headline; set on the bench's tune half."""


def headline(text: str) -> str:
    """The headline proper of a headline line: without a content-type label or a short tail."""
    text = _LABEL.sub("", text)
    tails = list(_TAIL.finditer(text))
    if tails:
        cut = tails[-1]
        if len(text[cut.end() :].split()) <= TAIL_MAX_WORDS and len(text[: cut.start()].split()) >= 2:
            return text[: cut.start()]
    return text


def breadcrumb(text: str, next_lines: list[str]) -> list[str] | None:
    """The crumbs of a breadcrumb line ('Home / Politics / Title', 'HomeNewsWorld...')."""
    if _GLUED_HOME.match(text):
        rest = text[4:]
        for title in next_lines:
            if len(title) > 3 and rest.endswith(title):
                rest = rest[: -len(title)]
                return [c for c in _CAMEL_SPLIT.split(rest) if c.strip()] + [title]
        return [c for c in _CAMEL_SPLIT.split(rest) if c.strip()]
    crumbs = [c.strip() for c in _BREADCRUMB_SEP.split(text) if c.strip()]
    rooted = crumbs[0].lower() in ("home", "start", "main") if crumbs else False
    shaped = all(len(c.split()) <= 20 for c in crumbs) and len(crumbs[0].split()) <= 3 if crumbs else False
    dated = any(dateline(c) is not None for c in crumbs[1:])  # 'Web Desk / site.com / Updated: Dec 17, 2025'
    if shaped and not dated and (len(crumbs) >= 3 or (len(crumbs) == 2 and rooted)):
        return crumbs[1:] if rooted else crumbs
    return None


def dateline(text: str) -> str | None:
    """'' for a dateline stating no usable date ('2 days ago'), its ISO date, or None.

    The date must give at least a month, and few other words may stand beside it
    ('5 min read', '3 comments'), so a headline with a year in it is not a dateline.
    """
    text = unmarked(text)  # '* March 3, 2023' in a byline block printed as a list
    if len(text.split()) > 15 or SOCIAL_EMBED.match(text):  # an embedded post's date is the post's
        return None
    marked = _DATELINE_MARKER.match(text)
    if _RELATIVE_DATE.match(text.strip()):
        return ""
    dates = [d for d in find_dates(text) if dated(d.value) and len(d.value) >= 7]
    if not dates:
        return "" if marked else None
    rest = text[marked.end() if marked else 0 : dates[0].start] + " " + text[dates[0].end :]
    if not rest.isascii():
        rest = _CJK_DATELINE_WORDS.sub(" ", rest)
    others = [w for w in words(rest) if not w.isdigit() and w not in _DATELINE_WORDS]
    return dates[0].value if len(others) <= 3 else None


_WIRE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][A-Za-z.]+)?,\s+(?P<date>[^()]{6,30}?)\s*(?:\([^()]{1,40}\))?\s*[-–—:]\s"
)
"""A wire story's dateline opening its first paragraph: the city in capitals, the date, the agency
('BAKU, March 3, 2024 (Reuters) - …', 'ISLAMABAD, Mar 3, 2024: …', 'LAHORE, Pakistan, 3 March 2024 — …')."""


def wire_date(text: str) -> str | None:
    """The ISO date of a wire dateline opening ``text``, when it states a year; None otherwise."""
    m = _WIRE.match(text)
    if m is None:
        return None
    dates = find_dates(m.group("date"))
    return dates[0].value if len(dates) == 1 and dated(dates[0].value) else None


FILLER_SKIP = 2
"""Most letterless lines ('/', '·', a follower count '210412') stepped over between a name and its date."""


def neighbours(texts: list[str], i: int) -> list[int]:
    """The nearest lines above and below line ``i`` that are not letterless filler (a separator, a count)."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and abs(j - i) <= FILLER_SKIP and not any(c.isalpha() for c in texts[j]):
            if dateline(texts[j]):
                break
            j += step
        if 0 <= j < len(texts):
            found.append(j)
    return found


def team_credit(text: str) -> bool:
    """A team credit ('EDB Team'), not a link to one ('Meet the Team', 'Join Our Team')."""
    if not _TEAM.match(text):
        return False
    first = words(text.removeprefix("The "))[0]
    return first not in _NOT_TEAM and first not in CALL_TO_ACTION


def _short(text: str) -> bool:
    return len(text.split()) <= 8 and not text.endswith((".", "!", "?", ":"))


def menu_lines(texts: list[str]) -> frozenset[int]:
    """The lines in a run of MENU_RUN or more short lines, found in one pass over the page."""
    found: list[int] = []
    run: list[int] = []
    for i, text in enumerate([*texts, "."]):  # the sentinel closes the last run
        if _short(text) and i < len(texts):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            found.extend(run)
        run = []
    return frozenset(found)


def filter_menu(texts: list[str], i: int) -> bool:
    """Line ``i`` opens with 'By' among other lines that do ('By Industry', 'By Use Case'): a filter menu."""
    if not BY_LINE.match(texts[i]):
        return False
    near = range(max(i - 3, 0), min(i + 4, len(texts)))
    return any(j != i and BY_LINE.match(texts[j]) and texts[j].strip() != "By" for j in near)


def credit_or_tags(text: str, vocabulary: frozenset[str]) -> bool:
    """``text`` is a list of tags ('Best Of, Japan, Travel Guides') or credits someone, so it heads
    nothing: a byline form ('By Team Tiger Data', 'Contributions from: …') or a photo credit ('Jane
    Doe/Getty Images', 'Jane Doe, The Times/Redux') whose name is no word of the page."""
    if starts_byline(text) or _CONTRIBUTIONS.match(text) or _TAG_LIST.match(text):
        return True
    credit = _PHOTO_CREDIT.match(text)
    return bool(
        credit
        and len(text.split()) <= PHOTO_CREDIT_MAX_WORDS
        and is_person_name(credit.group(1))
        and plausible_names([credit.group(1)], vocabulary)
    )


_SUMMARY_HEADING = re.compile(
    r"^(key (points|takeaways|facts|findings)|(story )?highlights|at a glance|in brief|in short|summary|tl;? ?dr|"
    r"why it matters|what to know|the big picture|quick (read|take))\s*:?$",
    re.IGNORECASE,
)
SUMMARY_ITEMS = 8
"""Most lines read as a summary's points under its heading ('Key points', 'Highlights', 'At a glance')."""
SUMMARY_POINT_WORDS = 25
"""A longer line is a paragraph: the points have ended. Both set by hand (BBC, Axios and Indian news sites
print three to six points of 8-20 words)."""


def summary_points(texts: list[str], end: int) -> set[int]:
    """Lines that are a summary's heading (in ``texts[:end]``) or its points: the lines that state the story in
    brief under a news site's 'Key points' or 'Highlights', headline-shaped but no headline, up to the first
    long paragraph. (A short paragraph read as a point is no headline either, so nothing is lost.)"""
    found: set[int] = set()
    for i in range(end):
        if not _SUMMARY_HEADING.match(texts[i].strip()):
            continue
        points = [i]
        for j in range(i + 1, min(i + 1 + SUMMARY_ITEMS, len(texts))):
            if starts_byline(texts[j]) or dateline(texts[j]) is not None:
                points = []  # a headline's byline: 'Summary' was a tab over the article, not its points
                break
            if len(texts[j].split()) > SUMMARY_POINT_WORDS:
                break
            points.append(j)
        found.update(points)
    return found


_TITLE_CREDIT = re.compile(r"(?:,|\s[|–—-])\s+(?=by\s)", re.IGNORECASE)


def credited_title(text: str, vocabulary: frozenset[str]) -> tuple[str, list[str]] | None:
    """'Headline, by Jane Doe' on one line: the headline and the names its line credits, or None.

    Only names with nothing after them count: 'Best tutors, by a student' and '…, by region' are headlines.
    """
    found = list(_TITLE_CREDIT.finditer(text))
    if not found or len(text[: found[-1].start()].split()) < 3:
        return None
    byline = parse_byline(text[found[-1].end() :])
    if byline is None or not byline.names or byline.rest is not None:
        return None
    if not all(is_person_name(n, marked=True) for n in byline.names):
        return None
    return (text[: found[-1].start()], byline.names) if plausible_names(byline.names, vocabulary, marked=True) else None
