"""A Korean user reads the command line in Korean: help, the framework's words and its errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from policygen.scaffold import Answers, render_policy
from policygen.wizard import Wizard, whole_number

ENGLISH = ("Usage:", "Options", "Arguments", "Show this message", "[required]", "[default:",
           "<bool>", "Error", "No such option", "Invalid value", "Try ", "[OPTIONS]", "COMMAND",
           "[ARGS]")  # fmt: skip


def run(*args: str, lang: str = "ko_KR.UTF-8") -> subprocess.CompletedProcess[str]:
    """policygen in a fresh process, as a user's terminal starts it."""
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "policygen.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("command", ["", "build", "diff", "labels", "init", "vocabulary"])
def test_help_is_korean_under_a_korean_locale(command: str) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    for word in ENGLISH:
        assert word not in result.stdout, (word, result.stdout)
    assert "사용법:" in result.stdout and "옵션" in result.stdout


@pytest.mark.parametrize("lang", ["ko_KR.UTF-8", "en_US.UTF-8"])
def test_a_flag_shows_no_type_label_as_if_it_took_a_value(lang: str) -> None:
    lines = run("build", "--help", lang=lang).stdout.splitlines()
    force = next(line for line in lines if "--force" in line)
    assert "<" not in force, force  # neither <bool> nor its translation
    source = next(line for line in lines if "--source" in line)
    assert "<폴더>" in source if lang.startswith("ko") else "<folder>" in source


def test_lang_ko_wins_over_an_english_locale() -> None:
    result = run("diff", "--help", "--lang", "ko", lang="en_US.UTF-8")
    assert "[필수]" in result.stdout and "이 도움말을 보여 주고 끝냅니다." in result.stdout


@pytest.mark.parametrize(
    ("args", "korean"),
    [
        (["build", "--frob"], "--frob 옵션은 없습니다"),
        (["serve", "--port", "99999"], "65535 이하여야 합니다"),
        (["bild"], "'bild' 명령은 없습니다"),
        (["diff"], "'old' 인자를 입력해야 합니다"),
        (["build", "--lang", "fr"], "--lang에는 ko 또는 en을 쓰세요."),
    ],
)
def test_usage_errors_are_korean(args: list[str], korean: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert korean in result.stderr, result.stderr
    for word in ENGLISH:
        assert word not in result.stderr, (word, result.stderr)


def test_english_stays_english() -> None:
    result = run("build", "--frob", lang="en_US.UTF-8")
    assert "No such option: --frob" in result.stderr and "Usage:" in result.stderr


@pytest.mark.parametrize("example", ["14", "30"])
def test_a_bad_number_is_answered_with_the_questions_own_example(example: str) -> None:
    said: list[str] = []
    typed = iter(["열넷", example])
    wizard = Wizard(lambda prompt: next(typed), said.append, "ko")
    assert wizard.ask("Months the tool keeps the data", example, parse=whole_number) == int(example)
    assert said == [f"  숫자가 아닙니다: '열넷'. {example}처럼 숫자만 입력하세요."]


def test_the_yaml_init_writes_explains_itself_in_korean_too() -> None:
    lines = render_policy(Answers()).splitlines()
    hangul = re.compile(r"[가-힣]")
    english = [n for n, line in enumerate(lines) if re.search("# [A-Za-z]", line)]
    assert len(english) >= 5
    for number in english:
        start = number  # the comment block this line belongs to (or the line itself)
        while start > 0 and lines[start - 1].lstrip().startswith("#"):
            start -= 1
        block = "\n".join(line.split("#", 1)[1] for line in lines[start : number + 1])
        assert hangul.search(block), lines[number]


def test_every_rendering_kind_has_a_name_on_screen() -> None:
    from policygen.progress import KIND_NAMES

    package = Path(__file__).resolve().parent.parent / "src" / "policygen"
    kinds = {
        kind
        for path in package.rglob("*.py")
        for kind in re.findall(r'"([a-z]+-(?:pdf|sign|sheet|png))"', path.read_text("utf-8"))
    }
    assert kinds >= {"label-sheet", "policy-pdf"}
    assert kinds <= set(KIND_NAMES), kinds - set(KIND_NAMES)


def test_a_port_in_use_is_explained_in_korean(tmp_path: Path) -> None:
    import socket

    from policygen.errors import UserError
    from policygen.serve import Preview, make_server

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(UserError) as caught:
            make_server(Preview(tmp_path, tmp_path / "build"), "127.0.0.1", port)
    korean = caught.value.render_problems("ko")
    assert f"127.0.0.1의 {port}번 포트는 이미 사용 중입니다" in korean
    assert re.search(r"policygen serve --port \d+", korean) and "Address" not in korean
