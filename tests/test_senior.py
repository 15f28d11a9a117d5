"""The senior guide: facts from the policy in the page and the large-print PDF, clear errors."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from policygen.build import build
from policygen.cli import app
from policygen.resources import builtin_folder

from .conftest import edit, line_of


def _pdf_text(pdf: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.fail("pdftotext is needed (apt-get install poppler-utils; scripts/setup.sh does)")
    return subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_officer_phone_change_reaches_page_and_pdf(sample_project: Path, tmp_path: Path) -> None:
    edit(sample_project, "policy/company.yaml", "phone: 02-0000-1234", "phone: 02-9876-5432")
    build(sample_project, tmp_path / "site")
    for locale in ("ko", "en"):
        page = (tmp_path / "site" / locale / "senior" / "index.html").read_text("utf-8")
        assert 'href="tel:0298765432"' in page and "02-9876-5432" in page
        assert "02-9876-5432" in _pdf_text(tmp_path / "site" / "downloads" / f"senior-{locale}.pdf")


def test_pdf_is_a4_large_print_with_page_numbers_and_korean_text(
    sample_project: Path, tmp_path: Path
) -> None:
    build(sample_project, tmp_path / "site")
    pdf = tmp_path / "site" / "downloads" / "senior-ko.pdf"
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = _pdf_text(pdf)
    assert "전화와 문자로 오는 사기를 조심하세요" in text
    assert "경찰청: 사기 신고, 이미 돈을 보냈을 때: 112" in " ".join(text.split())
    pages = len(reader.pages)
    assert f"1 / {pages}" in text.replace("1/", "1 / ") or f"1/{pages}" in text
    assert reader.metadata.title.startswith("큰 글씨로 보는 도담톡")


def test_guide_text_can_be_edited_and_errors_point_to_the_line(
    shop_project: Path, tmp_path: Path
) -> None:
    shutil.copytree(builtin_folder("guide"), shop_project / "guide")
    edit(
        shop_project,
        "guide/guide.yaml",
        "Close accounts you no longer use",
        "Close {service} accounts you no longer use",
    )
    build(shop_project, tmp_path / "site")
    page = (tmp_path / "site" / "en" / "senior" / "index.html").read_text("utf-8")
    assert "Close Bomnal Flowers online orders accounts" in page
    text = edit(shop_project, "guide/guide.yaml", "show: [items]", "show: [items, weather]")
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert result.exit_code == 1
    assert f"guide/guide.yaml:{line_of(text, 'weather')}:" in result.output
