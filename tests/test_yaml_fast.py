"""libyaml reads the sources when it can; what it reads must be what the careful path reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygen.source import yaml_tree
from policygen.source.yaml_tree import LocatedData, parse_yaml

from .conftest import REPO

TRICKY = [
    "a: 1\r\nb: 두 줄\r\n  이어짐\r\n",  # Windows line ends, a plain scalar folded over lines
    "\ufeffname: 김하늘\n",  # a byte-order mark, as Notepad writes it
    "text: >\n  접힌\n  문단\n\n  둘째 \n",  # folded block, blank line, trailing space
    "text: |+\n  keep\n\n\nnext: x\n",  # literal block keeping its final newlines
    "text: |-\n  strip\n",
    'q: "탭\\t과 \\"따옴표\\" \\u00e9"\n',
    "q: 'it''s'\n",
    "list:\n- a\n-   b: 1\n    c: [x, {y: z}]\n- ''\n- ~\n",
    "empty:\nnull_word: null\nyes_word: yes\nzero: 012\nfloat: 1.5e3\nbool: True\n",
    "# only a comment\nkey: value # trailing comment\n",
    "key: value\n...\n",
    "a:\n\tb: 1\n",  # a tab: an error, reported by the careful path
    "a: &x 1\nb: *x\n",  # an alias: refused with its line
    "x: &k name\nb:\n  *k : 2\n",  # an alias used as a key
    "&k a: 1\n*k : 2\n",
    "a: 1\t\nb:\t2\nc: x\ty\nd: [1,\t2]\n",  # tabs PyYAML refuses and libyaml lets pass
    "<<: *x\n",
    "a: 1\na: 2\n",  # a key twice
    "a: !!python/object:os.system x\n",  # a tag
    "a: b: c\n",
    "a: \u0007\n",  # a control character
    "",
]


def _careful(
    text: str, monkeypatch: pytest.MonkeyPatch, name: str = "x.yaml"
) -> LocatedData | list:
    with monkeypatch.context() as patch:
        patch.setattr(yaml_tree, "CParser", None)
        return parse_yaml(text, name)


def _same(fast: object, careful: object) -> None:
    if isinstance(careful, LocatedData):
        assert isinstance(fast, LocatedData)
        assert fast.data == careful.data
        assert fast.locations == careful.locations
        assert fast.key_locations == careful.key_locations
    else:
        assert fast == careful


def test_libyaml_is_used() -> None:
    assert yaml_tree.CParser is not None


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_reads_the_same_on_both_paths(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(parse_yaml(text, "x.yaml"), _careful(text, monkeypatch))


def test_every_yaml_file_of_the_repository_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = [path for path in REPO.rglob("*.yaml") if ".venv" not in path.parts]
    assert len(files) > 20
    for path in files:
        text = path.read_text("utf-8")
        _same(parse_yaml(text, path.name), _careful(text, monkeypatch, path.name))


def test_deep_nesting_is_reported_not_crashed() -> None:
    problems = parse_yaml("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "x.yaml")
    assert isinstance(problems, list) and "deeply" in str(problems[0].message)


def test_text_files_need_not_exist_on_disk(tmp_path: Path) -> None:
    assert isinstance(parse_yaml("a: 1\n", str(tmp_path / "x.yaml")), LocatedData)
