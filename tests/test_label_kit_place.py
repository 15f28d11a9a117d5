"""The label kit lands inside the project, says where, and its A4 sheet reads from a counter."""

from __future__ import annotations

import os
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from policygen.cli import app

from .conftest import REPO, copy_project


def _summary_sizes(pdf: Path, words: str) -> set[float]:
    """The font sizes (pt) of the text pieces on the first page that contain `words`."""
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if words in text:
            sizes.add(round(size * (tm[0] or 1) * (cm[0] or 1), 1))

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_the_kit_goes_into_the_project_and_the_sheet_is_large(tmp_path: Path) -> None:
    project = copy_project(REPO / "examples" / "small-shop", tmp_path / "shop")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    here = Path.cwd()
    os.chdir(elsewhere)  # run from another folder, as an owner might
    try:
        result = CliRunner().invoke(
            app, ["labels", "--source", str(project), "--colour", "8a3b12", "--lang", "ko"]
        )
    finally:
        os.chdir(here)
    assert result.exit_code == 0, result.output
    kit = (project / "label-kit").resolve()
    assert f"{kit} 폴더에 썼습니다" in result.output
    assert "brand: colour" in result.output  # --colour changed only the kit
    assert not any(elsewhere.iterdir())
    sheet = kit / "labels" / "sheet-en.pdf"
    assert len(PdfReader(sheet).pages) == 1
    assert min(_summary_sizes(sheet, "Destroyed without delay")) >= 11
