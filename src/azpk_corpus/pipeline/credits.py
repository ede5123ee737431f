"""Layout pass: author credits below the header, for pages whose header names nobody.

Many pages credit the author only further down: a 'By' line under a hero image or
in a sidebar, or an author box at the end ('Jane Doe' over 'Jane Doe is a ...',
'About Jane Doe' over 'Jane has ...'). Both are found by form, never by a list of names.
"""

from __future__ import annotations

import re

from .bios import BioBlock, about_heading, opens_self_intro, role_line, self_intro
from .draft import Draft
from .header_lines import team_credit
from .names import AUTHOR_ROLE, byline_at, is_person_name, marked_single, parse_byline, plausible_names, strip_stray
from .text_stats import is_prose

_BIO_START = re.compile(
    r"^\S+(?:\s+\S+){0,4}?\s+(?:is|was|has|had|serves|served|works|worked|holds|writes|leads|heads|founded|"
    r"co-founded|joined|brings|covers|specializes|specialises)\b"
)
_VERB_AFTER_GIVEN = re.compile(r"^[a-z]{3,}(?<!ss)s\b")
BOX_NAME_MAX_WORDS = 16
"""Longest line read as a name followed by its role ('Jane Doe Senior Writer at The Daily Example')."""
_OPEN = frozenset({"?", "page_chrome"})
_OWNED = re.compile(
    r"^(\S+(?: \S+){1,3})['’]s (?:personal )?(?:blog|thoughts|notes|site|website|homepage|journal|musings|writings|"
    r"newsletter|corner)\b"
)
SITE_NAME_LINES = 2
"""A personal site prints its owner's name first (its masthead); so many top lines are looked at."""


def _box_name(text: str) -> str | None:
    """The name heading an author box: the whole line, or its first words before a role
    ('Jane Doe Senior Writer at The Daily', 'Tim Roe UK-based Systems Theorist & Writer')."""
    if is_person_name(text):
        return text
    tokens = text.split()
    if len(tokens) > BOX_NAME_MAX_WORDS or text.endswith((".", "!", "?")):
        return None  # a sentence, not a name and its role
    for k in (3, 2):
        if len(tokens) > k and is_person_name(" ".join(tokens[:k])) and role_line(" ".join(tokens[k:])):
            return " ".join(tokens[:k]) if not is_person_name(" ".join(tokens[: k + 1])) else None
    return None


def _credited_name(text: str) -> str | None:
    """The one name in a credit line heading an author box ('Written by Jane Doe', 'By Jane')."""
    found = parse_byline(text)
    if found and found.marked and len(found.names) == 1:
        return found.names[0]
    return marked_single(text)


def _bio_pair(draft: Draft, i: int) -> str | None:
    """The name on line ``i`` when the next line is a bio that opens with it or introduces its writer."""
    if i + 1 >= len(draft.texts):
        return None
    text, following = strip_stray(draft.texts[i]), draft.texts[i + 1]
    boxed = about_heading(text) or _box_name(text)
    # 'Jane Doe' or 'Written by Jane' over 'Hi there! I'm Jane, …' / 'I am a running coach …'.
    credited = (boxed or _credited_name(text)) if opens_self_intro(following) else None
    if credited and self_intro(following, credited) and plausible_names([credited], draft.vocabulary, marked=True):
        return credited
    name = boxed
    if not name or not plausible_names([name], draft.vocabulary):
        return None
    tokens = name.split()
    first = tokens[0]
    # 'Jack Brooks Park' over 'Jack Brooks is one of those places …': a place or firm named after
    # someone, since a bio repeats its subject's whole name or the given name alone.
    cut_short = (" ".join(tokens[:k]) + " " for k in range(2, len(tokens)))
    if not following.startswith(name) and any(following.startswith(head) for head in cut_short):
        return None
    if following.startswith((name + " ", first + " ", "(" + name)) and _BIO_START.match(following):
        return name
    # Any verb after the given name alone ('Tim explores …'): an author box speaks of its author
    # so; a list of people or firms repeats the full name ('Acme Roasters honors …').
    given = following.startswith(first + " ") and not following.startswith(name)
    return name if given and _VERB_AFTER_GIVEN.match(following[len(first) + 1 :]) else None


def _late_byline(draft: Draft, first: int) -> None:
    texts, labels = draft.texts, draft.labels
    for i in range(first, len(texts)):
        if labels[i] not in _OPEN or is_prose(texts[i], draft.stopwords):
            continue  # 'A study conducted by X on behalf of Y.' is a sentence, not a byline
        found = byline_at(texts, i)
        if found and not found[0].marked and found[1] + 1 < len(texts) and AUTHOR_ROLE.match(texts[found[1] + 1]):
            found = (found[0]._replace(marked=True), found[1])  # 'Jane Roe' over 'Author' in an author box
        if found and found[0].marked and plausible_names(found[0].names, draft.vocabulary, marked=True):
            draft.byline = found[0].names
            labels[i] = labels[found[1]] = "byline"
            return


_MORE_FROM = re.compile(
    r"^(?:more (?:from|by)|(?:read |see |view )?(?:all |more )?(?:posts|articles|stories) (?:from|by)|read more about)"
    r"\s+(?P<name>.{3,40}?)\s*[→›»>]?$",
    re.IGNORECASE,
)
_LOWER_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{2,30}$")


def linked_author(draft: Draft) -> str | None:
    """The author a link to their page names ('More from jsteinhardt', 'Read more about The Upwork
    Team'), when the page also prints that credit alone on a line or after 'by'.

    Only a person's name, a team or desk credit, or a lower-case handle counts: 'More from this
    author', 'More about me' and 'More from Reuters' name nobody.
    """
    lines = {text.casefold() for text in draft.texts}
    for text in draft.texts:
        found = _MORE_FROM.match(text)
        name = found.group("name") if found else ""
        if not name or not (is_person_name(name) or team_credit(name) or _LOWER_HANDLE.match(name)):
            continue
        if name.casefold() in lines or f"by {name.casefold()}" in lines:
            return name
    return None


def site_owner(draft: Draft) -> str | None:
    """The person a personal site belongs to: its masthead, the page's first line, is a person's name.

    Used only when the page credits nobody else: on a one-person blog the owner wrote the post.
    (Copyright lines were tried too, on the tune half of ../shared/bench/dev: they name companies
    far more often than people.)
    """
    for text in draft.texts[:SITE_NAME_LINES]:
        owned = _OWNED.match(text)  # a tagline: "Jane Doe's thoughts on AI, data and analytics"
        name = owned.group(1) if owned else strip_stray(text)
        if is_person_name(name) and plausible_names([name], draft.vocabulary):
            return name
    return None


def label_credits(draft: Draft, start: int, head_end: int) -> None:
    """Find author boxes from the body's start on, and a marked byline below the header if none was found."""
    labels = draft.labels
    for i in range(start, len(draft.texts) - 1):
        if labels[i] in _OPEN and labels[i + 1] in _OPEN and (name := _bio_pair(draft, i)):
            labels[i], labels[i + 1] = "author_name", "bio"
            draft.bios.append(BioBlock(name, draft.texts[i + 1], i))
    if not draft.byline:
        _late_byline(draft, head_end)
