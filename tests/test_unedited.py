"""A build with nothing to do trusts file sizes and times, yet still sees a hand edit of build/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from policygen.build import build, source_fingerprint
from policygen.output import unedited
from policygen.output.atomic import MARKER, up_to_date


def _record(out: Path) -> Path:
    record = unedited._record(out)
    assert record is not None and record.is_file(), "a build keeps its files' stats"
    return record


def _age_everything(out: Path) -> None:
    """Files written long ago, and recorded so: none is racy any more."""
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    manifest = (out / MARKER).read_bytes()
    unedited.remember(out, manifest, json.loads(manifest)["files"], since_ns=0)


@pytest.fixture
def built(shop_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "site"
    build(shop_project, out)
    return out


def test_an_unedited_site_is_up_to_date_without_reading_its_files(
    built: Path, shop_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _age_everything(built)
    fingerprint = source_fingerprint(shop_project)
    real_read = Path.read_bytes

    def no_site_reads(path: Path) -> bytes:
        assert built not in path.parents or path.name == MARKER, f"read {path}"
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", no_site_reads)
    assert up_to_date(built, fingerprint)


def test_a_same_size_edit_with_its_old_time_put_back_is_seen(
    built: Path, shop_project: Path
) -> None:
    _age_everything(built)
    page = built / "ko" / "index.html"
    before = page.stat()
    text = page.read_bytes()
    page.write_bytes(text.replace(b"<html", b"<HTML", 1))  # same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same time
    assert not up_to_date(built, source_fingerprint(shop_project))
    assert not build(shop_project, built).skipped


def test_a_file_edited_in_the_same_clock_tick_as_the_record_is_read(
    built: Path, shop_project: Path
) -> None:
    page = built / "ko" / "index.html"
    page.write_bytes(page.read_bytes().replace(b"<html", b"<HTML", 1))
    record = _record(built)
    kept = json.loads(record.read_text("utf-8"))
    # As if the record had been taken just after this edit, in the same tick of the file clock:
    kept["files"] = unedited.file_stats(built)
    kept["taken"] = page.stat().st_mtime_ns
    record.write_text(json.dumps(kept), encoding="utf-8")
    assert not up_to_date(built, source_fingerprint(shop_project))


def test_a_file_added_or_removed_by_hand_is_seen(built: Path, shop_project: Path) -> None:
    _age_everything(built)
    (built / "extra.html").write_text("hello", encoding="utf-8")
    assert not up_to_date(built, source_fingerprint(shop_project))
    (built / "extra.html").unlink()
    (built / "ko" / "index.html").unlink()
    assert not up_to_date(built, source_fingerprint(shop_project))


def test_a_no_op_build_from_the_console_loads_no_framework(
    built: Path, shop_project: Path, tmp_path: Path
) -> None:
    command = (
        "import sys, runpy\n"
        "sys.argv = ['policygen', 'build', '-s', sys.argv[1], '-o', sys.argv[2]]\n"
        "try:\n"
        "    runpy.run_module('policygen.cli', run_name='__main__')\n"
        "finally:\n"
        "    print('loaded:', *sorted(m for m in ('typer', 'click', 'pydantic', 'babel',"
        " 'jinja2', 'yaml', 'importlib.metadata') if m in sys.modules))\n"
    )
    env = {**os.environ, "POLICYGEN_CACHE": str(tmp_path / "cache"), "LANG": "ko_KR.UTF-8"}
    for _ in range(2):  # the first one reviews the source, which the second one remembers
        done = subprocess.run(
            [sys.executable, "-c", command, str(shop_project), str(built)],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
    lines = done.stdout.splitlines()
    assert "바뀐 것이 없습니다" in lines[1], done.stdout
    assert lines[-1] == "loaded:", done.stdout


def test_a_file_edited_by_hand_is_written_again_not_linked(built: Path, shop_project: Path) -> None:
    page = built / "ko" / "cctv" / "index.html"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"<html", b"<HTML", 1))
    (shop_project / "policy" / "example.yaml").write_text("example: true\n# edited\n", "utf-8")
    build(shop_project, built)
    assert page.read_bytes() == original


def test_a_file_changed_while_the_site_is_written_is_never_recorded_as_unedited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policygen.output import atomic

    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "site"
    files = {"index.html": b"<p>ours</p>\n", "a/b.html": b"<p>b</p>\n"}
    atomic.write_site(out, files, "one")
    real_swap = atomic._swap

    def swap_then_deface(staging: Path, target: Path) -> None:
        real_swap(staging, target)
        (target / "index.html").write_bytes(b"<p>DEFACED</p>\n")  # an editor's auto-save
        time.sleep(2 * unedited.RACY_NS / 1e9)  # long enough before the record not to be racy

    monkeypatch.setattr(atomic, "_swap", swap_then_deface)
    atomic.write_site(out, files, "two")
    monkeypatch.undo()
    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache"))
    assert not up_to_date(out, "two")
    atomic.write_site(out, {**files, "new.html": b"x"}, "three")
    assert (out / "index.html").read_bytes() == b"<p>ours</p>\n"


def test_a_file_another_build_swapped_in_is_not_linked_as_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from policygen.output import atomic

    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "site"
    files = {"index.html": b"<p>old</p>\n", "x.html": b"<p>x</p>\n"}
    atomic.write_site(out, files, "one")
    _age_everything(out)
    real_check = atomic._unedited_since_written

    def checked_then_replaced(target: Path, digests: dict[str, str]) -> object:
        kept = real_check(target, digests)
        assert kept is not None, "the aged site is trusted"
        replacement = target / "x.tmp"
        replacement.write_bytes(b"<p>NEW</p>\n")  # what another build publishes meanwhile
        os.replace(replacement, target / "x.html")
        return kept

    monkeypatch.setattr(atomic, "_unedited_since_written", checked_then_replaced)
    atomic.write_site(out, {**files, "index.html": b"<p>changed</p>\n"}, "two")
    assert (out / "x.html").read_bytes() == b"<p>x</p>\n"
