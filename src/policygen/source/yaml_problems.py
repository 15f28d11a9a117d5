"""PyYAML's problem texts, kept word for word in English and explained in Korean."""

from __future__ import annotations

import re

from ..i18n.console import N_, Msg, matching_template

# a PyYAML problem -> the same words as a msgid (its variable parts as placeholders)
PROBLEMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"found character '\\t' that cannot start any token$"),
     N_("found character '\\t' that cannot start any token")),
    (re.compile(r"found character (?P<char>.+) that cannot start any token$"),
     N_("found character {char} that cannot start any token")),
    (re.compile(r"could not find expected ':'$"), N_("could not find expected ':'")),
    (re.compile(r"mapping values are not allowed here$"),
     N_("mapping values are not allowed here")),
    (re.compile(r"did not find expected key$"), N_("did not find expected key")),
    (re.compile(r"did not find expected '-' indicator$"),
     N_("did not find expected '-' indicator")),
    (re.compile(r"did not find expected node content$"),
     N_("did not find expected node content")),
    (re.compile(r"found unexpected end of stream$"), N_("found unexpected end of stream")),
    (re.compile(r"found unexpected ':'$"), N_("found unexpected ':'")),
    (re.compile(r"expected <block end>, but found (?P<token>.+)$"),
     N_("expected <block end>, but found {token}")),
    (re.compile(r"expected ',' or '(?P<close>[\]}])', but got (?P<token>.+)$"),
     N_("expected ',' or '{close}', but got {token}")),
    (re.compile(r"found unknown escape character (?P<char>.+)$"),
     N_("found unknown escape character {char}")),
    (re.compile(r"found undefined alias (?P<name>.+)$"), N_("found undefined alias {name}")),
]  # fmt: skip


def yaml_problem(problem: str) -> str:
    """PyYAML's words as a message the reader's language can explain; unknown ones as they are."""
    if isinstance(problem, Msg):
        return problem
    found = matching_template(PROBLEMS, problem)
    return Msg(found[0], **found[1]) if found else problem
