"""One readable build: load and validate everything, render every view, then write atomically."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .artifact import Output
from .errors import Location, Problem, UserError
from .graphics.colour_names import read_colour
from .i18n.console import N_, Msg
from .output import cache
from .output.atomic import (
    check_outputs,
    ensure_replaceable,
    recover_output,
    up_to_date,
    write_site,
)
from .output.parallel import Progress, render_jobs
from .output.webfont import webfont_outputs
from .project import Project, load_project, source_folders
from .source.load import LoadedPolicy
from .source.messages import explain
from .source.model import Brand
from .uptodate import source_fingerprint
from .views import VIEWS, View
from .views.label_kit import README, LabelKit, label_kit
from .views.site import Site


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI's summary and for tests."""

    out: Path
    files: dict[str, bytes]
    project: Project | None  # None when nothing changed and nothing was built
    skipped: bool = False

    @property
    def loaded(self) -> LoadedPolicy:
        assert self.project is not None, "a skipped build loaded nothing"
        return self.project.loaded


def render_site(
    project: Project, views: tuple[View, ...] = VIEWS, progress: Progress | None = None
) -> dict[str, bytes]:
    """Render every registered view in memory; nothing touches the disk here."""
    return plan_site(project, views).finish(progress)


@dataclass
class SiteRendering:
    """A site rendered as far as the render cache allows, and the renderings it still needs.

    The views that met no missing rendering are done (the HTML pages always are); the others
    are rendered again once the missing renderings are done, on every core (output.parallel).
    """

    site: Site
    views: tuple[View, ...]
    done: list[list[Output] | None]  # per view; None where a rendering was missing
    plan: cache.Plan = field(default_factory=cache.Plan)

    @property
    def deferred(self) -> list[View]:
        """The views that wait for renderings (PDFs, label files) the cache did not have."""
        return [view for view, outputs in zip(self.views, self.done, strict=True) if not outputs]

    def first_phase(self) -> dict[str, bytes]:
        """The finished views with their web font: every page, without what is not ready.

        A file of a deferred view is left out rather than copied from the last build, so a
        reader never downloads a PDF that contradicts the page it came from.
        """
        ready = [output for outputs in self.done if outputs for output in outputs]
        fonts = [self.plan.jobs.pop(key) for key, job in list(self.plan.jobs.items())
                 if job.kind == "webfont"]  # fmt: skip
        render_jobs(fonts)
        pages = check_outputs(ready)
        return check_outputs([*_as_outputs(pages), *webfont_outputs(pages)])

    def finish(self, progress: Progress | None = None) -> dict[str, bytes]:
        """Every file of the site: the missing renderings done, the views that waited redone."""
        try:
            render_jobs(list(self.plan.jobs.values()), progress)
            outputs = [
                output
                for view, done in zip(self.views, self.done, strict=True)
                for output in (done if done is not None else view.render(self.site))
            ]
            pages = check_outputs(outputs)
            return check_outputs([*_as_outputs(pages), *webfont_outputs(pages)])
        finally:
            cache.forget_deliveries()


def plan_site(project: Project, views: tuple[View, ...] = VIEWS) -> SiteRendering:
    """Render what the cache allows, noting every rendering it lacks (nothing is written)."""
    site = Site(project, hub_entries=[view.hub_entry for view in views if view.hub_entry])
    done: list[list[Output] | None] = []
    with cache.planning() as plan:
        for view in views:
            misses = plan.misses
            outputs = list(view.render(site))
            done.append(outputs if plan.misses == misses else None)
        # plan the web font too, from the finished pages, so it is cut alongside the rest
        webfont_outputs(check_outputs(output for outputs in done if outputs for output in outputs))
    return SiteRendering(site, views, done, plan)


def _as_outputs(files: dict[str, bytes]) -> list[Output]:
    return [Output(path, content) for path, content in files.items()]


SOURCE_FOLDERS = source_folders(spec for view in VIEWS for spec in view.inputs)


def load_for_views(source: Path, views: tuple[View, ...] = VIEWS) -> Project:
    """Load the policy and exactly the inputs these views declare."""
    return load_project(source, (spec for view in views for spec in view.inputs))


def build(
    source: Path,
    out: Path | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    first_phase: Callable[[BuildResult], None] | None = None,
    loaded: tuple[str, Project] | None = None,
) -> BuildResult:
    """Build the site for the project at `source` into `out` (default: source/build).

    When nothing the site depends on changed since the last build into `out`, nothing is done.
    With `first_phase`, a build that must render PDFs or label files publishes in two atomic
    steps: first every page (without the files still being rendered), then the whole site;
    `first_phase` is called in between, for a preview to show the new pages at once.
    `loaded` is the source's fingerprint taken before loading it, and the project loaded (by a
    caller that reviewed it first), so that the source is read once.
    """
    out = out if out is not None else source / "build"
    recover_output(out)  # what a build killed half-way left: the old site back, no debris
    fingerprint = loaded[0] if loaded else source_fingerprint(source)
    if not force and up_to_date(out, fingerprint):
        return BuildResult(out, {}, None, skipped=True)
    project = loaded[1] if loaded else load_for_views(source)
    ensure_replaceable(out, source)
    rendering = plan_site(project)
    if first_phase is not None and rendering.deferred:
        first = rendering.first_phase()
        write_site(out, first, pending=True)  # never up to date: the full build must follow
        first_phase(BuildResult(out, first, project))
    files = rendering.finish(progress)
    write_site(out, files, fingerprint)
    return BuildResult(out, files, project)


def build_label_kit(
    source: Path, out: Path, colour: str | None = None, progress: Progress | None = None
) -> dict[str, bytes]:
    """Write only the label kit, in the brand colour of the policy at `source` (or `colour`)."""
    project = load_for_views(source, (LabelKit(),))
    if colour is not None:
        colour = _read_colour_option(colour)
        try:
            colour = Brand(colour=colour).colour
        except ValidationError as error:
            message, hint = explain(error.errors(include_url=False)[0], Brand)
            raise UserError(Problem(Location("--colour"), message, hint)) from None
    ensure_replaceable(out, source)
    colour = colour or project.loaded.policy.brand.colour
    site = Site(project)
    with cache.planning() as plan:
        label_kit(site, colour)
    try:
        render_jobs(list(plan.jobs.values()), progress)
        kit = label_kit(site, colour)
    finally:
        cache.forget_deliveries()
    files = {path.removeprefix("downloads/"): content for path, content in kit.items()}
    files[README] = files.pop(f"labels/{README}")
    write_site(out, files)
    return files


def _read_colour_option(text: str) -> str:
    """The --colour value as '#rrggbb': a hex code with or without '#', or a colour's name."""
    colour = read_colour(text)
    if colour is None:
        raise UserError(
            Problem(
                Location("--colour"),
                Msg(N_("'{value}' is not a colour policygen knows"), value=text),
                Msg(N_('give six hex digits such as 8a3b12, or a name such as "brown" or "갈색"')),
            )
        )
    return colour
