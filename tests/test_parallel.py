"""Rendering on forked workers: every job's bytes come back in the plan's order, a worker that
grew is replaced without losing a job, and a job's error reaches the build.

Each case runs in a fresh process: only a process with one thread forks workers (a test
process may have other threads running, and would render in-process).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from policygen.output import cache, parallel

    held, loaded = [], set()

    def load_pdf():  # what a prepared job needs first (an import, in a build)
        if FAILING == -2:
            raise ValueError("could not load")
        loaded.add(load_pdf)
        with open(LOG, "a") as log:
            print(os.getpid(), file=log)

    def load_labels():  # what most jobs need: loaded in the parent
        assert os.getpid() == PARENT
        loaded.add(load_labels)

    def produce(index):
        def job():
            if index == FAILING:
                raise ValueError(f"job {index} failed")
            if jobs[index].prepare is not None:
                assert jobs[index].prepare in loaded, "a job ran before its preparation"
            held.append(b"x" * GROWTH)  # memory a job leaves behind, as caches do
            return f"{index}:{os.getpid()}".encode()
        return job

    FAILING, GROWTH, PLAIN, LOG = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    kinds = ["policy-pdf", "guide-pdf", "label-sheet", "webfont"]
    kinds += ["label-png", "label-pdf", "label-png", "label-png"] * (PLAIN // 4)
    needs = {"webfont": None, "label-png": load_labels, "label-pdf": load_labels}
    jobs = [cache.Job(kind, f"key{i}", produce(i), needs.get(kind, load_pdf))
            for i, kind in enumerate(kinds)]
    PARENT = os.getpid()
    parallel.usable_cores = lambda: 2
    parallel.RETIRE_GROWTH = 4 * 1024 * 1024
    told = []
    try:
        parallel.render_jobs(jobs, lambda kind, done, total: told.append((kind, done, total)))
    except ValueError as error:
        print("error:", error)
        sys.exit(0)
    results = [cache._DELIVERED[job.key].decode().split(":") for job in jobs]
    assert [int(index) for index, _ in results] == list(range(len(jobs)))
    assert told == [(jobs[i].kind, n, len(jobs)) for n, i in enumerate(
        sorted(range(len(jobs)), key=lambda i: jobs[i].kind not in parallel.SLOW_KINDS), 1)]
    workers = {pid for _, pid in results}
    assert str(os.getpid()) not in workers
    with open(LOG) as log:
        preparers = log.read().split()
    where = "parent" if preparers == [str(os.getpid())] else f"{len(preparers)} worker"
    print(f"workers: {len(workers)}, prepared in {where}")
    """
)


def _run(tmp_path: Path, failing: int = -1, growth: int = 0, plain: int = 20) -> str:
    log = tmp_path / "prepared.txt"
    log.write_text("")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(failing), str(growth), str(plain), str(log)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_jobs_come_back_in_plan_order_and_one_worker_prepares_the_pdfs(
    tmp_path: Path,
) -> None:
    # plenty of plain jobs: one worker prepares and renders the PDFs while the other renders
    # the rest; once the PDFs are done, a fresh worker takes their worker's place
    assert _run(tmp_path) == "workers: 3, prepared in 1 worker"


def test_with_little_else_to_do_the_parent_prepares_for_every_worker(tmp_path: Path) -> None:
    assert _run(tmp_path, plain=4) == "workers: 2, prepared in parent"


def test_a_worker_that_grew_is_replaced_and_no_job_is_lost(tmp_path: Path) -> None:
    # 5 MiB left behind by each job: every plain worker retires after one job, while the
    # PDFs' worker keeps what it loaded until its lane is done
    assert _run(tmp_path, growth=5 * 1024 * 1024) == "workers: 22, prepared in 1 worker"


def test_with_few_jobs_workers_keep_what_they_grew(tmp_path: Path) -> None:
    # an edit that changes only the PDFs: a fresh worker's warm-up would cost more than it saves
    assert _run(tmp_path, growth=5 * 1024 * 1024, plain=4) == "workers: 2, prepared in parent"


def test_an_error_in_a_worker_stops_the_build_with_that_error(tmp_path: Path) -> None:
    assert _run(tmp_path, failing=7) == "error: job 7 failed"


def test_a_preparation_that_fails_in_a_worker_stops_the_build_with_its_error(
    tmp_path: Path,
) -> None:
    assert _run(tmp_path, failing=-2) == "error: could not load"
