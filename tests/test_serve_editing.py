"""`policygen serve` while files are saved the ways real editors save them.

One `policygen serve` process runs on 127.0.0.1 on a free port for the whole module; each test
changes the project's files for real and polls the server's state endpoint and pages until the
preview shows what it must. Nothing here measures speed: every wait is for a state, with a
generous upper bound only so that a broken server fails the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from policygen.output.atomic import MARKER
from policygen.serve import Preview, Superseded
from policygen.watching import is_editor_debris

from .conftest import BuiltSite, copy_project, edit

PATIENCE = (
    240.0  # seconds before a state that never comes fails the test (never reached when green)
)
PAGE = "/en/policy/index.html"
ORIGINAL = "First published."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(project: Path, port: int, *extra: str) -> subprocess.Popen[str]:
    code = "import sys; from policygen.cli import app; sys.exit(app())"
    arguments = ["serve", "--source", str(project), "--port", str(port), *extra]
    return subprocess.Popen(
        [sys.executable, "-c", code, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@dataclass
class Server:
    """A running `policygen serve` and everything it printed."""

    project: Path
    port: int
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    @property
    def policy(self) -> Path:
        return self.project / "policy" / "shop.yaml"

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, ""

    def state(self) -> dict[str, Any]:
        return json.loads(self.get("/__policygen__/state")[1])

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + PATIENCE
        while not condition():
            assert self.process.poll() is None, "serve stopped:\n" + "".join(self.lines)
            assert time.monotonic() < deadline, f"never: {what}\n" + "".join(self.lines[-20:])
            time.sleep(0.1)

    def shows(self, text: str) -> bool:
        state = self.state()
        return not state["error"] and text in self.get(PAGE)[1]

    def looked_twice(self) -> Callable[[], bool]:
        """A condition that holds once the watcher has compared the files twice more."""
        start = self.state()["checks"]
        return lambda: self.state()["checks"] >= start + 2

    def save(self, old: str, new: str) -> None:
        """An ordinary save: the whole file rewritten in place."""
        text = self.policy.read_text(encoding="utf-8")
        assert old in text
        self.policy.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def server(shop_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    project = copy_project(shop_site.source, tmp_path_factory.mktemp("serve") / "shop")
    shop_site.copy_to(project / "build")  # the first build finds nothing to do
    port = _free_port()
    process = _serve(project, port, "--lang", "en")
    running = Server(project, port, process)
    reader = threading.Thread(target=lambda: running.lines.extend(process.stdout), daemon=True)
    reader.start()
    running.wait(lambda: any("Serving" in line for line in running.lines), "serving")
    yield running
    process.terminate()
    process.wait(timeout=60)


@pytest.fixture
def watch_pages(server: Server) -> Iterator[list[tuple[int, str]]]:
    """Fetch the page over and over while a test edits; every answer is kept."""
    answers: list[tuple[int, str]] = []
    stop = threading.Event()

    def fetch() -> None:
        while not stop.is_set():
            answers.append(server.get(PAGE))

    thread = threading.Thread(target=fetch, daemon=True)
    thread.start()
    yield answers
    stop.set()
    thread.join(timeout=60)
    assert answers, "the page was never fetched"
    for status, body in answers:
        assert status == 200, "the preview served no page during an edit"
        assert body.rstrip().endswith("</html>"), "the preview served a cut page"


def test_truncate_then_write_shows_the_finished_save(
    server: Server, watch_pages: list[tuple[int, str]]
) -> None:
    text = server.policy.read_text(encoding="utf-8").replace(ORIGINAL, "Truncated then written.")
    half = len(text) // 2
    with server.policy.open("w", encoding="utf-8") as file:  # truncates at once
        file.write(text[:half])
        file.flush()
        os.fsync(file.fileno())
        server.wait(server.looked_twice(), "the watcher saw the half-written file")
        file.write(text[half:])
    server.wait(lambda: server.shows("Truncated then written."), "the finished save is served")


def test_write_to_temporary_then_rename(server: Server, watch_pages: list[tuple[int, str]]) -> None:
    text = server.policy.read_text(encoding="utf-8").replace(
        "Truncated then written.", "Renamed into place."
    )
    temporary = server.policy.with_name(".shop.yaml.tmp-4242")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, server.policy)
    server.wait(lambda: server.shows("Renamed into place."), "the renamed file is served")


def test_a_burst_of_saves_ends_on_the_last(
    server: Server, watch_pages: list[tuple[int, str]]
) -> None:
    before = "Renamed into place."
    for number in range(25):
        server.save(before, f"Save number {number}.")
        before = f"Save number {number}."
    server.wait(lambda: server.shows("Save number 24."), "the last save of the burst is served")
    server.wait(server.looked_twice(), "the watcher settled")
    assert server.shows("Save number 24.")


def test_a_broken_save_shows_one_error_and_recovers(server: Server) -> None:
    printed = len(server.lines)
    server.save("Save number 24.", '"Save number 24.')  # a quote opened, never closed
    server.wait(lambda: "policy/shop.yaml:" in server.state()["error"], "the error is shown")
    assert "policy/shop.yaml:" in server.state()["errors"]["ko"]
    # more saves that leave the same problem: still one message in the terminal
    os.utime(server.policy)
    server.wait(server.looked_twice(), "the watcher looked again")
    server.save('"Save number 24.', "Fixed again.")
    server.wait(lambda: server.shows("Fixed again."), "the preview recovers by itself")
    reported = [line for line in server.lines[printed:] if "policy/shop.yaml:" in line]
    assert len(reported) == 1, reported


def test_a_file_deleted_and_recreated(server: Server) -> None:
    text = server.policy.read_text(encoding="utf-8")
    server.policy.unlink()
    # the shop keeps only its example flag in another file, so the sections are missing
    server.wait(lambda: "'controller'" in server.state()["error"], "the missing file is shown")
    server.policy.write_text(text.replace("Fixed again.", "Recreated."), encoding="utf-8")
    server.wait(lambda: server.shows("Recreated."), "the recreated file is served")


def test_a_new_yaml_file_is_read(server: Server) -> None:
    text = server.policy.read_text(encoding="utf-8")
    history = text[text.index("history:") :]
    (server.project / "policy" / "history.yaml").write_text(
        history.replace("Recreated.", "From a new file."), encoding="utf-8"
    )
    server.wait(lambda: "also defined in" in server.state()["error"], "the new file is read")
    server.policy.write_text(text[: text.index("history:")], encoding="utf-8")
    server.wait(lambda: server.shows("From a new file."), "the new file's text is served")


def test_a_non_utf8_file_dropped_into_policy(server: Server) -> None:
    dropped = server.project / "policy" / "notes.yaml"
    dropped.write_bytes("terms:\n  data_items:\n    pet: {ko: 반려동물, en: pet}\n".encode("cp949"))
    server.wait(lambda: "policy/notes.yaml:3:" in server.state()["error"], "the encoding is named")
    assert "CP949" in server.state()["error"]
    dropped.unlink()
    server.wait(lambda: server.shows("From a new file."), "the preview recovers")


def test_editor_swap_and_backup_files_are_ignored(server: Server) -> None:
    names = [".shop.yaml.swp", ".shop.yaml.swx", "shop.yaml~", "#shop.yaml#", "4913"]
    names += ["shop.yaml___jb_tmp___"]
    assert all(is_editor_debris(name) for name in names)
    assert not is_editor_debris("shop.yaml")
    build = server.state()["build"]
    folder = server.project / "policy"
    for name in names:
        (folder / name).write_bytes(b"\x00 half a swap file")
    (folder / ".#shop.yaml").symlink_to("editor@host.4242")  # Emacs's lock: a dangling link
    server.wait(server.looked_twice(), "the watcher looked at the folder")
    for name in names:
        (folder / name).unlink()
    server.wait(server.looked_twice(), "the watcher looked again")
    (folder / ".#shop.yaml").unlink()
    assert server.state()["build"] == build, "an editor's file started a build"
    assert server.shows("From a new file.")


def test_the_output_folder_removed_while_serving(server: Server) -> None:
    build = server.state()["build"]
    shutil.rmtree(server.project / "build")
    server.wait(lambda: server.state()["build"] > build, "a build after the folder went")
    server.wait(lambda: server.shows("From a new file."), "the site is served again")


def test_a_busy_port_is_a_clear_bilingual_error(server: Server) -> None:
    for language, words in (("en", "already in use"), ("ko", "이미 사용 중")):
        second = _serve(server.project, server.port, "--lang", language)
        output, _ = second.communicate(timeout=PATIENCE)
        assert second.returncode == 1, output
        assert words in output and "--port" in output, output
        assert "Traceback" not in output
    assert server.shows("From a new file."), "the running preview was disturbed"


def test_a_newer_save_stops_the_pdfs_of_the_last(shop_site: BuiltSite, tmp_path: Path) -> None:
    project = copy_project(shop_site.source, tmp_path / "shop")
    shop_site.copy_to(project / "build")
    preview = Preview(project, project / "build", lambda message: None)
    edit(project, "policy/shop.yaml", ORIGINAL, "Stopped before its PDFs.")
    asked: list[str] = []

    def superseded() -> bool:  # a newer save: asked after each slow file, once the pages are out
        asked.append(json.loads((project / "build" / MARKER).read_text())["pending"])
        return True

    with pytest.raises(Superseded):
        preview.rebuild(superseded=superseded)
    assert len(asked) == 1 and preview.build_number == 1
    page = (project / "build" / "en" / "policy" / "index.html").read_text(encoding="utf-8")
    assert "Stopped before its PDFs." in page  # the new pages stay out, marked pending
    assert "pending" in json.loads((project / "build" / MARKER).read_text())
    preview.rebuild()  # the newer save's build runs to its end
    assert "pending" not in json.loads((project / "build" / MARKER).read_text())
    assert preview.build_number == 2 and not preview.error
