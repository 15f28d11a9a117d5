"""Do the renderings the cache lacks on every core, and hand their bytes back in a fixed order.

The jobs come from a planning pass (see cache.planning): label PNGs and PDFs, the web font
subset, WeasyPrint PDFs. Workers are forked, so a job's closure needs no pickling; each job's
bytes are delivered to the cache in the order the plan met them, whatever order they finish in,
so a build is byte-identical however many cores did it.

Jobs may need something loaded first (a job's `prepare`: an import). What most jobs need (the
label renderers, in a cold build) the parent loads before forking, and every worker shares it.
Other jobs needing something else (WeasyPrint, whose import takes most of a second) are, when
there is plenty of other work, a lane of their own: one worker loads it and renders them one
after another while the other cores render the rest, so no core waits for the import. With
little other work (an edit that changes only the PDFs), the parent loads everything.

A worker that a job left holding much memory (WeasyPrint's and fontTools' caches) hands back its
result and exits, and a fresh fork takes its place; a lane's worker exits when its lane is done.
So the build's peak memory is the parent plus one worker per core, not the sum of every cache
every kind of job leaves behind.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import shutil
import tempfile
import threading
import traceback
from collections import Counter, deque
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from . import cache

#: Far slower than the rest: started first, so that no core waits for one at the end.
SLOW_KINDS = ("policy-pdf", "guide-pdf", "webfont")

#: A worker whose own memory grew by more than this since its fork is replaced by a fresh one
#: (a font subset leaves about 20 MiB behind, WeasyPrint's first PDF more; the first label PDF
#: about 13 MiB, once, which must not make every worker retire).
RETIRE_GROWTH = 24 * 1024 * 1024

#: So many jobs needing nothing the parent has not loaded make it pay to load what the others
#: need in one worker, not the parent, and to replace workers that grew: fewer (an edit that
#: changes only the PDFs) leave too little behind to pay for a fresh worker's warm-up.
LANE_MIN_PLAIN = 16

#: Told after each rendering: (its kind, how many are done, how many in all).
Progress = Callable[[str, int, int], None]

Stats = list[tuple[str, int]]
Lane = Callable[[], object] | None  # jobs sharing a `prepare`; None: what the parent loaded

_JOBS: list[cache.Job] = []  # what forked workers run, by index: set just before they start


class RenderingFailed(RuntimeError):
    """A job failed in a worker in a way that cannot be sent back as it was."""


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
    deliver = _Delivery(jobs, order, progress)
    if cores < 2 or not single_threaded or "fork" not in multiprocessing.get_all_start_methods():
        for index in order:
            deliver(index, jobs[index].produce(), [])
        return
    loaded, many = _load_in_parent(jobs)
    _JOBS[:] = jobs
    scratch = tempfile.mkdtemp(prefix="policygen-workers-")
    gc.collect()
    try:
        _Workers(scratch, order, deliver, loaded, retire=many).run(cores)
    finally:
        gc.unfreeze()
        _JOBS.clear()
        shutil.rmtree(scratch, ignore_errors=True)


def _load_in_parent(jobs: list[cache.Job]) -> tuple[set[Lane], bool]:
    """Run here, once, what most jobs need (or everything, when little else is to be done):
    the preparations done, for the workers to share, and whether the jobs were many."""
    needs = Counter(job.prepare for job in jobs)
    most = max((prepare for prepare in needs if prepare), key=needs.__getitem__, default=None)
    loaded = {None, most}
    many = sum(needs[prepare] for prepare in loaded) >= LANE_MIN_PLAIN
    if not many:
        loaded = set(needs)
    for prepare in needs:
        if prepare in loaded and prepare is not None:
            prepare()  # once, here: the workers share what it loads
    return loaded, many


def _own_memory() -> int:
    """Bytes of this process's memory that are not file pages (0 where /proc cannot tell)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            fields = statm.read().split()
        return (int(fields[1]) - int(fields[2])) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, IndexError, ValueError):
        return 0


def _work(connection: Connection, scratch: str, lane: Lane, retire: bool) -> None:
    """In a worker: run the jobs the parent names until told to stop (or, with `retire`, until
    grown too big)."""
    tempfile.tempdir = scratch  # temporary files go where the parent removes them
    unprepared: BaseException | None = None
    try:
        if lane is not None:
            lane()  # once: every job of the lane runs here, after it
    except BaseException as error:  # told to the parent with the first job, as its failure
        unprepared = _sendable(error)
    start = _own_memory()
    while (index := connection.recv()) is not None:
        cache.STATS.clear()
        try:
            if unprepared is not None:
                raise unprepared
            reply: tuple[object, ...] = (index, _JOBS[index].produce(), list(cache.STATS.items()))
        except BaseException as error:  # every failure goes back to the parent
            reply = (index, _sendable(error))
        retiring = retire and _own_memory() - start > RETIRE_GROWTH
        connection.send((reply, retiring))
        if retiring:
            break
    connection.close()


def _sendable(error: BaseException) -> BaseException:
    """The error itself when it survives pickling, else its traceback as a RenderingFailed."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # an unpicklable error must still reach the parent
        return RenderingFailed("".join(traceback.format_exception(error)))
    return error


class _Delivery:
    """Hands results to the cache in the plan's order, holding back those that come early."""

    def __init__(self, jobs: list[cache.Job], order: list[int], progress: Progress | None):
        self.jobs, self.order, self.progress = jobs, order, progress
        self.early: dict[int, tuple[bytes, Stats]] = {}
        self.done = 0

    def __call__(self, index: int, data: bytes, stats: Stats) -> None:
        self.early[index] = (data, stats)
        while self.done < len(self.order) and self.order[self.done] in self.early:
            job = self.jobs[self.order[self.done]]
            cache.deliver(job, *self.early.pop(self.order[self.done]))
            self.done += 1
            if self.progress is not None:
                self.progress(job.kind, self.done, len(self.order))


class _Workers:
    """Forked workers fed one job at a time from their lane: a free worker takes the next."""

    def __init__(
        self, scratch: str, order: list[int], deliver: _Delivery, loaded: set[Lane], retire: bool
    ) -> None:
        self.scratch, self.deliver, self.retire = scratch, deliver, retire
        self.lanes: dict[Lane, deque[int]] = {}
        for index in order:
            prepare = _JOBS[index].prepare
            self.lanes.setdefault(None if prepare in loaded else prepare, deque()).append(index)
        self.context = multiprocessing.get_context("fork")
        self.running: dict[Connection, tuple[BaseProcess, Lane]] = {}

    def run(self, cores: int) -> None:
        try:
            for _ in range(cores):
                self._start()
            while self.running:
                for connection in wait(list(self.running)):
                    self._receive(connection)  # type: ignore[arg-type]
        finally:
            self._stop_all()

    def _free_lane(self) -> tuple[bool, Lane]:
        """The lane a new worker should take, if any: a prepared lane nobody works on first
        (each is loaded by one worker only), then the plain lane."""
        staffed = {lane for _, lane in self.running.values()}
        waiting = [lane for lane, jobs in self.lanes.items() if jobs]
        for lane in waiting:
            if lane is not None and lane not in staffed:
                return True, lane
        return None in waiting, None

    def _start(self) -> None:
        """Fork a fresh worker from this process, as it is now, and give it a job."""
        found, lane = self._free_lane()
        if not found:
            return
        gc.freeze()  # its collections then leave the parent's objects (and pages) shared
        ours, theirs = self.context.Pipe()
        retire = self.retire and lane is None  # a lane's worker keeps what it loaded
        process = self.context.Process(target=_work, args=(theirs, self.scratch, lane, retire))
        process.daemon = True
        process.start()
        theirs.close()
        self.running[ours] = (process, lane)
        ours.send(self.lanes[lane].popleft())

    def _receive(self, connection: Connection) -> None:
        try:
            reply, retired = connection.recv()
        except EOFError:
            raise RenderingFailed("a rendering process ended without finishing its job") from None
        if len(reply) == 2:
            raise reply[1]
        index, data, stats = reply
        self.deliver(index, data, stats)
        waiting = self.lanes[self.running[connection][1]]
        if not retired and waiting:
            connection.send(waiting.popleft())
            return
        if not retired:
            connection.send(None)
        process, _ = self.running.pop(connection)
        connection.close()
        process.join()
        self._start()

    def _stop_all(self) -> None:
        """End the workers still running: none after a success; after a failure, whatever
        they are doing."""
        for connection, (process, _) in self.running.items():
            process.terminate()
            process.join()
            connection.close()
        self.running.clear()
