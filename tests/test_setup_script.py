"""The README's set-up works with nothing but the system Python (issue 21).

Each test runs scripts/setup.sh in a throwaway copy of the repository, never in the repository
itself, so the developer's own .venv is left alone. The first one installs policygen into a new
environment (pip's cache makes that quick after the first time): it is marked slow, so
`-m "not slow"` leaves it out, but the default run, and so CI, includes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
SYSTEM_PYTHON = Path("/usr/bin/python3")
# Whatever points the set-up at another Python or environment than the one a test means.
FOREIGN = ("VIRTUAL_ENV", "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "PYTHONHOME", "PYTHONPATH")


def copy_repository(target: Path) -> Path:
    """What scripts/setup.sh needs of the repository, without any .venv, build or egg-info."""
    target.mkdir(parents=True)
    for name in ("pyproject.toml", "setup.cfg", "README.md"):
        shutil.copy2(REPO / name, target / name)
    for folder in ("labels", "dialogues"):  # packaged as policygen's built-in defaults
        shutil.copytree(REPO / folder, target / folder)
    (target / "scripts").mkdir()
    shutil.copy2(REPO / "scripts" / "setup.sh", target / "scripts" / "setup.sh")
    shutil.copytree(
        REPO / "src", target / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    return target


def clean_environ(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in FOREIGN}
    env.update(extra)
    return env


def run_setup(project: Path, path: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """`env PATH=<path> bash scripts/setup.sh`, as the issue gives it, in a copy."""
    return subprocess.run(
        ["env", f"PATH={path}", "bash", "scripts/setup.sh"],
        cwd=project,
        env=clean_environ(**extra),
        capture_output=True,
        text=True,
        timeout=600,
    )


def python_says(python: Path, code: str) -> str:
    result = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, env=clean_environ()
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def system_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy set up with only the system directories on PATH (so only the system Python)."""
    if not SYSTEM_PYTHON.exists():
        pytest.skip("this machine has no system Python at /usr/bin/python3")
    version = python_says(SYSTEM_PYTHON, "import sys; print(sys.version_info >= (3, 11))")
    if version != "True":
        pytest.skip("this machine's system Python is older than 3.11")
    project = copy_repository(tmp_path_factory.mktemp("setup") / "system")
    result = run_setup(project, SYSTEM_PATH)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.mark.slow
def test_setup_with_only_the_system_python(system_project: Path) -> None:
    venv = system_project / ".venv"
    assert venv.is_dir()
    assert not venv.is_symlink()
    python = venv / "bin" / "python"
    # The environment is made from the system Python, which itself is left untouched.
    assert python_says(python, "import sys; print(sys.base_prefix)") == python_says(
        SYSTEM_PYTHON, "import sys; print(sys.prefix)"
    )
    assert python_says(python, "import sys; print(sys.prefix)") != python_says(
        SYSTEM_PYTHON, "import sys; print(sys.prefix)"
    )
    # Editable: the copy's own source is what runs.
    assert python_says(python, "import policygen; print(policygen.__file__)") == str(
        system_project / "src" / "policygen" / "__init__.py"
    )
    version = subprocess.run(
        [str(venv / "bin" / "policygen"), "--version"],
        capture_output=True,
        text=True,
        env=clean_environ(PATH=SYSTEM_PATH),
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("policygen ")


@pytest.mark.slow
def test_setup_runs_twice(system_project: Path) -> None:
    before = (system_project / ".venv" / "pyvenv.cfg").stat().st_mtime_ns
    result = run_setup(system_project, SYSTEM_PATH)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "creating" not in result.stdout
    assert (system_project / ".venv" / "pyvenv.cfg").stat().st_mtime_ns == before


@pytest.mark.slow
def test_setup_in_an_active_environment_links_to_it(system_project: Path, tmp_path: Path) -> None:
    """With an environment active, .venv links to it: no second environment inside it."""
    active = system_project / ".venv"
    project = copy_repository(tmp_path / "active")
    result = run_setup(project, f"{active / 'bin'}:{SYSTEM_PATH}", VIRTUAL_ENV=str(active))
    assert result.returncode == 0, result.stdout + result.stderr
    link = project / ".venv"
    assert link.is_symlink()
    assert link.resolve() == active.resolve()
    assert not any(project.rglob("pyvenv.cfg"))
    python = link / "bin" / "python"
    assert python_says(python, "import policygen; print(policygen.__file__)") == str(
        project / "src" / "policygen" / "__init__.py"
    )


def test_without_python_says_what_to_install(tmp_path: Path) -> None:
    """No Python 3.11+ on PATH: the message names it and the command that fixes it."""
    project = copy_repository(tmp_path / "no-python")
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "dirname", "env"):
        (tools / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    result = run_setup(project, str(tools))
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr
    assert "apt-get install python3" in result.stderr
    assert not (project / ".venv").exists()


def test_without_apt_names_what_is_missing(tmp_path: Path) -> None:
    """Not a Debian-based machine (no apt-get): what is missing, and what to do about it."""
    if not SYSTEM_PYTHON.exists():
        pytest.skip("this machine has no system Python at /usr/bin/python3")
    project = copy_repository(tmp_path / "no-apt")
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "dirname", "env"):
        (tools / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    (tools / "python3").symlink_to(SYSTEM_PYTHON)
    result = run_setup(project, str(tools))
    if "needs Python 3.11" in result.stderr:
        pytest.skip("this machine's system Python is older than 3.11")
    assert result.returncode == 1
    assert "missing: chromium default-jre-headless poppler-utils" in result.stderr
    assert "apt-get is not available" in result.stderr
    assert not (project / ".venv").exists()


def test_installs_what_is_missing_with_apt(tmp_path: Path) -> None:
    """A machine without the browser, Java, poppler and Python's venv module: one apt-get call.

    A stand-in apt-get (and sudo) records what it was asked; a stand-in python3 has no ensurepip
    and so cannot make an environment, as on Debian without python3.X-venv. Nothing is installed
    on this machine.
    """
    if not SYSTEM_PYTHON.exists():
        pytest.skip("this machine has no system Python at /usr/bin/python3")
    project = copy_repository(tmp_path / "fresh-machine")
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "dirname", "env", "id", "cat"):
        (tools / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    calls = tmp_path / "apt-get.log"
    scripts = {
        "python3": (
            'case "$*" in *ensurepip*|"-m venv "*) echo "No module named ensurepip" >&2; exit 1;; esac'
            f'\nexec {SYSTEM_PYTHON} "$@"'
        ),
        "apt-get": f'echo "$*" >> {calls}',
        "sudo": 'exec "$@"',
    }
    for name, body in scripts.items():
        (tools / name).write_text(f"#!/bin/bash\n{body}\n")
        (tools / name).chmod(0o755)
    result = run_setup(project, str(tools))
    if "needs Python 3.11" in result.stderr:
        pytest.skip("this machine's system Python is older than 3.11")
    version = python_says(SYSTEM_PYTHON, 'import sys; print("%d.%d" % sys.version_info[:2])')
    update, install = calls.read_text().splitlines()
    assert update == "update -qq"
    assert install.startswith("install -y -qq chromium default-jre-headless poppler-utils")
    assert f" python{version}-venv fonts-noto-cjk-" in install
    # The stand-in installed nothing, so making .venv still fails, with the fix to run.
    assert result.returncode == 1
    assert f"Fix (Debian, Ubuntu): sudo apt-get install python{version}-venv" in result.stderr
