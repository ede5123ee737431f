"""Build N synthetic raw pages and report time, throughput and peak memory.

    python benchmarks/scale.py                              # N = 1,000, 10,000 and 100,000, every core
    python benchmarks/scale.py --n 1000 --workers 1 2       # the speedup of 2 workers over 1
    python benchmarks/scale.py --n 200 --keep /tmp/pages    # write the pages and keep them

The pages are deterministic: paragraphs of the seeds recombined under page chrome in four
layouts (breadcrumb + 'By' line, menu + 'Name | Published …', standfirst + 'Written by' +
'Updated …' + share bar, cookie notice + numeric dateline + '(The writer is …)' bio), so
every build of the same N reads the same bytes. Each build runs in a child process, so the
peak RSS is that build's alone: the main process (which holds what the runner keeps) and the
largest worker are reported apart. Figures are wall-clock on this machine; nothing is timed
in the unit tests.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"

_MENU = ["Home", "News", "World", "Politics", "Opinion", "Business", "Culture", "Sport", "Contact us", "Subscribe"]
_FOOTER = [
    "Privacy Policy",
    "Terms of Use",
    "Share on Facebook",
    "Share on X",
    "© 2024 Example Media. All rights reserved.",
    "Follow us on Instagram",
]
_FIRST = ["Aylin", "Tomas", "Sara", "Idris", "Leyla", "Marek", "Nadia", "Pavel", "Rena", "Yusuf"]
_LAST = ["Example", "Sample", "Placeholder", "Testcase", "Fixture", "Dummy", "Mockley", "Stubbs"]
_MONTHS = ["January", "March", "May", "June", "September", "November"]


def paragraphs() -> list[str]:
    """The seeds' long lines (25+ words): article prose to recombine."""
    found: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 25 and line not in found:
                found.append(line.strip())
    return found


def page(index: int, pool: list[str]) -> str:
    """Synthetic raw page number ``index``: the same text for the same index on every machine."""
    rng = random.Random(index)
    picked = rng.sample(pool, k=min(len(pool), rng.randint(7, 15)))
    headline, body = picked[0], picked[1:]  # the headline's words are not the lede's
    title = " ".join(headline.split()[: rng.randint(6, 11)]).rstrip(",.;:") + f" ({index})"
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2019, 2025)
    layout = index % 4
    if layout == 0:
        lines = [f"Home / {rng.choice(_MENU[1:6])} / {title}", title, f"By {name}", f"{month} {day}, {year}", *body]
        lines += ["Tags: Azerbaijan, Pakistan", *_FOOTER]
    elif layout == 1:
        lines = [*rng.sample(_MENU, 6), title, f"{name} | Published {day} {month} {year}", *body]
        lines += ["About the author", f"{name} is a researcher at an institute for regional studies.", *_FOOTER[:3]]
    elif layout == 2:
        standfirst = " ".join(body[-1].split()[:18]) + "."
        lines = [title, standfirst, f"Written by {name}", f"Updated {day} {month} {year}", "Share", "Tweet", *body]
        lines += ["Related articles", *(" ".join(p.split()[:8]) for p in rng.sample(pool, 3)), *_FOOTER]
    else:
        lines = ["We use cookies to improve your experience. Accept", *_MENU[:5], title]
        lines += [f"{day:02d}.{_MONTHS.index(month) * 2 + 1:02d}.{year} 14:05", *body]
        lines += [
            f"(The writer is {name}, a freelance journalist.)",
            "Leave a Reply",
            "Your email address will not be published.",
        ]
    return "\n\n".join(lines) + "\n"


def make_pages(n: int, dest: Path) -> int:
    """Write pages 0 … n-1 into ``dest``; return their total size in bytes."""
    pool = paragraphs()
    dest.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        data = page(i, pool).encode("utf-8")
        (dest / f"page_{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def _child(src: Path, out: Path, workers: int) -> None:
    """Run one build and print its figures as JSON (this process's peak RSS is the build's alone)."""
    from azpk_corpus.runner import build

    start = time.perf_counter()
    report = build(src, out, force=True, workers=workers)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "built": report.built, "rejected": len(report.rejects),
                      "rss_main_mb": own, "rss_worker_mb": workers_peak}))  # fmt: skip


def measure(src: Path, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(src), str(Path(tmp) / "out"), "--workers", str(workers)],
            check=True,
            capture_output=True,
            text=True,
        )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--n", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="pages per build")
    parser.add_argument("--workers", type=int, nargs="+", default=None, help="worker counts (default: every core)")
    parser.add_argument("--keep", type=Path, default=None, help="write the pages here and keep them")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], args.workers[0] if args.workers else 0)
        return 0
    from azpk_corpus.runner import default_workers

    counts = args.workers or [default_workers()]
    print("| pages | workers | seconds | articles/s | MB/s | peak RSS main (MB) | peak RSS worker (MB) | rejected |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.n:
        with tempfile.TemporaryDirectory() as tmp:
            src = (args.keep or Path(tmp)) / f"n{n}"
            size = make_pages(n, src)
            for workers in counts:
                r = measure(src, workers)
                print(
                    f"| {n:,} | {workers} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | "
                    f"{size / 1e6 / r['seconds']:.2f} | {r['rss_main_mb']:.0f} | {r['rss_worker_mb']:.0f} | "
                    f"{r['rejected']:.0f} |",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
