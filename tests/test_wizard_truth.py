"""What `init` writes is what the owner said: security measures, paper, analytics consent."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from policygen.cli import app
from policygen.scaffold import create_project
from policygen.wizard import Wizard, ask_answers

from .test_first_hour import BAKERY_ANSWERS

runner = CliRunner()
ANALYTICS = BAKERY_ANSWERS.index("Google Analytics")


def _answers(replace: dict[int, str], tail: list[str]) -> list[str]:
    answers = list(BAKERY_ANSWERS)
    for index, answer in replace.items():
        answers[index] = answer
    return answers[:-2] + tail


def _project(tmp_path: Path, answers: list[str], locale: str = "en") -> tuple[Path, str, str]:
    """The project the scripted answers make, its shop.yaml, and everything the wizard said."""
    said: list[str] = []
    typed = iter(answers)
    wizard = Wizard(lambda prompt: (said.append(prompt), next(typed))[1], said.append, locale)
    result = ask_answers(wizard, "2026-12-01")
    create_project(tmp_path / "shop", result)
    shop = (tmp_path / "shop" / "policy" / "shop.yaml").read_text(encoding="utf-8")
    return tmp_path / "shop", shop, "\n".join(said)


def test_only_the_measures_the_owner_picked_are_published(tmp_path: Path) -> None:
    project, shop, said = _project(tmp_path, _answers({}, ["n", "2,3,6"]))
    measures = shop.split("security_measures:\n", 1)[1].split("\n\n", 1)[0]
    assert measures.split()[1::2] == ["access_control", "transport_encryption", "locked_storage"]
    assert "Enforcement Decree art. 30(1)" in said  # the minimum, explained before the list
    assert "methods: [secure_erasure]" in shop  # no paper: no shredding sentence
    built = runner.invoke(app, ["build", "--source", str(project), "--lang", "en"])
    page = (project / "build" / "ko" / "policy" / "index.html").read_text(encoding="utf-8")
    for invented in ("전산실", "비밀번호 등 중요 정보", "내부관리계획", "접속기록의 보관", "분쇄"):
        assert invented not in page, invented
    assert "웹사이트와 주고받는 개인정보의 암호화 전송(HTTPS)" in page
    checked = runner.invoke(app, ["check", "--source", str(project), "--lang", "en"])
    assert "[security-measures-missing]" in checked.output, built.output


def test_analytics_recipient_is_the_company_and_consent_is_asked(tmp_path: Path) -> None:
    _project_dir, shop, said = _project(tmp_path, _answers({}, ["y", "1,2,3,4,5,6"]))
    assert "The company that runs the tool" in said
    assert 'ko: "Google LLC"' in shop and '"Google Analytics (Google LLC)"' not in shop
    assert "basis: consent" in shop and "동의 창에서 동의하지 않으면" in shop
    assert "브라우저 설정에서 쿠키를 거부하면" not in shop
    assert "shredding" in shop


def test_analytics_without_asking_first_publishes_no_consent_basis(tmp_path: Path) -> None:
    """The trial bakery sets the cookies without asking: no consent, no art. 28-8(1)1."""
    answers = _answers({ANALYTICS + 2: "n"}, ["n", "1,2,3,4,5,6"])
    del answers[ANALYTICS + 4 : ANALYTICS + 6]  # no contact or months questions then
    project, shop, said = _project(tmp_path, answers)
    assert "another lawful basis" in said
    published = yaml.safe_load(shop)
    assert "overseas_transfers" not in published and "automatic_collection" not in published
    assert "Google" not in json.dumps(published, ensure_ascii=False, default=str)
    assert "service_improvement" not in {entry["purpose"] for entry in published["processing"]}
    assert "# NOT PUBLISHED: the website uses Google Analytics (Google LLC, US)" in shop
    checked = runner.invoke(app, ["check", "--source", str(project), "--lang", "en"])
    assert checked.exit_code == 0, checked.output
