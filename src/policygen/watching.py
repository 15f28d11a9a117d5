"""Tell `policygen serve` when the input files changed and have settled, within milliseconds.

The system's file events (inotify, FSEvents, kqueue or ReadDirectoryChangesW, through watchdog)
only wake the watcher; a snapshot of names, sizes and times decides, so a missed or spurious event
costs no wrong build, only a look. A slow poll backs the events up (a folder made while serving,
an event the system dropped), and a quick poll takes over where the system gives no events.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
EVENT_POLL_SECONDS = 0.5  # a look now and then even with events, for what they cannot tell
POLL_SECONDS = 0.05  # without events
SETTLE_SECONDS = 0.03  # no event this long after a change: the save is finished
STOP_SECONDS = 0.1  # how soon a waiting watcher notices that serving stops

Snapshot = tuple[tuple[str, int, int], ...]

# What editors write beside the file being edited, never policy input: Vim's swap files and its
# write test '4913', Emacs's lock (.#x), autosave (#x#) and backup (x~), JetBrains' safe-write
# copies, and any hidden temporary file an editor saves to before renaming it over the real one.
EDITOR_DEBRIS = re.compile(r"^[.#]|~$|^4913$|\.sw[a-p]$|___jb_(?:tmp|old)___$")


def is_editor_debris(name: str) -> bool:
    """True for a file an editor keeps beside the one being edited (it never feeds a build)."""
    return EDITOR_DEBRIS.search(name) is not None


def input_roots(source: Path, folders: Iterable[str]) -> list[Path]:
    """The folders whose files feed a build: the project's, and policygen's templates."""
    return [source / folder for folder in folders] + [PACKAGE / "templates", PACKAGE / "static"]


def snapshot(roots: Iterable[Path]) -> Snapshot:
    """Names, sizes and times of every input file: cheap to take many times a second."""
    entries = []
    for root in roots:
        if root.is_dir():
            for path in root.rglob("*"):
                if is_editor_debris(path.name):
                    continue
                with contextlib.suppress(OSError):  # deleted or renamed while we looked
                    stat = path.stat()
                    if path.is_file():
                        entries.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(entries))


class FileWatcher:
    """Wakes on the first file event under the input folders; polls where events cannot be had."""

    def __init__(self, source: Path, folders: Iterable[str]) -> None:
        self.folders = frozenset(folders)
        self.source = source
        self.roots = input_roots(source, self.folders)
        self._woken = threading.Event()
        self._saved = False  # the last event finished a save: a file closed, or renamed in place
        self._watched: dict[Path, Any] = {}  # root -> its watch
        self._stale: set[Path] = set()  # roots removed or moved: watched again when back
        self._observer: Any = None
        self._refused = False  # the system refused a watch (e.g. inotify's limit): poll quickly
        self._start()

    def snapshot(self) -> Snapshot:
        return snapshot(self.roots)

    def wait(self, stop: threading.Event) -> bool:
        """Until a file event, or the next poll; False once `stop` is set."""
        every = POLL_SECONDS if self._observer is None or self._refused else EVENT_POLL_SECONDS
        deadline = time.monotonic() + every
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0 or self._woken.wait(min(left, STOP_SECONDS)):
                self._woken.clear()  # before the caller's snapshot: no later event is lost
                self._watch_new_roots()
                return True
        return False

    def settled(self, current: Snapshot, stop: threading.Event) -> Snapshot | None:
        """The files once a save has finished (None when serving stops meanwhile).

        With events, finished means a written file was closed or renamed into place, else no
        event for SETTLE_SECONDS; without events, the files compared equal SETTLE_SECONDS apart.
        So a truncate-then-write is built once written, a rename over the file once renamed (not
        when the editor moved the old file aside), and a burst of saves ends on its last.
        """
        while not stop.is_set():
            if self._saved:
                return self.snapshot()
            self._woken.clear()
            if self._woken.wait(SETTLE_SECONDS):
                continue  # still being written
            latest = self.snapshot()
            if latest == current or self._events_cover_all():
                return latest
            current = latest
        return None

    def stirred(self) -> bool:
        """A file event came since the last wait (always, without events): a save may have begun."""
        return self._woken.is_set() or not self._events_cover_all()

    def close(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None

    def _events_cover_all(self) -> bool:
        return self._observer is not None and not self._refused

    def _start(self) -> None:
        try:
            from watchdog.observers import Observer
        except ImportError:  # a dependency; without it, quick polling still works
            return
        self._observer = Observer()
        self._observer.daemon = True
        self._schedule(self.source, recursive=False)  # input folders made or removed
        self._watch_new_roots()
        self._observer.start()

    def _watch_new_roots(self) -> None:
        """Watch every input folder that exists now (made since, or made anew)."""
        if self._observer is None:
            return
        while self._stale:
            watch = self._watched.pop(self._stale.pop(), None)
            if watch is not None:
                with contextlib.suppress(KeyError, OSError):  # its watch ended with the folder
                    self._observer.unschedule(watch)
        for root in self.roots:
            if root not in self._watched and root.is_dir():
                self._schedule(root, recursive=True)

    def _schedule(self, folder: Path, *, recursive: bool) -> None:
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )

        folders = [DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
        files = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent]
        kinds = [*folders, *files, FileClosedEvent] if recursive else folders  # never 'opened'
        try:
            watch = self._observer.schedule(
                _Waker(self), str(folder), recursive=recursive, event_filter=kinds
            )
        except OSError:  # no such folder any more, or no watch left: the quick poll sees it
            self._refused = self._refused or (recursive and folder.is_dir())
            return
        if recursive:
            self._watched[folder] = watch

    def _event(self, event: Any) -> None:
        """A file event: wake the watcher unless only editor debris or other folders moved."""
        paths = [Path(os.fsdecode(event.src_path))]
        if getattr(event, "dest_path", ""):
            paths.append(Path(os.fsdecode(event.dest_path)))
        if event.is_directory and event.event_type in ("deleted", "moved"):
            self._stale.update(path for path in paths if path in self._watched)
        at_top = [path for path in paths if path.parent == self.source]
        if at_top and not any(path.name in self.folders for path in at_top):
            return  # build/ and the like beside the input folders
        if all(is_editor_debris(path.name) for path in paths):
            return
        self._saved = not event.is_directory and (
            event.event_type == "closed"
            or (event.event_type == "moved" and not is_editor_debris(paths[-1].name))
        )
        self._woken.set()


class _Waker:
    """The watchdog event handler: passes every event on to its watcher."""

    def __init__(self, watcher: FileWatcher) -> None:
        self.watcher = watcher

    def dispatch(self, event: Any) -> None:
        self.watcher._event(event)
