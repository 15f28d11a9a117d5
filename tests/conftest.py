"""Shared fixtures: fresh copies of the sample and small-shop projects, and the golden-file flag."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO
SHOP = REPO / "examples" / "small-shop"


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
