"""Earlier versions stay readable at stable URLs; readers and editors see what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from policygen.cli import app

from .conftest import REPO, BuiltSite, edit


def _with_versions(project: Path) -> Path:
    shutil.copytree(REPO / "versions", project / "versions")
    return project


def test_each_version_has_a_stable_page_and_the_changes_are_listed(
    versions_site: BuiltSite,
) -> None:
    for locale in ("ko", "en"):
        old = versions_site.text(f"{locale}/policy/versions/1.0/index.html")
        assert "archived-notice" in old
        current = versions_site.text(f"{locale}/policy/index.html")
        assert 'href="versions/1.0/index.html"' in current
    changes = versions_site.text("en/changes/index.html")
    assert "New transfers abroad: Northwind Cloud LLC (United States)." in changes
    assert "New automated decisions: Automatic restriction of spam accounts." in changes
    ko = versions_site.text("ko/changes/index.html")
    assert "새로운 국외 이전: 노스윈드 클라우드(Northwind Cloud LLC) (미국)." in ko


def test_diff_prints_the_same_summary(sample_project: Path) -> None:
    _with_versions(sample_project)
    edit(
        sample_project,
        "policy/processing.yaml",
        "      months: 3\n      after: collection",
        "      months: 6\n      after: collection",
    )
    result = CliRunner().invoke(
        app, ["diff", str(sample_project / "versions" / "1.0"), str(sample_project)]
    )
    assert result.exit_code == 0, result.output
    assert "1.0 (2025-03-01) -> 2.0 (2026-12-01)" in result.output
    assert (
        "Retention for preventing fraud and blocking unauthorised use changed from "
        "3 months from the day it is collected to 6 months from the day it is collected."
    ) in result.output
    korean = CliRunner().invoke(
        app, ["diff", str(sample_project / "versions" / "1.0"), str(sample_project), "--lang", "ko"]
    )
    assert "새로운 수탁자: 노스윈드 클라우드(Northwind Cloud LLC)." in korean.output
    # the particle agrees with the new period: 월 ends in ㄹ, which takes 로, not (으)로
    assert '"수집일로부터 6개월"로 바뀌었습니다.' in korean.output, korean.output
    assert "(으)로" not in korean.output


def test_snapshot_keeps_the_current_version_once(shop_project: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["snapshot", "--source", str(shop_project)]).exit_code == 0
    assert (shop_project / "versions" / "1.0" / "policy" / "shop.yaml").is_file()
    again = runner.invoke(app, ["snapshot", "--source", str(shop_project)])
    assert again.exit_code == 1 and "already exists" in again.output


def test_broken_or_misnamed_versions_are_reported(sample_project: Path) -> None:
    _with_versions(sample_project)
    (sample_project / "versions" / "1.0").rename(sample_project / "versions" / "0.9")
    result = CliRunner().invoke(app, ["check", "--source", str(sample_project)])
    assert result.exit_code == 1 and "rename the folder to versions/1.0" in result.output
    (sample_project / "versions" / "0.9").rename(sample_project / "versions" / "1.0")
    edit(sample_project, "versions/1.0/policy/company.yaml", "date: 2025-03-01", "date: 2025-02-30")
    result = CliRunner().invoke(app, ["check", "--source", str(sample_project)])
    assert result.exit_code == 1
    assert "versions/1.0/policy/company.yaml:" in result.output
