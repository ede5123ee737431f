"""The working state the layout passes share while they label one page."""

from __future__ import annotations

from dataclasses import dataclass, field

from .bios import BioBlock


@dataclass
class Draft:
    """Labels under construction; '?' marks a line no pass has claimed yet."""

    texts: list[str]
    reasons: list[str | None]
    """boilerplate_reason() of each line, computed once: every pass consults it."""
    labels: list[str]
    stopwords: frozenset[str] | None = None
    """Function words of the page's language for the prose test (text_stats.page_stoplist)."""
    vocabulary: frozenset[str] = frozenset()
    """Words the page prints in lower case (header.page_vocabulary): evidence against names."""
    tables: list[bool] = field(default_factory=list)
    """Rows of a data table or a structured list (layout.table_rows): content, though never prose or a headline."""
    wrapped: list[bool] = field(default_factory=list)
    """Lines of a hard-wrapped paragraph (layout.wrapped_prose): prose together, fragments alone."""
    bios: list[BioBlock] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    title: str | None = None
    section: str | None = None
    dateline: str | None = None

    def content_row(self, i: int) -> bool:
        """Line ``i`` is content that no line-by-line prose test passes: a table row or a wrapped line."""
        return self.tables[i] or self.wrapped[i]
