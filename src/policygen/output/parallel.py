"""Do the renderings the cache lacks on every core, and hand their bytes back in a fixed order.

The jobs come from a planning pass (see cache.planning): label PNGs and PDFs, the web font
subset, WeasyPrint PDFs. Workers are forked, so a job's closure needs no pickling; each job's
bytes are delivered to the cache in the order the plan met them, whatever order they finish in,
so a build is byte-identical however many cores did it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

from . import cache

#: Far slower than the rest: started first, so that no core waits for one at the end.
SLOW_KINDS = ("policy-pdf", "guide-pdf", "webfont")

#: Told after each rendering: (its kind, how many are done, how many in all).
Progress = Callable[[str, int, int], None]

_JOBS: list[cache.Job] = []  # what forked workers run, by index: set just before they start


def _start_worker(scratch: str) -> None:
    """In a worker: temporary files go where the parent removes them (workers skip atexit)."""
    tempfile.tempdir = scratch


def _run(index: int) -> tuple[bytes, list[tuple[str, int]]]:
    """In a worker: one job's bytes, and the renderings done inside it (for cache.STATS)."""
    cache.STATS.clear()
    data = _JOBS[index].produce()
    return data, list(cache.STATS.items())


def usable_cores() -> int:
    """How many processes may render at once: the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def render_jobs(jobs: list[cache.Job], progress: Progress | None = None) -> None:
    """Do every job, on as many cores as pay, and deliver its bytes to the cache."""
    order = sorted(range(len(jobs)), key=lambda index: jobs[index].kind not in SLOW_KINDS)
    cores = min(usable_cores(), len(jobs))
    # Forking a process that runs other threads (serve's) could copy a lock another thread
    # holds; such a process renders here, on one core.
    single_threaded = threading.active_count() == 1
    if cores < 2 or not single_threaded or "fork" not in multiprocessing.get_all_start_methods():
        results = ((index, (jobs[index].produce(), list[tuple[str, int]]())) for index in order)
        _deliver(jobs, results, progress)
        return
    for prepare in dict.fromkeys(job.prepare for job in jobs if job.prepare):
        prepare()  # once, here: the workers share what it loads
    _JOBS[:] = jobs
    scratch = tempfile.mkdtemp(prefix="policygen-workers-")
    gc.collect()
    gc.freeze()  # workers' collections then leave the parent's objects (and pages) shared
    try:
        with ProcessPoolExecutor(
            max_workers=cores,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(scratch,),
        ) as pool:
            _deliver(jobs, zip(order, pool.map(_run, order), strict=True), progress)
    finally:
        gc.unfreeze()
        _JOBS.clear()
        shutil.rmtree(scratch, ignore_errors=True)


Result = tuple[int, tuple[bytes, list[tuple[str, int]]]]


def _deliver(jobs: list[cache.Job], results: Iterable[Result], progress: Progress | None) -> None:
    for done, (index, (data, stats)) in enumerate(results, 1):
        cache.deliver(jobs[index], data, stats)
        if progress is not None:
            progress(jobs[index].kind, done, len(jobs))
