"""Commands that review and publish: build, serve, check and labels."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError
from ..i18n.console import N_, say
from ..quick import nothing_changed, publishable_unchanged, review_totals
from ..uptodate import find_project
from .app import LangOption, SourceOption, _fail, _language, app, h, review_summary

if TYPE_CHECKING:
    from ..build import BuildResult


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
    from ..build import build, load_for_views
    from ..inputs import review_project
    from ..progress import BuildProgress
    from ..review.report import counts, text_report
    from ..uptodate import remember_review, source_fingerprint

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
    language = _language(lang)
    started = time.perf_counter()
    source = find_project(source)
    target = out if out is not None else source / "build"
    # nothing changed: answer before the renderers are even imported
    totals = (
        None
        if force
        else publishable_unchanged(source, target, strict=strict, publish_anyway=publish_anyway)
    )
    if totals is not None:
        typer.echo(review_totals(totals, language))
        typer.echo(nothing_changed(target, language, started))
        return
    result = _review_and_build(source, out, language, force, strict, publish_anyway, quiet)
    if result.skipped:
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
    from ..serve import serve

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
    from ..facts.readability import readability_of
    from ..inputs import CHAT, load_for_review, review_project
    from ..review.report import counts, json_report, rules_listing, text_report

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
    from ..build import build_label_kit
    from ..progress import BuildProgress

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
