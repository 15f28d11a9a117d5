"""`policygen build` with nothing changed, answered with the standard library alone.

An editor runs `policygen build` far more often than anything changes. Reading the command line
here, before typer, pydantic or Jinja load, lets that answer come at once. Anything this module
does not understand (another command, --force, --help, an unknown or misspelt option) is left to
the full command line in commands/, which gives the same answer, only later.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .i18n import LOCALES
from .i18n.console import N_, console_language, say
from .uptodate import find_project, unchanged

_VALUE_OPTIONS = {"--source": "source", "-s": "source", "--out": "out", "-o": "out",
                  "--lang": "lang"}  # fmt: skip
_FLAGS = {"--strict": "strict", "--publish-anyway": "publish_anyway", "--quiet": "quiet",
          "-q": "quiet"}  # fmt: skip


def read_build_options(argv: list[str]) -> dict[str, str | bool] | None:
    """The options of a plain `build` command line, or None for anything else."""
    if not argv or argv[0] != "build":
        return None
    options: dict[str, str | bool] = {}
    arguments = iter(argv[1:])
    for argument in arguments:
        name, equals, value = argument.partition("=")
        if name in _VALUE_OPTIONS and name.startswith("--") and equals:
            options[_VALUE_OPTIONS[name]] = value
        elif argument in _VALUE_OPTIONS:
            following = next(arguments, None)
            if following is None:
                return None  # the full command line says what is missing
            options[_VALUE_OPTIONS[argument]] = following
        elif argument in _FLAGS:
            options[_FLAGS[argument]] = True
        else:
            return None
    return options


def publishable_unchanged(
    source: Path, target: Path, *, strict: bool, publish_anyway: bool
) -> dict[str, int] | None:
    """The last review's totals when `target` is up to date and its review lets it stand.

    None when anything changed, or when those totals stop a publication as the full review
    would decide (errors, or warnings under --strict, without --publish-anyway).
    """
    totals = unchanged(source, target)
    if totals is None:
        return None
    stopped = not publish_anyway and bool(
        totals.get("error", 0) or (strict and totals.get("warning", 0))
    )
    return None if stopped else totals


def review_totals(total: dict[str, int], language: str) -> str:
    """The review_summary line from the totals alone (a build with nothing changed keeps them)."""
    return say(
        language,
        N_("Review: {error} errors, {warning} warnings, {note} notes (details: policygen check)."),
        **{key: str(value) for key, value in total.items()},
    )


def nothing_changed(target: Path, language: str, started: float) -> str:
    """The line that says the last build still stands."""
    return say(
        language,
        N_("Nothing changed; {out} is up to date ({seconds} s)."),
        out=str(target),
        seconds=f"{time.perf_counter() - started:.2f}",
    )


def quick_build(argv: list[str]) -> bool:
    """Answer a `build` whose output is up to date and publishable; False when it is not."""
    started = time.perf_counter()
    options = read_build_options(argv)
    if options is None:
        return False
    lang = options.get("lang")
    if lang is not None and lang not in LOCALES:
        return False  # the full command line explains --lang
    source = find_project(Path(str(options.get("source", "."))))
    target = Path(str(options["out"])) if "out" in options else source / "build"
    strict, anyway = bool(options.get("strict")), bool(options.get("publish_anyway"))
    totals = publishable_unchanged(source, target, strict=strict, publish_anyway=anyway)
    if totals is None:
        return False
    language = console_language(str(lang) if lang else None)
    sys.stdout.write(review_totals(totals, language) + "\n")
    sys.stdout.write(nothing_changed(target, language, started) + "\n")
    sys.stdout.flush()
    return True
