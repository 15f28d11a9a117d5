"""Say what a long build is rendering: a live bar on a terminal, one plain line elsewhere.

Only renderings the cache lacks are reported (label images and PDFs, PDFs, the web font), so a
warm build shows nothing; under CI or into a file the totals come as one line at the end.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from types import TracebackType
from typing import IO, Any

from .i18n.console import N_, say

#: What each kind of rendering is called on screen (kinds are the render cache's).
KIND_NAMES = {
    "label-png": N_("label images"),
    "label-pdf": N_("label PDFs"),
    "label-sheet": N_("A4 label sheets"),
    "label-kit": N_("label kit"),
    "policy-pdf": N_("policy PDFs"),
    "guide-pdf": N_("large-print guide PDFs"),
    "cctv-pdf": N_("CCTV policy PDFs"),
    "cctv-sign": N_("CCTV sign PDFs"),
    "webfont": N_("web font"),
}
SHOW_AFTER_SECONDS = 1.0  # a shorter build draws nothing


class BuildProgress:
    """A progress callback for build(): (kind, done, total) after every rendering."""

    def __init__(self, language: str, *, quiet: bool = False, stream: IO[str] | None = None):
        self.language = language
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.live = not quiet and self.stream.isatty() and not os.environ.get("CI") and _has_rich()
        self.done: Counter[str] = Counter()
        self.started = time.perf_counter()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> BuildProgress:
        return self

    def __call__(self, kind: str, done: int, total: int) -> None:
        self.done[kind] += 1
        if not self.live:
            return
        if self._bar is None:
            if time.perf_counter() - self.started < SHOW_AFTER_SECONDS and done < total:
                return
            self._start(total)
        self._bar.update(self._task, completed=done, total=total, what=self._name(kind))

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._bar = Progress(
            TextColumn(say(self.language, N_("Rendering")) + " {task.fields[what]}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(file=self.stream),
            transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task("", total=total, what="")

    def _name(self, kind: str) -> str:
        return say(self.language, KIND_NAMES.get(kind, kind))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.quiet or kind is not None or not self.done:
            return
        seconds = time.perf_counter() - self.started
        if self.live and seconds < SHOW_AFTER_SECONDS:
            return
        parts = ", ".join(
            say(self.language, N_("{count} {kind}"), count=str(count), kind=self._name(name))
            for name, count in self.done.items()
        )
        line = say(
            self.language,
            N_("Rendered {count} files ({kinds}) in {seconds} s."),
            count=str(sum(self.done.values())),
            kinds=parts,
            seconds=f"{seconds:.2f}",
        )
        print(line, file=self.stream)


def _has_rich() -> bool:
    try:
        import rich  # noqa: F401  (installed with typer)
    except ImportError:
        return False
    return True
