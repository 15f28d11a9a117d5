"""Build discipline: what build/ holds, determinism, atomic replacement, refusing unsafe targets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import policygen.build
from policygen.build import build
from policygen.errors import UserError
from policygen.output.atomic import MARKER
from policygen.output.webfont import FONT_FILE
from policygen.source.labelset import load_label_set

from .conftest import REPO, BuiltSite, edit, policy_html, tree_digest

PAGES = [
    "index.html",
    "ko/index.html",
    "en/index.html",
    "ko/policy/index.html",
    "en/policy/index.html",
]


def _documented_outputs() -> list[str]:
    """Every `build/...` path README's "Output" section names, except outputs it calls conditional."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Output\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if "(only " not in line]
    return [path.rstrip(").,") for line in lines for path in re.findall(r"build/(\S+)", line)]


def _expand(entry: str, names: dict[str, list[str]]) -> list[str]:
    """The paths one entry stands for: `{a,b}` and `x|y` alternatives, `<name>` placeholders."""
    if match := re.search(r"\{([^}]+)\}", entry):
        choices = match.group(1).split(",")
    elif match := re.search(r"<([a-z]+)>", entry):
        choices = names[match.group(1)]
    elif "|" in entry:  # <label>.svg|.png|-512.png: alternative endings of one name
        stem, _, endings = entry.partition(".")
        return [stem + ending for ending in ("." + endings).split("|")]
    else:
        return [entry]
    head, tail = entry[: match.start()], entry[match.end() :]
    return [path for choice in choices for path in _expand(head + choice + tail, names)]


def test_build_writes_the_documented_layout(versions_site: BuiltSite) -> None:
    out = versions_site.out
    names = {
        "label": [spec.id for spec in load_label_set(versions_site.source).specs],
        "version": sorted(p.name for p in (versions_site.source / "versions").iterdir()),
    }
    documented = _documented_outputs()
    assert len(documented) >= 14, documented  # the section was found and read
    for entry in documented:
        if entry.endswith("/"):  # a folder: it exists and holds files
            assert any(path.is_file() for path in (out / entry).rglob("*")), entry
            continue
        for path in _expand(entry, names):
            assert (out / path).is_file(), f"{path} (README: build/{entry})"
    for page in [*PAGES, "policy.json", "assets/site.css", FONT_FILE, MARKER]:
        assert (out / page).is_file(), page


def test_every_page_declares_its_language_and_alternates(sample_site: BuiltSite) -> None:
    out = sample_site.out
    for page in PAGES[1:]:
        html = (out / page).read_text(encoding="utf-8")
        locale = page.split("/")[0]
        assert f'<html lang="{locale}">' in html
        assert 'hreflang="ko"' in html and 'hreflang="en"' in html
        assert 'hreflang="x-default"' in html
        other = "en" if locale == "ko" else "ko"
        switch = re.search(r'<nav class="language-switch".*?</nav>', html, re.S)
        assert switch and f'hreflang="{other}"' in switch.group(0)


def test_internal_links_resolve(sample_site: BuiltSite) -> None:
    out = sample_site.out
    for page in PAGES:
        html = (out / page).read_text(encoding="utf-8")
        ids = set(re.findall(r'id="([^"]+)"', html))
        for href in re.findall(r'href="([^"]+)"', html):
            if href.startswith(("https://", "http://", "mailto:", "tel:")):
                continue
            target, _, anchor = href.partition("#")
            if target:
                resolved = (out / page).parent / target
                assert resolved.is_file(), f"{page}: {href}"
            elif anchor:
                assert anchor in ids, f"{page}: #{anchor}"


def test_two_builds_are_byte_identical(sample_site: BuiltSite, tmp_path: Path) -> None:
    build(sample_site.source, tmp_path / "two")
    assert tree_digest(sample_site.out) == tree_digest(tmp_path / "two")


def test_rebuild_replaces_stale_files(
    sample_site: BuiltSite, sample_project: Path, tmp_path: Path
) -> None:
    out = sample_site.copy_to(tmp_path / "site")
    (out / "stale.html").write_text("old", encoding="utf-8")
    build(sample_project, out)
    assert not (out / "stale.html").exists()
    assert not list(tmp_path.glob(".site.*")), "staging or retired folders were left behind"


def test_failed_build_leaves_previous_site(
    sample_site: BuiltSite, sample_project: Path, tmp_path: Path
) -> None:
    out = sample_site.copy_to(tmp_path / "site")
    before = tree_digest(out)
    edit(sample_project, "policy/company.yaml", "date: 2026-12-01", "date: tomorrow")
    with pytest.raises(UserError):
        build(sample_project, out)
    assert tree_digest(out) == before


def test_refuses_to_replace_a_folder_it_did_not_make(sample_project: Path, tmp_path: Path) -> None:
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "thesis.docx").write_text("years of work", encoding="utf-8")
    with pytest.raises(UserError, match="was not made by policygen"):
        build(sample_project, precious)
    assert (precious / "thesis.docx").read_text(encoding="utf-8") == "years of work"


def test_refuses_to_write_over_the_project(sample_project: Path) -> None:
    with pytest.raises(UserError, match="contains the project itself"):
        build(sample_project, sample_project)
    assert (sample_project / "policy" / "company.yaml").is_file()


def test_policy_json_is_the_validated_source(sample_site: BuiltSite) -> None:
    document = json.loads(sample_site.text("policy.json"))
    assert document["effective_date"] == "2026-12-01"
    assert document["policy"]["controller"]["service"] == {"ko": "도담톡", "en": "DodamTalk"}
    assert document["terms"]["data_items"]["email"] == {"ko": "이메일 주소", "en": "email address"}
    assert [a["id"] for a in document["articles"]][:3] == ["purposes", "items", "retention"]


def test_markdown_cannot_inject_markup(sample_project: Path) -> None:
    # Validation rejects raw HTML; this checks the renderer's own defence with text that passes it.
    edit(
        sample_project,
        "policy/rights-and-devices.yaml",
        "**Settings > Privacy > My information**",
        '**Settings** [phish](https://evil.example "x" onclick="alert(1)") & 1 < 2 > 0',
    )
    html = policy_html(sample_project, "en")
    assert "onclick" not in html
    assert "&amp; 1 &lt; 2 &gt; 0" in html


def test_unwritable_output_is_a_user_error(
    sample_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what is rendered does not matter here, only that writing it fails cleanly
    monkeypatch.setattr(policygen.build, "render_site", lambda project: {"index.html": b"x"})
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(UserError, match="could not write the site"):
        build(sample_project, blocker / "site")


def test_a_second_build_does_nothing(sample_site: BuiltSite, tmp_path: Path) -> None:
    assert not sample_site.result.skipped  # the first build
    out = sample_site.copy_to(tmp_path / "site")
    stamps = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}
    second = build(sample_site.source, out)
    assert second.skipped and second.files == {}
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()} == stamps


def test_rebuild_rewrites_only_what_changed(
    sample_site: BuiltSite, sample_project: Path, tmp_path: Path
) -> None:
    out = sample_site.copy_to(tmp_path / "site")
    assert build(sample_project, out).skipped  # the copy is the same project's site
    label = out / "downloads" / "labels" / "online" / "ko" / "security.png"
    inode = label.stat().st_ino
    edit(sample_project, "policy/company.yaml", "phone: 02-0000-1234", "phone: 02-0000-4321")
    assert not build(sample_project, out).skipped
    assert label.stat().st_ino == inode  # unchanged file carried over, not written again
    assert "02-0000-4321" in (out / "ko" / "policy" / "index.html").read_text("utf-8")


@pytest.mark.parametrize("change", ["source", "dialogue", "code", "output"])
def test_any_input_change_triggers_a_rebuild(
    change: str,
    sample_site: BuiltSite,
    sample_project: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from policygen.output import cache

    out = sample_site.copy_to(tmp_path / "site")
    assert build(sample_project, out).skipped  # the copy is the same project's site
    if change == "source":
        (sample_project / "policy" / "company.yaml").write_text(
            (sample_project / "policy" / "company.yaml").read_text("utf-8") + "\n# note\n",
            encoding="utf-8",
        )
    elif change == "dialogue":
        (sample_project / "dialogues").mkdir()
        from policygen.resources import builtin_folder

        for path in builtin_folder("dialogues").glob("*.yaml"):
            (sample_project / "dialogues" / path.name).write_bytes(path.read_bytes())
    elif change == "code":  # a new policygen version, or an edited template
        monkeypatch.setattr(cache, "code_fingerprint", lambda scope="package": "another version")
        # that changes every render cache key too; rendering all of it cold again proves nothing
        # here (the first build of the run did), whether the build goes ahead does
        files = sample_site.result.files
        monkeypatch.setattr(policygen.build, "render_site", lambda project: files)
    else:  # someone edited a file in build/ by hand
        (out / "ko" / "index.html").write_text("defaced", encoding="utf-8")
    assert not build(sample_project, out).skipped
    assert "defaced" not in (out / "ko" / "index.html").read_text("utf-8")
