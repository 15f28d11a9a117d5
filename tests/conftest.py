"""Shared fixtures and helpers: projects to edit, sites built once per run, one view rendered alone.

Building a whole site (four PDFs, 300 label files, a font subset) takes seconds; most tests need
one page or one fact. So:
- tests that edit a project take a fresh copy (`sample_project`, `shop_project`);
- tests that only read take a site built once per run (`sample_site`, `shop_site`,
  `versions_site`) from a source no test may change (checked when the run ends);
- tests about one view render only that view (`render`, `policy_pages`, `chat`), or assert on the
  loaded model.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from policygen.build import BuildResult, build, load_for_views, render_site
from policygen.inputs import CHAT
from policygen.project import load_project
from policygen.views import VIEWS, View
from policygen.views.policy import LegalPolicy, render_policy_page
from policygen.views.site import Site

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO
SHOP = REPO / "examples" / "small-shop"
LOCALES = ("ko", "en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/* from the current output (review the diff!)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Tests never write to the user's cache; the first build of a run takes the cold path."""
    cache = Path(tempfile.mkdtemp(prefix="policygen-test-cache-"))
    os.environ["POLICYGEN_CACHE"] = str(cache)
    config.add_cleanup(lambda: shutil.rmtree(cache, ignore_errors=True))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def copy_project(source: Path, target: Path) -> Path:
    """Copy only a project's source folders, never its build output."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source / "policy", target / "policy")
    return target


@pytest.fixture
def sample_project(tmp_path: Path) -> Path:
    return copy_project(SAMPLE, tmp_path / "sample")


@pytest.fixture
def shop_project(tmp_path: Path) -> Path:
    return copy_project(SHOP, tmp_path / "shop")


# --- sites built once per run, for tests that only read them -------------------------------------


@dataclass(frozen=True)
class BuiltSite:
    """A site built once per test run; tests read it and never change it or its source."""

    source: Path
    result: BuildResult

    @property
    def out(self) -> Path:
        return self.result.out

    def text(self, path: str) -> str:
        """One file of the site (a path under build/) as text."""
        return (self.out / path).read_text(encoding="utf-8")

    def copy_to(self, target: Path) -> Path:
        """A copy of the built folder, for a test that builds over a previous site."""
        shutil.copytree(self.out, target)
        return target


def _built_once(
    factory: pytest.TempPathFactory, name: str, project: Path, with_versions: bool = False
) -> Iterator[BuiltSite]:
    """Build a private copy of `project`; after the run, fail if any test changed its source."""
    root = factory.mktemp(name)
    source = copy_project(project, root / "project")
    if with_versions:
        shutil.copytree(project / "versions", source / "versions")
    before = tree_digest(source)
    yield BuiltSite(source, build(source, root / "site"))
    assert tree_digest(source) == before, f"a test changed the shared {name} source"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The sample project (policy/ only, as `sample_project`), built once."""
    yield from _built_once(tmp_path_factory, "sample", SAMPLE)


@pytest.fixture(scope="session")
def shop_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The small-shop example, built once."""
    yield from _built_once(tmp_path_factory, "shop", SHOP)


@pytest.fixture(scope="session")
def versions_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """The sample with its archived versions (versions/), built once: every documented output."""
    yield from _built_once(tmp_path_factory, "versions", SAMPLE, with_versions=True)


# --- one view, or the model, instead of a whole site ----------------------------------------------


def render(project: Path, views: tuple[View, ...] = VIEWS) -> dict[str, bytes]:
    """The files these views make for `project`, in memory (the others are not rendered)."""
    return render_site(load_for_views(project, views), views)


def policy_pages(project: Path) -> dict[str, str]:
    """The legal policy page per locale, HTML only (no PDF, no labels kit, no font subset)."""
    site = Site(
        load_for_views(project, (LegalPolicy(),)),
        hub_entries=[view.hub_entry for view in VIEWS if view.hub_entry],
    )
    return {
        locale: render_policy_page(site, locale, f"{locale}/policy/index.html").content.decode()
        for locale in site.locales
    }


def policy_html(project: Path, locale: str) -> str:
    """The legal policy page of one locale (see policy_pages)."""
    return policy_pages(project)[locale]


def chat(project: Path, locale: str) -> str:
    """Every line of the children's chat for `project`, one per line, from the model."""
    conversation = load_project(project, [CHAT]).get(CHAT).chats[locale]
    return "\n".join(line.text for scene in conversation.scenes for line in scene.lines)


def html_text(html: str) -> str:
    """An HTML page's text with tags dropped and whitespace collapsed, to search for sentences."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def pdf_text(pdf: Path | bytes) -> str:
    """A PDF's text as poppler's pdftotext reads it (a file, or the bytes of one)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is needed (apt-get install poppler-utils; scripts/setup.sh does)")
    if isinstance(pdf, Path):
        command, data = [pdftotext, str(pdf), "-"], None
    else:
        command, data = [pdftotext, "-", "-"], pdf
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout.decode()


# --- small helpers -------------------------------------------------------------------------------


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under a folder with its SHA-256, to prove a folder did not change."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def edit(project: Path, relative: str, old: str, new: str) -> str:
    """Replace one exact snippet in a project file (the snippet must exist) and return the text."""
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in {relative}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str) -> int:
    """The 1-based line on which `needle` first appears."""
    index = text.index(needle)
    return text.count("\n", 0, index) + 1
