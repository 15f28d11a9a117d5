"""policygen check as editors and CI use it: exit codes, JSON, languages, --strict, --rules."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from policygen.cli import app
from policygen.review.rules import RULES

from .review_faults import FAULTS
from .test_review_rules import apply

runner = CliRunner()


def test_rules_listed_by_the_cli_with_the_counsel_note() -> None:
    result = runner.invoke(app, ["check", "--rules", "--lang", "en"])
    assert result.exit_code == 0
    assert all(rule.id in result.output for rule in RULES)
    assert "counsel" in result.output


def test_check_exit_codes_json_and_language(shop_project: Path) -> None:
    clean = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "en"])
    assert clean.exit_code == 0 and "0 errors" in clean.output
    apply(shop_project, FAULTS["marketing-without-consent"].edits)
    apply(shop_project, FAULTS["retention-until-purpose"].edits)
    failing = runner.invoke(
        app, ["check", "--source", str(shop_project), "--format", "json", "--lang", "ko"]
    )
    assert failing.exit_code == 1
    report = json.loads(failing.output)
    severities = [f["severity"] for f in report["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "note"].index)
    found = {f["rule"]: f for f in report["findings"]}
    assert set(found) >= {"marketing-without-consent", "retention-until-purpose"}
    marketing = found["marketing-without-consent"]
    assert marketing["severity"] == "error"
    assert marketing["file"] == "policy/shop.yaml" and marketing["line"] > 0
    assert "이벤트 및 광고성 정보 안내'가 동의 없이" in marketing["message"]
    assert "정보통신망법" in marketing["citation"]
    assert report["counts"]["error"] == 2  # and marketing-items-required


def test_korean_particles_agree_with_the_inserted_words(shop_project: Path) -> None:
    apply(shop_project, FAULTS["guardian-items-not-processed"].edits)
    apply(shop_project, FAULTS["response-days-over-decree"].edits)
    result = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "ko"])
    assert "'법정대리인 이름'이 처리 목적과 항목에 없습니다" in result.output  # consonant: 이
    assert "30일 안에 답한다고" in result.output
    assert "이(가)" not in result.output and "을(를)" not in result.output


def test_strict_fails_on_warnings_and_build_strict_refuses(
    shop_project: Path, tmp_path: Path
) -> None:
    apply(shop_project, FAULTS["optional-items-without-consent"].edits)
    assert runner.invoke(app, ["check", "--source", str(shop_project)]).exit_code == 0
    assert runner.invoke(app, ["check", "--source", str(shop_project), "--strict"]).exit_code == 1
    out = tmp_path / "site"
    refused = runner.invoke(
        app, ["build", "--source", str(shop_project), "--out", str(out), "--strict"]
    )
    assert refused.exit_code == 1 and "optional-items-without-consent" in refused.output
    assert not out.exists()
    built = runner.invoke(app, ["build", "--source", str(shop_project), "--out", str(out)])
    assert built.exit_code == 0


def test_sample_and_example_have_no_warnings_and_say_they_are_fictional(
    sample_project: Path, shop_project: Path
) -> None:
    for project in (sample_project, shop_project):
        result = runner.invoke(app, ["check", "--source", str(project)])
        assert result.exit_code == 0, result.output
        report = json.loads(
            runner.invoke(app, ["check", "--source", str(project), "--format", "json"]).output
        )
        warnings = {f["rule"] for f in report["findings"] if f["severity"] == "warning"}
        notes = {f["rule"] for f in report["findings"] if f["severity"] == "note"}
        assert warnings == set() and "example-project" in notes  # fictional, and flagged as such


def test_complaints_department_note_only_without_one(
    sample_project: Path, shop_project: Path
) -> None:
    def rules_of(project: Path) -> str:
        result = runner.invoke(app, ["check", "--source", str(project), "--format", "json"])
        return result.output

    assert "no-complaints-department" in rules_of(shop_project)
    assert "no-complaints-department" not in rules_of(sample_project)
