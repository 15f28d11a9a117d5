"""Keep numbers and dates whole in running text: a line break after a hyphen misreads a phone
number (02-0000-/1235) or an article number (22-/2), and a date reads best on one line."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# digit groups joined by hyphens: phone numbers (02-0000-1235), article numbers (28-2), ISO dates;
# dates as Babel writes them in Korean (2026년 12월 1일) and English (December 1, 2026)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER = re.compile(
    r"(?<![\w-])\+?\d+(?:-\d+)+(?![\w-])"
    r"|\d{4}년 \d{1,2}월 \d{1,2}일"
    rf"|\b(?:{_MONTHS}) \d{{1,2}}, \d{{4}}\b"
)


def keep_numbers_whole(text: object) -> Markup:
    """`text`, escaped, with each such number in a span that CSS keeps on one line."""
    escaped = str(escape(str(text)))
    return Markup(_NUMBER.sub(lambda match: f'<span class="nowrap">{match[0]}</span>', escaped))
