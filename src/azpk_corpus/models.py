"""The record: the one source of truth for every row the corpus holds.

``schema/*.json`` is generated from these models (``python -m azpk_corpus.schema``),
the Arrow schema in ``arrow_schema.py`` is checked against them by a test, and every
record is validated by them when it is built and when it is loaded.

All offsets (``start``/``end``) are Python string indices into ``Article.text``, so
``article.text[x.start:x.end] == x.text`` holds for facts, dates and quantities alike.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.2.0"
"""Version of the record layout; bumped by the rule in README ("Versioning")."""

QuantityMod = Literal["approx", "more_than", "less_than"]
QuantityKind = Literal["money", "count", "duration", "percent", "ordinal", "identifier"]
QuantityRole = Literal["value", "target"]
Granularity = Literal["day", "month", "year", "decade", "century"]
DateMod = Literal["approx", "before", "after", "since", "start", "mid", "end"]
Anchor = Literal["earlier_year", "published_date"]
EntityKind = Literal["country", "capital", "organisation", "place"]
FactKind = Literal[
    "recognized_independence",
    "state_recognition",
    "diplomatic_relations",
    "resolution_adopted",
    "trade_volume",
    "agreements_signed",
    "membership",
    "visit",
    "war",
    "other",
]
ClaimLabel = Literal["agree", "conflict"]
ClaimAttribute = Literal["date", "duration", "quantity", "status"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Span(_Record):
    text: str = Field(description="The span exactly as it stands in the article text.")
    start: int = Field(ge=0, description="Start offset in the article text.")
    end: int = Field(ge=0, description="End offset (exclusive) in the article text.")

    @model_validator(mode="after")
    def _ordered(self) -> _Span:
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not have the length of {self.text!r}")
        return self


_TIMEX = r"[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?"


class DateRange(_Record):
    """The two ends of a stated range ('(1992-1994)', '27 September - 10 November')."""

    start: str = Field(pattern=rf"^{_TIMEX}$", description="TIMEX3 value of the first end.")
    end: str = Field(pattern=rf"^{_TIMEX}$", description="TIMEX3 value of the last end.")


class DateMention(_Span):
    """A date as stated, with a TIMEX3-style value that never guesses a missing part."""

    value: str = Field(
        description="TIMEX3 value as stated: 1992-06-09, 1993-04, 1992, 199X (the 1990s), 19XX (the 20th "
        "century), 1992/1994 (a range), XXXX-09-27 (no year stated).",
        pattern=rf"^{_TIMEX}(/{_TIMEX})?$",
    )
    granularity: Granularity = Field(description="Finest unit the text states: day, month, year, decade, century.")
    mod: DateMod | None = Field(
        default=None,
        description="TIMEX3 mod: approx (around 1990), before, after, since, start (early 1990s), mid, end (late 1990s).",
    )
    range: DateRange | None = Field(default=None, description="Both ends when the mention states a range, else null.")
    resolved_value: str | None = Field(
        default=None,
        pattern=rf"^{_TIMEX}(/{_TIMEX})?$",
        description="The value with a missing year filled from `anchor`; null when the year is stated or no anchor exists.",
    )
    anchor: Anchor | None = Field(
        default=None,
        description="What filled the year: the last year stated earlier in the article, or its published_date.",
    )


class Quantity(_Span):
    """A stated amount: a number with what it counts."""

    value: float = Field(description="The number, scaled: '7.3 USD million' is 7300000.")
    unit: str = Field(
        description="Singular lower-case noun counted ('day', 'document'), an ISO 4217 code "
        "for money ('USD'), or '' when the text names none."
    )
    mod: QuantityMod | None = Field(
        default=None, description="'approx' (nearly, around), 'more_than' (over), 'less_than' (under)."
    )
    kind: QuantityKind = Field(
        description="money (unit is an ISO 4217 code), count, duration, percent, ordinal (first, 3rd) or "
        "identifier (the 822 of 'resolution 822', unit 'resolution')."
    )
    role: QuantityRole = Field(
        default="value",
        description="'target' when the amount is aimed at ('improve this figure to 500 million USD'), else 'value'.",
    )


class Entity(_Span):
    """A country, capital, organisation or place named in a fact, with a stable id."""

    id: str = Field(
        pattern=r"^[a-z]+:[A-Za-z0-9_]+$",
        description="Stable id: 'iso:PAK' for a country (ISO 3166 alpha-3), 'gaz:<key>' for a gazetteer entry.",
    )
    name: str = Field(description="Canonical name ('Pakistan', 'UN Security Council').")
    kind: EntityKind = Field(description="country, capital, organisation or place.")
    country: str | None = Field(
        pattern=r"^[A-Z]{3}$", description="ISO 3166 alpha-3 code of the country it is or belongs to, or null."
    )


class Fact(_Span):
    """A body sentence that states something checkable: a date, a quantity, or a known predicate."""

    id: str = Field(description="'<article id>-f<NNN>', NNN the fact's rank in the article.")
    kind: FactKind = Field(description="The first known predicate the sentence states, else 'other'.")
    dates: list[DateMention] = Field(description="Dates stated in the sentence.")
    quantities: list[Quantity] = Field(description="Quantities stated in the sentence.")
    entities: list[Entity] = Field(description="Countries, capitals, organisations and places named in the sentence.")
    polarity: Literal["positive", "negative"] = Field(
        description="'negative' when the predicate (or, without one, the main verb) is negated."
    )
    attribution: str | None = Field(
        default=None, description="The quoted or reported source ('the Foreign Ministry', 'President Aliyev'), or null."
    )
    hedged: bool = Field(description="True when the sentence hedges ('around', 'reportedly', 'may').")


class Author(_Record):
    """A person credited with the article, and their bio when the page gives one."""

    name: str = Field(min_length=1, description="The name as printed, stray characters removed.")
    bio: str | None = Field(description="The bio as printed on the page, or null.")


class RemovedLine(_Record):
    """A line of the raw page that is not in ``text``, and why."""

    line: int = Field(ge=1, description="1-based line number in the raw file (in its rendered text for an HTML page).")
    text: str = Field(description="The line, normalized as the body is.")
    reason: str = Field(pattern=r"^[a-z][a-z_]*$", description="Stable snake_case reason code.")


class Provenance(_Record):
    """Where a record came from and what built it."""

    raw_sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the raw file's bytes.")
    builder_version: str = Field(description="azpk-corpus version that built the record.")
    schema_version: str = Field(description="Record layout version (models.SCHEMA_VERSION).")
    encoding: str = Field(description="Encoding the raw bytes were read in: utf-8, utf-8-sig, utf-16 or a code page.")
    repairs: list[str] = Field(
        description="Repairs made before extraction: decoded_<code page> (not UTF-8), mojibake (fixed by ftfy), "
        "html_rendered (an HTML page read as its visible text)."
    )


class Article(_Record):
    """One article: metadata, cleaned body and the facts it states (config ``articles``)."""

    id: str = Field(pattern=r"^[0-9a-f]{16}$", description="Stable id: see README, 'Record ids'.")
    source_file: str = Field(description="Name of the raw .txt or .html file.")
    title: str | None = Field(description="Headline, or null when the page shows none.")
    authors: list[Author] = Field(description="Credited authors in page order.")
    publisher: str | None = Field(description="Publisher, from the catalog; null when unknown.")
    source_url: str | None = Field(description="Original URL, from the catalog; null when unknown.")
    published_date: str | None = Field(
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="ISO 8601 date, partial allowed (2021-07); null when unknown.",
    )
    section: str | None = Field(description="Site section (breadcrumb or URL), or null.")
    language: str | None = Field(
        description="ISO 639-1 code of the body's language (en, de, fr, es, it, pt, nl, sv, da, no, pl, cs, sk, hr, "
        "hu, ro, ca, id, bg, el, tr, ru, uk, az, ar, fa, ur, hi by function words; ja, zh, ko, th by script; az also "
        "by its letter 'ə'), or null."
    )
    text: str = Field(min_length=1, description="Cleaned body: paragraphs and headings split by one blank line.")
    headings: list[str] = Field(description="In-body subheadings, each also a paragraph of text.")
    facts: list[Fact] = Field(description="Sentences of text stating a date or a quantity.")
    removed: list[RemovedLine] = Field(description="Every non-blank raw line left out of text, with its reason.")
    provenance: Provenance = Field(description="Raw-file sha256, builder and schema versions, encoding, repairs.")
    near_duplicates: list[str] = Field(
        default_factory=list,
        description="Ids of other articles of the corpus whose text is nearly the same (word 5-gram Jaccard >= 0.8).",
    )

    @model_validator(mode="after")
    def _offsets_match_text(self) -> Article:
        for fact in self.facts:
            spans: list[_Span] = [fact, *fact.dates, *fact.quantities, *fact.entities]
            for span in spans:
                if self.text[span.start : span.end] != span.text:
                    raise ValueError(f"{span.text!r} is not at {span.start}:{span.end} of the text")
        return self


class FactRow(Fact):
    """A fact with the id of its article (config ``facts``)."""

    article_id: str = Field(pattern=r"^[0-9a-f]{16}$")


class AuthorRow(_Record):
    """One author across the corpus (config ``authors``)."""

    name: str = Field(min_length=1)
    bio: str | None = Field(description="The longest bio the corpus gives for this name.")
    article_ids: list[str] = Field(description="Ids of the articles they are credited with.")


class ClaimMember(_Record):
    """One article's statement about the matter of a claim group."""

    article_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    source_file: str = Field(description="Raw file of the article, for reading the reason.")
    fact_id: str = Field(description="Id of the fact that holds the statement.")
    text: str = Field(description="The clause of the fact that states it.")
    polarity: Literal["positive", "negative"]
    values: list[str] = Field(description="The compared values it states (TIMEX3 dates, '44 day'); may be empty.")
    published_date: str | None = Field(description="The article's published_date, for changes over time.")


class ClaimGroup(_Record):
    """Statements from different articles about one matter, and whether they agree (config ``claims``)."""

    id: str = Field(pattern=r"^c[0-9]{3}$", description="'c<NNN>', by rank of the group's first member.")
    kind: FactKind = Field(description="The predicate the members share.")
    participants: list[str] = Field(description="Entity ids the matter is about, sorted.")
    attribute: ClaimAttribute = Field(
        description="What is compared: a date, a duration, another quantity, or the status (polarity)."
    )
    label: ClaimLabel = Field(description="'conflict' when two members state incompatible values or polarities.")
    reason: str = Field(description="Readable reason: '1991 (002_…, 003_…) vs 1992 (001_…)'.")
    change_over_time: bool = Field(
        description="A polarity conflict that may be a change over time: the articles' dates differ, or a "
        "member says so ('recently', 'until')."
    )
    members: list[ClaimMember] = Field(min_length=2, description="One entry per statement, two articles at least.")


CONFIG_MODELS: dict[str, type[_Record]] = {
    "articles": Article,
    "facts": FactRow,
    "authors": AuthorRow,
    "claims": ClaimGroup,
}
"""Dataset config name -> the model of one of its rows."""
