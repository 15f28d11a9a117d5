"""Every page, both languages, for readers axe cannot stand in for: zoomed and phone readers
(whole words in tables), keyboard users (visible focus, in-page jumps), Windows High Contrast
(shapes survive forced colours), screen readers (pauses and names) and paper (browser print)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from . import reading
from .conftest import PAGES

SIZES = {"320": reading.NARROW, "1280": reading.WIDE}


def _no_problems(problems: list[str]) -> None:
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture(scope="module")
def opened(browser: Browser, base_url: str, page_path: str) -> Iterator[Callable[..., Page]]:
    """`page_path` loaded once per (width, emulation) and shared by this module's tests."""
    pages: dict[tuple[str, str], Page] = {}

    def open_in(size: str, forced_colors: str = "none") -> Page:
        key = (size, forced_colors)
        if key not in pages:
            context = browser.new_context(viewport=SIZES[size], forced_colors=forced_colors)
            page = context.new_page()
            page.goto(base_url + page_path, wait_until="load")
            page.evaluate("document.fonts.ready")
            pages[key] = page
        return pages[key]

    yield open_in
    for page in pages.values():
        page.context.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_tables_keep_words_whole(opened: Callable[..., Page], size: str) -> None:
    _no_problems(reading.split_words(opened(size)))


@pytest.mark.parametrize("size", list(SIZES))
def test_focus_is_visible_on_every_control(opened: Callable[..., Page], size: str) -> None:
    seen, problems = reading.weak_focus(opened(size))
    assert seen > 0, "Tab reached no control"
    _no_problems(problems)


@pytest.mark.parametrize("size", list(SIZES))
def test_in_page_links_land_where_they_point(opened: Callable[..., Page], size: str) -> None:
    page = opened(size)
    _no_problems(reading.back_to_contents_problems(page))
    _count, problems = reading.in_page_landings(page)
    _no_problems(problems)


def test_shapes_survive_forced_colours(
    opened: Callable[..., Page], page_path: str, screenshots: Path
) -> None:
    page = opened("320", "active")
    target = screenshots / "forced-320" / page_path.replace("/", "__").replace(".html", ".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    _no_problems(reading.shapeless_in_forced_colours(page))


def test_speech_has_pauses_and_names(opened: Callable[..., Page]) -> None:
    _no_problems(reading.speech_problems(opened("320")))


def test_tables_stay_tables_for_screen_readers_on_phones(
    opened: Callable[..., Page], page_path: str
) -> None:
    page = opened("320")
    tables = page.locator("table").count()
    roles = reading.table_roles(page)
    assert roles.get("table", 0) == tables
    if page.locator("td[data-label]").count():
        assert roles.get("columnheader", 0) > 0 and roles.get("cell", 0) > 0, roles


POLICY_PAGES = [page for page in PAGES if page.endswith("/policy/index.html")]


@pytest.mark.parametrize("path", POLICY_PAGES)
def test_browser_print_is_a_clean_printout(
    browser: Browser, base_url: str, path: str, tmp_path: Path
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + path)
    download_link = " ".join(page.inner_text(".pdf-link").split())
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.pdf-link', '.footer-link', '.to-top'].filter(selector =>
            [...document.querySelectorAll(selector)].some(e => e.getClientRects().length))"""
    )
    assert hidden == [], f"printed although useless on paper: {hidden}"
    breaks = page.evaluate(
        """() => ({label: getComputedStyle(document.querySelector('.label')).breakInside,
                   table: getComputedStyle(document.querySelector('table')).breakInside,
                   row: getComputedStyle(document.querySelector('tbody tr')).breakInside})"""
    )
    assert breaks == {"label": "avoid", "table": "auto", "row": "avoid"}
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    context.close()
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert not [line for line in lines if line.endswith("·")], "a dangling footer separator"
    assert download_link not in " ".join(" ".join(lines).split()), "a dead download link"
