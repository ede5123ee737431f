"""What a source URL tells: a date in its path (/2021/07/14/) and a section (/opinion/)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_PATH_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])(?:/(?P<d>0[1-9]|[12]\d|3[01]))?(?:/|$)")
# Section slugs common across news sites; 'news' itself is too generic to name a section.
SECTION_SLUGS = {
    "opinion": "Opinion", "opinions": "Opinion", "op-ed": "Op-Ed", "oped": "Op-Ed", "editorial": "Editorial",
    "editorials": "Editorial", "analysis": "Analysis", "commentary": "Commentary", "columns": "Columns",
    "politics": "Politics", "world": "World", "business": "Business", "economy": "Economy",
    "sport": "Sport", "sports": "Sports", "culture": "Culture", "society": "Society", "science": "Science",
    "technology": "Technology", "tech": "Technology", "health": "Health", "region": "Region",
    "diplomacy": "Diplomacy", "defence": "Defence", "defense": "Defense", "interviews": "Interviews",
    "interview": "Interview", "features": "Features", "blog": "Blog", "blogs": "Blogs",
}  # fmt: skip


def url_date(url: str | None) -> str | None:
    """ISO date (partial allowed) from a /YYYY/MM(/DD)/ path, or None."""
    if not url:
        return None
    m = _PATH_DATE.search(urlsplit(url).path)
    if not m:
        return None
    return "-".join(part for part in (m["y"], m["m"], m["d"]) if part)


def url_section(url: str | None) -> str | None:
    """The section named by the first known section slug in the URL path, or None."""
    if not url:
        return None
    for segment in urlsplit(url).path.lower().split("/"):
        if segment in SECTION_SLUGS:
            return SECTION_SLUGS[segment]
    return None
