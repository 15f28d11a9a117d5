"""The senior guide holds the large-print bars: 20 px text, AAA contrast, big targets, persistence."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from . import checks
from .conftest import PAGES

SENIOR_PAGES = [page for page in PAGES if "/senior/" in page]


def _open(browser: Browser, url: str, scheme: str = "light") -> Page:
    page = browser.new_context(viewport=checks.PHONE, color_scheme=scheme).new_page()
    page.goto(url)
    return page


@pytest.mark.parametrize("path", SENIOR_PAGES)
def test_body_text_is_at_least_20_px(browser: Browser, base_url: str, path: str) -> None:
    page = _open(browser, base_url + path)
    sizes = page.eval_on_selector_all(
        ".senior-guide p, .senior-guide li",
        "els => els.map(e => parseFloat(getComputedStyle(e).fontSize))",
    )
    assert sizes and min(sizes) >= 20
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", SENIOR_PAGES)
def test_contrast_meets_aaa(browser: Browser, base_url: str, path: str, scheme: str) -> None:
    page = _open(browser, base_url + path, scheme)
    assert checks.axe_violations(page, ["wcag2aaa"]) == []
    ink = page.eval_on_selector(".senior-guide p", "e => getComputedStyle(e).color")
    paper = page.eval_on_selector("html", "e => getComputedStyle(e).backgroundColor")
    expected = {
        "light": ("rgb(27, 31, 36)", "rgb(255, 255, 255)"),
        "dark": ("rgb(232, 235, 239)", "rgb(18, 20, 23)"),
    }
    assert (ink, paper) == expected[scheme]
    page.context.close()


@pytest.mark.parametrize("path", SENIOR_PAGES)
def test_targets_are_at_least_44_px(browser: Browser, base_url: str, path: str) -> None:
    page = _open(browser, base_url + path)
    small = page.eval_on_selector_all(
        ".senior-guide a.call, .senior-guide button, .senior-guide .button",
        "els => els.filter(e => e.offsetParent).map(e => e.getBoundingClientRect())"
        ".filter(r => r.width < 44 || r.height < 44).length",
    )
    assert small == 0
    calls = page.eval_on_selector_all("a.call", "els => els.map(e => e.getAttribute('href'))")
    assert "tel:112" in calls and "tel:118" in calls and any(c.startswith("tel:02") for c in calls)
    page.context.close()


def test_larger_text_control_persists(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=checks.PHONE)
    page = context.new_page()
    page.goto(base_url + "ko/senior/index.html")
    before = page.eval_on_selector(
        ".senior-guide p", "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    page.click("#larger-text")
    assert page.get_attribute("#larger-text", "aria-pressed") == "true"
    page.reload()
    after = page.eval_on_selector(
        ".senior-guide p", "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert after > before * 1.2
    assert page.get_attribute("#larger-text", "aria-pressed") == "true"
    context.close()
