"""A project's own label: shown for its article, with the summary its editor wrote or none."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from policygen.build import build, build_label_kit
from policygen.cli import app
from policygen.facts.labels import SUMMARISED
from policygen.resources import builtin_folder
from policygen.source.labelset import load_label_set

OWN = "extra_items: {caption: {ko: 추가 항목, en: Extra items}, article: items%s}\n"


def _with_own_label(project: Path, extra: str = "") -> Path:
    labels = project / "labels"
    (labels / "pictograms").mkdir(parents=True, exist_ok=True)
    (labels / "labels.yaml").write_text(OWN % extra, encoding="utf-8")
    shutil.copy(
        builtin_folder("labels") / "pictograms" / "items_collected.svg",
        labels / "pictograms" / "extra_items.svg",
    )
    return project


def test_every_built_in_label_is_summarised_from_the_facts(tmp_path: Path) -> None:
    assert {spec.id for spec in load_label_set(tmp_path).specs} == SUMMARISED


def test_an_own_label_without_a_summary_shows_its_caption_alone(
    shop_project: Path, tmp_path: Path
) -> None:
    build(_with_own_label(shop_project), tmp_path / "site")
    page = (tmp_path / "site" / "ko" / "labels" / "index.html").read_text("utf-8")
    card = page[page.index("추가 항목") :].split("</li>")[0]
    assert "label-summary" not in card
    readme = build_label_kit(shop_project, tmp_path / "kit")["README.txt"].decode("utf-8")
    assert "  - 추가 항목 (extra_items)\n" in readme


def test_an_own_label_shows_the_summary_its_editor_wrote(
    shop_project: Path, tmp_path: Path
) -> None:
    extra = ", summary: {ko: 배송 주소, en: Delivery address}"
    build(_with_own_label(shop_project, extra), tmp_path / "site")
    page = (tmp_path / "site" / "en" / "labels" / "index.html").read_text("utf-8")
    card = page[page.index("Extra items") :].split("</li>")[0]
    assert "Delivery address" in card


def test_a_label_for_an_article_policygen_does_not_write_is_refused(
    shop_project: Path, tmp_path: Path
) -> None:
    project = _with_own_label(shop_project)
    (project / "labels" / "labels.yaml").write_text(
        (OWN % "").replace("article: items", "article: itemz"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["build", "-s", str(project), "--lang", "ko"])
    assert result.exit_code == 1
    assert "labels/labels.yaml:1:" in result.output and "'itemz'" in result.output
    assert "모르는 조항" in result.output and "Traceback" not in result.output
    assert not (project / "build").exists()
