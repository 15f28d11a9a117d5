"""Commands about versions: diff two versions, snapshot the current one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import UserError
from ..i18n.console import N_, say
from ..uptodate import find_project
from .app import LangOption, SourceOption, _fail, _language, app, h


@app.command(
    "diff",
    help=h(N_("Print, in plain words, the facts that changed between two versions of a policy.")),
)
def diff_command(
    old: Annotated[
        Path,
        typer.Argument(
            help=h(N_("The older project or versions/<version> folder.")), file_okay=False
        ),
    ],
    new: Annotated[
        Path,
        typer.Argument(help=h(N_("The newer one (default: this project).")), file_okay=False),
    ] = Path("."),
    lang: LangOption = None,
) -> None:
    """Print, in plain words, the facts that changed between two versions of a policy."""
    from ..facts.diff import policy_changes
    from ..facts.phrasing import Phrasing
    from ..source.load import load_policy

    lang = _language(lang)
    try:
        before, after = load_policy(old), load_policy(find_project(new))
    except UserError as error:
        _fail(error, lang)
        return
    vocabulary = after.vocabulary.with_custom(before.vocabulary.terms)
    changes = policy_changes(before.policy, after.policy, Phrasing(lang, vocabulary))
    typer.echo(
        f"{before.policy.current.version} ({before.policy.effective_date}) -> "
        f"{after.policy.current.version} ({after.policy.effective_date})"
    )
    for change in changes or [say(lang, N_("No facts changed."))]:
        typer.echo(f"  - {change}")


@app.command(
    "snapshot",
    help=h(N_("Keep the current policy as versions/<version>/ before you start the next version.")),
)
def snapshot_command(source: SourceOption = Path("."), lang: LangOption = None) -> None:
    """Keep the current policy as versions/<version>/ before you start the next version."""
    from ..source.load import load_policy
    from ..source.versions import snapshot

    language = _language(lang)
    source = find_project(source)
    try:
        target = snapshot(source, load_policy(source))
    except UserError as error:
        _fail(error, language)
        return
    typer.echo(say(language, N_("Kept the current policy in {folder}."), folder=str(target)))
