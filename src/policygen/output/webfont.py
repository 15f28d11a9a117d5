"""A Korean web font subset to exactly the characters the site uses, so Hangul never shows as tofu.

Readers' devices may have no Korean font at all; the site carries its own, cut down from
Noto Sans KR (SIL Open Font License) to the glyphs its pages need.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

import fontTools
import pylopdf_fonts_ko
from fontTools.ttLib import TTFont

from ..artifact import Output
from .cache import cached, library_version

FONT_FILE = "assets/fonts/noto-sans-kr-subset.woff2"
FONT_CSS = "assets/fonts/webfont.css"
LICENSE_FILE = "assets/fonts/LICENSE-NotoSansKR.txt"
FONT_FAMILY = "policygen Sans KR"
TEXT_SUFFIXES = (".html", ".css")
# Always present, so an editor's next word in plain ASCII never falls back mid-sentence.
_BASIC_LATIN = {chr(code) for code in range(0x20, 0x7F)}


def used_characters(files: Mapping[str, bytes]) -> set[str]:
    """Every character the pages can show: text, attribute values and CSS content."""
    characters = set(_BASIC_LATIN)
    for path, content in files.items():
        if path.endswith(TEXT_SUFFIXES):
            characters |= set(html.unescape(content.decode("utf-8")))
    return {ch for ch in characters if ch.isprintable() or ch == "\u00a0"}


@cache
def _source_font() -> Path:
    return pylopdf_fonts_ko.sans_path()


def subset_woff2(characters: Iterable[str]) -> bytes:
    """Noto Sans KR cut down to `characters`, as deterministic WOFF2 bytes.

    It keeps fontTools' default layout features: those a browser applies unasked (kerning,
    Hangul jamo, vertical forms, ...). The others (all alternates, width and ruby forms, which
    only CSS font-feature-settings would reach and the site never asks for) would add a third
    to the file. Bounds stay the source font's, as pyftsubset leaves them: recomputing them
    would draw every glyph three times for a box no browser needs tight.
    """
    from fontTools import subset  # only a build whose text changed cuts a new subset

    options = subset.Options()
    options.flavor = "woff2"
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.desubroutinize = True
    font = TTFont(_source_font(), lazy=True, recalcBBoxes=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(ch) for ch in characters))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.recalcTimestamp = False  # keep the source font's date: same input, same bytes
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _license_text() -> bytes:
    dist = next(_source_font().parent.parent.glob("pylopdf_fonts_ko-*.dist-info"), None)
    licence = dist / "licenses" / "LICENSE" if dist else None
    if licence is not None and licence.is_file():
        return licence.read_bytes()
    return b"Noto Sans KR is licensed under the SIL Open Font License, Version 1.1.\n"


def cached_subset_woff2(characters: set[str]) -> bytes:
    """subset_woff2, remembered by the exact character set, font file, fontTools version and
    the version of brotli, which compresses the WOFF2 data (the graphics scope omits it)."""
    source = _source_font()
    parts = [
        fontTools.version,
        library_version("brotli"),
        source.name,
        str(source.stat().st_size),
        "".join(sorted(characters)),
    ]
    return cached("webfont", parts, lambda: subset_woff2(characters), ".woff2", scope="graphics")


def unicode_range(characters: Iterable[str]) -> str:
    """CSS unicode-range for exactly these characters, as compact runs: 'U+20-7E, U+AC00'."""
    runs: list[tuple[int, int]] = []
    for code in sorted({ord(ch) for ch in characters}):
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)


def font_face_css(characters: Iterable[str]) -> str:
    """The @font-face rule; its unicode-range tells browsers what the subset lacks, so that a
    character missing from it falls back to a system font instead of vanishing."""
    return (
        "/* Noto Sans KR (SIL Open Font License 1.1), subset by policygen. */\n"
        "@font-face {\n"
        f'  font-family: "{FONT_FAMILY}";\n'
        '  src: url("noto-sans-kr-subset.woff2") format("woff2");\n'
        "  font-display: swap;\n"
        f"  unicode-range: {unicode_range(characters)};\n"
        "}\n"
    )


def webfont_outputs(files: Mapping[str, bytes]) -> list[Output]:
    """The subset font for the finished pages, its @font-face rule and its licence."""
    characters = used_characters(files)
    return [
        Output(FONT_FILE, cached_subset_woff2(characters)),
        Output(FONT_CSS, font_face_css(characters).encode("utf-8")),
        Output(LICENSE_FILE, _license_text()),
    ]
