"""Reading YAML: positions, YAML 1.2 scalars, refused constructs, encodings, safe Markdown."""

from __future__ import annotations

from policygen.errors import Problem
from policygen.source.text_file import decode_source
from policygen.source.yaml_tree import LocatedData, parse_yaml
from policygen.text.markdown import render_block, render_inline


def _parse(text: str) -> LocatedData:
    result = parse_yaml(text, "f.yaml")
    assert isinstance(result, LocatedData), result
    return result


def test_values_remember_their_line_and_column() -> None:
    parsed = _parse("a: 1\nb:\n  - x: 2\n    y: three\n")
    assert str(parsed.locations[("b", 0, "y")]) == "f.yaml:4:8"
    assert str(parsed.key_locations[("b",)]) == "f.yaml:2:1"
    assert str(parsed.locate(("b", 0, "missing"))) == "f.yaml:3:5"


def test_yaml_12_scalars_keep_words_and_codes_as_text() -> None:
    data = _parse("a: no\nb: on\nc: 010-1234\nd: 2026-12-01\ne: true\nf: 5\ng: ~\nh: 007\n").data
    assert data == {
        "a": "no",
        "b": "on",
        "c": "010-1234",
        "d": "2026-12-01",
        "e": True,
        "f": 5,
        "g": None,
        "h": "007",
    }


def test_aliases_and_tags_are_refused() -> None:
    for text in ("a: &x 1\nb: *x\n", "a: !!python/name:os.system x\n", "a: !custom x\n"):
        result = parse_yaml(text, "f.yaml")
        assert isinstance(result, list) and result, text


def test_billion_laughs_is_refused_without_expanding() -> None:
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n"
    result = parse_yaml(bomb, "f.yaml")
    assert isinstance(result, list)
    assert "aliases" in result[0].message


def test_decoding_accepts_bom_and_crlf() -> None:
    assert decode_source(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n", "f") == "a: 1\nb: 2\n"


def test_decoding_explains_korean_windows_files() -> None:
    problem = decode_source("a: 1\nb: 한글\n".encode("cp949"), "f.yaml")
    assert isinstance(problem, Problem)
    assert str(problem.location) == "f.yaml:2:4"
    assert "CP949" in problem.message and "UTF-8" in problem.hint


def test_markdown_keeps_formatting_and_drops_markup() -> None:
    html = render_block("**bold** <b>x</b> [ok](https://a.example) [bad](javascript:alert(1))")
    assert "<strong>bold</strong>" in html
    assert "&lt;b&gt;" in html
    assert 'href="https://a.example"' in html
    assert "javascript" not in html
    assert render_inline("one *line*") == "one <em>line</em>"


def test_hostile_nesting_and_control_characters_are_problems_not_crashes() -> None:
    deep = parse_yaml("a: " + "[" * 5000 + "]" * 5000, "f.yaml")
    assert isinstance(deep, list) and "nested too deeply" in deep[0].message
    control = parse_yaml("a: b\x07c\n", "f.yaml")
    assert isinstance(control, list) and str(control[0].location) == "f.yaml:1:5"


def test_full_width_space_in_indentation_is_named() -> None:
    result = parse_yaml("a:\n\u3000b: c\n", "f.yaml")
    assert isinstance(result, list) and "full-width" in result[0].message


def test_builtin_vocabulary_entries_are_complete_in_both_languages() -> None:
    from policygen.source.vocabulary import builtin_vocabulary

    vocabulary = builtin_vocabulary()
    for kind, entries in vocabulary.terms.items():
        for term_id, term in entries.items():
            if kind != "events":
                assert term.ko and term.en, f"{kind}.{term_id}"
            for key, value in term.extra.items():
                if isinstance(value, dict):  # a localized extra: exactly ko and en
                    assert set(value) == {"ko", "en"}, f"{kind}.{term_id}.{key}: {list(value)}"
            if kind in ("data_items", "purposes"):
                assert term.kid_ko and term.kid_en, f"{kind}.{term_id} lacks a child's wording"


def test_vocabulary_kid_texts_were_not_cut_at_commas() -> None:
    from policygen.source.vocabulary import builtin_vocabulary

    ip = builtin_vocabulary().get("data_items", "ip_address")
    assert ip.kid_en.endswith("it shows where you went online from.")
