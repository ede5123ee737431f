"""``--engine ray``: the per-article function run by Ray Data, on this machine or a Ray cluster.

Only the per-article work moves (read, ``process``, fingerprint, statements: ``runner._build_one``,
the same function the local engine runs). Ray Data hands the results back in job order
(``preserve_order``), and the driver streams them through the same dedup, claims and writer as a
local build, so the folder is the same bytes. Each job and result crosses as pickled bytes, which
keeps Ray from guessing an Arrow type for a path or an article.

Without ``RAY_ADDRESS`` this starts a local Ray with ``workers`` CPUs and stops it afterwards; with
``RAY_ADDRESS`` set (``ray://head:10001``, or ``auto`` on a cluster node) it joins that cluster, whose
workers must see the raw files at the same paths (a shared file system).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from .errors import UsageError

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from .runner import Built, Job

BLOCK_JOBS = 64
"""Jobs per Ray Data block: enough per task to amortise Ray's scheduling (a few ms per task), few enough to
spread a small build over the cores. Set by hand, not tuned."""


def _run(batch: Any, cwd: str) -> dict[str, NDArray[Any]]:
    """One batch of jobs (a dict of numpy columns, the batch format asked for) to their pickled results.

    A Ray worker starts in a folder of Ray's; moving to the driver's (when this machine has it) reads a
    relative path as the command meant it, and keeps the reject messages the same as a local build's.
    """
    import numpy as np

    from .runner import _build_one

    if os.getcwd() != cwd and os.path.isdir(cwd):
        os.chdir(cwd)

    built = [pickle.dumps(_build_one(pickle.loads(job))) for job in batch["job"]]
    return {"built": np.array(built, dtype=object)}


def results(jobs: Sequence[Job], workers: int | None) -> Iterator[Built]:
    """Each job's result, in job order, computed by Ray Data tasks."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise UsageError("--engine ray needs Ray Data, an optional extra: pip install 'azpk-corpus[ray]'") from exc
    started = not ray.is_initialized()
    if started:
        if os.environ.get("RAY_ADDRESS"):
            ray.init(log_to_driver=False, configure_logging=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        blocks = max(1, -(-len(jobs) // BLOCK_JOBS))
        rows = [{"job": pickle.dumps(job)} for job in jobs]
        data = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            partial(_run, cwd=os.getcwd()), batch_size=BLOCK_JOBS, batch_format="numpy"
        )
        for batch in data.iter_batches(batch_size=BLOCK_JOBS, batch_format="numpy"):
            for built in batch["built"]:
                yield pickle.loads(built)
    finally:
        if started:
            ray.shutdown()
