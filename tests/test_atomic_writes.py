"""A build killed at any point leaves the old or the new site whole; the next build cleans up.

Real processes are killed with SIGKILL: some kill themselves at an exact point of the write
(the n-th staged file, just before or after the swap, between the two renames of the fallback
swap), one is killed from outside as soon as its staging folder has files. A full disk and a
read-only folder are simulated by making the writes fail with ENOSPC and EROFS.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.build import build
from policygen.cli import app
from policygen.output import atomic

from .conftest import BuiltSite, copy_project, edit, tree_digest

CHILD = r"""
import os, shutil, signal, sys
from pathlib import Path
from policygen.output import atomic

source, out, point, n = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
staged = []


def die():
    os.kill(os.getpid(), signal.SIGKILL)


def staging(path):
    return ".staging-" in str(path)


def kill_on(function, when, after=False):
    def wrapper(first, *args, **kwargs):
        if not after and when(first):
            die()
        result = function(first, *args, **kwargs)
        if after and when(first):
            die()
        return result
    return wrapper


def nth_staged_file(path):
    if staging(path):
        staged.append(path)
    return len(staged) >= n


def nth_call(path):
    staged.append(path)
    return len(staged) >= n


if point == "staged-file":  # the n-th changed file written into the staging folder
    Path.write_bytes = kill_on(Path.write_bytes, nth_staged_file)
elif point == "linked-file":  # the n-th unchanged file linked from the old site
    atomic._link = kill_on(atomic._link, nth_call)
elif point == "manifest":  # the last file of the staging folder
    Path.write_bytes = kill_on(Path.write_bytes, lambda path: path.name == atomic.MARKER)
elif point == "before-exchange":
    atomic.exchange = kill_on(atomic.exchange, staging)
elif point == "after-exchange":
    atomic.exchange = kill_on(atomic.exchange, staging, after=True)
elif point == "between-renames":  # no exchange on this system: out retired, new not yet in
    atomic.exchange = lambda first, second: False
    os.replace = kill_on(os.replace, staging)
elif point == "before-cleanup":  # swapped; the old site still waits to be removed
    shutil.rmtree = kill_on(shutil.rmtree, staging)
from policygen.build import build
build(source, out, force=True)
"""


@pytest.fixture(scope="module")
def sites(shop_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The shop's site as built (old), a changed source and its site built once (new)."""
    root = tmp_path_factory.mktemp("atomic")
    changed = copy_project(shop_site.source, root / "changed")
    edit(changed, "policy/shop.yaml", "처음 공개했습니다.", "처음 공개했습니다. 새 판입니다.")
    new = build(changed, root / "new").out
    return {
        "old": shop_site,
        "changed": changed,
        "old_digest": tree_digest(shop_site.out),
        "new_digest": tree_digest(new),
    }


def _debris(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def _child(source: Path, out: Path, point: str, n: int = 0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(source), str(out), point, str(n)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _assert_whole_then_recovered(out: Path, sites: dict[str, object]) -> str:
    """The folder holds one whole site; the next build finishes the job with nothing left over."""
    present = tree_digest(out) if out.is_dir() else {}
    state = "old" if present == sites["old_digest"] else "new"
    recovered_only = not out.is_dir()
    if recovered_only:  # only possible between the fallback swap's two renames
        atomic.recover(out)
        assert tree_digest(out) == sites["old_digest"], "recover did not put the old site back"
        state = "old, put back"
    else:
        assert present == sites[f"{state}_digest"], "the folder holds a half-written site"
    result = CliRunner().invoke(
        app, ["build", "--source", str(sites["changed"]), "--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert tree_digest(out) == sites["new_digest"]
    assert _debris(out) == [], "the next build left staging or retired folders behind"
    return state


@pytest.mark.parametrize(
    ("point", "n"),
    [
        ("staged-file", 1),
        ("staged-file", 3),
        ("linked-file", 1),
        ("linked-file", 20),
        ("manifest", 0),
        ("before-exchange", 0),
        ("after-exchange", 0),
        ("between-renames", 0),
        ("before-cleanup", 0),
    ],
)
def test_a_build_killed_at_any_point_leaves_one_whole_site(
    point: str, n: int, sites: dict[str, object], tmp_path: Path
) -> None:
    out = sites["old"].copy_to(tmp_path / "site")
    child = _child(sites["changed"], out, point, n)
    _, errors = child.communicate()
    assert child.returncode == -signal.SIGKILL, errors
    state = _assert_whole_then_recovered(out, sites)
    expected = {
        "after-exchange": "new",
        "before-cleanup": "new",
        "between-renames": "old, put back",
    }.get(point, "old")
    assert state == expected


def test_a_build_killed_from_outside_during_staging(
    sites: dict[str, object], tmp_path: Path
) -> None:
    out = sites["old"].copy_to(tmp_path / "site")
    child = _child(sites["changed"], out, "none")
    staged = False
    while child.poll() is None and not staged:
        staged = any(
            any(p.is_file() for p in folder.rglob("*"))
            for folder in tmp_path.glob(".site.staging-*")
        )
    child.send_signal(signal.SIGKILL)
    child.communicate()
    _assert_whole_then_recovered(out, sites)


def test_a_staging_folder_of_a_running_build_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    mine = tmp_path / f".site.staging-{os.getppid()}-abc"  # a live process: our parent
    gone = tmp_path / ".site.staging-999999999-abc"  # no such process
    for folder in (mine, gone):
        (folder / "en").mkdir(parents=True)
    atomic.recover(out)
    assert mine.is_dir() and not gone.exists()


@pytest.mark.parametrize(
    ("code", "words", "korean"),
    [
        (errno.ENOSPC, "the disk is full", "디스크"),
        (errno.EROFS, "the folder is read-only", "읽기 전용"),
    ],
)
def test_a_full_disk_or_read_only_folder_is_a_clear_error(
    code: int,
    words: str,
    korean: str,
    sites: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = sites["old"].copy_to(tmp_path / "site")
    real_write = Path.write_bytes
    written = []

    def failing_write(self: Path, data: bytes) -> int:
        if ".staging-" in str(self):
            written.append(self)
            if len(written) >= 2:  # the first changed file goes in, the second meets a full disk
                raise OSError(code, os.strerror(code), str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    for language, expected in (("en", words), ("ko", korean)):
        written.clear()
        result = CliRunner().invoke(
            app,
            ["build", "--source", str(sites["changed"]), "--out", str(out), "--lang", language],
        )
        assert result.exit_code == 1, (language, written, result.output)
        assert expected in result.output
        assert "Traceback" not in result.output
        assert tree_digest(out) == sites["old_digest"]
        assert _debris(out) == []
