"""`policygen serve`'s long poll: a page's request waits for the next build and holds up nothing.

The server runs in threads on a folder with one page; builds are announced by hand, as a rebuild
announces its first phase. Every wait here is for a state, bounded only so a broken server fails.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from policygen import serve
from policygen.serve import STATE_PATH, Preview, make_server

PATIENCE = 60.0


@dataclass(frozen=True)
class Served:
    preview: Preview
    url: str
    port: int

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path, timeout=PATIENCE) as response:
            return bytes(response.read())

    def state(self, since: int | None = None) -> dict[str, Any]:
        query = "" if since is None else f"?since={since}"
        return json.loads(self.get(STATE_PATH + query))

    def announce(self) -> None:
        """What a rebuild does once its pages are out."""
        with self.preview.lock:
            self.preview._next_build()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    out = tmp_path / "build"
    out.mkdir()
    (out / "index.html").write_text("<html><body><p>hello</p></body></html>\n", encoding="utf-8")
    preview = Preview(tmp_path, out, lambda message: None)
    server = make_server(preview, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    port = server.server_address[1]
    yield Served(preview, f"http://127.0.0.1:{port}", port)
    preview.close()
    server.shutdown()
    server.server_close()
    thread.join(PATIENCE)


def _until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.01)


def _in_thread(work: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    answers: list[Any] = []
    thread = threading.Thread(target=lambda: answers.append(work()), daemon=True)
    thread.start()
    return thread, answers


def test_a_waiting_page_is_answered_by_the_next_build_and_holds_up_nothing(
    served: Served,
) -> None:
    thread, answers = _in_thread(lambda: served.state(since=0))
    _until(lambda: served.preview.waiting == 1, "the request waits")
    # meanwhile every other request is answered: the page, the state, the script
    assert b'/__policygen__/reload.js" data-build="0"' in served.get("/index.html")
    assert served.state()["build"] == 0
    assert served.get("/__policygen__/reload.js").startswith(b"/*")
    assert not answers and thread.is_alive()
    served.announce()
    thread.join(PATIENCE)
    assert answers[0]["build"] == 1
    assert b'data-build="1"' in served.get("/index.html")  # the build the page was served from


def test_a_page_of_an_older_build_is_answered_at_once(served: Served) -> None:
    served.announce()

    def waited() -> bool:
        raise AssertionError("a page of build 0 waited though build 1 is out")

    assert json.loads(served.preview.state_after(0, gone=waited))["build"] == 1


def test_stopping_answers_every_waiting_page(served: Served) -> None:
    threads = [_in_thread(lambda: served.state(since=0)) for _ in range(3)]
    _until(lambda: served.preview.waiting == 3, "three pages wait")
    served.preview.close()
    for thread, answers in threads:
        thread.join(PATIENCE)
        assert answers[0]["build"] == 0  # nothing new: the script asks again, and finds no server


def test_a_page_that_went_away_stops_waiting(served: Served) -> None:
    with socket.create_connection(("127.0.0.1", served.port)) as connection:
        connection.sendall(f"GET {STATE_PATH}?since=0 HTTP/1.0\r\n\r\n".encode())
        _until(lambda: served.preview.waiting == 1, "the request waits")
    _until(lambda: served.preview.waiting == 0, "the request of a closed page ends")


def test_the_slow_files_wait_until_the_open_pages_have_reloaded(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serve, "RELOAD_SECONDS", PATIENCE)
    page, answers = _in_thread(lambda: served.state(since=0))
    _until(lambda: served.preview.waiting == 1, "an open page waits")
    first_phase, _ = _in_thread(lambda: served.preview._shown([], reloads=True)(None))
    page.join(PATIENCE)
    assert answers[0]["build"] == 1  # the page reloads ...
    assert first_phase.is_alive()  # ... and the build waits for it before rendering PDFs
    reloaded, _ = _in_thread(lambda: served.state(since=1))  # the reloaded page waits again
    first_phase.join(PATIENCE)
    assert not first_phase.is_alive()
    served.preview.close()
    reloaded.join(PATIENCE)
