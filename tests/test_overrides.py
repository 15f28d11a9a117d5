"""A project overrides one scene, character, chapter or pictogram and keeps every other default."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.cli import app
from policygen.errors import UserError
from policygen.inputs import CHAT, GUIDE, LABELS
from policygen.project import load_project
from policygen.resources import builtin_folder

from .conftest import tree_digest

PLAIN_DRAWING = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" fill="none" '
    'stroke="currentColor" stroke-width="4"><rect x="12" y="12" width="40" height="40"/></svg>'
)


def _write(project: Path, relative: str, text: str) -> None:
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _chat_lines(project: Path, locale: str) -> dict[str, list[str]]:
    chat = load_project(project, [CHAT]).get(CHAT).chats[locale]
    return {scene.id: [line.text for line in scene.lines] for scene in chat.scenes}


def test_one_scene_of_the_projects_own_replaces_only_that_scene(shop_project: Path) -> None:
    builtin = _chat_lines(shop_project, "en")
    _write(
        shop_project,
        "dialogues/scenes.yaml",
        "scenes:\n"
        "  - id: hello\n"
        "    topic: what_is\n"
        "    title: {ko: 안녕, en: Hello}\n"
        "    lines:\n"
        "      - speaker: ryan\n"
        "        text: {ko: 우리 가게 이야기를 들려줄게., en: Let me tell you about our shop.}\n",
    )
    own = _chat_lines(shop_project, "en")
    assert own["hello"] == ["Let me tell you about our shop."]
    assert list(own) == list(builtin)  # same scenes, same order
    assert {k: v for k, v in own.items() if k != "hello"} == {
        k: v for k, v in builtin.items() if k != "hello"
    }


def test_a_new_scene_is_added_after_the_built_in_ones(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/extra.yaml",
        "scenes:\n"
        "  - id: shop_visit\n"
        "    topic: goodbye\n"
        "    title: {ko: 가게에 놀러 와, en: Visit us}\n"
        "    lines:\n"
        "      - speaker: choonsik\n"
        "        text: {ko: '가게에 가도 돼?', en: 'Can I visit the shop?'}\n",
    )
    assert list(_chat_lines(shop_project, "en"))[-1] == "shop_visit"


def test_one_character_can_be_renamed_and_the_other_stays(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/cast.yaml",
        "cast:\n  ryan:\n    name: {ko: 봄이, en: Bomi}\n    avatar: bunny\n    side: left\n",
    )
    dialogue = load_project(shop_project, [CHAT]).get(CHAT).dialogue.dialogue
    assert dialogue.cast["ryan"].name.en == "Bomi" and dialogue.cast["ryan"].avatar == "bunny"
    assert dialogue.cast["choonsik"].name.en == "Choonsik"
    assert dialogue.glossary, "the built-in glossary in cast.yaml is kept"


def test_a_mistake_in_an_overriding_file_points_at_that_file_and_line(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/scenes.yaml",
        "scenes:\n"
        "  - id: hello\n"
        "    topic: what_is\n"
        "    title: {ko: 안녕, en: Hello}\n"
        "    lines:\n"
        "      - speaker: tiger\n"
        "        text: {ko: 어흥, en: Roar}\n",
    )
    with pytest.raises(UserError) as caught:
        load_project(shop_project, [CHAT])
    [problem] = caught.value.problems
    assert (problem.location.file, problem.location.line) == ("dialogues/scenes.yaml", 6)
    assert "tiger" in problem.message


def test_one_guide_chapter_of_the_projects_own_keeps_the_others(shop_project: Path) -> None:
    built_in = load_project(shop_project, [GUIDE]).get(GUIDE)["en"]
    _write(
        shop_project,
        "guide/guide.yaml",
        "chapters:\n"
        "  - id: phishing\n"
        "    title: {ko: 사기 조심, en: Watch out for scams}\n"
        "    paragraphs:\n"
        "      - {ko: 우리는 문자로 비밀번호를 묻지 않습니다., en: We never ask for passwords.}\n",
    )
    own = load_project(shop_project, [GUIDE]).get(GUIDE)["en"]
    assert [c.id for c in own] == [c.id for c in built_in]
    phishing = next(c for c in own if c.id == "phishing")
    assert phishing.title == "Watch out for scams"
    assert [c.title for c in own if c.id != "phishing"] == [
        c.title for c in built_in if c.id != "phishing"
    ]


def test_one_pictogram_of_the_projects_own_replaces_only_that_drawing(shop_project: Path) -> None:
    _write(shop_project, "labels/pictograms/children.svg", PLAIN_DRAWING)
    label_set = load_project(shop_project, [LABELS]).get(LABELS)
    builtin = builtin_folder("labels") / "pictograms"
    assert label_set.pictogram("children") == PLAIN_DRAWING
    assert label_set.pictogram("rights") == (builtin / "rights.svg").read_text("utf-8")
    assert len(label_set.specs) == 20


def test_a_caption_can_be_reworded_and_the_rest_of_the_entry_stays(shop_project: Path) -> None:
    _write(
        shop_project,
        "labels/labels.yaml",
        "children: {caption: {ko: 어린이, en: Kids}, article: children}\n",
    )
    specs = {spec.id: spec for spec in load_project(shop_project, [LABELS]).get(LABELS).specs}
    assert specs["children"].caption.en == "Kids"
    assert specs["items_collected"].standard and specs["items_collected"].caption.en


@pytest.mark.parametrize(
    ("drawing", "named"),
    [
        ('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script>"),
        ('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "'onload'"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
            '<use x:href="https://evil.example/a.svg#x"/></svg>',
            "https://evil.example",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://t.example/p)"/></svg>',
            "outside the drawing",
        ),
        ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "<foreignObject>"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><image href="x.png"/></svg>', "<image>"),
        ('<svg xmlns="http://www.w3.org/2000/svg"><style>*{}</style></svg>', "<style>"),
        ('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>', "DOCTYPE"),
        ("<html><body>not a drawing</body></html>", "outer element"),
        ("<svg", "not well-formed"),
    ],
)
def test_a_hostile_pictogram_is_refused_and_nothing_is_written(
    shop_project: Path, tmp_path: Path, drawing: str, named: str
) -> None:
    out = tmp_path / "site"
    first = CliRunner().invoke(app, ["build", "--source", str(shop_project), "--out", str(out)])
    assert first.exit_code == 0, first.output
    before = tree_digest(out) if out.exists() else {}
    _write(shop_project, "labels/pictograms/rights.svg", drawing)
    result = CliRunner().invoke(app, ["build", "--source", str(shop_project), "--out", str(out)])
    assert result.exit_code == 1
    assert "labels/pictograms/rights.svg" in result.output and named in result.output
    assert "Traceback" not in result.output
    assert (tree_digest(out) if out.exists() else {}) == before


def test_a_hostile_avatar_is_refused(shop_project: Path) -> None:
    _write(
        shop_project,
        "dialogues/avatars/tiger.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" onclick="steal()"><circle r="3"/></svg>',
    )
    _write(
        shop_project,
        "dialogues/cast.yaml",
        "cast:\n  ryan:\n    name: {ko: 호랑이, en: Tiger}\n    avatar: tiger\n    side: left\n",
    )
    with pytest.raises(UserError) as caught:
        load_project(shop_project, [CHAT])
    [problem] = caught.value.problems
    assert problem.location.file == "dialogues/avatars/tiger.svg" and "onclick" in problem.message


def test_the_built_in_drawings_pass_the_allow_list() -> None:
    from policygen.source.svg_safety import svg_problem

    drawings = [
        *(builtin_folder("labels") / "pictograms").glob("*.svg"),
        *(builtin_folder("dialogues") / "avatars").glob("*.svg"),
    ]
    assert len(drawings) == 20 + 4  # labels; ryan, choonsik, bunny and the teens' stranger
    for path in drawings:
        assert svg_problem(path.read_text("utf-8"), path.name) is None, path.name
