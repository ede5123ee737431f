"""Score the builder's extraction on the plain-text bench (WCXB + Scrapinghub dev pages).

    python benchmarks/extraction.py                   # the held-out half, both sources
    python benchmarks/extraction.py --part tune       # the half the rules were tuned on
    python benchmarks/extraction.py --details out.jsonl   # one line of scores per page
    python benchmarks/extraction.py --wrap 72         # each page hard-wrapped at 72 columns first

The bench is read where it lies (default ``../shared/bench/dev`` beside the repository,
or ``--bench`` / ``$AZPK_BENCH``); nothing of it is copied into the repository, since
its licences ask for attribution and the page text belongs to the original sites.

The dev pages are split in two halves by a hash of the file name (``part_of``): rules
and constants were tuned looking only at the ``tune`` half; the ``held-out`` half is
the honest figure. Each page goes through the same ``process()`` the builder runs
(decode, layout, facts), one page at a time, timed with ``perf_counter``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import textwrap
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from azpk_corpus.evaluate import PageScore, score_article, summary
from azpk_corpus.models import Article
from azpk_corpus.pipeline.article import process
from azpk_corpus.pipeline.types import RawDocument

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "dev"

# The reference tools' figures on the same .txt pages (all 709 WCXB / 181 Scrapinghub dev
# pages), copied from the bench README's "Reference scores (dev)": body F1 (P / R) and
# median ms per page. Title and author columns: no text-only tool reads them ("-").
REFERENCES: tuple[tuple[str, str, str, str, str], ...] = (
    ("keep everything", "0.799 (0.693 / 0.998)", "0.00", "0.643 (0.509 / 1.000)", "0.00"),
    ("C4-style line rules", "0.852 (0.871 / 0.868)", "0.21", "0.829 (0.796 / 0.911)", "0.13"),
    ("jusText, wrapped text", "0.840 (0.841 / 0.888)", "16.19", "0.683 (0.648 / 0.788)", "9.72"),
    ("trafilatura, wrapped text", "0.823 (0.729 / 0.993)", "13.53", "0.670 (0.541 / 0.996)", "10.08"),
    ("trafilatura, original HTML *", "0.937 (0.940 / 0.953)", "25.39", "0.959 (0.947 / 0.983)", "17.31"),
)


def part_of(source_file: str) -> str:
    """'tune' or 'held-out': the parity of the first byte of sha256(file name)."""
    return "tune" if hashlib.sha256(source_file.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def source_of(source_file: str) -> str:
    return "WCXB" if source_file.startswith("wcxb_") else "Scrapinghub"


def hard_wrap(data: bytes, width: int) -> bytes:
    """The page as a text browser or html2text would dump it: every line broken at ``width`` columns."""
    lines = data.decode("utf-8").split("\n")
    return "\n".join(textwrap.fill(line, width) for line in lines).encode("utf-8")


def _score_one(args: tuple[Path, dict[str, Any], int]) -> tuple[PageScore, float, str | None, dict[str, Any]]:
    path, gold, wrap = args
    data = path.read_bytes()
    doc = RawDocument(path.name, hard_wrap(data, wrap) if wrap else data)
    started = time.perf_counter()
    result = process(doc)
    elapsed_ms = (time.perf_counter() - started) * 1000
    article = result if isinstance(result, Article) else None
    reject = None if article else getattr(result, "reason", "rejected")
    built = {
        "title": article.title if article else None,
        "authors": [a.name for a in article.authors] if article else [],
        "published_date": article.published_date if article else None,
    }
    return score_article(article, gold), elapsed_ms, reject, built


def _pages(bench: Path, part: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    gold = json.loads((bench / "gold.json").read_text(encoding="utf-8"))["articles"]
    for entry in gold:
        if part == "all" or part_of(entry["source_file"]) == part:
            yield bench / entry["source_file"], entry


def _row(name: str, figures: dict[str, float], ms: list[float], rejects: int) -> str:
    title = f"{figures['title_exact']:.3f}" if figures["title_exact"] == figures["title_exact"] else "-"
    author = f"{figures['author_f1']:.3f}" if figures["author_f1"] == figures["author_f1"] else "-"
    body = f"{figures['body_f1']:.3f} ({figures['body_precision']:.3f} / {figures['body_recall']:.3f})"
    return (
        f"| {name} | {int(figures['pages'])} | {body} | {title} | {author} | {int(figures['leaks'])} "
        f"| {rejects} | {statistics.median(ms):.1f} / {statistics.fmean(ms):.1f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bench", type=Path, default=Path(os.environ.get("AZPK_BENCH", DEFAULT_BENCH)))
    parser.add_argument("--part", choices=("held-out", "tune", "all"), default="held-out")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (timings are per page either way)")
    parser.add_argument("--details", type=Path, help="write one JSON line of scores per page here")
    parser.add_argument(
        "--wrap", type=int, default=0, metavar="N", help="hard-wrap every page at N columns first (a robustness check)"
    )
    args = parser.parse_args(argv)
    if not (args.bench / "gold.json").is_file():
        print(f"error: no gold.json in {args.bench}; pass --bench DIR or set AZPK_BENCH", file=sys.stderr)
        return 2
    pages = list(_pages(args.bench, args.part))
    with ProcessPoolExecutor(args.jobs) if args.jobs > 1 else _Serial() as pool:
        results = list(pool.map(_score_one, [(path, gold, args.wrap) for path, gold in pages], chunksize=8))
    wrapped = f", hard-wrapped at {args.wrap} columns" if args.wrap else ""
    print(f"azpk-corpus extraction on {args.bench} ({args.part} part, {len(pages)} pages{wrapped})\n")
    print("| source | pages | body F1 (P / R) | title exact | author F1 | leaks | rejected | ms/page median / mean |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for source in ("WCXB", "Scrapinghub"):
        mine = [r for (path, _), r in zip(pages, results, strict=True) if source_of(path.name) == source]
        if mine:
            figures = summary([r[0] for r in mine])
            rejects = sum(r[2] is not None for r in mine)
            print(_row(source, figures, [r[1] for r in mine], rejects))
    print("\nReference tools on the same text (bench README, whole dev set; * reads the original HTML):\n")
    print("| method | WCXB body F1 (P / R) | WCXB ms | Scrapinghub body F1 (P / R) | Scrapinghub ms |")
    print("|---|---:|---:|---:|---:|")
    for name, *cells in REFERENCES:
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.details:
        with args.details.open("w", encoding="utf-8") as out:
            for (path, gold), (score, ms, reject, built) in zip(pages, results, strict=True):
                row = {
                    "source_file": path.name,
                    "body_prf": score.body,
                    "title_ok": score.title_ok,
                    "author_f1": score.author_f1,
                    "leaks": score.leaks,
                    "ms": round(ms, 2),
                    "reject": reject,
                    "built": built,
                    "gold": {"title": gold.get("title"), "authors": [a["name"] for a in gold["authors"]]},
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


class _Serial:
    """A stand-in for the process pool that maps in this process (timings without contention)."""

    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, fn: Any, items: list[Any], chunksize: int = 1) -> Iterator[Any]:
        return map(fn, items)


if __name__ == "__main__":
    sys.exit(main())
