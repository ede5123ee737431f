"""``azpk-corpus explore``: one self-contained HTML page to look at a corpus folder.

The page is rendered here, in Python, as plain HTML and inline SVG (so it reads without
JavaScript and in a screen reader); ``explore.js`` only adds keyboard and filter niceties.
Styles and script are inlined: the page loads nothing from the network.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from .loader import Corpus
    from .models import Article, ClaimGroup, DateMention, Fact

LANE, LABEL_W, PLOT_W, UNSTATED_W = 34, 210, 760, 150
"""Timeline geometry in SVG units: lane height, label column, dated plot, 'year not stated' band."""
_VALUE = re.compile(r"^(?P<y>[0-9X]{4})(?:-(?P<m>[0-9X]{2})(?:-(?P<d>[0-9X]{2}))?)?$")


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def interval(value: str) -> tuple[float, float] | None:
    """The span of years a TIMEX3 value covers at its granularity ('1993-04' is April 1993); None without a year."""
    if "/" in value:
        first, last = (interval(part) for part in value.split("/", 1))
        return (first[0], last[1]) if first and last else None
    match = _VALUE.match(value)
    if not match or match["y"] == "XXXX":
        return None
    year = match["y"]
    if "X" in year:  # decade 199X or century 19XX
        width = 10 ** year.count("X")
        start = int(year.replace("X", "0"))
        return float(start), float(start + width)
    y = int(year)
    if not match["m"] or "X" in match["m"]:
        return float(y), float(y + 1)
    month = int(match["m"])
    if not match["d"] or "X" in match["d"]:
        return y + (month - 1) / 12, y + month / 12
    point = y + (month - 1) / 12 + (int(match["d"]) - 1) / 365
    return point, point


def month_of(value: str) -> int | None:
    match = _VALUE.match(value.split("/", 1)[0])
    return int(match["m"]) if match and match["m"] and "X" not in match["m"] else None


@dataclass(frozen=True)
class Mark:
    """One dated fact on the timeline: its lane, the date it is drawn at and what hovering shows."""

    lane: int
    fact: Fact
    date: DateMention
    span: tuple[float, float] | None
    """Years covered; None when the text states no year (drawn in the 'year not stated' band)."""


def marks(articles: Sequence[Article]) -> list[Mark]:
    """One mark per fact that states a date, at its first date (the resolved year when none is stated)."""
    out = []
    for lane, article in enumerate(articles):
        for fact in article.facts:
            if fact.dates:
                date = fact.dates[0]
                out.append(Mark(lane, fact, date, interval(date.resolved_value or date.value)))
    return out


def _axis(spans: list[tuple[float, float]]) -> tuple[float, float, int]:
    if not spans:
        return 2000.0, 2030.0, 10
    low, high = min(s[0] for s in spans), max(s[1] for s in spans)
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (high - low) / s <= 10)
    low, high = step * (low // step), step * (-(-high // step))
    return low, max(high, low + step), step


def timeline(articles: Sequence[Article]) -> str:
    """The SVG timeline: one lane per article, one focusable mark per dated fact."""
    found = marks(articles)
    low, high, step = _axis([m.span for m in found if m.span])
    width = LABEL_W + PLOT_W + UNSTATED_W
    height = LANE * (len(articles) + 1) + 10

    def x(year: float) -> float:
        return LABEL_W + (year - low) / (high - low) * PLOT_W

    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="{width}" role="group" '
        f'aria-labelledby="timeline-title" data-marks="{len(found)}">'
    ]
    for lane, article in enumerate(articles):
        y = LANE * lane + LANE / 2
        parts.append(f'<line class="lane" x1="{LABEL_W}" x2="{width - 4}" y1="{y}" y2="{y}"/>')
        label = (article.title or article.source_file)[:34]
        parts.append(f'<text class="lane-label" x="4" y="{y + 4}">{e(label)}<title>{e(article.title)}</title></text>')
    axis_y = LANE * len(articles) + 6
    tick = low
    while tick <= high:
        parts.append(f'<line class="tick" x1="{x(tick):.1f}" x2="{x(tick):.1f}" y1="0" y2="{axis_y}"/>')
        parts.append(f'<text class="tick-label" x="{x(tick):.1f}" y="{axis_y + 14}">{int(tick)}</text>')
        tick += step
    band = LABEL_W + PLOT_W + 10
    parts.append(
        f'<text class="tick-label" x="{band + (UNSTATED_W - 10) / 2}" y="{axis_y + 14}">year not stated</text>'
    )
    parts.append(f'<line class="tick" x1="{band}" x2="{band}" y1="0" y2="{axis_y}"/>')
    for mark in found:
        y = LANE * mark.lane + LANE / 2
        if mark.span:
            x0, x1 = x(mark.span[0]), x(mark.span[1])
        else:
            month = month_of(mark.date.value) or 6
            x0 = x1 = band + 8 + (month - 1) / 11 * (UNSTATED_W - 26)
        label = f"{mark.date.value} ({mark.date.granularity}{', ' + mark.date.mod if mark.date.mod else ''}): {mark.fact.text}"
        shape = (
            f'<circle cx="{x0:.1f}" cy="{y}" r="6"/>'
            if x1 - x0 < 6
            else f'<rect x="{x0:.1f}" y="{y - 6}" width="{x1 - x0:.1f}" height="12" rx="4"/>'
        )
        parts.append(
            f'<g class="mark kind-{e(mark.fact.kind)}" tabindex="0" role="img" data-fact="{e(mark.fact.id)}" '
            f'data-article="{mark.lane}" aria-label="{e(label)}"><title>{e(label)}</title>{shape}</g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def claims_section(claims: Sequence[ClaimGroup]) -> str:
    items = []
    for group in claims:
        members = "".join(
            f'<li><span class="src">{e(m.source_file)}</span> <q>{e(m.text)}</q> '
            f'<span class="vals">{e(", ".join(m.values))}{" (negated)" if m.polarity == "negative" else ""}</span></li>'
            for m in group.members
        )
        change = ' <span class="badge">maybe a change over time</span>' if group.change_over_time else ""
        items.append(
            f'<li class="claim {e(group.label)}" data-label="{e(group.label)}"><h3><span class="label">{e(group.label)}</span> '
            f"{e(group.kind.replace('_', ' '))}: {e(group.attribute)}{change}</h3>"
            f'<p class="reason">{e(group.reason)}</p><ul class="members">{members}</ul></li>'
        )
    return f'<ul class="claims">{"".join(items)}</ul>' if items else "<p>No statements shared across articles.</p>"


def highlighted(article: Article) -> str:
    """The article text as paragraphs, each fact wrapped in a <mark> that names its kind."""
    text, pieces, at = article.text, [], 0
    for fact in sorted(article.facts, key=lambda f: f.start):
        if fact.start < at:
            continue
        pieces.append(e(text[at : fact.start]))
        pieces.append(f'<mark id="{e(fact.id)}" title="{e(fact.kind)}">{e(text[fact.start : fact.end])}</mark>')
        at = fact.end
    pieces.append(e(text[at:]))
    return "".join(f"<p>{p}</p>" for p in "".join(pieces).split("\n\n"))


def card(index: int, article: Article) -> str:
    def bio(text: str | None) -> str:
        return f'<p class="bio">{e(text)}</p>' if text else ""

    unknown = '<span class="none">unknown</span>'
    authors = "".join(f"<li><strong>{e(a.name)}</strong>{bio(a.bio)}</li>" for a in article.authors)
    meta = [("Publisher", article.publisher), ("Published", article.published_date), ("Section", article.section),
            ("Language", article.language), ("File", article.source_file)]  # fmt: skip
    dl = "".join(f"<dt>{k}</dt><dd>{e(v) if v else unknown}</dd>" for k, v in meta)
    link = f'<p><a href="{e(article.source_url)}" rel="noreferrer">Original page</a></p>' if article.source_url else ""
    removed = "".join(f"<li><code>{e(r.reason)}</code> line {r.line}: {e(r.text)}</li>" for r in article.removed)
    return (
        f'<article class="card" id="article-{index}" aria-labelledby="article-{index}-title">'
        f'<h3 id="article-{index}-title">{e(article.title or article.source_file)}</h3>'
        f'<dl class="meta">{dl}</dl>{link}<h4>Authors</h4><ul class="authors">{authors or "<li>none credited</li>"}</ul>'
        f"<h4>Text <small>({len(article.facts)} facts highlighted)</small></h4>"
        f'<div class="text">{highlighted(article)}</div>'
        f"<details><summary>Lines removed from the page ({len(article.removed)})</summary>"
        f'<ul class="removed">{removed}</ul></details></article>'
    )


def stats(articles: Sequence[Article], claims: Sequence[ClaimGroup]) -> str:
    words = sum(len(a.text.split()) for a in articles)
    kinds = Counter(f.kind for a in articles for f in a.facts)
    top = max(kinds.values(), default=1)
    bars = "".join(
        f'<tr><th scope="row">{e(k.replace("_", " "))}</th><td><span class="bar" style="width:{100 * n / top:.0f}%"></span>{n}</td></tr>'
        for k, n in kinds.most_common()
    )
    conflicts = sum(g.label == "conflict" for g in claims)
    figures = [("articles", len(articles)), ("words", f"{words:,}"), ("facts", sum(kinds.values())),
               ("claim groups", len(claims)), ("conflicts", conflicts)]  # fmt: skip
    tiles = "".join(f'<div class="tile"><span class="n">{v}</span> {k}</div>' for k, v in figures)
    return (
        f'<div class="tiles">{tiles}</div><table class="kinds"><caption>Facts by kind</caption>'
        f'<thead><tr><th scope="col">kind</th><th scope="col">facts</th></tr></thead><tbody>{bars}</tbody></table>'
    )


def render_report(corpus: Corpus) -> str:
    """The whole page for a loaded corpus."""
    articles, claims = list(corpus), corpus.claims
    asset = files(__package__)
    css = asset.joinpath("explore.css").read_text(encoding="utf-8")
    js = asset.joinpath("explore.js").read_text(encoding="utf-8")
    lanes = json.dumps([a.title or a.source_file for a in articles], ensure_ascii=False).replace("</", "<\\/")
    cards = "".join(card(i, a) for i, a in enumerate(articles))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>azpk-corpus explorer: {len(articles)} articles</title>
<style>{css}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><h1>azpk-corpus explorer</h1>
<p>{len(articles)} articles from <code>{e(corpus.path.name)}</code>, built by azpk-corpus {e(__version__)}.</p>
<nav aria-label="Sections"><a href="#stats">Stats</a> <a href="#timeline">Timeline</a>
<a href="#claims">Claims</a> <a href="#articles">Articles</a></nav></header>
<main id="main">
<section id="stats" aria-labelledby="stats-title"><h2 id="stats-title">Corpus</h2>{stats(articles, claims)}</section>
<section id="timeline" aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline of dated facts</h2>
<p>One lane per article, one mark per fact that states a date, drawn over the span its wording gives
(a day is a dot, a year or a decade a bar). Hover or focus a mark to read the sentence.</p>
<div class="scroll">{timeline(articles)}</div>
<p id="mark-detail" class="detail" aria-live="polite">Focus a mark to read its sentence here.</p></section>
<section id="claims" aria-labelledby="claims-title"><h2 id="claims-title">Where the articles agree and conflict</h2>
<p><label>Show <select id="claim-filter"><option value="all">all groups</option><option value="conflict">conflicts</option>
<option value="agree">agreements</option></select></label></p>{claims_section(claims)}</section>
<section id="articles" aria-labelledby="articles-title"><h2 id="articles-title">Articles</h2>{cards}</section>
</main>
<script type="application/json" id="lanes">{lanes}</script>
<script>{js}</script>
</body></html>
"""
