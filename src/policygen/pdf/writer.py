"""One print page (HTML with its print stylesheet) to one tagged PDF/UA-1 file, cached by content.

WeasyPrint is imported only when a PDF is actually rendered: importing it takes over a second,
and a warm build serves every PDF from the cache.
"""

from __future__ import annotations

import atexit
import shutil
from functools import cache
from typing import TYPE_CHECKING, Any

from ..output.cache import cached, library_version
from ..output.reproducible import build_time

if TYPE_CHECKING:
    from weasyprint.text.fonts import FontConfiguration

PDF_VARIANT = "pdf/ua-1"  # tagged: structure tree, language, title, alt text, reading order
_RENDERERS = ("weasyprint", "pydyf", "pylopdf-fonts-ko")  # their versions key the cache


def print_context() -> dict[str, str]:
    """What every print template needs besides the facts: the font file and the build date."""
    return {"font_url": font_url(), "created": build_time().strftime("%Y-%m-%dT%H:%M:%SZ")}


# Characters that force a line break in Pango's eyes but are not HTML white space. WeasyPrint 70
# asserts when one follows a space at the end of a line ("Got ' \u2029' between two lines"), so
# a line or paragraph separator an editor pasted in stops the PDF step: it becomes white space.
_FORCED_BREAKS = str.maketrans(dict.fromkeys("\x0b\x0c\x85\u2028\u2029", "\n"))


def pdf_from_print_page(kind: str, html: str) -> bytes:
    """The PDF of a print page. `html` holds everything that decides the bytes, so it is the key."""
    html = html.translate(_FORCED_BREAKS)
    parts = [html, PDF_VARIANT, *(library_version(name) for name in _RENDERERS)]
    return cached(kind, parts, lambda: _render(html), ".pdf", prepare=_font_configuration)


def _render(html: str) -> bytes:
    import weasyprint

    document = weasyprint.HTML(string=html, url_fetcher=_fetcher()).render(
        font_config=_font_configuration(), pdf_variant=PDF_VARIANT
    )
    # pdf_identifier=True derives the file ID from the content: same source, same bytes.
    return bytes(document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=True))


@cache
def _font_configuration() -> FontConfiguration:
    """One font configuration per process: fontconfig loads the Korean font once, not per PDF."""
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()

    def remove_font_copies() -> None:
        # WeasyPrint copies @font-face files into a temporary folder that it removes only when
        # the configuration is collected, which a cached one never is before exit.
        if fonts._folder is not None:
            shutil.rmtree(fonts._folder, ignore_errors=True)

    atexit.register(remove_font_copies)
    return fonts


@cache
def _fetcher() -> Any:
    """A URL fetcher that reads inline data and the font file, and nothing else."""
    from weasyprint.urls import URLFetcher

    class InlineOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            if url.startswith("data:") or url == font_url():
                return super().fetch(url, headers)
            raise ValueError(f"a print page may not fetch {url[:80]!r}")

    return InlineOnly(allowed_protocols={"data", "file"}, fail_on_errors=False)


@cache
def font_url() -> str:
    """Noto Sans KR from the pylopdf-fonts-ko package: no system Korean font is needed."""
    import pylopdf_fonts_ko

    return pylopdf_fonts_ko.sans_path().as_uri()
