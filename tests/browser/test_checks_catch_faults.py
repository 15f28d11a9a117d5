"""Each page check must fail on the fault it exists for: proven on a deliberately broken page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from . import checks
from .conftest import serve

FAULTS = """
<img src="missing-picture.png">
<p style="color:#b0b0b0">낮은 대비 low contrast</p>
<p><a href="nowhere.html">dead link</a> <a href="#no-such-anchor">dead anchor</a></p>
<p style="font-size:12px">tiny print</p>
<div style="width:2000px">too wide</div>
<p>똠방각하 뷁</p>
<p id="system-font" style="font-family: monospace">system font</p>
<p><div>block inside paragraph</div></p>
"""


@pytest.fixture(scope="module")
def broken_site(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("broken") / "site"
    shutil.copytree(site, copy)
    page = copy / "ko" / "policy" / "index.html"
    html = page.read_text(encoding="utf-8")
    html = html.replace("</main>", FAULTS + "</main>").replace(
        '<html lang="ko">', '<html lang="en">'
    )
    html = html.replace('<nav class="language-switch"', '<nav hidden class="language-switch"')
    page.write_text(html, encoding="utf-8")
    return copy


@pytest.fixture(scope="module")
def broken_page(browser: Browser, broken_site: Path) -> Iterator[Page]:
    server, url = serve(broken_site)
    context = browser.new_context(viewport=checks.PHONE)
    page = context.new_page()
    page.goto(url + "ko/policy/index.html")
    page.evaluate("document.fonts.ready")
    yield page
    context.close()
    server.shutdown()


def test_axe_catches_missing_alt_and_low_contrast(broken_page: Page) -> None:
    found = " ".join(checks.axe_violations(broken_page))
    assert "image-alt" in found
    assert "color-contrast" in found


def test_link_check_catches_dead_links_and_anchors(broken_page: Page) -> None:
    found = " ".join(checks.broken_links(broken_page))
    assert "nowhere.html: HTTP 404" in found
    assert "missing-picture.png: HTTP 404" in found
    assert "no-such-anchor" in found


def test_layout_checks_catch_overflow_and_tiny_text(broken_page: Page) -> None:
    assert checks.horizontal_overflow(broken_page) > 0
    assert any("tiny print" in problem for problem in checks.small_text(broken_page))


def test_language_check_catches_wrong_lang_and_hidden_switch(broken_page: Page) -> None:
    problems = checks.language_problems(broken_page, "ko")
    assert any("lang" in problem for problem in problems)
    assert any("another language" in problem for problem in problems)


def test_coverage_check_catches_characters_missing_from_the_font(broken_page: Page) -> None:
    missing = checks.uncovered_characters(broken_page)
    assert {"똠", "뷁"} <= set(missing)
    assert "도" not in missing


def test_glyph_check_catches_text_drawn_with_a_system_font(broken_page: Page) -> None:
    cdp = broken_page.context.new_cdp_session(broken_page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    assert checks.glyph_fallbacks(cdp, "#system-font") != []
    assert checks.glyph_fallbacks(cdp, "h1") == []


def test_validator_catches_invalid_html(broken_site: Path) -> None:
    page = broken_site / "ko" / "policy" / "index.html"
    errors = checks.html_errors([page])
    assert any(errors.values()), errors
