"""A fictional example says so everywhere and passes `check --strict`; a real shop never inherits it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.cli import app

from .conftest import BuiltSite, pdf_text

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()
NOTICE = {"ko": "가상의 예시입니다", "en": "Fictional example"}


@pytest.mark.parametrize("project", [REPO, REPO / "examples" / "small-shop"])
def test_the_examples_pass_the_strict_check(project: Path) -> None:
    result = runner.invoke(app, ["check", "--strict", "--source", str(project)])
    assert result.exit_code == 0, result.output
    assert "[example-project]" in result.output and "[placeholder-data]" not in result.output


def test_every_page_and_pdf_of_an_example_says_it_is_fictional(shop_site: BuiltSite) -> None:
    pages = sorted(shop_site.out.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        locale = "en" if page.relative_to(shop_site.out).parts[0] == "en" else "ko"
        assert 'class="example-notice"' in text and NOTICE[locale] in text, page
    for pdf in sorted((shop_site.out / "downloads").glob("*.pdf")) + sorted(
        (shop_site.out / "downloads" / "labels").glob("sheet-*.pdf")
    ):
        locale = "en" if "-en" in pdf.name else "ko"
        assert NOTICE[locale] in " ".join(pdf_text(pdf).split()), pdf


def test_a_real_shop_never_inherits_the_flag(tmp_path: Path) -> None:
    project = tmp_path / "bakery"
    made = runner.invoke(app, ["init", str(project), "--defaults"])
    assert made.exit_code == 0, made.output
    assert "example" not in {path.stem for path in (project / "policy").glob("*.yaml")}
    assert "example:" not in "".join(p.read_text() for p in (project / "policy").glob("*.yaml"))
    checked = runner.invoke(app, ["check", "--strict", "--source", str(project)])
    assert checked.exit_code == 1 and "[placeholder-data]" in checked.output
    built = runner.invoke(app, ["build", "--source", str(project)])
    assert "example-notice" not in (project / "build" / "ko" / "policy" / "index.html").read_text()
    assert built.exit_code == 0, built.output
