"""Every page of the site, in both languages, in a real browser: the bars readers rely on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from . import checks
from .conftest import PAGES, expected_language


def _no_problems(problems: list[str]) -> None:
    """Fail with every problem on its own line, so the report says what to fix."""
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _open(browser: Browser, url: str, viewport: dict[str, int], scheme: str = "light") -> Page:
    context = browser.new_context(viewport=viewport, locale="ko-KR", color_scheme=scheme)
    page = context.new_page()
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, url
    page.evaluate("document.fonts.ready")
    return page


@pytest.fixture(scope="module")
def opened(browser: Browser, base_url: str, page_path: str) -> Iterator[Callable[[str], Page]]:
    """`page_path` loaded once per viewport ("phone", "desktop") and shared by its checks.

    The checks only read the page (and inject axe-core), so one load serves them all; tests run
    page by page (`page_path` is module-scoped), so only one page's tabs are open at a time.
    """
    pages: dict[str, Page] = {}

    def open_in(viewport_name: str, scheme: str = "light") -> Page:
        key = f"{viewport_name} {scheme}"
        if key not in pages:
            viewport = checks.VIEWPORTS[viewport_name]
            pages[key] = _open(browser, base_url + page_path, viewport, scheme)
        return pages[key]

    yield open_in
    for page in pages.values():
        page.context.close()


@pytest.fixture(scope="module")
def html_errors(site: Path) -> dict[Path, list[str]]:
    pages = sorted(site.rglob("*.html"))
    return {path.resolve(): errors for path, errors in checks.html_errors(pages).items()}


def test_the_page_list_is_every_page_the_build_makes(site: Path) -> None:
    built = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert built == PAGES, "list every page the sample builds in PAGES (tests/browser/conftest.py)"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(
    opened: Callable[..., Page], scheme: str, page_path: str, screenshots: Path
) -> None:
    page = opened("desktop", scheme)
    if scheme == "dark":
        target = screenshots / "dark" / page_path.replace("/", "__").replace(".html", ".png")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target), full_page=True)
    _no_problems(checks.axe_violations(page))


def test_html_is_valid(site: Path, html_errors: dict[Path, list[str]], page_path: str) -> None:
    _no_problems(html_errors[(site / page_path).resolve()])


def test_links_and_anchors_resolve(opened: Callable[[str], Page]) -> None:
    _no_problems(checks.broken_links(opened("desktop")))


def test_language_is_declared_and_switchable(opened: Callable[[str], Page], page_path: str) -> None:
    _no_problems(checks.language_problems(opened("phone"), expected_language(page_path)))


@pytest.mark.parametrize("viewport_name", list(checks.VIEWPORTS))
def test_fits_the_screen(
    opened: Callable[[str], Page], page_path: str, viewport_name: str, screenshots: Path
) -> None:
    page = opened(viewport_name)
    target = screenshots / viewport_name / page_path.replace("/", "__").replace(".html", ".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    assert checks.horizontal_overflow(page) <= 0
    if viewport_name == "phone":
        _no_problems(checks.small_text(page))


def test_every_glyph_comes_from_the_web_font(opened: Callable[[str], Page]) -> None:
    page = opened("phone")
    _no_problems(checks.uncovered_characters(page))
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    _no_problems(checks.glyph_fallbacks(cdp, "body *"))
    cdp.detach()
