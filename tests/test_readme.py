"""The README opens with the owner's walkthrough and shows a valid example of every optional section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from policygen.source.load import load_policy
from policygen.source.model import Policy

from .conftest import copy_project

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)
OPTIONAL = sorted(name for name, field in Policy.model_fields.items() if not field.is_required())


def test_the_readme_opens_with_the_owners_walkthrough() -> None:
    headings = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert headings[0].startswith("Your first hour")
    walkthrough = README.split("## Your first hour")[1].split("\n## ")[0]
    steps = ["policygen init", "shop.yaml", "policygen check", "policygen serve",
             "policygen build", "Publish"]  # fmt: skip
    places = [walkthrough.index(step) for step in steps]
    assert places == sorted(places)


def test_every_optional_section_has_an_example() -> None:
    shown = {key for block in BLOCKS for key in (yaml.safe_load(block) or {})}
    assert set(OPTIONAL) <= shown, set(OPTIONAL) - shown


@pytest.mark.parametrize("block", BLOCKS, ids=lambda block: block.split(":")[0])
def test_each_example_is_valid_in_a_shops_source(block: str, tmp_path: Path) -> None:
    project = copy_project(REPO / "examples" / "small-shop", tmp_path / "shop")
    (project / "policy" / "example.yaml").unlink()
    shop = project / "policy" / "shop.yaml"
    for section in yaml.safe_load(block):  # the example replaces the shop's own section
        shop.write_text(
            re.sub(
                rf"^{section}:\n(?:[ #].*\n|\n)*", "", shop.read_text(encoding="utf-8"), flags=re.M
            ),
            encoding="utf-8",
        )
    (project / "policy" / "extra.yaml").write_text(block, encoding="utf-8")
    load_policy(project)  # raises UserError, with file and line, on any mistake
