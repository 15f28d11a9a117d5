"""The code stays ruff-clean: lint is part of the test suite, so CI enforces it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_ruff_reports_nothing() -> None:
    # The environment running the tests, whether or not it is activated (.venv/bin/python).
    if importlib.util.find_spec("ruff") is None:
        pytest.fail("ruff is not installed: bash scripts/setup.sh")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src", "tests", "scripts"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
