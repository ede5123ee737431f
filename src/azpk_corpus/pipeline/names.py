"""Person names and bylines, by shape: no list of known authors.

A name is 2-5 capitalized tokens (diacritics, hyphens, apostrophes and initials
allowed, lower-case particles such as 'de' or 'bin' inside), none of which is a
word that names things other than people: months, weekdays, country names, role,
wire-service and site words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .markup import SOCIAL_EMBED, unmarked

_PARTICLES = frozenset("al ul el bin ibn binti bint de del della der di da dos du la le van von ten ter zu y e".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
"""Month names: never names on their own, but after a byline marker a name may hold one ('By Tom May')."""
_WIRE_WORDS = frozenset(
    "reuters afp ap bloomberg xinhua tass anadolu apa azertac press agency agencies wire service services bureau".split()
)
"""Wire services and agency words: not authors, even as a credit after 'By' ('By Reuters Staff')."""
_AGENCY = re.compile(
    r"^(?:the )?(?:associated press(?: of pakistan)?|agence france-presse|united press international|reuters|afp|ap|"
    r"upi|dpa|efe|ansa|xinhua|tass|ria novosti|anadolu(?: agency)?|apa|app|azertac|pti|ians|ani|kyodo|yonhap|"
    r"bloomberg(?: news)?|cnn|bbc(?: news)?)$",
    re.IGNORECASE,
)
"""A wire service or broadcaster a byline names after the reporter ('By Jane Doe, Associated Press'). Only
after a marker: a bare 'Jane Doe, Associated Press' under a caption is a photo credit as often as not."""
_NOT_NAME_WORDS = (
    _MONTHS
    | _WIRE_WORDS
    | frozenset(
        """
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday today yesterday
    the a an and or of in on at to for from by with about as is are was be this that these our your
    home news politics opinion world business economy sport sports culture society analysis
    editorial editor editors desk staff team reporter reporters correspondent correspondents
    contributor contributors writer writers author authors columnist guest admin administrator
    media online digital network group trend report
    photo photos image images video videos source sources via updated published posted
    read more share follow comment comments tags related popular latest
    university institute center centre foundation ministry council committee organization
    search toggle icon menu free resources view all best picks close open show sidebar start here
    contact us visit gifts love newest articles check fact insights why getting started login logout
    account cart shop store subscribe subscription newsletter privacy policy terms cookies careers
    jobs advertise help support faq events podcast podcasts videos gallery archive archives next previous
    back top skip content main navigation page pages categories category recipes tips guide guides
    republic state states union kingdom government parliament assembly army forces
    north south east west central new relations war peace day week year
    facebook twitter instagram youtube linkedin medium pinterest tiktok threads bluesky mastodon rss yelp
    submit loading find request access get learn download explore discover book buy order call apply
    join watch listen try view see sign register enroll donate save print upload compare calculate chat
    email feedback info calculator checklist platform plan program programs projects solutions products
    filed released issued created written revised edited reviewed dated effective accessed retrieved
    copyright since until deadline due expires ends starts opens closes originally previously first
    recent post posts
    introduction background motivation overview summary conclusion conclusions abstract methods
    results discussion appendix references acknowledgements acknowledgments contents operations type
    inc incorporated corp corporation llc llp ltd limited plc gmbh ag sa co company companies labs lab
    association society club agency agencies studio studios consulting consultants partners capital
    holdings industries enterprises international management energy community collective marketing
    authority authorities hub hotel hotels resort resorts faqs goods brands cares consult services service
    software systems bank insurance clinic hospital academy school pathology serve
    blog blogs data tech technology technologies exchange lines airlines express tips travel health healthcare
    financial finance legal realty properties foods magazine journal review reviews ventures analytics wellness
    fitness nutrition dental medical pharmacy apps cloud security managing
    """.split()
    )
)
ROLE_WORDS = frozenset(
    """
    academic adviser advisor advocate affiliate alumnus ambassador analyst associate author
    candidate chair chairman chairperson chairwoman co-founder columnist commentator consultant
    contributor coordinator correspondent dean diplomat director economist editor expert fellow
    founder graduate head historian intern journalist lawyer lecturer member officer phd president
    professor reporter research researcher scholar scientist senior specialist strategist student
    teacher writer manager executive officer producer photographer intern attorney principal partner
    """.split()
)
"""Words naming a role: never part of a name, and the mark of a bio or role line."""
_INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
_STRAY_TAIL = re.compile(r"\s+(?:[a-z]|[^\w\s.]+)$")
# 'By' and 'Author' in English, and the same in de, fr, es/pt, it, tr, az, ru, ur, fa and ar ('Von Jane Doe',
# 'Par Jane Doe', 'Müəllif: Əli Həsənov', 'Автор: Иван Петров', 'Текст: …', 'تحریر: علی خان'). Not Dutch 'Door' nor
# Swedish 'Av': English lines open with them ('Door Closer Hinges', 'AV Receivers').
_BYLINE_MARKER = re.compile(
    r"^(?:(?:(?:this )?(?:article|post|blog post|story|piece|content) (?:was )?)?(?:written|authored|posted) by|"
    r"by|words by|reported by|(?:additional )?reporting by|story by|text by|article by|(?:story|reporting)(?=\s*:)|"
    r"(?:report|opinion|analysis|commentary|column|essay|interview) by|"
    r"bylines?|author\(s\)|authors?|writers?|contributors?|"
    r"von|par|por|autor(?:a|es|in)?|auteur|autore|yazar|müəllif|автор|авторы|текст|"
    r"تحریر|مصنف|نویسنده|بقلم|الكاتب|كتب)"
    r"(?:\s*[:\-–—]\s*|\s+|$)",
    re.IGNORECASE,
)
# 'Published on 2 Dec 2025 by A and B': a lower-case 'by' inside a line that also states a date.
_INNER_BY = re.compile(r"(?:^|\s)[Bb]y\s+(?=[A-ZÀ-Þ]|@?[a-z][\w.-]{2,30}$)")
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_VALUE = (
    rf"\b{_MONTH_WORD}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}\s+\d|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b"
)
_DATE_CUE = re.compile(rf"\b(?:last )?(?:published|updated|posted|modified|reviewed)\b|{_DATE_VALUE}", re.IGNORECASE)
"""Where a date or a dateline keyword starts: a byline's names end there ('Jane Doe 12 March 2023')."""
_HAS_DATE = re.compile(_DATE_VALUE, re.IGNORECASE)
# Other fields that end a byline's names: 'Jane Doe 5 min read', 'Jane Doe 59 Comments', 'in Travel', 'Jane Doe @jdoe'.
_NAMES_END = re.compile(
    r"\s+\d+(?:[–-]\d+)?\s+(?:min(?:ute)?s?|comments?|replies|responses|views|shares)\b|\s+(?:in|on|at)\s+\S|\s+@\w"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<=[a-z])\.\s+[—–|-]\s",  # 'by Jane Doe. — Accessibility'
    re.IGNORECASE,
)
# Post-nominal letters after a name ('Jane Doe, MS, RD', 'Ph.D.', 'CFP®', 'VTS (Behavior)'): dropped, not names.
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,6}|(?:[A-Z][a-z]?\.){1,3}[A-Z]?[a-z]?\.?|Ph\.?D\.?|[A-Z]{2,6}®)(?:\s+\([A-Z][\w ]{2,30}\))?$"
)
_CREDIT_JOINERS = frozenset("the of on and for".split())
_WORDLIKE = re.compile(r"^[\w.'’&+-]+$")
_NICKNAME = re.compile(r"^\([^()\s]{2,20}\)$")
_TITLES = frozenset("ambassador professor senator justice".split())
"""Role words that also title a name before it ('Ambassador Jane Doe'); elsewhere they are roles."""
_RETIRED = re.compile(r"^\((?:r|retd\.?|retired)\)$", re.IGNORECASE)
"""'(R)' / '(Retd)' after a rank, as Pakistani and Indian bylines print it ('Lt Gen (R) Ali Khan')."""
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ud|ur|ad|ar|as|ash|at|az|an)-[A-ZÀ-Þ][a-zà-ÿ]+$")
"""The Arabic article joined to a surname in lower case ('al-Rashid', 'ul-Haq')."""
_CAPS_WORD = re.compile(r"^[A-Z][A-Z&.-]*[A-Z]$")
_HANDLE = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{2,30}$")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bاور\b|،|\sو\s)\s*", re.IGNORECASE)
"""'BY JANE DOE AND JOHN ROE', and Urdu 'اور', Arabic and Persian 'و' and the Arabic comma '،'."""
_FIELD_SPLIT = re.compile(
    r"\s+[|·•⋅]\s+|\s+[–—-]\s+(?=(?:published|updated|posted|\d|[A-Z][a-z]{2,8}\.? \d))", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Lower-cased words of country names (pycountry), which are never person names."""
    import pycountry

    words: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                words.update(w.lower() for w in re.findall(r"\w+", value) if len(w) > 3)
    return frozenset(words)


def _is_name_token(token: str, *, marked: bool = False) -> bool:
    """``marked``: after a byline marker, where a month word may be a name ('By Tom May') and so may a word
    of a script without capitals (Arabic, Urdu, Persian, Devanagari): there the marker speaks for a name."""
    if _INITIAL.match(token):
        return True
    core = token.strip("'’")
    if marked and core.isalpha() and core.lower() == core.upper() and not core.isascii():
        return True  # 'تحریر: علی خان'
    if not core or not core[0].isupper() or core.lower() in ROLE_WORDS:
        return False
    if core.lower() in _NOT_NAME_WORDS and not (marked and core.lower() in _MONTHS):
        return False
    if len(core) > 3 and core.isupper():
        return False  # an acronym, not a name
    if re.search(r"['’]s$", core):
        return False  # a possessive: 'Baker's Rewards', 'Jane's Kitchen' name a thing
    if re.search(r"-[a-zà-ÿ]", core):
        return False  # 'UK-based', 'Award-winning': a name's part after a hyphen is capitalised ('Jean-Luc')
    return all(ch.isalpha() or ch in "-'’." for ch in core) and any(ch.islower() for ch in core)


def is_person_name(text: str, *, marked: bool = False) -> bool:
    """True when ``text`` has the shape of one person's name.

    ``marked``: a byline marker stands before it, so a month word may be a name ('By Tom
    May', 'By April Fulton'); a date after a name is cut off before this test.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    named = []
    for i, token in enumerate(tokens):
        if (token.lower() in _PARTICLES and 0 < i < len(tokens) - 1) or (i > 0 and _NICKNAME.match(token)):
            continue  # 'Maria de la Cruz', 'Paramita (Guha) Ghosh', 'Jean-Luc Aufranc (CNXSoft)'
        if (i == 0 and token.lower() in _TITLES) or (i > 0 and _RETIRED.match(token)):
            continue  # 'Ambassador (R) Ali Khan', 'Professor Jane Doe': a role word that titles a name
        if i > 0 and _ARTICLE_PREFIX.match(token):
            named.append(token.lower())  # 'Abdul Rahman al-Rashid'
            continue
        if not _is_name_token(token, marked=marked):
            return False
        named.append(token.lower().strip("."))
    if len(named) < 2 or _INITIAL.match(tokens[-1]) or all(w in _MONTHS for w in named):
        return False
    return not all(word in _country_words() for word in named)  # 'Saudi Arabia', 'Sri Lanka'


_SIGN_DASH = re.compile(r"^[—–-]+\s*")


def strip_stray(text: str) -> str:
    """Drop a stray trailing character left by page chrome ('Ziya Smith l', 'A B |'), a full stop
    ending the sentence the name closes ('By Jeff Cobb. Last Updated …') and the dash a signature
    opens with ('— Jane Doe'); initials and 'Jr.' keep their full stops."""
    text = _STRAY_TAIL.sub("", _SIGN_DASH.sub("", text.strip())).strip(" ,;|")
    return re.sub(r"(?<=\w[a-z]{2})\.$", "", text) if not text.endswith((" Jr.", " Sr.")) else text


def single_name(text: str) -> bool:
    """One capitalised given name ('By Amanda'), accepted only after a byline marker."""
    return (
        " " not in text
        and len(text) > 2
        and _is_name_token(text)
        and "." not in text
        and text.lower() not in _country_words()
    )


def marked_single(text: str) -> str | None:
    """The given name in 'By Clay' / 'Written by Melissa', or None.

    ``parse_byline`` refuses it (a filter menu says 'By Industry'); the caller accepts it only
    where a lone given name would count, beside a dateline under the headline.
    """
    found = _BYLINE_MARKER.match(text.strip())
    rest = strip_stray(text.strip()[found.end() :]) if found else ""
    return rest if rest and single_name(rest) else None


def marker_only(text: str) -> bool:
    """A line that is only a byline marker ('By', 'Written by:'): the names are on the next line."""
    text = unmarked(text.strip())
    m = _BYLINE_MARKER.match(text)
    return m is not None and not text[m.end() :].strip()


class Byline(NamedTuple):
    """A parsed byline: the names, any other field on the line (a date), and whether 'By' marked it."""

    names: list[str]
    rest: str | None
    marked: bool


def _credit(piece: str, dated: bool) -> bool:
    """After a byline marker, a credit that is not a person's name: a team or desk ('the
    Lavazza Team', 'SolutionsHub Editorial Team'), a site ('BBK Web') or a handle ('infuy',
    'IndustrySelect'). Wire services stay out ('By Reuters Staff'); a plain lower-case word
    counts only with a date beside it ('by whova | Apr 21, 2025'), since 'By popularity' is a sort menu.
    """
    tokens = piece.split()
    if not 1 <= len(tokens) <= 5 or any(t.lower().strip(".,") in _WIRE_WORDS or not _WORDLIKE.match(t) for t in tokens):
        return False
    if len(tokens) == 1:
        token = tokens[0]
        plain = token.lower()
        if not _HANDLE.match(token) or plain in _NOT_NAME_WORDS or plain in ROLE_WORDS or plain in _MONTHS:
            return False
        return dated or bool(re.search(r"[0-9_.]|[a-z][A-Z]", token))
    lower = [i for i, t in enumerate(tokens) if not t[0].isupper()]
    if any(tokens[i].lower() not in _CREDIT_JOINERS or i == len(tokens) - 1 for i in lower):
        return False
    if any(t.lower() == "by" for t in tokens):  # 'By Category By Manufacturer': a filter menu
        return False
    if lower and lower[0] == 0 and tokens[0].lower() != "the":
        return False
    content = [t for t in tokens if t[0].isupper() and t.lower() not in _NOT_NAME_WORDS and t.lower() not in ROLE_WORDS]
    return bool(content)


def _names_in(head: str, marked: bool, single: bool, dated: bool = False) -> list[str] | None:
    head = re.sub(r"\s+(?:on|at|in|updated|published|posted)$", "", strip_stray(head), flags=re.IGNORECASE)
    if "@" in head:  # 'Jane Doe (@janedoe) and Omar Khan (@okhan)', 'Jane Doe jd@example.com'
        head = strip_stray(_HANDLE_AFTER.sub("", head))
    if not head or len(head.split()) > BYLINE_MAX_WORDS:
        return None
    if not marked and head.isupper() and " " not in head:
        return None  # a wire story's dateline city ('BAKU, March 3, 2024 (Reuters) - …'), not a given name
    if head.isupper() and (marked or len(head.split()) <= CAPS_NAME_WORDS):
        head = head.title()  # 'By JANE DOE'; a bare 'LEONARDO GARCIA' must still pass the page-vocabulary test
    tokens = head.split()
    if len(tokens) % 2 == 0 and tokens[: len(tokens) // 2] == tokens[len(tokens) // 2 :]:
        head = " ".join(tokens[: len(tokens) // 2])  # a name printed twice ('Jane Doe Jane Doe')
    caps = len(tokens)
    while caps > 2 and _CAPS_WORD.match(tokens[caps - 1]):
        caps -= 1
    if len(tokens) - caps >= 2:
        tokens = tokens[:caps]  # a publisher in capitals after the name ('Jane Doe USA TODAY')
        head = " ".join(tokens)
    role = next((k for k, t in enumerate(tokens) if k >= 2 and t[0].isupper() and t.lower() in ROLE_WORDS), None)
    if role is not None and is_person_name(" ".join(tokens[:role])):  # 'Jane Doe Founder & Lead Reviewer'
        head = " ".join(tokens[:role])
    pieces = [strip_stray(p) for p in _NAME_SPLIT.split(head) if p.strip()]
    pieces = [p for p in pieces if not _CREDENTIAL.match(p)]
    if len(pieces) > 1:  # 'Jane Doe, Special Correspondent': the role says whose line it is
        pieces = [p for p in pieces if not _STAFF_ROLE.match(p)] or pieces
    if marked and len(pieces) > 1:  # 'By Jane Doe, Associated Press': the agency she files for is not a name
        pieces = [p for p in pieces if not _AGENCY.match(p)] or pieces
    if marked:  # 'By JANE DOE, Staff Writer': a name in capitals beside a role in title case
        pieces = [p.title() if p.isupper() and 2 <= len(p.split()) <= CAPS_NAME_WORDS else p for p in pieces]
    if sum(len(p.split()) for p in pieces) > 16:  # credentials aside, a byline names a few people
        return None
    names = [p for p in pieces if is_person_name(p, marked=marked) or (single and len(pieces) == 1 and single_name(p))]
    if not names and marked and len(pieces) == 1 and _credit(pieces[0], dated):
        names = pieces
    if not names or (not marked and len(names) != len(pieces)):
        return None
    return names


_HANDLE_AFTER = re.compile(r"\s+\(?(?:@\w{1,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\)?(?=\s|,|$)")
"""A social-media handle or an e-mail address printed after a name ('Jane Doe (@janedoe)', 'Jane Doe jd@x.com')."""
_STAFF_ROLE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Writer|Correspondent|Editor|Columnist|Journalist|Contributor)$"
)
"""A newsroom role in title case after a name on its line ('Staff Reporter', 'Senior Political Correspondent')."""
AUTHOR_ROLE = re.compile(
    r"^(senior |staff |contributing |guest |freelance )?(author|writer|contributor|reporter|correspondent|columnist|"
    r"journalist)$",
    re.IGNORECASE,
)
"""A line under a bare name that says it is the author's ('Jane Roe' over 'Writer'): as good as 'By'."""
CAPS_NAME_WORDS = 3
"""Longest bare line in capitals read as a name ('LEONARDO GARCIA'); longer capitals are a kicker or a menu."""
BYLINE_MAX_WORDS = 40
"""Longest line read as a byline: names, dates, a role, a reading time and share links fit; a paragraph does not."""
PARSE_CACHE_SIZE = 4096
"""Lines whose byline reading is kept per process: more than any one page has."""
INNER_BY_MAX_WORDS = 30
"""Longest line whose 'by' may stand mid-line ('Dec 19, 2025 · Posted by Jane Doe'): in a longer one it is a
sentence's ('A study conducted by X (October 2024) …'). Both set by hand on the tune half of ../shared/bench/dev."""


_CJK_NAME = r"(?:[\uac00-\ud7af]{2,4}|[\u3400-\u4dbf\u4e00-\u9fff](?:[ \u3000]?[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff]){1,5}?)"
_CJK_ROLE = r"(?:(?:선임|수석|객원)?기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員|通讯员|通訊員)"
_CJK_BYLINE = re.compile(
    rf"^(?:[(（][^()（）]{{1,20}}[)）]\s*)?(?:(?P<marked>记者|記者|作者|撰文|文|筆者|執筆|글)\s*[:：/／・]?\s*)?"
    rf"(?P<names>(?!{_CJK_ROLE}){_CJK_NAME}(?:\s*[,，、·・ ]\s*(?!{_CJK_ROLE}){_CJK_NAME}){{0,3}})"
    rf"\s*(?P<role>{_CJK_ROLE})?(?:\s*[=＝]|\s+\S+@\S+)?\s*$"
)
"""A byline in Chinese, Japanese or Korean: a name of two to four Hangul syllables or of Chinese characters
(with kana after them for Japanese), after a role ('记者 张三', '作者：张三', '文／山田太郎') or before one
('홍길동 기자', '山田太郎 記者'), perhaps after the wire's place in brackets and with an e-mail after it
('(서울=연합뉴스) 홍길동 기자 ='). Without a role word the line is no byline: any headline may be two words."""


_HANGUL_ONLY = re.compile(r"^[\uac00-\ud7af\s]+$")
_WIRE_LEAD = re.compile(
    rf"^[(（][^()（）=＝]{{1,12}}[=＝][^()（）]{{1,20}}[)）]\s*(?P<names>{_CJK_NAME}(?:\s*[,·・]\s*{_CJK_NAME}){{0,3}})"
    rf"\s*{_CJK_ROLE}\s*[=＝]\s*\S"
)
"""A Korean wire story's lead credit, opening its first paragraph: '(서울=연합뉴스) 홍길동 기자 = 정부는 …'."""


def wire_lead_names(text: str) -> list[str]:
    """The reporters a wire story's first paragraph credits before its text ('(서울=연합뉴스) 홍길동 기자 = …'),
    or []: the line is the article's text, and its credit its byline."""
    found = _WIRE_LEAD.match(text) if not text.isascii() else None
    return [] if found is None else [n for n in re.split(r"\s*[,·・]\s*", found.group("names")) if n]


def _cjk_byline(text: str) -> Byline | None:
    found = _CJK_BYLINE.match(text.strip())
    if found is None or not (found.group("marked") or found.group("role")):
        return None
    # Korean names have no space inside; Chinese and Japanese ones may ('山田 太郎'), so only marks part those.
    parts = re.split(r"\s*[,，、·・]\s*", found.group("names"))
    names = [n for part in parts for n in (part.split() if _HANGUL_ONLY.match(part) else [part.strip()]) if n]
    return Byline(names, None, True)


def parse_byline(text: str, *, marker: bool = False) -> Byline | None:
    """The names in a byline, or None when ``text`` is not one (see ``_parse_byline``).

    Cached: the header, the lexicon, the teaser and the credit passes each ask about the same
    lines (half the calls on the bench pages repeat one). The names list is a fresh copy.
    """
    found = _parse_byline(unmarked(text), marker)
    return None if found is None else Byline(list(found.names), found.rest, found.marked)


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _parse_byline(text: str, marker: bool) -> Byline | None:
    """The names in a byline, or None when ``text`` is not one.

    Handles 'By A and B', 'A, B |', 'Written by A', 'Author: A', 'A | Published 12 March
    2023', 'A 12 March 2023', 'Published 2 Dec 2025 by A'. Without a marker such as 'By',
    every piece must be a name; with one, pieces that are roles or wire services ('Staff
    Writer', 'Reuters') are dropped and a lone given name is accepted. ``marker``: the
    previous line was a bare 'By'.
    """
    if not text.isascii() and (cjk := _cjk_byline(text)) is not None:
        return cjk
    n_words = len(text.split())
    if n_words > BYLINE_MAX_WORDS or SOCIAL_EMBED.match(text):
        return None  # a paragraph that opens 'Published by X and released in May 2025, …'; a post's signature
    fields = _FIELD_SPLIT.split(text.strip())
    dated = bool(_DATE_CUE.search(text))
    has_date = dated and bool(_HAS_DATE.search(text))  # a date itself, not only a keyword ('posted')
    for k, field in enumerate(fields):
        found = _BYLINE_MARKER.match(field)
        inner = _INNER_BY.search(field) if not found and dated and n_words <= INNER_BY_MAX_WORDS else None
        if found:
            head = field[found.end() :]
            if (again := _BYLINE_MARKER.match(head)) and again.end() < len(head):
                head = head[again.end() :]  # two markers ('Author Posted by Jane Doe')
        elif inner:
            head = field[inner.end() :]
        elif k == 0 or (dated and all(_DATE_CUE.match(f.strip()) for f in fields[:k])):
            head = field  # the first field, or the one after a date ('Dec 19, 2025 · Jane Doe')
        else:
            continue
        marked = bool(found or inner or (marker and k == 0))
        cut = min(
            (m.start() for m in (_DATE_CUE.search(head), _NAMES_END.search(head)) if m and m.start() > 0),
            default=None,
        )
        after = re.sub(r"^[\s.]*(?:[—–|-]\s+)?(?:(?:on|at|in)\s+)?", "", head[cut:], flags=re.IGNORECASE) if cut else ""
        tail = (field[: inner.start()] + " " if inner else "") + after
        # A lone given name ('By Amanda') only with a date beside it ('Amanda 9 May 2024'):
        # 'By Industry' is a menu.
        lone = bool(cut and k == 0 and len(head[:cut].split()) == 1 and _DATE_CUE.match(head[cut:].lstrip()))
        single = (marked and (dated or bool(tail.strip()))) or lone
        # A lower-case handle needs a date beside it, not just a keyword ('jobs posted by clients').
        names = _names_in(head[:cut] if cut else head, marked, single, has_date)
        if names:
            rest = " ".join([tail, *fields[:k], *fields[k + 1 :]]).strip() or None
            return Byline(names, rest, marked)
    return None


def byline_at(texts: list[str], i: int) -> tuple[Byline, int] | None:
    """The byline read at line ``i`` and the line holding its names: line ``i`` itself, or
    the line below a bare 'By' / 'Written by:' line."""
    if marker_only(texts[i]) and i + 1 < len(texts):
        below = parse_byline(texts[i + 1], marker=True)
        return (below, i + 1) if below else None
    byline = parse_byline(texts[i])
    return (byline, i) if byline else None


def starts_byline(text: str) -> bool:
    """The line opens with a byline marker ('By', 'Written by', 'Author:')."""
    return _BYLINE_MARKER.match(text.strip()) is not None


_PLAIN_WORD = re.compile(r"^[a-z][a-z'’-]*[a-z]$")


def page_vocabulary(texts: list[str]) -> frozenset[str]:
    """Words the page prints in lower case: common words, never the names of its authors."""
    vocab = set()
    for text in texts:
        for token in text.split():
            token = token.strip(".,;:!?()[]\"'“”‘’")
            if _PLAIN_WORD.match(token):
                vocab.add(token)
    return frozenset(vocab)


def plausible_names(names: list[str], vocabulary: frozenset[str], *, marked: bool = False) -> bool:
    """No name is made mostly of words the page uses in lower case ('Rental Market', 'Case Studies').

    After a 'By' marker the form already speaks for a name, so only a name made wholly of
    such words is refused ('By Use Case' in a filter menu). A month word is no evidence
    ('By Tom May').
    """
    for name in names:
        # Two letters are no evidence either way: 'Ma', 'Li', 'Do' are surnames and page words alike.
        tokens = [t.strip(".,'’") for t in name.split() if len(t.strip(".,'’")) > 2 and t[0].isupper()]
        hits = sum(t.lower() in vocabulary and t.lower() not in _MONTHS for t in tokens)
        if tokens and (hits == len(tokens) if marked else 2 * hits >= len(tokens)):
            return False
    return True


def same_person(a: str, b: str) -> bool:
    """Two printings of one name: equal, or one is the other's surname-bearing form."""
    fa, fb = a.casefold().split(), b.casefold().split()
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return len(short) >= 2 and short[-1] == long_[-1] and short[0] == long_[0]
