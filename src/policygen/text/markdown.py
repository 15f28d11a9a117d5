"""Editor Markdown to HTML that cannot carry raw HTML, scripts or unsafe links."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import markdown
import nh3
from markupsafe import Markup

_ALLOWED_TAGS = {"p", "strong", "em", "a", "ul", "ol", "li", "code", "br", "blockquote"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_ALLOWED_SCHEMES = {"https", "http", "mailto", "tel"}
# What the sanitiser leaves of a link whose address it refused: the text is kept, the <a> goes,
# so no page or print stylesheet ever meets a link without an address.
_DISARMED_LINK = re.compile(r"<a>(.*?)</a>", re.DOTALL)


@cache
def _converter() -> markdown.Markdown:
    md = markdown.Markdown(extensions=[], output_format="html")
    md.preprocessors.deregister("html_block")  # raw HTML blocks become plain text
    md.inlinePatterns.deregister("html")  # and so do inline tags
    return md


def _only_allowed_attributes(tag: str, attribute: str, value: str) -> str | None:
    """Drop every attribute but the allowed ones (ammonia keeps 'title' and 'lang' by default)."""
    return value if attribute in _ALLOWED_ATTRIBUTES.get(tag, ()) else None


@lru_cache(maxsize=8192)  # the same texts recur across pages, languages and serve's rebuilds
def _to_html(text: str) -> str:
    md = _converter()
    md.reset()
    html = md.convert(text)
    clean = nh3.clean(
        html,
        attribute_filter=_only_allowed_attributes,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_ALLOWED_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return _DISARMED_LINK.sub(r"\1", clean)


def render_block(text: str) -> Markup:
    """Paragraphs and lists, for longer texts."""
    return Markup(_to_html(text))


def render_inline(text: str) -> Markup:
    """A single line inside a sentence or table cell: no wrapping paragraph."""
    html = _to_html(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)
