"""Author bios in their common shapes, recognised by form rather than by known names.

'Jane Doe is a senior fellow at ...', '(The writer is ...)', '*The author is ...*',
'About the author' + text, and a name line followed by role lines
('Director of Research at ...', 'An award-winning analyst ...').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .names import ROLE_WORDS, is_person_name

_ROLE_SUFFIXES = ("writer", "editor", "blogger", "journalist", "photographer", "ologist", "scientist")
_WRITES_ON = r"\s+(?:(?:extensively|widely|regularly)\s+)?(?:about|on|for|from)"
_BIO_VERB = re.compile(
    r"\s+(?:(?:is|was)(?:\s+(?:also|currently|now|formerly))?\s+(?:(?:a|an|the|one of)\b|(?=[A-Z]))|"
    r"has been|has (?:reported|written)" + _WRITES_ON + r"|has covered|"
    r"serves as|works as|works at|holds|teaches|writes|heads|leads|currently)\b"
)
_WRITES = re.compile(r"^\s*(?:(?:writes|has (?:reported|written))" + _WRITES_ON + r"|has covered)\b")
"""A bio verb that says what the person does without a role word ('Jane Doe writes about energy for …')."""
_ANON_BIO = re.compile(
    r"^[\s(*\-–—_\[]*((?:the )?(?:writer|author|columnist|contributor)s?(?:,[^,]{3,80},)?\s+"
    r"(?:is|are|was|works|teaches|serves|heads)\b.*?)[\s)*_\]]*$",
    re.IGNORECASE | re.DOTALL,
)
_ABOUT = re.compile(
    r"^(?:about|sobre|über|à propos de|a propos de|acerca de|over|informazioni su)\s+"
    r"(?:(?:the|el|la|o|a|den|die|de)\s+|l['’]\s*)?(?P<what>.+?)\s*:?$",
    re.IGNORECASE,
)
"""'About the author' / 'About Jane Doe' and the same heading in es, pt, de, fr, nl, it."""


_HANDLE = re.compile(r"\s*\((?:@\w+|[^()]*\.(?:com|org|net))\)$")
_APPOSITION = re.compile(r"^([^,]{3,60}),\s+((?:a|an|the)\s+[^,]{3,120}),?$")
"""'Jane Doe, a senior fellow at X,': a name, then what she is, between commas."""

_SELF_INTRO = re.compile(
    r"^(?:(?:hi|hello|hey|howdy)\b[^.!?]{0,30}[.!?,][^\w]*)?(?:i['’]m|i am|my name is)\s+(?P<what>\S+)",
    re.IGNORECASE,
)
_SUBJECT_LABEL = re.compile(r"^(?:about the )?(?:author|writer)\s*:?\s+", re.IGNORECASE)
_BOX_LABEL = re.compile(r"^about the (?:author|writer)\s*:\s*", re.IGNORECASE)
"""An author box's heading run into its text ('About the author: Jane Doe is …'): no part of the bio."""
_SELF_ROLE_OPENERS = frozenset({"a", "an", "the"})


@dataclass(frozen=True)
class BioBlock:
    """A bio found on the page: whom it names (None: 'the writer'), its text, its first line index."""

    name: str | None
    text: str | None
    first_line: int


def _has_role(text: str, within: int = 40) -> bool:
    tokens = re.findall(r"[\w-]+", text.lower())[:within]
    return (
        any(t in ROLE_WORDS or t.rstrip("s") in ROLE_WORDS or t.endswith(_ROLE_SUFFIXES) for t in tokens)
        or "think tank" in text.lower()
    )


def bio_line(text: str) -> tuple[str | None, str] | None:
    """(subject name or None, bio text) when ``text`` is a bio sentence."""
    anon = _ANON_BIO.match(text)
    if anon and len(text.split()) <= 120:
        return None, anon.group(1).strip()
    verb = _BIO_VERB.search(text)
    if verb and verb.start() > 0 and len(text.split()) <= 150:
        # 'Author Jane Doe is …', '— Jane Doe is …', '*Jane Doe is …*'
        subject = _SUBJECT_LABEL.sub("", text[: verb.start()].strip(" *(—–-"))
        subject = _HANDLE.sub("", subject)  # 'Jane Doe (@janedoe) is …'
        role = text[verb.start() :]
        if (apposed := _APPOSITION.match(subject)) and _has_role(apposed.group(2)):
            subject, role = apposed.group(1), apposed.group(2)  # 'Jane Doe, a former ambassador, is …'
        if is_person_name(subject) and (_has_role(role) or _WRITES.match(role)):
            return subject, _BOX_LABEL.sub("", text.strip(" *—–-"))
    return None


def opens_self_intro(text: str) -> bool:
    """``text`` opens in the first person ('Hi, I'm', 'I am', 'My name is'): a cheap test before ``self_intro``."""
    return _SELF_INTRO.match(text) is not None


def self_intro(text: str, name: str) -> bool:
    """An author box's first-person bio of ``name``: 'Hi there! I'm Jane, …', 'I am a running coach …'.

    Only an introduction counts, by the given name or by what the writer is ('a', 'an', 'the');
    a comment under a commenter's name says 'I'm from Chicago' or 'I'm glad …'.
    """
    m = _SELF_INTRO.match(text)
    if m is None:
        return False
    what = m.group("what").strip(",.!'’\"“”")
    given = name.split()[:1]
    return what.lower() in _SELF_ROLE_OPENERS or [what] == given


def role_line(text: str) -> bool:
    """A line giving a role ('Director ... at X', 'An award-winning expert ...'), not prose."""
    n = len(text.split())
    return 2 <= n <= 60 and _has_role(text, within=8) and not text.endswith("?")


def about_heading(text: str) -> str | None:
    """'' for 'About the author', the name for 'About Jane Doe', None for anything else."""
    m = _ABOUT.match(text)
    if not m or len(text.split()) > 7:
        return None
    what = m.group("what")
    if re.fullmatch(
        r"(?:author|writer|contributor|columnist|autor|autora|auteur|autore|autorin)s?", what, re.IGNORECASE
    ):
        return ""
    return what if is_person_name(what) else None
