"""policygen init: a new project from a few questions (or their defaults)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError
from ..i18n.console import N_, say
from .app import LangOption, _fail, _language, app, h, load_for_views


@app.command(
    "init", help=h(N_("Start a new project: a few questions, then a policy to check and build."))
)
def init_command(
    target: Annotated[
        Path, typer.Argument(help=h(N_("Folder for the new project.")), file_okay=False)
    ],
    defaults: Annotated[
        bool,
        typer.Option(
            "--defaults",
            help=h(N_("Skip the questions and write the example shop (sample data to replace).")),
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Start a new project: a few questions, then a policy to check and build."""
    from ..scaffold import Answers, check_target, create_project
    from ..wizard import Wizard, ask_answers

    language = _language(lang)
    try:
        check_target(target)
    except UserError as error:
        _fail(error, language)
    today = dt.date.today().isoformat()
    if defaults:
        answers = Answers(date=today)
    else:
        typer.echo(
            say(
                language,
                N_(
                    "A few questions about your business. Examples are only examples: "
                    "type your own answers."
                ),
            )
        )
        wizard = Wizard(
            lambda prompt: typer.prompt(prompt, default="", show_default=False, prompt_suffix=" "),
            typer.echo,
            language,
        )
        try:
            answers = ask_answers(wizard, today)
        except (typer.Abort, EOFError):
            typer.echo("\n" + say(language, N_("Stopped; nothing was written.")), err=True)
            raise typer.Exit(1) from None
    written = create_project(target, answers)
    shown = ", ".join(path.relative_to(target).as_posix() for path in written)
    policy_file = target / "policy" / "shop.yaml"
    try:
        project = load_for_views(target)
    except UserError as error:
        typer.echo(error.render_problems(language), err=True)
        typer.echo(
            say(
                language,
                N_(
                    "Wrote {files} in {folder}, but the policy has the problems above. "
                    "Fix them in {file}, then run: policygen check --source {folder}"
                ),
                files=shown,
                folder=str(target),
                file=str(policy_file),
            ),
            err=True,
        )
        raise typer.Exit(1) from None
    lines = [
        say(
            language,
            N_("Created {folder}: wrote {files} ({count} purposes). Next:"),
            folder=str(target),
            files=shown,
            count=str(len(project.loaded.policy.processing)),
        ),
        say(
            language,
            N_("  1. Read {file} and complete it; every text has ko and en."),
            file=str(policy_file),
        ),
        say(
            language,
            N_("  2. policygen check --source {folder}   (review: what the law needs)"),
            folder=str(target),
        ),
        say(
            language,
            N_("  3. policygen serve --source {folder}   (preview in your browser)"),
            folder=str(target),
        ),
        say(
            language,
            N_("  4. policygen build --source {folder}   (the site to publish, in build/)"),
            folder=str(target),
        ),
    ]
    if defaults:
        lines.append(
            say(
                language,
                N_(
                    "These are the example shop's answers: replace every one before you "
                    "publish (policygen check lists the sample data)."
                ),
            )
        )
    typer.echo("\n".join(lines))
