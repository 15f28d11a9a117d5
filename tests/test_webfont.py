"""The self-hosted Korean font covers every character the site shows, and says so in its CSS."""

from __future__ import annotations

import io
import re

from fontTools.ttLib import TTFont

from policygen.output.webfont import FONT_CSS, FONT_FILE, unicode_range, used_characters

from .conftest import BuiltSite


def test_subset_font_has_a_glyph_for_every_character_on_every_page(
    sample_site: BuiltSite,
) -> None:
    result = sample_site.result
    font = TTFont(io.BytesIO(result.files[FONT_FILE]))
    cmap = font.getBestCmap()
    glyph_names = set(font.getGlyphOrder())
    page_text = "".join(
        content.decode("utf-8") for path, content in result.files.items() if path.endswith(".html")
    )
    hangul = {ch for ch in page_text if "\uac00" <= ch <= "\ud7a3"}
    assert len(hangul) > 300  # the sample really is Korean
    missing = [ch for ch in used_characters(result.files) if ord(ch) not in cmap]
    assert missing == [] or set(missing) <= {"\u00a0"}
    assert all(cmap[ord(ch)] in glyph_names for ch in hangul)
    assert len(result.files[FONT_FILE]) < 200_000  # a subset, not the 4.6 MB original
    # what browsers apply unasked is kept (kerning, ligatures, local forms); alternates that
    # only font-feature-settings would reach are not
    features = {
        record.FeatureTag
        for table in ("GSUB", "GPOS")
        for record in font[table].table.FeatureList.FeatureRecord
    }
    assert {"kern", "liga", "calt", "locl"} <= features
    assert not features & {"aalt", "dlig", "fwid", "hwid", "pwid"}


def test_font_css_declares_exactly_the_subset(sample_site: BuiltSite) -> None:
    result = sample_site.result
    css = result.files[FONT_CSS].decode("utf-8")
    declared = re.search(r"unicode-range: ([^;]+);", css)
    assert declared and declared.group(1) == unicode_range(used_characters(result.files))


def test_unicode_range_joins_runs() -> None:
    assert unicode_range("abcx가각") == "U+61-63, U+78, U+AC00-AC01"
