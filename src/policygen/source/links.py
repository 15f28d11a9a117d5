"""Where the links in an editor's Markdown really point, read as a browser would read them.

A browser decodes character references (`&#x61;`) and skips tabs and newlines inside an address
before it looks at the scheme, so `jav&#x61;script:` is a script link; the check decodes the same
way (and percent-escapes too, which no honest link puts in its scheme).
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")
# Inline links and images `](target)`, reference definitions `[id]: target`, autolinks `<x:y>`.
_TARGETS = re.compile(r"\]\(([^)]*)|^\s{0,3}\[[^\]]*\]:\s*(\S+)|<([^<>\s]+:[^<>]*)>", re.MULTILINE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def decoded_scheme_target(target: str) -> str:
    """A link target as the browser reads its scheme: references and escapes decoded, no gaps."""
    previous = None
    while previous != target:  # `&amp;#x61;` and `%2561` decode in more than one step
        previous, target = target, unquote(html.unescape(target))
    return _INVISIBLE.sub("", target).lower()


def links_to_script(text: str) -> bool:
    """True when any link in the Markdown text would run a script or open a data: address."""
    for match in _TARGETS.finditer(text):
        target = next(group for group in match.groups() if group is not None)
        if decoded_scheme_target(target).lstrip("<").startswith(SCRIPT_SCHEMES):
            return True
    return False
