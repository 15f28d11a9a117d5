"""The commands: a thin layer over build(), load_policy() and the schema.

Each command imports what it needs when it runs, so `--help` and `--version` answer without
loading the renderers (a build with nothing changed never gets here: see quick.py).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import UserError
from .i18n import cli_words
from .i18n.console import N_, console_language, say
from .quick import blocked, nothing_changed, review_totals
from .source.vocabulary import KINDS, builtin_vocabulary
from .uptodate import find_project

if TYPE_CHECKING:
    from .build import BuildResult
    from .project import Project
    from .review.engine import Finding


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
    from .build import load_for_views as load

    return load(source)


def review_summary(findings: list[Finding], language: str) -> str:
    """One line: how many findings of each severity, and where to read them."""
    from .review.report import counts

    return review_totals(counts(findings), language)


def _review_and_build(
    source: Path,
    out: Path | None,
    language: str,
    force: bool,
    strict: bool,
    publish_anyway: bool,
    quiet: bool,
) -> BuildResult:
    """Review the source, refuse to publish what the review blocks, else build the site."""
    from .build import build, load_for_views
    from .inputs import review_project
    from .progress import BuildProgress
    from .review.report import counts, text_report
    from .uptodate import remember_review, source_fingerprint

    try:
        fingerprint = source_fingerprint(source)  # before reading: an edit meanwhile is seen
        project = load_for_views(source)  # all the review reads, and the views too
        findings = review_project(project)
        remember_review(fingerprint, counts(findings))
        blocking = [
            f
            for f in findings
            if f.rule.severity == "error" or (strict and f.rule.severity == "warning")
        ]
        if blocking and not publish_anyway:
            typer.echo(text_report(blocking, language), err=True)
            reason = (
                N_(
                    "Not published: the review found errors. Fix them, or publish anyway "
                    "with --publish-anyway."
                )
                if any(f.rule.severity == "error" for f in blocking)
                else N_("Not published (--strict): the review found warnings.")
            )
            typer.echo(say(language, reason), err=True)
            typer.echo(say(language, N_("The last published site was not changed.")), err=True)
            raise typer.Exit(1)
        typer.echo(review_summary(findings, language))
        with BuildProgress(language, quiet=quiet) as progress:
            return build(source, out, force=force, progress=progress, loaded=(fingerprint, project))
    except UserError as error:
        _fail(error, language)
        raise  # _fail exits


@app.command("build", help=h(N_("Validate and review the policy source, then build the site.")))
def build_command(
    source: SourceOption = Path("."),
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help=h(N_("Where to write the site (default: SOURCE/build). Replaced whole.")),
            file_okay=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help=h(N_("Rebuild even when nothing changed since the last build."))
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help=h(N_("Refuse to publish when the review finds warnings too."))
        ),
    ] = False,
    publish_anyway: Annotated[
        bool,
        typer.Option(
            "--publish-anyway",
            help=h(N_("Publish even when the review finds errors (not recommended).")),
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help=h(N_("Show no progress while rendering.")))
    ] = False,
    lang: LangOption = None,
) -> None:
    """Validate and review the policy source, then build the site into build/."""
    from .uptodate import unchanged

    language = _language(lang)
    started = time.perf_counter()
    source = find_project(source)
    target = out if out is not None else source / "build"
    # nothing changed: answer before the renderers are even imported
    totals = None if force else unchanged(source, target)
    skipped = totals is not None and not blocked(
        totals, strict=strict, publish_anyway=publish_anyway
    )
    if totals is not None and skipped:
        typer.echo(review_totals(totals, language))
    else:
        result = _review_and_build(source, out, language, force, strict, publish_anyway, quiet)
        skipped = result.skipped
    if skipped:
        typer.echo(nothing_changed(target, language, started))
        return
    typer.echo(
        say(
            language,
            N_("Built {count} files into {out} in {seconds} s."),
            count=str(len(result.files)),
            out=str(result.out),
            seconds=f"{time.perf_counter() - started:.2f}",
        )
    )


@app.command(
    "serve", help=h(N_("Preview the site: rebuild on every change and reload the open page."))
)
def serve_command(
    source: SourceOption = Path("."),
    port: Annotated[
        int, typer.Option("--port", "-p", help=h(N_("Port to listen on.")), min=0, max=65535)
    ] = 8000,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help=h(N_("Address to listen on; keep 127.0.0.1 unless you know you need more.")),
        ),
    ] = "127.0.0.1",
    lang: LangOption = None,
) -> None:
    """Preview the site: rebuild on every change and reload the open page."""
    from .serve import serve

    language = _language(lang)
    source = find_project(source)
    try:
        serve(source, source / "build", host, port, typer.echo, language)
    except UserError as error:  # no "nothing was written": the preview build may have run
        typer.echo(error.render_problems(language), err=True)
        raise typer.Exit(1) from None


@app.command(
    "check",
    help=h(N_("Validate the source, then review it for legal completeness and plain language.")),
)
def check_command(
    source: SourceOption = Path("."),
    lang: LangOption = None,
    output_format: Annotated[
        str, typer.Option("--format", help=h(N_("text, or json for CI.")))
    ] = "text",
    strict: Annotated[
        bool, typer.Option("--strict", help=h(N_("Fail on warnings too, not only on errors.")))
    ] = False,
    list_rules: Annotated[
        bool, typer.Option("--rules", help=h(N_("List the review rules and exit.")))
    ] = False,
) -> None:
    """Validate the source, then review it for legal completeness and plain language."""
    from .facts.readability import readability_of
    from .inputs import CHAT, load_for_review, review_project
    from .review.report import counts, json_report, rules_listing, text_report

    language = _language(lang)
    if output_format not in ("text", "json"):
        typer.echo(say(language, N_("--format takes text or json.")), err=True)
        raise typer.Exit(2)
    if list_rules:
        typer.echo(rules_listing(language))
        return
    try:
        project = load_for_review(find_project(source))
    except UserError as error:
        _fail(error, language)
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


@app.command(
    "labels",
    help=h(N_("Write the label kit (SVG, PNG and PDF labels, and a zip) for your own business.")),
)
def labels_command(
    source: SourceOption = Path("."),
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help=h(
                N_(
                    "Folder to write the label kit into (default: SOURCE/label-kit; "
                    "replaced whole)."
                )
            ),
            file_okay=False,
        ),
    ] = None,
    colour: Annotated[
        str | None,
        typer.Option(
            "--colour",
            "--color",
            help=h(
                N_(
                    'Badge colour of the colour labels, e.g. "#0b57a4" '
                    "(default: brand.colour in the policy source)."
                )
            ),
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Write the label kit (SVG, PNG and PDF labels, and a zip) for your own business."""
    from .build import build_label_kit
    from .progress import BuildProgress

    language = _language(lang)
    project = find_project(source)
    target = (out if out is not None else project / "label-kit").resolve()
    try:
        with BuildProgress(language, quiet=False) as progress:
            files = build_label_kit(project, target, colour, progress)
    except UserError as error:
        _fail(error, language)
        return
    typer.echo(
        say(
            language,
            N_("Wrote {count} label files into {out}."),
            count=str(len(files)),
            out=str(target),
        )
    )
    if colour:
        typer.echo(
            say(
                language,
                N_(
                    "--colour changed only this kit; the site's labels keep brand: colour "
                    "from the policy source."
                ),
            )
        )


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
    from .facts.diff import policy_changes
    from .facts.phrasing import Phrasing
    from .source.load import load_policy

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
    from .source.load import load_policy
    from .source.versions import snapshot

    language = _language(lang)
    source = find_project(source)
    try:
        target = snapshot(source, load_policy(source))
    except UserError as error:
        _fail(error, language)
        return
    typer.echo(say(language, N_("Kept the current policy in {folder}."), folder=str(target)))


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
    from .scaffold import Answers, check_target, create_project
    from .wizard import Wizard, ask_answers

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


@app.command(
    "schema",
    help=h(N_("Print the JSON Schema of policy/*.yaml, for editor completion and checks.")),
)
def schema_command() -> None:
    """Print the JSON Schema of policy/*.yaml, for editor completion and checks."""
    from .source.schema import source_schema

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
