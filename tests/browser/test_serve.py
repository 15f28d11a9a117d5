"""policygen serve: a real edit-reload cycle in Chromium, errors in the browser, only build/."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, expect

from policygen.serve import STATE_PATH, Preview, make_server

from ..conftest import REPO, BuiltSite, copy_project, edit

WAIT_SECONDS = 30  # generous: a rebuild renders PDFs, and the machine may be busy


@dataclass(frozen=True)
class Served:
    """A running preview of a copy of the small shop: its state, its address, what it reported."""

    state: Preview
    url: str
    messages: list[str]


@pytest.fixture
def preview(tmp_path: Path, shop_site: BuiltSite) -> Iterator[Served]:
    project = copy_project(REPO / "examples" / "small-shop", tmp_path / "shop")
    shop_site.copy_to(project / "build")  # as if built before: the first build has nothing to do
    messages: list[str] = []
    state = Preview(project, project / "build", messages.append)
    state.rebuild(force=False)
    assert state.build_number == 1 and not state.error, messages
    server = make_server(state, "127.0.0.1", 0)
    stop = threading.Event()
    threads = [
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True),
        threading.Thread(target=state.watch, args=(stop,), daemon=True),
    ]
    for thread in threads:
        thread.start()
    host, port = server.server_address[:2]
    assert host == "127.0.0.1"
    yield Served(state, f"http://127.0.0.1:{port}/", messages)
    stop.set()
    state.close()  # answers the pages still waiting
    server.shutdown()
    server.server_close()


def _is_waiting_request(request: Request) -> bool:
    return urllib.parse.urlsplit(request.url).path == STATE_PATH and "since=" in request.url


def _is_plain_request(request: Request) -> bool:
    """A question answered at once: a page's first, or a hidden tab's (once a second)."""
    return urllib.parse.urlsplit(request.url).path == STATE_PATH and "since=" not in request.url


def _open_watching(browser: Browser, url: str) -> Page:
    """Open a served page once its reload script waits for the next build.

    The script's first request is answered at once; it waits (asks with ?since=) only after it
    has taken that answer in, so a waiting request means the page knows its build.
    """
    page = browser.new_page()
    with page.expect_request(_is_waiting_request, timeout=WAIT_SECONDS * 1000):
        page.goto(url)
    return page


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll `condition` until it holds; fail after WAIT_SECONDS saying what never happened."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"after {WAIT_SECONDS} s: {what}", pytrace=False)
        time.sleep(0.05)


def _rebuilt_after(state: Preview, number: int) -> None:
    _wait_until(lambda: state.build_number > number, f"no rebuild after build {number}")


def test_an_edit_reloads_the_open_page(browser: Browser, preview: Served) -> None:
    page = _open_watching(browser, preview.url + "en/policy/index.html")
    expect(page.locator("h1")).to_contain_text("Bomnal Flowers online orders")
    before = preview.state.build_number
    edit(
        preview.state.source,
        "policy/shop.yaml",
        'en: "Bomnal Flowers online orders"',
        'en: "Bomnal Flowers web shop"',
    )
    _rebuilt_after(preview.state, before)
    expect(page.locator("h1")).to_contain_text(
        "Bomnal Flowers web shop", timeout=WAIT_SECONDS * 1000
    )
    page.close()


def test_a_mistake_shows_in_the_browser_and_fixing_it_reloads(
    browser: Browser, preview: Served
) -> None:
    state = preview.state
    page = _open_watching(browser, preview.url + "ko/index.html")
    before = state.build_number
    edit(state.source, "policy/shop.yaml", "date: 2026-04-01", "date: 2026-04-31")
    _rebuilt_after(state, before)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("policy/shop.yaml", timeout=WAIT_SECONDS * 1000)
    expect(alert).to_contain_text("'date'에는 날짜가 와야 하는데")  # a Korean page: in Korean
    expect(alert).to_contain_text("policygen: 원본에 문제가 있습니다")
    _wait_until(
        lambda: any("2026-04-31" in message for message in preview.messages),
        "serve did not report the bad date",
    )
    assert (state.out / "ko" / "index.html").is_file()  # the last good site is still there
    failed = state.build_number
    edit(state.source, "policy/shop.yaml", "date: 2026-04-31", "date: 2026-04-02")
    _rebuilt_after(state, failed)
    expect(page.get_by_role("alert")).to_have_count(0, timeout=WAIT_SECONDS * 1000)
    expect(page.locator("main")).to_contain_text("2026년 4월 2일", timeout=WAIT_SECONDS * 1000)
    assert not state.error
    page.close()


def test_only_build_is_served_and_nothing_is_injected_into_files(preview: Served) -> None:
    state, url = preview.state, preview.url
    for path in ("policy/shop.yaml", "../policy/shop.yaml", "%2e%2e/policy/shop.yaml"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + path)
        assert refused.value.code == 404
    served = urllib.request.urlopen(url + "en/index.html").read()
    assert b"/__policygen__/reload.js" in served
    assert b"reload.js" not in (state.out / "en" / "index.html").read_bytes()


def test_a_hidden_tab_holds_no_request_open_and_asks_again_when_shown(
    browser: Browser, preview: Served
) -> None:
    page = _open_watching(browser, preview.url + "en/index.html")
    _wait_until(lambda: preview.state.waiting == 1, "the page's request never waited")
    hide = """hidden => {
        Object.defineProperty(document, "hidden", {value: hidden, configurable: true});
        document.dispatchEvent(new Event("visibilitychange"));
    }"""
    with page.expect_request(_is_plain_request, timeout=WAIT_SECONDS * 1000):
        page.evaluate(hide, True)
    # the browser gave up the waiting request (it opens only six to one server): the server too
    _wait_until(lambda: preview.state.waiting == 0, "the hidden tab still holds a request")
    with page.expect_request(_is_waiting_request, timeout=WAIT_SECONDS * 1000):
        page.evaluate(hide, False)
    page.close()
