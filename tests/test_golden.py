"""Golden files: the rendered legal policies, reviewed by a person whenever they change.

Update with `pytest tests/test_golden.py --update-golden`, then read the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import BuiltSite

GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = ["ko/policy/index.html", "en/policy/index.html", "ko/index.html", "en/index.html"]


@pytest.mark.parametrize("project_name", ["sample", "shop"])
@pytest.mark.parametrize("page", PAGES)
def test_rendered_page_matches_golden(
    project_name: str,
    page: str,
    request: pytest.FixtureRequest,
    update_golden: bool,
) -> None:
    site: BuiltSite = request.getfixturevalue(f"{project_name}_site")
    actual = site.text(page)
    golden = GOLDEN / project_name / page.replace("/", "__")
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), "no golden file yet: run pytest --update-golden and review it"
    assert actual == golden.read_text(encoding="utf-8"), (
        f"{page} of {project_name} changed; if intended, run pytest --update-golden and review"
    )
