"""Every page of the site, in both languages, in a real browser: the bars readers rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from . import checks
from .conftest import expected_language


def _no_problems(problems: list[str]) -> None:
    """Fail with every problem on its own line, so the report says what to fix."""
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def _open(browser: Browser, url: str, viewport: dict[str, int]) -> Page:
    context = browser.new_context(viewport=viewport, locale="ko-KR")
    page = context.new_page()
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, url
    page.evaluate("document.fonts.ready")
    return page


@pytest.fixture(scope="module")
def html_errors(site: Path) -> dict[Path, list[str]]:
    pages = sorted(site.rglob("*.html"))
    return {path.resolve(): errors for path, errors in checks.html_errors(pages).items()}


def test_no_accessibility_violations(browser: Browser, base_url: str, page_path: str) -> None:
    page = _open(browser, base_url + page_path, checks.DESKTOP)
    _no_problems(checks.axe_violations(page))
    page.context.close()


def test_html_is_valid(site: Path, html_errors: dict[Path, list[str]], page_path: str) -> None:
    _no_problems(html_errors[(site / page_path).resolve()])


def test_links_and_anchors_resolve(browser: Browser, base_url: str, page_path: str) -> None:
    page = _open(browser, base_url + page_path, checks.DESKTOP)
    _no_problems(checks.broken_links(page))
    page.context.close()


def test_language_is_declared_and_switchable(
    browser: Browser, base_url: str, page_path: str
) -> None:
    page = _open(browser, base_url + page_path, checks.PHONE)
    _no_problems(checks.language_problems(page, expected_language(page_path)))
    page.context.close()


@pytest.mark.parametrize("viewport_name", list(checks.VIEWPORTS))
def test_fits_the_screen(
    browser: Browser, base_url: str, page_path: str, viewport_name: str, screenshots: Path
) -> None:
    page = _open(browser, base_url + page_path, checks.VIEWPORTS[viewport_name])
    target = screenshots / viewport_name / page_path.replace("/", "__").replace(".html", ".png")
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    assert checks.horizontal_overflow(page) <= 0
    if viewport_name == "phone":
        _no_problems(checks.small_text(page))
    page.context.close()


def test_every_glyph_comes_from_the_web_font(
    browser: Browser, base_url: str, page_path: str
) -> None:
    page = _open(browser, base_url + page_path, checks.PHONE)
    _no_problems(checks.uncovered_characters(page))
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    _no_problems(checks.glyph_fallbacks(cdp, "body *"))
    page.context.close()
