"""The published JSON Schema works in editors: it compiles with ECMA-262 regexes, examples pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from policygen.cli import app

from .conftest import REPO


def _schema(tmp_path: Path) -> Path:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    path = tmp_path / "policy.schema.json"
    path.write_text(result.output, encoding="utf-8")
    return path


def _check(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema compiles patterns as ECMA-262 with the u flag, as Ajv 2020 does."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
    )


def test_every_example_file_validates_against_the_schema(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    files = [
        *(REPO / "policy").glob("*.yaml"),
        *(REPO / "examples" / "small-shop" / "policy").glob("*.yaml"),
    ]
    assert len(files) >= 5
    result = _check(schema, *files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_file_fails_against_the_schema(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "controller:\n  website: 'javascript:alert(1)'\n  colour_of_the_sky: blue\n",
        encoding="utf-8",
    )
    result = _check(schema, broken)
    assert result.returncode == 1
    assert "website" in result.stdout + result.stderr
