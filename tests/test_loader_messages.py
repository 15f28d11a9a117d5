"""Mistakes in the label set, chat scripts and drawings are explained in the reader's language."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from policygen.cli import app

runner = CliRunner()


def _write(project: Path, relative: str, text: str) -> None:
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _check(project: Path, lang: str, command: str = "check") -> str:
    result = runner.invoke(app, [command, "--source", str(project), "--lang", lang])
    assert result.exit_code == 1 and "Traceback" not in result.output
    return result.output


def test_an_unknown_speaker_is_explained_in_korean(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/scenes.yaml",
        "scenes:\n  - id: hello\n    topic: what_is\n    title: {ko: 안녕, en: Hello}\n"
        "    lines:\n      - speaker: tiger\n        text: {ko: 어흥, en: Roar}\n",
    )
    ko = _check(shop_project, "ko")
    assert "dialogues/scenes.yaml:6" in ko
    assert "모르는 등장인물입니다: 'tiger'" in ko and "unknown speaker" not in ko
    assert "unknown speaker 'tiger'" in _check(shop_project, "en")


def test_an_unknown_placeholder_suggests_the_close_one_in_korean(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/scenes.yaml",
        "scenes:\n  - id: hello\n    topic: what_is\n    title: {ko: 안녕, en: Hello}\n"
        "    lines:\n      - speaker: ryan\n        text: {ko: '{servise}', en: '{service}'}\n",
    )
    ko = _check(shop_project, "ko")
    assert "모르는 자리표시자입니다: {servise}" in ko and "'service'의 오타인가요?" in ko


def test_a_hostile_pictogram_is_refused_in_korean(shop_project: Path) -> None:
    _write(
        shop_project,
        "labels/pictograms/rights.svg",
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    ko = _check(shop_project, "ko", "build")  # the label set is read by the build
    assert "labels/pictograms/rights.svg" in ko
    assert "그림에는 <script> 요소를 쓸 수 없습니다" in ko and "단순한 도형" in ko


def test_a_label_without_drawing_is_explained_in_korean(shop_project: Path) -> None:
    _write(
        shop_project,
        "labels/labels.yaml",
        "drones: {caption: {ko: 드론 촬영, en: Drones}, article: cctv}\n",
    )
    ko = _check(shop_project, "ko", "build")
    assert "라벨 'drones'에 그림이 없습니다" in ko and "labels/pictograms/drones.svg" in ko
