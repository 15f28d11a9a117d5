"""The browser suite: serve the sample (built once per run) on 127.0.0.1, drive Debian's Chromium.

Every HTML page the build produces is checked: the pages are listed below, so that collecting
the tests builds nothing, and test_pages.py fails when the build makes a page the list lacks.
Screenshots go to test-artifacts/screenshots/ (or $POLICYGEN_SCREENSHOTS).
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from ..conftest import REPO, BuiltSite

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# Every HTML page of the sample site (the `sample_site` fixture): the entrance, then per locale
# the hub and one page per view. A view that adds pages adds them here (test_pages.py checks).
SECTIONS = (
    "",
    "ads/",
    "cctv/",
    "changes/",
    "consent/",
    "deceased/",
    "forget/",
    "kids/",
    "label-kit/",
    "labels/",
    "policy/",
    "principles/",
    "senior/",
    "teens/",
    "transparency/",
)
PAGES = sorted(
    [
        "index.html",
        *(f"{locale}/{section}index.html" for locale in ("ko", "en") for section in SECTIONS),
    ]
)


def expected_language(page: str) -> str:
    first = page.split("/")[0]
    return first if first in ("ko", "en") else "ko"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        # module scope: a module's tests run page by page, so a page can be loaded once for them
        metafunc.parametrize("page_path", PAGES, scope="module")


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
def site(sample_site: BuiltSite) -> Path:
    return sample_site.out


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
