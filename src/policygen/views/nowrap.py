"""Keep numbers with hyphens whole in running text: a line break after a hyphen misreads a phone
number (02-0000-/1235) or an article number (22-/2)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# digit groups joined by hyphens: phone numbers (02-0000-1235), article numbers (28-2), ISO dates
_NUMBER = re.compile(r"(?<![\w-])\+?\d+(?:-\d+)+(?![\w-])")


def keep_numbers_whole(text: object) -> Markup:
    """`text`, escaped, with each such number in a span that CSS keeps on one line."""
    escaped = str(escape(str(text)))
    return Markup(_NUMBER.sub(lambda match: f'<span class="nowrap">{match[0]}</span>', escaped))
