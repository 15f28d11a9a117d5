"""The command line: a thin layer over build(), load_policy() and the schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .build import build, build_label_kit, load_for_views
from .errors import UserError
from .facts.diff import policy_changes
from .facts.phrasing import Phrasing
from .facts.readability import readability_of
from .inputs import CHAT, load_for_review, review_project
from .review.report import counts, json_report, rules_listing, text_report
from .scaffold import Answers, ask_answers, create_project
from .serve import serve
from .source.load import load_policy
from .source.schema import source_schema
from .source.versions import snapshot
from .source.vocabulary import KINDS, builtin_vocabulary

app = typer.Typer(
    name="policygen",
    help="Build a Korean/English privacy-policy site from one YAML source.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SourceOption = Annotated[
    Path,
    typer.Option(
        "--source",
        "-s",
        help="The policygen project folder (the one that holds policy/).",
        file_okay=False,
    ),
]


def _fail(error: UserError) -> None:
    typer.echo(error.render(), err=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policygen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Build a Korean/English privacy-policy site from one YAML source."""


@app.command("build")
def build_command(
    source: SourceOption = Path("."),
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Where to write the site (default: SOURCE/build). Replaced whole.",
            file_okay=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Rebuild even when nothing changed since the last build."),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Refuse to publish when the review finds errors or warnings."
        ),
    ] = False,
) -> None:
    """Validate the policy source and build the site into build/."""
    started = time.perf_counter()
    try:
        if strict:
            findings = review_project(load_for_review(source))
            blocking = [f for f in findings if f.rule.severity in ("error", "warning")]
            if blocking:
                typer.echo(text_report(blocking, _editor_language()), err=True)
                typer.echo("Not published (--strict); nothing was written.", err=True)
                raise typer.Exit(1)
        result = build(source, out, force=force)
    except UserError as error:
        _fail(error)
        return
    elapsed = time.perf_counter() - started
    if result.skipped:
        typer.echo(f"Nothing changed; {result.out} is up to date ({elapsed:.2f} s).")
        return
    typer.echo(f"Built {len(result.files)} files into {result.out} in {elapsed:.2f} s.")


@app.command("serve")
def serve_command(
    source: SourceOption = Path("."),
    port: Annotated[
        int, typer.Option("--port", "-p", help="Port to listen on.", min=0, max=65535)
    ] = 8000,
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Address to listen on; keep 127.0.0.1 unless you know you need more."
        ),
    ] = "127.0.0.1",
) -> None:
    """Preview the site: rebuild on every change and reload the open page."""
    try:
        serve(source, source / "build", host, port, typer.echo)
    except UserError as error:
        _fail(error)


def _editor_language() -> str:
    """Korean when the editor's system is Korean, else English (override with --lang)."""
    import locale as system_locale
    import os

    setting = os.environ.get("LANG", "") or (system_locale.getlocale()[0] or "")
    return "ko" if setting.lower().startswith("ko") else "en"


@app.command("check")
def check_command(
    source: SourceOption = Path("."),
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the report: ko or en (default: your system's)."),
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="text, or json for CI.")] = "text",
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings too, not only on errors.")
    ] = False,
    list_rules: Annotated[
        bool, typer.Option("--rules", help="List the review rules and exit.")
    ] = False,
) -> None:
    """Validate the source, then review it for legal completeness and plain language."""
    language = lang or _editor_language()
    if language not in ("ko", "en") or output_format not in ("text", "json"):
        typer.echo("--lang takes ko or en; --format takes text or json", err=True)
        raise typer.Exit(2)
    if list_rules:
        typer.echo(rules_listing(language))
        return
    try:
        project = load_for_review(source)
    except UserError as error:
        _fail(error)
        return
    findings = review_project(project)
    if output_format == "json":
        typer.echo(json_report(findings, language))
    else:
        typer.echo(text_report(findings, language))
        for line in readability_of(project.get(CHAT).chats).report(language):
            typer.echo(line)
    total = counts(findings)
    if total["error"] or (strict and total["warning"]):
        raise typer.Exit(1)


@app.command("labels")
def labels_command(
    source: SourceOption = Path("."),
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="Folder to write the label kit into (replaced whole).",
            file_okay=False,
        ),
    ] = Path("label-kit"),
    colour: Annotated[
        str | None,
        typer.Option(
            "--colour",
            "--color",
            help='Badge colour of the colour labels, e.g. "#0b57a4" '
            "(default: brand.colour in the policy source).",
        ),
    ] = None,
) -> None:
    """Write the label kit (SVG, PNG and PDF labels, and a zip) for your own business."""
    try:
        files = build_label_kit(source, out, colour)
    except UserError as error:
        _fail(error)
        return
    typer.echo(f"Wrote {len(files)} label files into {out}.")


@app.command("diff")
def diff_command(
    old: Annotated[
        Path,
        typer.Argument(help="The older project or versions/<version> folder.", file_okay=False),
    ],
    new: Annotated[
        Path, typer.Argument(help="The newer one (default: this project).", file_okay=False)
    ] = Path("."),
    lang: Annotated[str, typer.Option("--lang", help="ko or en.")] = "en",
) -> None:
    """Print, in plain words, the facts that changed between two versions of a policy."""
    if lang not in ("ko", "en"):
        typer.echo("--lang must be ko or en", err=True)
        raise typer.Exit(2)
    try:
        before, after = load_policy(old), load_policy(new)
    except UserError as error:
        _fail(error)
        return
    vocabulary = after.vocabulary.with_custom(before.vocabulary.terms)
    changes = policy_changes(before.policy, after.policy, Phrasing(lang, vocabulary))
    typer.echo(
        f"{before.policy.current.version} ({before.policy.effective_date}) -> "
        f"{after.policy.current.version} ({after.policy.effective_date})"
    )
    for change in changes or ["No facts changed."]:
        typer.echo(f"  - {change}")


@app.command("snapshot")
def snapshot_command(source: SourceOption = Path(".")) -> None:
    """Keep the current policy as versions/<version>/ before you start the next version."""
    try:
        target = snapshot(source, load_policy(source))
    except UserError as error:
        _fail(error)
        return
    typer.echo(f"Kept the current policy in {target}.")


@app.command("init")
def init_command(
    target: Annotated[Path, typer.Argument(help="Folder for the new project.", file_okay=False)],
    defaults: Annotated[
        bool, typer.Option("--defaults", help="Skip the questions and use the example answers.")
    ] = False,
) -> None:
    """Start a new project: a few questions, then a policy that builds at once."""
    if defaults:
        answers = Answers(date=dt.date.today().isoformat())
    else:
        answers = ask_answers(
            lambda question, default: typer.prompt(question, default=default, show_default=True),
            lambda question, default: typer.confirm(question, default=default),
            dt.date.today(),
        )
    try:
        create_project(target, answers)
        project = load_for_views(target)
    except UserError as error:
        typer.echo(error.render(), err=True)
        typer.echo(f"Edit {target / 'policy' / 'shop.yaml'} to fix this.", err=True)
        raise typer.Exit(1) from None
    typer.echo(
        f"Created {target} ({len(project.loaded.policy.processing)} purposes). Next:\n"
        f"  policygen build --source {target}\n"
        f"  policygen serve --source {target}"
    )


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of policy/*.yaml, for editor completion and checks."""
    typer.echo(json.dumps(source_schema(), ensure_ascii=False, indent=2))


@app.command("vocabulary")
def vocabulary_command(
    kind: Annotated[
        str | None, typer.Argument(help=f"One of: {', '.join(KINDS)}. Leave out to list them all.")
    ] = None,
) -> None:
    """List the built-in ids editors can use, with their Korean and English terms."""
    vocabulary = builtin_vocabulary()
    kinds = [kind] if kind else list(KINDS)
    for name in kinds:
        if name not in KINDS:
            typer.echo(f"unknown kind '{name}'; choose one of: {', '.join(KINDS)}", err=True)
            raise typer.Exit(2)
        typer.echo(f"{name}:")
        for term_id in vocabulary.ids(name):
            term = vocabulary.get(name, term_id)
            label = term.ko or term.extra.get("until", {}).get("ko", "")
            english = term.en or term.extra.get("until", {}).get("en", "")
            typer.echo(f"  {term_id:32} {label} / {english}")


def main() -> None:
    """Console entry point; Windows consoles get UTF-8 so Korean messages print."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    app()


if __name__ == "__main__":
    main()
