"""The load path: ``import azpk_corpus`` against bare Python, ``load_corpus()`` against a bare read_table.

    python benchmarks/load.py                  # the shipped corpus
    python benchmarks/load.py /tmp/out10k      # any built folder (e.g. one benchmarks/scale.py --keep made)

Import: the best of ``--repeat`` fresh interpreters running ``import azpk_corpus`` against the best of
as many running ``pass`` (the difference is what the package adds), and the check that neither
``datasets`` nor ``pyarrow`` was imported. Load: the best of ``--repeat`` calls, in one process after a
warm-up, of ``load_corpus(folder)`` (which checks the manifest, the file's sha256 and the Arrow schema,
and makes records only on access) against ``pyarrow.parquet.read_table`` of the same articles file.
Best-of timings, wall-clock; nothing is timed in the unit tests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def best_process(code: str, repeat: int) -> float:
    """Fastest wall-clock seconds of a fresh interpreter running ``code``."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - started)
    return min(times)


def best_call(call: Callable[[], object], repeat: int) -> float:
    call()  # warm-up: imports and the page cache
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=None, help="a built corpus folder (default: shipped)")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)

    import pyarrow.parquet as pq

    from azpk_corpus import dataset_dir, load_corpus
    from azpk_corpus.card import DATA_FILES

    folder = args.folder or dataset_dir()
    heavy = "import sys, azpk_corpus; assert not {'datasets', 'pyarrow'} & set(sys.modules), 'heavy import'"
    bare, package = best_process("pass", args.repeat), best_process(heavy, args.repeat)
    path = folder / DATA_FILES["articles"]
    table = best_call(lambda: pq.read_table(path), args.repeat)
    loaded = best_call(lambda: load_corpus(folder), args.repeat)
    rows = pq.read_metadata(path).num_rows
    print(f"| what | best of {args.repeat} | target |")
    print("|---|---:|---|")
    print(f"| `python -c pass` | {bare * 1000:.1f} ms | |")
    print(f"| `python -c 'import azpk_corpus'` | {package * 1000:.1f} ms | |")
    print(f"| import cost (difference) | {(package - bare) * 1000:.1f} ms | ≤ 30 ms; datasets, pyarrow not imported |")
    print(f"| `pq.read_table` articles ({rows:,} rows, {path.stat().st_size / 1e6:.1f} MB) | {table * 1000:.1f} ms | |")
    print(f"| `load_corpus()` | {loaded * 1000:.1f} ms | |")
    print(f"| ratio load_corpus / read_table | {loaded / table:.2f} | ≤ 1.5 |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
