"""The browser suite: build the sample once, serve it on 127.0.0.1, drive Debian's Chromium.

Every HTML page the build produces is checked, so a new view is covered as soon as it renders
pages. Screenshots go to test-artifacts/screenshots/ (or $POLICYGEN_SCREENSHOTS).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from policygen.build import build

from ..conftest import REPO, copy_project

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@functools.cache
def built_site() -> Path:
    """The sample site, built once per test run into a private folder."""
    scratch = Path(tempfile.mkdtemp(prefix="policygen-browser-"))
    project = copy_project(REPO, scratch / "project")
    build(project, scratch / "site")
    return scratch / "site"


def site_pages() -> list[str]:
    return sorted(
        path.relative_to(built_site()).as_posix() for path in built_site().rglob("*.html")
    )


def expected_language(page: str) -> str:
    first = page.split("/")[0]
    return first if first in ("ko", "en") else "ko"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", site_pages())


def pytest_sessionfinish(session: pytest.Session) -> None:
    if built_site.cache_info().currsize:
        shutil.rmtree(built_site().parent, ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    folder = screenshot_root()
    if folder.is_dir() and any(folder.rglob("*.png")):
        terminalreporter.write_line(f"browser screenshots: {folder}")


def screenshot_root() -> Path:
    import os

    return Path(os.environ.get("POLICYGEN_SCREENSHOTS", REPO / "test-artifacts" / "screenshots"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def site() -> Path:
    return built_site()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.fail(
            "Chromium is not installed; install Debian's package: apt-get install "
            "chromium (the browser suite never downloads a browser)",
            pytrace=False,
        )
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = screenshot_root()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
