"""Small things a careful editor fixes for readers, checked in the built pages of both example
projects: named tables, words instead of dashes, PIPA spelled out before use, avatar files that
carry the characters' names, and no name announced twice."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from policygen.views.nowrap import keep_numbers_whole

from .conftest import BuiltSite

SITES = ["sample_site", "shop_site"]


class _Tables(HTMLParser):
    """Each table's caption text and cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, list[str]]] = []
        self._into: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"caption": [], "cells": []})
        elif tag in ("caption", "td") and self.tables:
            self._into = tag
            self.tables[-1]["caption" if tag == "caption" else "cells"].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._into:
            self._into = None

    def handle_data(self, data: str) -> None:
        if self._into:
            kind = "caption" if self._into == "caption" else "cells"
            self.tables[-1][kind][-1] += data


@pytest.mark.parametrize("site_name", SITES)
@pytest.mark.parametrize("locale", ["ko", "en"])
def test_policy_tables_have_captions_and_no_dash_for_nothing(
    request: pytest.FixtureRequest, site_name: str, locale: str
) -> None:
    site: BuiltSite = request.getfixturevalue(site_name)
    parser = _Tables()
    parser.feed(site.text(f"{locale}/policy/index.html"))
    assert parser.tables
    for table in parser.tables:
        assert [c.strip() for c in table["caption"] if c.strip()], "a table without a caption"
        assert not [c for c in table["cells"] if c.strip() in ("–", "-", "—")]


@pytest.mark.parametrize("site_name", SITES)
def test_pipa_is_spelled_out_before_its_first_use(
    request: pytest.FixtureRequest, site_name: str
) -> None:
    html = request.getfixturevalue(site_name).text("en/policy/index.html")
    text = re.sub(r"<[^>]+>", " ", html)
    first = text.find("PIPA")
    assert first > 0
    assert text[:first].rstrip().endswith("Personal Information Protection Act (")


def test_avatar_files_carry_the_characters_names(sample_site: BuiltSite) -> None:
    for locale in ("ko", "en"):
        html = sample_site.text(f"{locale}/kids/index.html")
        avatars = set(re.findall(r'class="avatar" src="[^"]*/([^/"]+)\.svg"', html))
        assert avatars == {"ryan", "choonsik"}
    names = set(re.findall(r'<p class="speaker">([^<]+)<', sample_site.text("en/kids/index.html")))
    assert {name.lower() for name in names} == {"ryan", "choonsik"}


def test_the_download_region_and_its_table_have_different_names(sample_site: BuiltSite) -> None:
    html = sample_site.text("en/label-kit/index.html")
    region = re.search(r'role="region" aria-label="([^"]+)"', html)
    caption = re.search(r"<caption[^>]*>([^<]+)</caption>", html)
    assert region and caption
    assert region[1].strip() != caption[1].strip()


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Privacy Team 02-0000-1235", "02-0000-1235"),
        ("PIPA art. 22-2(2)", "22-2"),
        ("2026년 12월 1일부터 시행", "2026년 12월 1일"),
        ("In effect from December 1, 2026", "December 1, 2026"),
    ],
)
def test_numbers_and_dates_are_kept_on_one_line(text: str, whole: str) -> None:
    assert f'<span class="nowrap">{whole}</span>' in keep_numbers_whole(text)


def test_keeping_numbers_whole_still_escapes() -> None:
    assert keep_numbers_whole("<b>118</b> & 1332") == "&lt;b&gt;118&lt;/b&gt; &amp; 1332"
