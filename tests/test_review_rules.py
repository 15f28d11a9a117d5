"""Every review rule: quiet on the small shop, fires on its fault, at the right file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policygen.errors import UserError
from policygen.inputs import load_for_review, review_project
from policygen.resources import builtin_folder
from policygen.review.engine import Finding
from policygen.review.rules import RULES

from .conftest import REPO, copy_project, edit, line_of
from .review_faults import FAULTS, REJECTED, VARIANTS, Edit


def apply(project: Path, edits: tuple[Edit, ...]) -> Path:
    for file, old, new in edits:
        if old:
            edit(project, file, old, new)
        else:
            target = project / file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(new, encoding="utf-8")
    return project


def findings(project: Path) -> list[Finding]:
    return review_project(load_for_review(project))


def shop(tmp_path: Path, name: str, copy: tuple[str, ...] = ()) -> Path:
    project = copy_project(REPO / "examples" / "small-shop", tmp_path / name)
    (project / "policy" / "example.yaml").unlink()  # a shop's own source is no fictional example
    for folder in copy:
        shutil.copytree(builtin_folder(folder), project / folder)
    return project


def test_every_rule_has_a_fault_and_every_fault_a_rule() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert sorted(ids) == sorted(FAULTS)


def test_rules_have_both_languages_a_citation_and_agreeing_particles() -> None:
    for rule in RULES:
        for text in (rule.message, rule.why, rule.citation):
            assert text.ko.strip() and text.en.strip(), rule.id
        # particles come from i18n/josa.py through {value:을}, never a hard-coded pair
        for pair in ("이(가)", "을(를)", "은(는)", "과(와)", "(으)로"):
            assert pair not in rule.message.ko, (rule.id, pair)


@pytest.mark.parametrize("rule_id", sorted(FAULTS))
def test_rule_is_quiet_then_fires_at_the_right_place(rule_id: str, tmp_path: Path) -> None:
    fault = FAULTS[rule_id]
    quiet = apply(shop(tmp_path, "quiet", fault.copy), fault.quiet)
    assert rule_id not in {f.rule.id for f in findings(quiet)}

    project = apply(shop(tmp_path, "faulty", fault.copy), fault.edits)
    hits = [f for f in findings(project) if f.rule.id == rule_id]
    assert hits, f"{rule_id} did not fire"
    where = hits[0].location
    assert where.file == fault.file
    if fault.needle:
        text = (project / fault.file).read_text(encoding="utf-8")
        assert where.line == line_of(text, fault.needle), (rule_id, str(where))
    else:
        assert where.line == 0
    for locale in ("ko", "en"):
        message = hits[0].message(locale)
        assert "{" not in message and "}" not in message, message


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_law_breaking_variant_is_caught_by_check_strict(variant: str, tmp_path: Path) -> None:
    edits, expected = VARIANTS[variant]
    project = apply(shop(tmp_path, "variant"), edits)
    if expected == {REJECTED}:  # a fact the law requires is missing: validation refuses it first
        with pytest.raises(UserError):
            findings(project)
        return
    found = findings(project)
    blocking = {f.rule.id for f in found if f.rule.severity in ("error", "warning")}
    assert expected <= blocking, f"{variant}: missing {expected - blocking}; found {blocking}"


def test_the_review_variants_number_twenty_eight() -> None:
    from_review = [name for name in VARIANTS if int(name.split()[0]) <= 28]
    assert len(from_review) == 28
