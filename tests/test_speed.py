"""Speed-ups that must not change a byte: no-op fast path, parallel renderings, phased publish.

No test here is timed (speed is measured by scripts/bench.py); each checks that a shortcut gives
exactly what the long way gives, and that no input change slips past it.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policygen import build as build_module
from policygen.build import BuildResult, build
from policygen.output import cache, parallel
from policygen.output.atomic import MARKER, up_to_date
from policygen.progress import BuildProgress
from policygen.resources import builtin_folder
from policygen.source.load import POLICY_DIR
from policygen.uptodate import INPUT_FOLDERS, source_fingerprint, unchanged

from .conftest import REPO, edit, tree_digest

# (typer itself imports pydantic to read options; policygen's own models stay unloaded)
HEAVY = ("jinja2", "weasyprint", "fontTools", "PIL", "fpdf", "resvg", "markdown",
         "policygen.source.model", "policygen.views")  # fmt: skip
PHONE = "phone: 02-0000-1200"


def full_project(target: Path) -> Path:
    """The sample with every input folder of its own: policy, dialogues, labels, guide, teens."""
    for folder in ("policy", "dialogues", "labels", "versions"):
        shutil.copytree(REPO / folder, target / folder)
    for folder in ("guide", "teens"):
        shutil.copytree(builtin_folder(folder), target / folder)
    return target


def test_the_light_folder_list_is_what_the_views_read() -> None:
    assert set(INPUT_FOLDERS) == set(build_module.SOURCE_FOLDERS)
    assert INPUT_FOLDERS[0] == POLICY_DIR


@pytest.mark.parametrize(
    ("relative", "old", "new"),
    [
        ("policy/company.yaml", PHONE, "phone: 02-0000-1299"),
        ("dialogues/cast.yaml", "name:", "name: "),
        ("labels/labels.yaml", "caption:", "caption: "),
        ("labels/pictograms/items_collected.svg", "<svg", "<svg "),
        ("guide/guide.yaml", "title:", "title: "),
        ("teens/teens.yaml", "title:", "title: "),
        ("versions/1.0/policy/company.yaml", "phone:", "phone: "),
    ],
)
def test_an_edit_to_any_input_is_seen(tmp_path: Path, relative: str, old: str, new: str) -> None:
    project = full_project(tmp_path / "p")
    if not (project / relative).is_file():  # name the files this project really has
        pytest.fail(
            f"{relative} is not in the sample: {sorted(p.name for p in project.rglob('*'))}"
        )
    before = source_fingerprint(project)
    edit(project, relative, old, new)
    assert source_fingerprint(project) != before


def test_a_new_file_in_an_input_folder_is_seen(tmp_path: Path) -> None:
    project = full_project(tmp_path / "p")
    before = source_fingerprint(project)
    (project / "labels" / "pictograms" / "extra.svg").write_text("<svg/>", encoding="utf-8")
    assert source_fingerprint(project) != before


def test_a_template_edit_and_a_new_version_are_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICYGEN_CACHE", "off")  # the stat-keyed memo would not see a fake edit
    project = full_project(tmp_path / "p")
    before = source_fingerprint(project)
    template = REPO / "src" / "policygen" / "templates" / "policy" / "page.html"
    real_read = Path.read_bytes
    monkeypatch.setattr(
        Path,
        "read_bytes",
        lambda path: real_read(path) + b"<!-- edited -->" if path == template else real_read(path),
    )
    cache.code_fingerprint.cache_clear()
    try:
        assert source_fingerprint(project) != before
        monkeypatch.undo()
        cache.code_fingerprint.cache_clear()
        assert source_fingerprint(project) == before
        monkeypatch.setattr(cache, "__version__", "99.0")
        cache.code_fingerprint.cache_clear()
        assert source_fingerprint(project) != before
    finally:
        cache.code_fingerprint.cache_clear()


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """policygen in a fresh process, reporting which heavy libraries it imported."""
    script = (
        "import sys\n"
        "from policygen.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:], standalone_mode=False)\n"
        "finally:\n"
        f"    print('heavy:', *sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=check
    )


def test_help_version_and_a_no_op_build_import_no_renderer(tmp_path: Path) -> None:
    assert _cli("--version").stdout.splitlines()[-1] == "heavy:"
    assert _cli("--help").stdout.splitlines()[-1] == "heavy:"
    project = full_project(tmp_path / "p")
    edit(project, "policy/company.yaml", "example: true", "")  # its sample data then warns
    first = _cli("build", "-s", str(project), "--lang", "en")
    assert "Built" in first.stdout and "jinja2" in first.stdout.splitlines()[-1]
    again = _cli("build", "-s", str(project), "--lang", "en")
    assert "Nothing changed" in again.stdout, again.stdout + again.stderr
    assert again.stdout.splitlines()[-1] == "heavy:"
    assert first.stdout.splitlines()[0] == again.stdout.splitlines()[0]  # the same review line
    # --strict with warnings: the fast path must refuse as the full review does
    strict = subprocess.run(
        [sys.executable, "-m", "policygen.cli", "build", "-s", str(project), "--strict"],
        capture_output=True,
        text=True,
    )
    assert strict.returncode == 1 and "--strict" in strict.stderr
    edit(project, "dialogues/cast.yaml", "name:", "name: ")
    assert unchanged(project, project / "build") is None
    rebuilt = _cli("build", "-s", str(project), "--lang", "en")
    assert "Built" in rebuilt.stdout


def test_cold_warm_parallel_and_incremental_builds_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = full_project(tmp_path / "p")
    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache-a"))
    # A fresh process has one thread, so its cold build renders in worker processes (a test
    # process may have other threads running, and then renders in-process).
    command = [sys.executable, "-m", "policygen.cli", "build", "-s", str(project)]
    cold = subprocess.run(
        [*command, "--out", str(tmp_path / "cold"), "--force", "--quiet", "--lang", "en"],
        capture_output=True,
        text=True,
        env={**os.environ, "POLICYGEN_CACHE": str(tmp_path / "cache-a")},
    )
    assert cold.returncode == 0, cold.stderr
    assert any((tmp_path / "cache-a").rglob("*.png"))  # its renderings fill the cache
    reference = tree_digest(tmp_path / "cold")

    cache.STATS.clear()
    build(project, tmp_path / "warm", force=True)
    assert not any(key.endswith(":render") for key in cache.STATS)
    assert tree_digest(tmp_path / "warm") == reference

    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache-b"))
    monkeypatch.setattr(parallel, "usable_cores", lambda: 1)  # the same, on one core
    build(project, tmp_path / "one-core", force=True)
    assert tree_digest(tmp_path / "one-core") == reference
    monkeypatch.undo()

    monkeypatch.setenv("POLICYGEN_CACHE", "off")  # no cache at all: every job's bytes handed over
    build(project, tmp_path / "uncached", force=True)
    assert tree_digest(tmp_path / "uncached") == reference

    monkeypatch.setenv("POLICYGEN_CACHE", str(tmp_path / "cache-a"))
    edit(project, "policy/company.yaml", PHONE, "phone: 02-0000-1299")
    build(project, tmp_path / "cold")
    assert tree_digest(tmp_path / "cold") != reference
    edit(project, "policy/company.yaml", "phone: 02-0000-1299", PHONE)
    again = build(project, tmp_path / "cold")
    assert not again.skipped
    assert tree_digest(tmp_path / "cold") == reference
    assert again.files.keys() == {path for path in reference if path != MARKER}


def test_a_preview_publishes_pages_first_and_never_a_stale_pdf(tmp_path: Path) -> None:
    project = full_project(tmp_path / "p")
    out = tmp_path / "site"
    build(project, out)
    old_pdf = (out / "downloads" / "policy-en.pdf").read_bytes()
    edit(project, "policy/company.yaml", PHONE, "phone: 02-0000-1277")
    seen: list[tuple[BuildResult, dict[str, str], bool]] = []

    def first_phase(result: BuildResult) -> None:
        manifest = json.loads((out / MARKER).read_text(encoding="utf-8"))
        seen.append((result, tree_digest(out), bool(manifest.get("pending"))))
        assert not up_to_date(out, source_fingerprint(project))

    final = build(project, out, first_phase=first_phase)
    assert len(seen) == 1
    first, files, pending = seen[0]
    assert pending
    page = (out / "en" / "policy" / "index.html").read_text(encoding="utf-8")
    assert "02-0000-1277" in page
    assert files["en/policy/index.html"] == tree_digest(out)["en/policy/index.html"]
    # the policy PDF of the old phone number was withdrawn, not left beside the new page
    assert "downloads/policy-en.pdf" not in files and "downloads/policy-en.pdf" not in first.files
    assert (out / "downloads" / "policy-en.pdf").read_bytes() != old_pdf
    assert "labels-kit.zip" in " ".join(files)  # what the edit did not touch stays published
    assert up_to_date(out, source_fingerprint(project))
    assert final.files.keys() > first.files.keys()

    # nothing to render: one phase, as a build without a preview
    edit(project, "policy/company.yaml", "phone: 02-0000-1277", PHONE)
    build(project, tmp_path / "again")  # renders the PDFs of the first number back into the cache
    seen.clear()
    build(project, out, first_phase=first_phase)
    assert seen == []
    assert tree_digest(out) == tree_digest(tmp_path / "again")


def test_progress_off_a_terminal_is_one_plain_line_and_nothing_when_quiet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def run(language: str, *, quiet: bool = False, renders: int = 3) -> str:
        stream = io.StringIO()  # not a terminal
        with BuildProgress(language, quiet=quiet, stream=stream) as progress:
            kinds = ["label-png", "label-png", "policy-pdf"][:renders]
            for done, kind in enumerate(kinds, 1):
                progress(kind, done, len(kinds))
        return stream.getvalue()

    monkeypatch.delenv("CI", raising=False)
    line = run("en")
    assert line.count("\n") == 1 and line.startswith("Rendered 3 files (2 label images, 1 policy")
    assert "라벨 이미지 2개" in run("ko")
    assert run("en", quiet=True) == ""
    assert run("en", renders=0) == ""  # a warm build rendered nothing: nothing to say
