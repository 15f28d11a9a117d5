"""Each reader check must fail on the fault it exists for: the old CSS and markup put back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page

from . import reading

# the style sheet as it was before the reader review, for the parts the checks watch
OLD_TABLES = "body { overflow-wrap: anywhere !important; }"
OLD_FOCUS = ".senior-guide button:focus-visible { outline: none !important; }"
OLD_SHAPES = ".bubble, .call, .scene-title { border: 0 !important; }"


@pytest.fixture
def open_page(browser: Browser, base_url: str) -> Iterator[Callable[..., Page]]:
    contexts = []

    def open_page(path: str, viewport: dict[str, int], **options: str) -> Page:
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        page = context.new_page()
        page.goto(base_url + path)
        page.evaluate("document.fonts.ready")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_split_word_check_catches_columns_narrower_than_a_word(
    open_page: Callable[..., Page], locale: str
) -> None:
    page = open_page(f"{locale}/policy/index.html", reading.NARROW)
    assert reading.split_words(page) == []
    # no cards (cells lose data-label) and the old wrapping rule
    page.evaluate(
        "document.querySelectorAll('[data-label]').forEach(e => e.removeAttribute('data-label'))"
    )
    page.add_style_tag(content=OLD_TABLES)
    assert len(reading.split_words(page)) > 20


def test_split_word_check_catches_a_broken_phone_number(open_page: Callable[..., Page]) -> None:
    page = open_page("en/policy/index.html", reading.WIDE)
    page.evaluate(
        """() => { const cell = document.querySelector('tbody td');
        cell.innerHTML = '<span style="display:inline-block;width:9ch">02-0000-1235</span>'; }"""
    )
    assert any("02-0000-/1235" in problem for problem in reading.split_words(page))


def test_focus_check_catches_a_ring_lost_in_a_border(open_page: Callable[..., Page]) -> None:
    page = open_page("ko/senior/index.html", reading.WIDE)
    assert reading.weak_focus(page)[1] == []
    page.add_style_tag(content=OLD_FOCUS)
    _seen, problems = reading.weak_focus(page)
    assert len(problems) == 1 and "글자 더 크게" in problems[0], problems


@pytest.mark.parametrize("path", ["ko/kids/index.html", "en/senior/index.html"])
def test_forced_colour_check_catches_borderless_shapes(
    open_page: Callable[..., Page], path: str
) -> None:
    page = open_page(path, reading.NARROW, forced_colors="active")
    assert reading.shapeless_in_forced_colours(page) == []
    page.add_style_tag(content=OLD_SHAPES)
    assert reading.shapeless_in_forced_colours(page) != []
    assert reading.shapeless_in_forced_colours(open_page(path, reading.NARROW)) == [
        "forced colours are off"
    ]


def test_landing_checks_catch_links_to_the_top_and_out_of_view(
    open_page: Callable[..., Page],
) -> None:
    page = open_page("en/policy/index.html", reading.NARROW)
    page.evaluate(
        """() => {
        document.querySelectorAll('.to-top a').forEach(a => a.setAttribute('href', '#main'));
        const far = document.createElement('div');
        far.id = 'unreachable';
        far.style.cssText = 'position: absolute; top: -3000px';
        document.body.append(far);
        const link = document.createElement('a');
        link.href = '#unreachable';
        link.textContent = 'jump';
        document.querySelector('main').prepend(link);
    }"""
    )
    assert len(reading.back_to_contents_problems(page)) >= 10
    _count, problems = reading.in_page_landings(page)
    assert any("#unreachable" in problem for problem in problems), problems


@pytest.mark.parametrize("path", ["ko/kids/index.html", "en/labels/index.html"])
def test_speech_check_catches_missing_pauses_and_names(
    open_page: Callable[..., Page], path: str
) -> None:
    page = open_page(path, reading.NARROW)
    assert reading.speech_problems(page) == []
    page.evaluate(
        """() => {
        document.querySelectorAll('.visually-hidden').forEach(e => e.remove());
        document.querySelectorAll('[aria-label]').forEach(e => e.removeAttribute('aria-label'));
        document.querySelectorAll('[aria-describedby]')
            .forEach(e => e.removeAttribute('aria-describedby'));
    }"""
    )
    found = "\n".join(reading.speech_problems(page))
    if "kids" in path:
        assert "no name that says it is a conversation" in found
        assert "without a pause after its speaker" in found
        assert "does not say it explains the word" in found
    else:
        assert "no pause before" in found
