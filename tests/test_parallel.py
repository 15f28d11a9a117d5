"""Rendering on forked workers: every job's bytes come back in the plan's order, a worker that
grew is replaced without losing a job, and a job's error reaches the build.

Each case runs in a fresh process: only a process with one thread forks workers (a test
process may have other threads running, and would render in-process).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from policygen.output import cache, parallel

    held = []

    def produce(index):
        def job():
            if index == FAILING:
                raise ValueError(f"job {index} failed")
            held.append(b"x" * GROWTH)  # memory a job leaves behind, as caches do
            return f"{index}:{os.getpid()}".encode()
        return job

    FAILING, GROWTH = int(sys.argv[1]), int(sys.argv[2])
    kinds = ["label-png", "policy-pdf", "label-pdf", "webfont", "label-png", "label-png"] * 4
    jobs = [cache.Job(kind, f"key{i}", produce(i)) for i, kind in enumerate(kinds)]
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
    print("workers:", len(workers))
    """
)


def _run(failing: int, growth: int) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(failing), str(growth)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_jobs_come_back_in_order_from_two_workers_that_keep_their_memory() -> None:
    assert _run(failing=-1, growth=0).strip() == "workers: 2"


def test_a_worker_that_grew_is_replaced_and_no_job_is_lost() -> None:
    # 5 MiB left behind by each job: every worker retires after one job
    assert _run(failing=-1, growth=5 * 1024 * 1024).strip() == "workers: 24"


def test_an_error_in_a_worker_stops_the_build_with_that_error() -> None:
    assert _run(failing=7, growth=0).strip() == "error: job 7 failed"
