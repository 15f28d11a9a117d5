"""The command-line application: its options, help language and the helpers every command shares."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .. import __version__
from ..errors import UserError
from ..i18n import cli_words
from ..i18n.console import N_, console_language, say
from ..quick import review_totals

if TYPE_CHECKING:
    from ..project import Project
    from ..review.engine import Finding


def _argv_language(argv: list[str]) -> str | None:
    """The --lang given on the command line, read early so --help is in that language too."""
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return argument.split("=", 1)[1]
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


HELP_LANGUAGE = console_language(_argv_language(sys.argv))
cli_words.install(HELP_LANGUAGE)  # the framework's Usage/Options/errors in that language too


def h(text: str) -> str:
    """A help text in the language of this run (--lang, else the system locale)."""
    return say(HELP_LANGUAGE, text)


app = typer.Typer(
    name="policygen",
    help=h(N_("Build a Korean/English privacy-policy site from one YAML source.")),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SourceOption = Annotated[
    Path,
    typer.Option(
        "--source",
        "-s",
        help=h(
            N_("The policygen project folder (the one that holds policy/; parents are searched).")
        ),
        file_okay=False,
    ),
]


LangOption = Annotated[
    str | None,
    typer.Option("--lang", help=h(N_("Language of messages: ko or en (default: your system's)."))),
]


def _fail(error: UserError, language: str = "en") -> None:
    typer.echo(error.render(language), err=True)
    raise typer.Exit(1)


def _language(lang: str | None) -> str:
    """ko or en for this run; anything else given to --lang is a usage error."""
    if lang is not None and lang not in ("ko", "en"):
        typer.echo(say(console_language(), N_("--lang takes ko or en.")), err=True)
        raise typer.Exit(2)
    return console_language(lang)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policygen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help=h(N_("Show the version and exit."))
        ),
    ] = False,
) -> None:
    """Build a Korean/English privacy-policy site from one YAML source."""


def load_for_views(source: Path) -> Project:
    """The project as a build loads it."""
    from ..build import load_for_views as load

    return load(source)


def review_summary(findings: list[Finding], language: str) -> str:
    """One line: how many findings of each severity, and where to read them."""
    from ..review.report import counts

    return review_totals(counts(findings), language)
