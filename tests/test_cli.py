"""The command line: exit codes, help, version, schema, vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml
from typer.testing import CliRunner

from policygen import __version__
from policygen.cli import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"policygen {__version__}"


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "check", "schema", "vocabulary"):
        assert command in result.output


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["nonsense"]).exit_code == 2
    assert runner.invoke(app, ["build", "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["vocabulary", "nonsense"]).exit_code == 2


def test_build_and_check_succeed_on_the_sample(sample_project: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--source", str(sample_project)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app, ["build", "--source", str(sample_project), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert "Built" in result.output and (tmp_path / "out" / "index.html").is_file()


def test_build_defaults_to_project_build_folder(shop_project: Path) -> None:
    result = runner.invoke(app, ["build", "--source", str(shop_project)])
    assert result.exit_code == 0, result.output
    assert (shop_project / "build" / "ko" / "policy" / "index.html").is_file()


def test_schema_is_json_schema_that_accepts_the_sample(sample_project: Path) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((sample_project / "policy").glob("*.yaml")):
        one_file = yaml.safe_load(path.read_text(encoding="utf-8"))
        one_file = json.loads(json.dumps(one_file, default=str))  # dates as editors write them
        assert not list(validator.iter_errors(one_file)), path.name
    assert list(validator.iter_errors({"colour": "red"}))
    assert list(validator.iter_errors({"processing": [{"purpose": "Not An Id!"}]}))


def test_vocabulary_lists_terms_in_both_languages() -> None:
    result = runner.invoke(app, ["vocabulary", "data_items"])
    assert result.exit_code == 0
    assert "email" in result.output and "이메일 주소 / email address" in result.output


def test_init_with_defaults_is_the_small_shop_example_and_builds(tmp_path: Path) -> None:
    from policygen.scaffold import Answers, render_policy

    example = Path(__file__).resolve().parent.parent / "examples/small-shop/policy/shop.yaml"
    assert render_policy(Answers()) == example.read_text(encoding="utf-8")  # one copy
    result = runner.invoke(app, ["init", str(tmp_path / "new"), "--defaults"])
    assert result.exit_code == 0, result.output
    built = runner.invoke(app, ["build", "--source", str(tmp_path / "new")])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "new" / "build" / "ko" / "policy" / "index.html").is_file()


def test_init_asks_and_writes_what_the_owner_answered(tmp_path: Path) -> None:
    answers = (
        "\n".join(
            [
                "동네빵집",
                "Corner Bakery",  # business name
                "",
                "",  # service name: same as the business
                "이하나",
                "Lee Hana",
                "서울특별시 종로구 종로 12",
                "12 Jong-ro, Seoul",
                "",  # no website
                "02-734-1234",
                "bread@corner-bakery.kr",
                "",  # the privacy officer is the representative
                "n",  # no pickup
                "n",  # does not ship goods
                "y",
                "주식회사 결제",
                "Pay Co.",
                "n",  # no CCTV
                "y",  # sends marketing
                "1",  # by text message
                "n",  # no children
                "n",  # no paper records
                "2,5",  # security measures really taken: access control, anti-virus
            ]
        )
        + "\n"
    )
    result = runner.invoke(app, ["init", str(tmp_path / "bakery"), "--lang", "en"], input=answers)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "bakery" / "policy" / "shop.yaml").read_text(encoding="utf-8")
    assert '"Corner Bakery"' in text and "purpose: marketing" in text
    assert "purpose: delivery" not in text and "children:" not in text
    built = runner.invoke(app, ["build", "--source", str(tmp_path / "bakery")])
    assert built.exit_code == 0, built.output
    policy = (tmp_path / "bakery" / "build" / "en" / "policy" / "index.html").read_text("utf-8")
    assert "Corner Bakery" in policy and "Pay Co." in policy


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "busy"), "--defaults"])
    assert result.exit_code == 1 and "not empty" in result.output
