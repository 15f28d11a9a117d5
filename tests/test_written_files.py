"""Every PDF, PNG and SVG a build writes opens in a reader that shares no code with the writer.

The fuzzed sources get the same check in tests/test_fuzz.py. And a build leaves nothing behind
in the temporary folder: no font copies, no subsets, no scratch folders.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BuiltSite, copy_project
from .output_readers import written_file_problems


@pytest.mark.parametrize(("name", "pngs"), [("sample_site", 19), ("shop_site", 0)])
def test_every_pdf_png_and_svg_reopens(
    name: str, pngs: int, request: pytest.FixtureRequest
) -> None:
    """The shop shares no label kit, so it writes no PNG."""
    site: BuiltSite = request.getfixturevalue(name)
    counts, problems = written_file_problems(site.out)
    assert counts[".pdf"] >= 4 and counts[".png"] >= pngs and counts[".svg"] >= 3, counts
    assert problems == []


def test_a_build_leaves_no_temporary_files(shop_site: BuiltSite, tmp_path: Path) -> None:
    # With the cache off, subsets and font files go to scratch folders: the path that once
    # left a tmp*.otf behind for every label PDF.
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    project = copy_project(shop_site.source, tmp_path / "shop")
    environment = {**os.environ, "TMPDIR": str(temporary), "POLICYGEN_CACHE": "off"}
    code = "import sys; from policygen.cli import app; sys.exit(app())"
    result = subprocess.run(
        [sys.executable, "-c", code, "build", "--source", str(project), "--lang", "en"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in temporary.iterdir()) == []
