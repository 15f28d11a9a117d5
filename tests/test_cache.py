"""One render cache: per-renderer keys, library versions in the build fingerprint, no temp litter."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from policygen.build import build, source_fingerprint
from policygen.output import cache
from policygen.output.cache import STATS

from .conftest import REPO


def test_a_template_edit_rerenders_pages_but_no_label(
    shop_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (shop_project / "policy" / "brand.yaml").write_text(
        "brand:\n  share_label_kit: true\n", encoding="utf-8"
    )  # the shop publishes its label files, so the build draws labels
    build(shop_project, tmp_path / "one")
    real = cache.code_fingerprint
    # As after editing a template: the whole-package code changes, the graphics code does not.
    monkeypatch.setattr(
        cache,
        "code_fingerprint",
        lambda scope="package": "edited" if scope == "package" else real(scope),
    )
    STATS.clear()
    result = build(shop_project, tmp_path / "one")
    assert not result.skipped
    assert STATS["label-png:render"] == 0 and STATS["label-pdf:render"] == 0
    assert STATS["label-png:hit"] > 0


def test_a_library_upgrade_is_a_change_of_input(
    sample_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYGEN_CACHE", "off")  # the stat-keyed memo would not see a fake
    before = source_fingerprint(sample_project)
    real_version = metadata.version
    monkeypatch.setattr(
        metadata,
        "version",
        lambda name: "99.0" if name == "babel" else real_version(name),
    )
    cache.code_fingerprint.cache_clear()
    try:
        assert source_fingerprint(sample_project) != before
    finally:
        cache.code_fingerprint.cache_clear()


def test_a_build_without_cache_leaves_no_temporary_files(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    project = tmp_path / "shop"
    (project).mkdir()
    (project / "policy").symlink_to(REPO / "examples" / "small-shop" / "policy")
    env = {**os.environ, "POLICYGEN_CACHE": "off", "TMPDIR": str(scratch)}
    subprocess.run(
        [sys.executable, "-c", "from policygen.cli import main; main()", "build"],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    assert (project / "build" / "downloads" / "labels" / "sheet-ko.pdf").is_file()
    assert list(scratch.iterdir()) == []
