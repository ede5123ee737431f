"""Per-page time of our builder beside trafilatura and jusText, in one run, on the same plain-text pages.

    pip install -e '.[bench]'                # trafilatura, jusText and lxml_html_clean: only this script needs them
    python benchmarks/compare.py             # every page of ../shared/bench/dev
    python benchmarks/compare.py --limit 100 # the first 100 pages of each source

Each page is read from the bench where it lies (``--bench`` / ``$AZPK_BENCH``; nothing is copied
into the repository). All three tools see the same text; trafilatura and jusText get it wrapped as
``<html><body><p>line</p>…</body></html>``, one ``<p>`` per line, as in the bench README, and their
time includes the wrapping. Ours is timed twice: the whole ``process()`` the builder runs per page
(decode, layout, bylines, bios, dates, facts, validation), which does far more than extract a body,
and its extraction alone (decode, lines, layout: what the reference tools do). The body F1 is printed
too, so that speed is not read apart from quality. Pages run one at a time in this process, in the
same order for every tool, after one warm-up page each; times are wall-clock ``perf_counter``.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from azpk_corpus.evaluate import prf
from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import Extracted, extract, process
from azpk_corpus.pipeline.types import RawDocument

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "dev"


def wrapped(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"


def ours(name: str, data: bytes) -> str | None:
    result = process(RawDocument(name, data))
    return result.text if isinstance(result, Article) else None


def ours_body(name: str, data: bytes) -> str | None:
    """The body alone, as the reference tools give it: decode, lines and layout, without the record's
    facts, language and validation."""
    result = extract(RawDocument(name, data))
    return result.body if isinstance(result, Extracted) else None


def tools() -> dict[str, Callable[[str, bytes], str | None]]:
    """Our builder (whole, and its extraction alone) and whichever of the two reference tools is installed."""
    found: dict[str, Callable[[str, bytes], str | None]] = {
        "azpk-corpus process()": ours,
        "azpk-corpus extraction only": ours_body,
    }
    try:
        import trafilatura

        def run_trafilatura(name: str, data: bytes) -> str | None:
            out: str | None = trafilatura.extract(wrapped(data.decode("utf-8")), include_comments=False)
            return out

        found[f"trafilatura {trafilatura.__version__}"] = run_trafilatura
    except ImportError as error:  # not installed, or jusText's lxml.html.clean missing under it
        print(f"trafilatura left out: {error} (pip install -e '.[bench]')", file=sys.stderr)
    try:
        import justext

        stoplist = justext.get_stoplist("English")

        def run_justext(name: str, data: bytes) -> str | None:
            kept = justext.justext(wrapped(data.decode("utf-8")), stoplist)
            return "\n\n".join(p.text for p in kept if not p.is_boilerplate)

        found["jusText"] = run_justext
    except ImportError as error:
        print(f"jusText left out: {error} (pip install -e '.[bench]')", file=sys.stderr)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bench", type=Path, default=Path(os.environ.get("AZPK_BENCH", DEFAULT_BENCH)))
    parser.add_argument("--limit", type=int, default=None, help="pages per source (default: all)")
    args = parser.parse_args(argv)
    gold: list[dict[str, Any]] = json.loads((args.bench / "gold.json").read_text(encoding="utf-8"))["articles"]
    by_source: dict[str, list[dict[str, Any]]] = {}
    for entry in gold:
        by_source.setdefault("WCXB" if entry["source_file"].startswith("wcxb_") else "Scrapinghub", []).append(entry)
    pages = [
        (e, (args.bench / e["source_file"]).read_bytes()) for group in by_source.values() for e in group[: args.limit]
    ]
    print(f"{len(pages)} pages from {args.bench}, one at a time; median / mean ms per page\n")
    print("| tool | source | pages | body F1 | median ms | mean ms |")
    print("|---|---|---:|---:|---:|---:|")
    medians: dict[tuple[str, str], float] = {}
    tools_run = tools()
    for tool, run in tools_run.items():
        run(pages[0][0]["source_file"], pages[0][1])  # warm-up: imports, caches, compiled patterns
        for source in by_source:
            ms, f1 = [], []
            for entry, data in pages:
                if entry["source_file"].startswith("wcxb_") != (source == "WCXB"):
                    continue
                started = time.perf_counter()
                body = run(entry["source_file"], data)
                ms.append((time.perf_counter() - started) * 1000)
                f1.append(prf(body, entry["body"])[2])
            medians[tool, source] = statistics.median(ms)
            print(
                f"| {tool} | {source} | {len(ms)} | {statistics.fmean(f1):.3f} | {statistics.median(ms):.1f} "
                f"| {statistics.fmean(ms):.1f} |",
                flush=True,
            )
    ours_names = [name for name in tools_run if name.startswith("azpk-corpus")]
    print()
    for (tool, source), median in medians.items():
        if tool not in ours_names:
            for ours_name in ours_names:
                ratio = median / medians[ours_name, source]
                print(f"{source}: {tool} median / {ours_name} = {ratio:.2f} (≥ 5 would mean ours is 5x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
