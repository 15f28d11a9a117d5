"""One readable build: load and validate everything, render every view, then write atomically."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .artifact import Output
from .errors import Location, Problem, UserError
from .inputs import LABELS
from .output.atomic import (
    check_outputs,
    ensure_replaceable,
    recover_output,
    up_to_date,
    write_site,
)
from .output.cache import cache_key
from .output.webfont import webfont_outputs
from .project import Project, load_project, source_folders
from .source.load import LoadedPolicy, load_policy
from .source.messages import explain
from .source.model import Brand
from .views import VIEWS, View
from .views.labels import label_kit
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


def render_site(project: Project, views: tuple[View, ...] = VIEWS) -> dict[str, bytes]:
    """Render every registered view in memory; nothing touches the disk here."""
    site = Site(project, hub_entries=[view.hub_entry for view in views if view.hub_entry])
    pages = check_outputs(output for view in views for output in view.render(site))
    return check_outputs([*_as_outputs(pages), *webfont_outputs(pages)])


def _as_outputs(files: dict[str, bytes]) -> list[Output]:
    return [Output(path, content) for path, content in files.items()]


SOURCE_FOLDERS = source_folders(spec for view in VIEWS for spec in view.inputs)


def load_for_views(source: Path, views: tuple[View, ...] = VIEWS) -> Project:
    """Load the policy and exactly the inputs these views declare."""
    return load_project(source, (spec for view in views for spec in view.inputs))


def source_fingerprint(source: Path) -> str:
    """A hash of every input of a build: the project's source folders and policygen itself."""
    parts: list[str | bytes] = []
    for folder in SOURCE_FOLDERS:
        root = source / folder
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    parts += [path.relative_to(source).as_posix(), path.read_bytes()]
    parts += [os.environ.get("SOURCE_DATE_EPOCH", "")]
    return cache_key(parts)


def build(source: Path, out: Path | None = None, *, force: bool = False) -> BuildResult:
    """Build the site for the project at `source` into `out` (default: source/build).

    When nothing the site depends on changed since the last build into `out`, nothing is done.
    """
    out = out if out is not None else source / "build"
    recover_output(out)  # what a build killed half-way left: the old site back, no debris
    fingerprint = source_fingerprint(source)
    if not force and up_to_date(out, fingerprint):
        return BuildResult(out, {}, None, skipped=True)
    project = load_for_views(source)
    ensure_replaceable(out, source)
    files = render_site(project)
    write_site(out, files, fingerprint)
    return BuildResult(out, files, project)


def build_label_kit(source: Path, out: Path, colour: str | None = None) -> dict[str, bytes]:
    """Write only the label kit, in the brand colour of the policy at `source` (or `colour`)."""
    loaded = load_policy(source)
    label_set = LABELS.read(source, loaded.vocabulary)
    if colour is not None:
        try:
            colour = Brand(colour=colour).colour
        except ValidationError as error:
            message, hint = explain(error.errors(include_url=False)[0], Brand)
            raise UserError(Problem(Location("--colour"), message, hint)) from None
    ensure_replaceable(out, source)
    kit = label_kit(label_set, colour or loaded.policy.brand.colour)
    files = {path.removeprefix("downloads/"): content for path, content in kit.items()}
    write_site(out, files)
    return files
