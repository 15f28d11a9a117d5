"""`pip install .` gives a working tool: the wheel carries every file policygen opens at run time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow
CLI = "from policygen.cli import main; main()"


def test_the_package_list_names_every_package_under_src() -> None:
    settings = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = {name for name in settings["packages"] if not name.startswith("policygen.builtin.")}
    on_disk = {
        ".".join(init.parent.relative_to(REPO / "src").parts)
        for init in (REPO / "src").rglob("__init__.py")
    }
    assert listed == on_disk


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the repository, installed (without -e) into its own folder."""
    work = tmp_path_factory.mktemp("wheel")
    checkout = work / "checkout"
    shutil.copytree(
        REPO,
        checkout,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "test-artifacts", "__pycache__", "*.egg-info", ".*cache"
        ),
    )
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), "."],
        cwd=checkout,
        check=True,
    )
    assert not (checkout / "build").exists(), "building the wheel must leave build/ to policygen"
    [wheel] = wheels.glob("policygen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "policygen/builtin/labels/labels.yaml",
        "policygen/builtin/labels/pictograms/children.svg",
        "policygen/builtin/dialogues/scenes.yaml",
        "policygen/builtin/dialogues/avatars/sunny.svg",
        "policygen/defaults/guide/guide.yaml",
        "policygen/defaults/init/policy.yaml.jinja",
        "policygen/templates/policy/page.html",
        "policygen/py.typed",
    ):
        assert needed in names, f"{needed} is missing from the wheel"
    target = work / "site-packages"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "-t", str(target), wheel],
        check=True,
    )
    return target


def _policygen(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed policygen (dependencies come from the test environment)."""
    env = {**os.environ, "PYTHONPATH": str(target)}
    return subprocess.run(
        [sys.executable, "-c", CLI, *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_the_installed_wheel_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    where = _policygen(installed, tmp_path, "--version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import policygen.resources as r; print(r.builtin_folder('labels'))",
        ],
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()).is_relative_to(installed)


def test_the_installed_wheel_makes_and_builds_a_project_in_an_empty_folder(
    installed: Path, tmp_path: Path
) -> None:
    made = _policygen(installed, tmp_path, "init", "shop", "--defaults")
    assert made.returncode == 0, made.stderr
    built = _policygen(installed, tmp_path, "build", "--source", "shop")
    assert built.returncode == 0, built.stderr
    assert "Traceback" not in built.stderr
    site = tmp_path / "shop" / "build"
    kids = (site / "ko" / "kids" / "index.html").read_text("utf-8")
    assert "라이언" in kids  # the built-in cast, from the wheel's own dialogues/
    assert (site / "assets" / "cast" / "ryan.svg").is_file()
    assert (site / "downloads" / "labels" / "sheet-ko.pdf").is_file()
    assert (site / "ko" / "senior" / "index.html").is_file()
    kit = _policygen(installed, tmp_path, "labels", "--source", "shop", "--out", "kit")
    assert kit.returncode == 0, kit.stderr  # every label, from the wheel's own labels/
    assert (tmp_path / "kit" / "labels" / "all" / "online" / "ko" / "children.svg").is_file()


def test_the_installed_wheel_builds_a_copy_of_the_sample(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(REPO / "policy", tmp_path / "sample" / "policy")
    built = _policygen(installed, tmp_path / "sample", "build")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "sample" / "build" / "en" / "policy" / "index.html").is_file()
