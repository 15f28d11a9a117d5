"""A bad value quoted back to the editor, with its invisible characters made visible.

A bidi override (U+202E) echoed raw into a terminal or the preview's overlay reorders the rest
of the line, hiding the file and line that come with it; a zero-width space is a difference the
editor cannot see. Such characters are shown as escapes (\\u202e), like an editor's "show
invisibles".
"""

from __future__ import annotations

import unicodedata

_HIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _escape(ch: str) -> str:
    if unicodedata.category(ch) not in _HIDDEN or ch in "\t\n":
        return ch
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


def visible(text: str) -> str:
    """The text with control, format (bidi, zero-width) and unassigned characters escaped."""
    return "".join(_escape(ch) for ch in text)
