"""PyYAML's problems keep their English words in English and are explained in Korean."""

from __future__ import annotations

import re

import pytest

from policygen.source.yaml_tree import parse_yaml

CASES = [
    ("a:\n\tb: 1\n", "found character '\\t' that cannot start any token", "탭"),
    ("a: b: c\n", "mapping values are not allowed here", "'이름: 값'을 쓸 수 없습니다"),
    ('a: "open\nb: 1\n', "found unexpected end of stream", "닫는 따옴표나 괄호"),
    ("a: [1, 2\nb: 1\n", "expected ',' or ']', but got", "',' 또는 ']' 자리"),
    ("a:\n  - 1\n b: 2\n", "expected <block end>, but found", "들여쓰기가 끝나야"),
    ("- a\nb: 1\n", "expected <block end>, but found", "들여쓰기가 끝나야"),
    ('a: "\\q"\n', "found unknown escape character", "이스케이프"),
    ("? [a\n", "", ""),  # whatever PyYAML says, Korean has no English sentence left
]


@pytest.mark.parametrize(("text", "english", "korean"), CASES)
def test_a_yaml_problem_reads_in_korean(text: str, english: str, korean: str) -> None:
    problems = parse_yaml(text, "shop.yaml")
    assert isinstance(problems, list) and problems
    rendered_en = problems[0].render("en")
    rendered_ko = problems[0].render("ko")
    assert english in rendered_en, rendered_en
    assert korean in rendered_ko, rendered_ko
    words = re.sub(r"'[^']*'|\"[^\"]*\"|<[^>]*>|\([^)]*\)", "", rendered_ko.split(": ", 1)[1])
    assert not re.search(r"\b(found|expected|could|not|indent|with|the)\b", words), rendered_ko
