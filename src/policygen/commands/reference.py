"""Reference commands: the JSON Schema of a policy file, and the built-in vocabulary."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..i18n.console import N_, say
from ..source.vocabulary import KINDS, builtin_vocabulary
from .app import HELP_LANGUAGE, app, h


@app.command(
    "schema",
    help=h(N_("Print the JSON Schema of policy/*.yaml, for editor completion and checks.")),
)
def schema_command() -> None:
    """Print the JSON Schema of policy/*.yaml, for editor completion and checks."""
    from ..source.schema import source_schema

    typer.echo(json.dumps(source_schema(), ensure_ascii=False, indent=2))


@app.command(
    "vocabulary",
    help=h(N_("List the built-in ids editors can use, with their Korean and English terms.")),
)
def vocabulary_command(
    kind: Annotated[
        str | None,
        typer.Argument(
            help=h(N_("One of: {kinds}. Leave out to list them all.")).format(
                kinds=", ".join(KINDS)
            )
        ),
    ] = None,
) -> None:
    """List the built-in ids editors can use, with their Korean and English terms."""
    vocabulary = builtin_vocabulary()
    kinds = [kind] if kind else list(KINDS)
    for name in kinds:
        if name not in KINDS:
            typer.echo(
                say(
                    HELP_LANGUAGE,
                    N_("Unknown kind '{name}'; choose one of: {kinds}"),
                    name=name,
                    kinds=", ".join(KINDS),
                ),
                err=True,
            )
            raise typer.Exit(2)
        typer.echo(f"{name}:")
        for term_id in vocabulary.ids(name):
            term = vocabulary.get(name, term_id)
            label = term.ko or term.extra.get("until", {}).get("ko", "")
            english = term.en or term.extra.get("until", {}).get("en", "")
            typer.echo(f"  {term_id:32} {label} / {english}")
