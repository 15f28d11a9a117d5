"""policygen serve: a real edit-reload cycle in Chromium, errors in the browser, only build/."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from policygen.serve import Preview, make_server

from ..conftest import REPO, copy_project, edit


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Preview, str]]:
    project = copy_project(REPO / "examples" / "small-shop", tmp_path / "shop")
    messages: list[str] = []
    state = Preview(project, project / "build", messages.append)
    state.rebuild(force=False)
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
    yield state, f"http://127.0.0.1:{port}/"
    stop.set()
    server.shutdown()
    server.server_close()


def test_an_edit_reloads_the_open_page(browser: Browser, preview: tuple[Preview, str]) -> None:
    state, url = preview
    page = browser.new_page()
    page.goto(url + "en/policy/index.html")
    expect(page.locator("h1")).to_contain_text("Bomnal Flowers online orders")
    page.wait_for_timeout(400)  # let the page learn the current build number
    started = time.perf_counter()
    edit(
        state.source,
        "policy/shop.yaml",
        'en: "Bomnal Flowers online orders"',
        'en: "Bomnal Flowers web shop"',
    )
    expect(page.locator("h1")).to_contain_text("Bomnal Flowers web shop", timeout=5000)
    assert time.perf_counter() - started < 5
    page.close()


def test_a_mistake_shows_in_the_browser_and_fixing_it_reloads(
    browser: Browser, preview: tuple[Preview, str]
) -> None:
    state, url = preview
    page = browser.new_page()
    page.goto(url + "ko/index.html")
    page.wait_for_timeout(400)
    edit(state.source, "policy/shop.yaml", "date: 2026-04-01", "date: 2026-04-31")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("policy/shop.yaml", timeout=5000)
    expect(alert).to_contain_text("'date'에는 날짜가 와야 하는데")  # a Korean page: in Korean
    expect(alert).to_contain_text("policygen: 원본에 문제가 있습니다")
    assert any("2026-04-31" in message for message in state_messages(state))
    assert (state.out / "ko" / "index.html").is_file()  # the last good site is still there
    edit(state.source, "policy/shop.yaml", "date: 2026-04-31", "date: 2026-04-02")
    expect(page.get_by_role("alert")).to_have_count(0, timeout=5000)
    expect(page.locator("main")).to_contain_text("2026년 4월 2일")
    page.close()


def state_messages(state: Preview) -> list[str]:
    return list(state.report.__self__)  # type: ignore[attr-defined]


def test_only_build_is_served_and_nothing_is_injected_into_files(
    preview: tuple[Preview, str],
) -> None:
    state, url = preview
    for path in ("policy/shop.yaml", "../policy/shop.yaml", "%2e%2e/policy/shop.yaml"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + path)
        assert refused.value.code == 404
    served = urllib.request.urlopen(url + "en/index.html").read()
    assert b"/__policygen__/reload.js" in served
    assert b"reload.js" not in (state.out / "en" / "index.html").read_bytes()
