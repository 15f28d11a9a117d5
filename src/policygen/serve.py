"""policygen serve: rebuild on every edit and reload the open page; errors show in the browser.

The server listens on 127.0.0.1 by default and serves only the build folder. A small script,
added to HTML responses only (never to build/), knows the build its page came from and keeps one
request waiting for the next (a long poll): the page reloads the moment a rebuild publishes its
pages, or shows the source problem over the last good page.
"""

from __future__ import annotations

import errno
import functools
import http.server
import json
import select
import socket
import string
import sys
import threading
import time
import traceback
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .build import SOURCE_FOLDERS, build
from .errors import Location, Problem, UserError
from .i18n import LOCALES
from .i18n.console import N_, Msg, say
from .output.atomic import MARKER
from .output.webfont import subset_woff2
from .watching import FileWatcher, Snapshot

STATE_PATH = "/__policygen__/state"
SCRIPT_PATH = "/__policygen__/reload.js"
FONT_PATH = "/__policygen__/overlay-font.woff2"  # Hangul for the overlay without a system font
FONT_WAIT_SECONDS = 10.0
WAIT_SECONDS = 25.0  # a page's waiting request is answered by then at the latest; it asks again
GONE_SECONDS = 1.0  # how often a waiting request checks that its page is still there
RELOAD_SECONDS = 0.5  # the PDFs wait at most this long for the open pages to reload first


OVERLAY_WORDS = {
    locale: {
        "title": say(locale, N_("policygen: the source has problems")),
        "note": say(
            locale,
            N_(
                "The last good site is still being served. Fix the file and this page "
                "reloads by itself."
            ),
        ),
        "close": say(locale, N_("Show the last good page")),
    }
    for locale in LOCALES
}


def reload_script() -> bytes:
    """The script `serve` adds to pages (never written to build/)."""
    return (resources.files("policygen") / "static" / "reload.js").read_bytes()


class Superseded(Exception):
    """A newer save came while a build rendered its slow files: that build stops for it."""


def _event(*, ready: bool) -> threading.Event:
    event = threading.Event()
    if ready:
        event.set()
    return event


@dataclass
class Preview:
    """The state the browser asks for: which build is current and what went wrong, if anything."""

    source: Path
    out: Path
    report: Callable[[str], None] = print
    locale: str = "en"  # of the console; the overlay follows each page's own language
    build_number: int = 0
    checks: int = 0  # snapshot comparisons done, so a test can tell the watcher has looked
    error: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    font: bytes = b""
    font_ready: threading.Event = field(default_factory=lambda: _event(ready=True))
    lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(init=False)  # on `lock`: a new build, or serving ends
    closed: bool = False
    waiting: int = 0  # pages whose request waits for the next build
    caught_up: int = 0  # pages that waited again since the last build: they have reloaded

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def rebuild(self, *, force: bool = True, superseded: Callable[[], bool] | None = None) -> None:
        """Build and tell the open pages; raises Superseded once `superseded()` says so.

        That is asked after each slow file (a PDF, a label file, the web font), which the cache
        keeps; new pages already published stay, marked pending, until a build runs to its end.
        """
        started = time.perf_counter()
        shown: list[object] = []  # the new pages are out before their PDFs: reload for them then

        def progress(kind: str, done: int, total: int) -> None:
            if superseded is not None and superseded():
                raise Superseded

        try:
            first_phase = self._shown(shown, reloads=True)
            result = build(
                self.source, self.out, force=force, first_phase=first_phase, progress=progress
            )
        except UserError as problem:
            errors = {locale: problem.render(locale) for locale in LOCALES}
            repeated = errors["en"] == self.error  # the same problem again: said once already
            with self.lock:  # the error shows at once; its font follows
                self.errors, self.error = errors, errors["en"]
                self.font_ready.clear()
                self._next_build()
            if not repeated:
                self.report(problem.render(self.locale))
            shown = "".join(errors.values()) + json.dumps(OVERLAY_WORDS, ensure_ascii=False)
            font = subset_woff2(set(shown) | set(string.printable))
            with self.lock:
                self.font = font
            self.font_ready.set()
            return
        if not shown:
            self._shown(shown)(result)
        self.report(
            say(
                self.locale,
                N_("Rebuilt {count} files in {seconds} s."),
                count=len(result.files),
                seconds=f"{time.perf_counter() - started:.2f}",
            )
        )

    def _shown(self, shown: list[object], *, reloads: bool = False) -> Callable[[object], None]:
        """Announce the new pages; with `reloads`, let the open pages reload before going on.

        The slow second phase (PDFs, label files) renders in this process: started at once, it
        would slow down serving the very pages the open tabs reload.
        """

        def show(result: object) -> None:
            with self.lock:
                self.error = ""
                self.errors = {}
                pages = self.waiting
                self._next_build()
            shown.append(result)
            if reloads and pages:
                with self.changed:
                    self.changed.wait_for(
                        lambda: self.caught_up >= pages or self.closed, RELOAD_SECONDS
                    )

        return show

    def _next_build(self) -> None:
        """Count a build (its pages or its error are out) and answer every waiting page; locked."""
        self.build_number += 1
        self.caught_up = 0
        self.changed.notify_all()

    def state(self) -> bytes:
        with self.lock:
            return self._state()

    def state_after(
        self, build: int, timeout: float = WAIT_SECONDS, gone: Callable[[], bool] = lambda: False
    ) -> bytes:
        """The state once the build is no longer `build`: at once for a page served before it.

        Earlier when `timeout` passes, serving stops, or `gone` says the page went away.
        """
        deadline = time.monotonic() + timeout
        with self.changed:
            if build == self.build_number:
                self.caught_up += 1  # a page of this build waits again: it has (re)loaded
                self.changed.notify_all()
            self.waiting += 1
            try:
                while self.build_number == build and not self.closed:
                    left = deadline - time.monotonic()
                    if left <= 0 or gone():
                        break
                    self.changed.wait(min(left, GONE_SECONDS))
            finally:
                self.waiting -= 1
            return self._state()

    def _state(self) -> bytes:
        state = {
            "build": self.build_number,
            "checks": self.checks,
            "error": self.error,
            "errors": self.errors,
            "words": OVERLAY_WORDS,
        }
        return json.dumps(state, ensure_ascii=False).encode()

    def close(self) -> None:
        """Serving stops: answer every waiting page now."""
        with self.changed:
            self.closed = True
            self.changed.notify_all()

    def watch(self, stop: threading.Event) -> None:
        """Rebuild whenever an input file changes, until `stop` is set.

        A change is built once the save has finished (watching.FileWatcher.settled), so a burst
        of saves is one build; a save during a build is seen at once after it (it is compared
        with the files as they were when the build began), so the preview ends on the last save.
        A save while the PDFs of the last one are rendered stops them after the one in hand: the
        new pages come first. A removed output folder is built again.
        """
        watcher = FileWatcher(self.source, SOURCE_FOLDERS)
        try:
            seen = watcher.snapshot()
            while watcher.wait(stop):
                current = watcher.snapshot()
                with self.lock:
                    self.checks += 1
                if current == seen and not self._output_missing():
                    continue
                settled = watcher.settled(current, stop)
                if settled is None:
                    return
                seen = settled

                def superseded(started: Snapshot = settled) -> bool:
                    return watcher.stirred() and watcher.snapshot() != started

                if not self._rebuild_safely(superseded):
                    seen = ()  # stopped, or a file vanished while read: build at the next look
        finally:
            watcher.close()

    def _output_missing(self) -> bool:
        """The output folder was removed (or emptied) while serving, and the source was good."""
        return not self.error and not (self.out / MARKER).is_file()

    def _rebuild_safely(self, superseded: Callable[[], bool]) -> bool:
        """Rebuild; False when stopped for a newer save or a file vanished mid-read.

        No error stops the watching.
        """
        try:
            self.rebuild(superseded=superseded)
        except (Superseded, OSError):
            return False
        except Exception:  # an internal error: report it with its traceback and keep serving
            self.report(traceback.format_exc())
        return True


class _Server(http.server.ThreadingHTTPServer):
    """One thread per request, so a page's waiting request holds up no other request."""

    daemon_threads = True  # waiting requests never hold up stopping

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the page went away (reloaded, closed) before its answer was sent
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(http.server.SimpleHTTPRequestHandler):
    preview: Preview

    def log_message(self, format: str, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == STATE_PATH:
            since = urllib.parse.parse_qs(query).get("since", [""])[0]
            if since.isdigit():
                state = self.preview.state_after(int(since), gone=self._page_gone)
            else:
                state = self.preview.state()
            self._send(state, "application/json")
        elif path == SCRIPT_PATH:
            self._send(reload_script(), "text/javascript; charset=utf-8")
        elif path == FONT_PATH:
            self.preview.font_ready.wait(FONT_WAIT_SECONDS)
            with self.preview.lock:
                font = self.preview.font
            self._send(font, "font/woff2")
        elif path.endswith((".html", "/")):
            self._send_page()
        else:
            super().do_GET()

    def _page_gone(self) -> bool:
        """The page that sent this request went away (reloaded, closed) while it waited."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and not self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            return True

    def _send_page(self) -> None:
        file = Path(self.translate_path(self.path))
        if file.is_dir():
            file = file / "index.html"
        with self.preview.lock:  # before the file: a page never claims a newer build than it is
            build = self.preview.build_number
        if not file.is_file():
            self.send_error(404, "Not found")
            return
        script = f'<script src="{SCRIPT_PATH}" data-build="{build}"></script></body>'
        html = file.read_bytes().replace(b"</body>", script.encode(), 1)
        self._send(html, "text/html; charset=utf-8")

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def make_server(preview: Preview, host: str, port: int) -> http.server.ThreadingHTTPServer:
    """An HTTP server for build/ only, with the reload endpoints."""
    handler = type("PreviewHandler", (_Handler,), {"preview": preview})
    factory = functools.partial(handler, directory=str(preview.out))
    try:
        server = _Server((host, port), factory)
    except OSError as error:
        raise UserError(_listen_problem(host, port, error)) from None
    preview.out.mkdir(parents=True, exist_ok=True)
    return server


def _listen_problem(host: str, port: int, error: OSError) -> Problem:
    """Why serving cannot start, with a port that is free right now when that is the cause."""
    if error.errno != errno.EADDRINUSE:
        return Problem(
            Location(f"{host}:{port}"),
            Msg(N_("cannot listen on {address}: {reason}"), address=f"{host}:{port}",
                reason=error.strerror or str(error)),
            Msg(N_("choose another address with --host, or another port with --port")),
        )  # fmt: skip
    return Problem(
        Location(f"{host}:{port}"),
        Msg(N_("port {port} is already in use on {host} (is another preview running?)"),
            port=str(port), host=host),
        Msg(N_("choose another port, e.g. policygen serve --port {free}"),
            free=str(free_port(host, port))),
    )  # fmt: skip


def free_port(host: str, after: int) -> int:
    """The first port above `after` that nothing listens on, or one the system picks."""
    for candidate in range(after + 1, min(after + 50, 65535)):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((host, candidate))
            except OSError:
                continue
            return candidate
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def serve(
    source: Path,
    out: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    report: Callable[[str], None] = print,
    locale: str = "en",
) -> None:
    """Build, serve and rebuild on changes until Ctrl-C."""
    preview = Preview(source, out, report, locale)
    server = make_server(preview, host, port)  # a busy port is reported before any build
    preview.rebuild(force=False)
    stop = threading.Event()
    watcher = threading.Thread(target=preview.watch, args=(stop,), daemon=True)
    watcher.start()
    address = f"http://{host}:{server.server_address[1]}/"
    report(
        say(
            locale,
            N_(
                "Serving {out} at {address} (Ctrl-C to stop). Edit policy/, dialogues/ or "
                "guide/ and the open page reloads."
            ),
            out=out,
            address=address,
        )
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        report(say(locale, N_("Stopped.")))
    finally:
        stop.set()
        preview.close()
        server.server_close()
