"""The senior guide: facts from the policy in the page and the large-print PDF, clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from policygen.cli import app
from policygen.resources import builtin_folder
from policygen.views.senior import SeniorGuide, SeniorPdf

from .conftest import BuiltSite, edit, line_of, render
from .conftest import pdf_text as _pdf_text


def test_officer_phone_change_reaches_page_and_pdf(sample_project: Path) -> None:
    edit(sample_project, "policy/company.yaml", "phone: 02-0000-1234", "phone: 02-9876-5432")
    site = render(sample_project, views=(SeniorGuide(), SeniorPdf()))
    for locale in ("ko", "en"):
        page = site[f"{locale}/senior/index.html"].decode()
        assert 'href="tel:0298765432"' in page and "02-9876-5432" in page
        assert "02-9876-5432" in _pdf_text(site[f"downloads/senior-{locale}.pdf"])


def test_pdf_is_a4_large_print_with_page_numbers_and_korean_text(sample_site: BuiltSite) -> None:
    pdf = sample_site.out / "downloads" / "senior-ko.pdf"
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = _pdf_text(pdf)
    assert "전화와 문자로 오는 사기를 조심하세요" in text
    assert "경찰청: 사기 신고, 이미 돈을 보냈을 때: 112" in " ".join(text.split())
    pages = len(reader.pages)
    assert f"1 / {pages}" in text.replace("1/", "1 / ") or f"1/{pages}" in text
    assert reader.metadata.title.startswith("큰 글씨로 보는 도담톡")


def test_guide_text_can_be_edited_and_errors_point_to_the_line(shop_project: Path) -> None:
    shutil.copytree(builtin_folder("guide"), shop_project / "guide")
    edit(
        shop_project,
        "guide/guide.yaml",
        "Close accounts you no longer use",
        "Close {service} accounts you no longer use",
    )
    page = render(shop_project, views=(SeniorGuide(),))["en/senior/index.html"].decode()
    assert "Close Bomnal Flowers online orders accounts" in page
    text = edit(shop_project, "guide/guide.yaml", "show: [items]", "show: [items, weather]")
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert result.exit_code == 1
    assert f"guide/guide.yaml:{line_of(text, 'weather')}:" in result.output
