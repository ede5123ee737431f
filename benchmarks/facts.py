"""Time the fact stage (``extract_facts``) and the claims stage per article.

Run: ``python benchmarks/facts.py`` (add ``--repeat N``). It times the five seeds' bodies and,
when the bench is present (``../shared/bench/dev`` or ``--bench`` / ``$AZPK_BENCH``, read in
place, never copied), the 890 gold bodies there, which are longer and more varied than the seeds.
Figures are wall-clock on one core; the first call (pattern compilation) is timed separately.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from azpk_corpus.loader import load_corpus
from azpk_corpus.pipeline.claims import find_claims
from azpk_corpus.pipeline.facts import extract_facts

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "dev"


def _time(texts: list[str], repeat: int) -> tuple[list[float], int]:
    per_text: list[float] = []
    facts = 0
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            found = extract_facts("0" * 16, text)
            best = min(best, (time.perf_counter() - start) * 1000)
        per_text.append(best)
        facts += len(found)
    return per_text, facts


def _line(name: str, ms: list[float], facts: int, chars: int) -> str:
    return (
        f"{name:<12} {len(ms):>5} articles  {facts:>6} facts  median {statistics.median(ms):7.2f} ms  "
        f"mean {statistics.mean(ms):7.2f} ms  max {max(ms):8.2f} ms  ({chars / len(ms):,.0f} chars/article)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=Path(os.environ.get("AZPK_BENCH", DEFAULT_BENCH)))
    parser.add_argument("--repeat", type=int, default=3, help="runs per article; the fastest counts (default 3)")
    args = parser.parse_args(argv)

    corpus = load_corpus()
    start = time.perf_counter()
    extract_facts("0" * 16, "Warm-up: Pakistan recognized Azerbaijan in 1991 and signed 53 documents.")
    print(f"first call (compiles patterns, loads pycountry): {(time.perf_counter() - start) * 1000:.0f} ms")
    texts = [a.text for a in corpus]
    ms, facts = _time(texts, args.repeat)
    print(_line("seeds", ms, facts, sum(map(len, texts))))
    start = time.perf_counter()
    groups = find_claims(list(corpus))
    print(
        f"claims       {len(groups)} groups over {len(corpus)} articles in {(time.perf_counter() - start) * 1000:.1f} ms"
    )
    gold = args.bench / "gold.json"
    if gold.is_file():
        bodies = [a["body"] for a in json.loads(gold.read_text(encoding="utf-8"))["articles"] if a.get("body")]
        ms, facts = _time(bodies, 1)
        print(_line("bench bodies", ms, facts, sum(map(len, bodies))))
    else:
        print(f"(no bench at {args.bench}; seeds only)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
