"""Checks for readers axe cannot see: split words, focus rings, forced colours, in-page jumps,
and what a screen reader announces. Each returns the problems it finds (empty = pass)."""

from __future__ import annotations

import io
import re

from PIL import Image, ImageChops
from playwright.sync_api import Page

NARROW = {"width": 320, "height": 740}
WIDE = {"width": 1280, "height": 800}

# Boxes that carry a shape readers rely on (a bubble, a pill, a button): in forced colours their
# backgrounds vanish, so each needs a border that forced colours turn visible.
SHAPES = ".bubble, .scene-title, .call, .button, .senior-guide button, .label a, .toc, .fact"

# A focus indicator at least as large as a 2 CSS px thick line around the control (WCAG 2.4.13);
# the old senior button changed 27 pixels, every sound control hundreds.
FOCUS_AREA_PER_PERIMETER_PX = 2


def split_words(page: Page) -> list[str]:
    """Words in tables broken across lines inside the word although they fit the table's width.

    A break between two letters or digits splits a word ("Re/ci/pi/en/t", "휴대전/화번호"), and so
    does one after a hyphen between digits ("02-0000-/1235"); a break at a space, before a
    bracket or after a slash is ordinary line breaking. "Fits" is measured against the width
    the table has on the page: a column that shrinks below a word is the fault itself.
    """
    return page.evaluate(
        """() => {
        const problems = [];
        const canvas = document.createElement('canvas').getContext('2d');
        const wordChar = /[\\p{L}\\p{N}]/u;
        const lineOf = (node, i) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rects = [...range.getClientRects()].filter(r => r.width > 0);
            return rects.length ? Math.round(rects[0].bottom) : null;
        };
        for (const cell of document.querySelectorAll('table th, table td, table caption')) {
            const table = cell.closest('table');
            const holder = table.parentElement;
            const style = getComputedStyle(holder);
            const room = holder.clientWidth - parseFloat(style.paddingLeft)
                - parseFloat(style.paddingRight);
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const element = node.parentElement;
                if (!element.getClientRects().length) continue;
                if (element.closest('.visually-hidden')) continue;
                const text = node.textContent;
                for (const match of text.matchAll(/\\S+/g)) {
                    const start = match.index, end = start + match[0].length;
                    let previous = lineOf(node, start);
                    for (let i = start + 1; i < end; i++) {
                        const line = lineOf(node, i);
                        if (line === null || previous === null || line === previous) {
                            previous = line ?? previous;
                            continue;
                        }
                        previous = line;
                        const before = text[i - 1], after = text[i];
                        const inWord = wordChar.test(before) && wordChar.test(after);
                        const inNumber = before === '-' && /\\d/.test(text[i - 2] || '')
                            && /\\d/.test(after);
                        if (!inWord && !inNumber) continue;
                        canvas.font = getComputedStyle(element).font;
                        const width = canvas.measureText(match[0]).width;
                        if (width <= room) {
                            problems.push(`"${text.slice(start, i)}/${text.slice(i, end)}" ` +
                                `(${Math.round(width)} px wide, the table has ${Math.round(room)})`);
                        }
                    }
                }
            }
        }
        return problems;
    }"""
    )


def _shot(page: Page, clip: dict[str, float]) -> Image.Image:
    return Image.open(io.BytesIO(page.screenshot(clip=clip, animations="disabled"))).convert("RGB")


def weak_focus(page: Page, limit: int = 400) -> tuple[int, list[str]]:
    """Tab through the page; controls whose look changes too little when they take focus.

    Returns how many controls were focused and the problems. Each control is photographed
    focused, then blurred, in the same clip (the box plus room for an outline), and the changed
    pixels are counted against the control's perimeter.
    """
    page.evaluate("window.scrollTo(0, 0); document.activeElement?.blur()")
    problems: list[str] = []
    seen = 0
    first = None
    for _ in range(limit):
        page.keyboard.press("Tab")
        box = page.evaluate(
            """() => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const r = e.getBoundingClientRect();
            const name = (e.getAttribute('aria-label') || e.innerText || e.id || e.tagName)
                .trim().replace(/\\s+/g, ' ').slice(0, 50);
            // A link that wraps gets a ring around each line's piece, not around its bounding box.
            const perimeter = [...e.getClientRects()]
                .reduce((sum, piece) => sum + 2 * (piece.width + piece.height), 0);
            return {x: r.x, y: r.y, width: r.width, height: r.height, name, perimeter,
                    key: e.outerHTML.slice(0, 200) + r.top + window.scrollY};
        }"""
        )
        if box is None or box["key"] == first:
            break
        first = first or box["key"]
        seen += 1
        viewport = page.viewport_size or WIDE
        pad = 8
        x0, y0 = max(box["x"] - pad, 0), max(box["y"] - pad, 0)
        x1 = min(box["x"] + box["width"] + pad, viewport["width"])
        y1 = min(box["y"] + box["height"] + pad, viewport["height"])
        if x1 - x0 < 1 or y1 - y0 < 1:
            problems.append(f"{box['name']!r}: focused but not on screen")
            continue
        clip = {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}
        focused = _shot(page, clip)
        page.evaluate("window.__focused = document.activeElement; document.activeElement.blur()")
        unfocused = _shot(page, clip)
        page.evaluate("window.__focused.focus({preventScroll: true})")
        difference = ImageChops.difference(focused, unfocused).convert("L")
        changed = sum(difference.histogram()[41:])
        # Only the edges inside the viewport can show a ring (a tall region's bottom is below it).
        inside_x = min(box["x"] + box["width"], viewport["width"]) - max(box["x"], 0)
        inside_y = min(box["y"] + box["height"], viewport["height"]) - max(box["y"], 0)
        edges = inside_x * ((box["y"] >= 0) + (box["y"] + box["height"] <= viewport["height"]))
        edges += inside_y * ((box["x"] >= 0) + (box["x"] + box["width"] <= viewport["width"]))
        perimeter = min(box["perimeter"], edges)
        needed = FOCUS_AREA_PER_PERIMETER_PX * perimeter * 0.75
        if changed < needed:
            problems.append(
                f"{box['name']!r}: focus changes {changed} pixels, needs {needed:.0f} "
                f"(a 2 px ring around {box['width']:.0f}x{box['height']:.0f})"
            )
    return seen, problems


def shapeless_in_forced_colours(page: Page) -> list[str]:
    """Shaped boxes (SHAPES) without a visible border in forced colours; run it in a context
    with forced_colors="active"."""
    return page.evaluate(
        """selector => {
        if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are off'];
        const problems = [];
        for (const e of document.querySelectorAll(selector)) {
            if (!e.getClientRects().length) continue;
            const s = getComputedStyle(e);
            const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(side =>
                parseFloat(s['border' + side + 'Width']) > 0
                && s['border' + side + 'Style'] !== 'none'
                && s['border' + side + 'Color'] !== s.backgroundColor
                && !/rgba\\(.*, 0\\)$/.test(s['border' + side + 'Color']));
            if (sides.length < 4) {
                const text = e.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40);
                problems.push(`${e.className || e.tagName} "${text}": no visible border`);
            }
        }
        return problems;
    }""",
        SHAPES,
    )


def in_page_landings(page: Page) -> tuple[int, list[str]]:
    """Follow every in-page link by keyboard: its target must come into view, and the next Tab
    must go to the first control after the target (where the reader now is)."""
    count = page.evaluate(
        '() => document.querySelectorAll(\'a[href^="#"]:not([href="#"])\').length'
    )
    problems: list[str] = []
    for index in range(count):
        page.evaluate("window.scrollTo(0, 0)")
        link = page.evaluate(
            """index => {
            const a = document.querySelectorAll('a[href^="#"]:not([href="#"])')[index];
            a.scrollIntoView({block: 'center'});
            a.focus();
            return {href: a.getAttribute('href'), text: a.textContent.trim().slice(0, 40),
                    visible: !!a.getClientRects().length};
        }""",
            index,
        )
        if not link["visible"]:
            continue
        page.keyboard.press("Enter")
        page.wait_for_timeout(50)
        landing = page.evaluate(
            """href => {
            const target = document.getElementById(decodeURIComponent(href.slice(1)));
            if (!target) return {missing: true};
            const r = target.getBoundingClientRect();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
            walker.currentNode = target;
            const focusable = 'a[href], button, input, select, textarea, [tabindex]';
            let next = target.matches(focusable) ? target : null;
            while (!next && walker.nextNode()) {
                const e = walker.currentNode;
                // Chromium also lets the keyboard reach a box that scrolls sideways.
                const scroller = e.scrollWidth > e.clientWidth
                    && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
                if ((e.matches(focusable) && e.tabIndex >= 0 || scroller)
                    && e.getClientRects().length) next = e;
            }
            const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
            return {top: r.top, bottom: r.bottom, height: innerHeight, atEnd,
                    next: next ? next.outerHTML.slice(0, 80) : null};
        }""",
            link["href"],
        )
        where = f"{link['text']!r} ({link['href']})"
        if landing.get("missing"):
            problems.append(f"{where}: no target")
            continue
        # at the top of the screen, or as near as the page scrolls (a target near its end)
        too_low = landing["top"] > landing["height"] * 0.5 and not landing["atEnd"]
        if landing["top"] < -1 or too_low or landing["top"] > landing["height"]:
            problems.append(f"{where}: target lands at {landing['top']:.0f} px, not at the top")
        page.keyboard.press("Tab")
        after = page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)")
        if landing["next"] and after != landing["next"]:
            problems.append(f"{where}: next Tab went to {after!r}, not {landing['next']!r}")
    return count, problems


def back_to_contents_problems(page: Page) -> list[str]:
    """The "Back to contents" links must point at the contents list (or its heading)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.to-top a')].flatMap(a => {
            const target = document.getElementById(a.getAttribute('href').slice(1));
            const toc = document.querySelector('nav.toc');
            return target && toc && (target === toc || toc.contains(target)) ? []
                : [`"${a.textContent.trim()}" goes to ${a.getAttribute('href')}, not the contents`];
        })"""
    )


def _ax_nodes(page: Page) -> list[dict]:
    cdp = page.context.new_cdp_session(page)
    try:
        return cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()


def _value(node: dict, key: str) -> str:
    return " ".join(str((node.get(key) or {}).get("value", "")).split())


def speech_problems(page: Page) -> list[str]:
    """What Chromium's accessibility tree gives a screen reader, where the eye has a pause."""
    nodes = _ax_nodes(page)
    by_id = {node["nodeId"]: node for node in nodes}
    problems: list[str] = []
    links = [
        _value(n, "name")
        for n in by_id.values()
        if _value(n, "role") == "link" and not n.get("ignored")
    ]
    labels = page.evaluate(
        """() => [...document.querySelectorAll('.label a')].map(a => [
            a.querySelector('.label-caption').textContent.trim().replace(/\\s+/g, ' '),
            a.querySelector('.label-summary').textContent.trim().replace(/\\s+/g, ' ')])"""
    )
    for caption, summary in labels:
        paused = re.compile(rf"{re.escape(caption)}\s*[:.]\s+{re.escape(summary)}")
        if not any(paused.fullmatch(link) for link in links):
            problems.append(f"label link {caption!r}: no pause before {summary[:30]!r}")
    if page.locator("ol.chat").count():
        named = [
            n
            for n in by_id.values()
            if _value(n, "role") == "list" and _value(n, "name") and not n.get("ignored")
        ]
        if len(named) < page.locator("ol.chat").count():
            problems.append("a chat list has no name that says it is a conversation")
        speakers = page.evaluate(
            "() => [...document.querySelectorAll('ol.chat .speaker')]"
            ".map(e => e.textContent.replace(':', '').trim())"
        )
        problems += _speaker_pauses(by_id, set(speakers))
    terms = page.evaluate(
        "() => [...document.querySelectorAll('a.term')].map(a => a.textContent.trim())"
    )
    for node in by_id.values():
        if _value(node, "role") != "link":
            continue
        name = _value(node, "name")
        if name in terms and not _value(node, "description"):
            problems.append(f"glossary link {name!r} does not say it explains the word")
    return problems


def _speaker_pauses(by_id: dict[str, dict], speakers: set[str]) -> list[str]:
    """Each chat message is read as "speaker: text", never "speaker text"."""
    problems = []

    def text_under(node: dict) -> str:
        if _value(node, "role") == "StaticText":
            return _value(node, "name")
        return " ".join(text_under(by_id[c]) for c in node.get("childIds", []) if c in by_id)

    messages = 0
    for node in by_id.values():
        if _value(node, "role") != "listitem" or node.get("ignored"):
            continue
        spoken = " ".join(text_under(node).split())
        said_by = [name for name in speakers if spoken.startswith(name)]
        if not said_by:
            continue
        messages += 1
        if not any(re.match(rf"{re.escape(name)}\s*:", spoken) for name in said_by):
            problems.append(f"message read without a pause after its speaker: {spoken[:50]!r}")
    if speakers and not messages:
        problems.append("no chat message in the accessibility tree starts with its speaker")
    return problems


def table_roles(page: Page) -> dict[str, int]:
    """How many table cells of each role the accessibility tree keeps."""
    counts: dict[str, int] = {}
    for node in _ax_nodes(page):
        role = _value(node, "role")
        if role in ("table", "row", "columnheader", "rowheader", "cell"):
            counts[role] = counts.get(role, 0) + 1
    return counts
