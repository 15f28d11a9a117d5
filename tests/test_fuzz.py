"""Property-based fuzzing of the whole pipeline, short profile (scripts/fuzz.py runs the long one).

Every hostile source (tests/fuzz_sources.py) ends in a built site or in exit 1 with a
policy/<file>:<line> problem, with no traceback, the previous site untouched and no staging
folder left behind. The suite's profile skips WeasyPrint except in one small test that fuzzes the
PDF path and re-opens every PDF, PNG and SVG it wrote with independent readers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from policygen.cli import app
from policygen.text.markdown import render_block, render_inline

from .conftest import BuiltSite, copy_project, edit, line_of, tree_digest
from .fuzz_sources import Source, pdfs_skipped, run_case, sources
from .output_readers import written_file_problems

SHORT = settings(
    max_examples=30,
    deadline=None,
    database=None,
    derandomize=True,  # the same cases on every run: a red suite is never luck
    suppress_health_check=list(HealthCheck),
)


class Projects:
    """A writable project and a previously built site per base, for a run of fuzzed cases."""

    def __init__(self, root: Path, sites: dict[str, BuiltSite]) -> None:
        self.folders = {}
        for base, site in sites.items():
            project = copy_project(site.source, root / base / "project")
            self.folders[base] = (project, site.copy_to(root / base / "site"))

    def run(self, source: Source) -> None:
        project, out = self.folders[source.base]
        outcome = run_case(source, project, out)
        assert not outcome.faults, f"{outcome.faults}\n{outcome.output}\n{source.files}"


@pytest.fixture(scope="module")
def projects(
    sample_site: BuiltSite, shop_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory
) -> Projects:
    return Projects(tmp_path_factory.mktemp("fuzz"), {"sample": sample_site, "shop": shop_site})


@pytest.fixture(scope="module")
def pdf_projects(shop_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> Projects:
    """Its own previous site: the short profile's builds hold placeholder PDFs."""
    return Projects(tmp_path_factory.mktemp("fuzz-pdf"), {"shop": shop_site})


@SHORT
@given(source=sources())
def test_any_source_builds_or_names_its_line(projects: Projects, source: Source) -> None:
    with pdfs_skipped():
        projects.run(source)


@settings(SHORT, max_examples=3)
@given(source=sources(bases=("shop",)))
def test_fuzzed_sources_make_readable_pdfs_pngs_and_svgs(
    pdf_projects: Projects, source: Source
) -> None:
    pdf_projects.run(source)
    out = pdf_projects.folders["shop"][1]
    counts, problems = written_file_problems(out)
    # the shop shares no label kit, so its site has no PNG (the sample's PNGs are re-read
    # in test_written_files.py)
    assert counts[".pdf"] >= 4 and counts[".svg"] > 0, counts
    assert problems == []


# --- crashes the fuzzing found, kept as plain regression tests --------------------------------------

ENCODED_SCRIPT_LINKS = [
    "jav&#x61;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A&#x61&#x76&#x61script:alert(1)",
    "java&#9;script:alert(1)",
    "java%73cript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,x",
]


@pytest.mark.parametrize("target", ENCODED_SCRIPT_LINKS)
def test_an_encoded_script_link_is_refused_at_its_line(
    target: str, shop_project: Path, shop_site: BuiltSite, tmp_path: Path
) -> None:
    out = shop_site.copy_to(tmp_path / "site")
    before = tree_digest(out)
    text = edit(
        shop_project,
        "policy/shop.yaml",
        'en: "Call us on 051-000-0000',
        f'en: "Call us [now]({target}) on 051-000-0000',
    )
    result = CliRunner().invoke(
        app, ["build", "--source", str(shop_project), "--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 1, result.output
    assert f"policy/shop.yaml:{line_of(text, 'Call us [now]')}:" in result.output
    assert "has a link to a script or data address" in result.output
    assert "Traceback" not in result.output
    assert tree_digest(out) == before


def test_a_link_the_sanitiser_refuses_becomes_plain_text() -> None:
    # It used to stay as <a> without href, which the print stylesheet's page-number rule
    # (target-counter(attr(href url))) handed to WeasyPrint as a missing URL.
    assert render_block("[call](ftp://example.com) us") == "<p>call us</p>"
    assert render_inline("[**call**](gopher:x)") == "<strong>call</strong>"
    assert "<a" not in render_block("- [a](foo:bar)\n- [b](ftp://x)")


def test_a_refused_link_reaches_the_pdfs_as_text(shop_project: Path, tmp_path: Path) -> None:
    edit(
        shop_project,
        "policy/shop.yaml",
        'en: "Call us on 051-000-0000',
        'en: "Call us [now](ftp://example.com/call) on 051-000-0000',
    )
    out = tmp_path / "site"
    result = CliRunner().invoke(
        app, ["build", "--source", str(shop_project), "--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    counts, problems = written_file_problems(out / "downloads")
    assert problems == [] and counts[".pdf"] >= 4
    page = (out / "en" / "policy" / "index.html").read_text(encoding="utf-8")
    assert "Call us now on 051-000-0000" in page


def test_a_bad_value_is_quoted_back_with_its_invisible_characters_shown(
    shop_project: Path,
) -> None:
    # Found by the fuzzer: a right-to-left override in a bad phone number was echoed raw, and a
    # terminal then drew the rest of the message (and its hint) backwards.
    edit(shop_project, "policy/shop.yaml", 'phone: "051-000-0000"', 'phone: "051\u202e-000\u200b"')
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "'phone' should be a phone number, got '051\\u202e-000\\u200b'" in result.output
    assert "\u202e" not in result.output and "\u200b" not in result.output


def test_the_print_stylesheet_survives_a_link_without_an_address() -> None:
    # The mechanism of the old crash: WeasyPrint's target-counter(attr(href url)) on an <a>
    # without href raised a TypeError from inside the PDF step.
    from importlib import resources

    from policygen.pdf.writer import pdf_from_print_page

    css = (resources.files("policygen") / "templates" / "print" / "print.css").read_text("utf-8")
    html = (
        f'<!doctype html><html lang="en"><head><title>t</title><style>{css}</style></head>'
        '<body><nav class="toc"><ol><li><a>no address</a></li><li><a href="#x">x</a></li>'
        '</ol></nav><p id="x">x</p></body></html>'
    )
    assert pdf_from_print_page("test-pdf", html).startswith(b"%PDF-")


@pytest.mark.parametrize("separator", ["\u2029", "\u2028", "\x85"])
def test_a_pasted_line_or_paragraph_separator_reaches_the_pdf(separator: str) -> None:
    # Found by the long fuzzing run (case 2300): WeasyPrint asserted "Got ' \u2029' between two
    # lines" when a paragraph separator followed a space at the end of a line.
    from policygen.pdf.writer import pdf_from_print_page

    words = " ".join(["word"] * 40)
    html = (
        '<!doctype html><html lang="en"><head><title>t</title></head><body style="width:8em">'
        f"<p>{words} {separator}{words} {separator} end</p></body></html>"
    )
    assert pdf_from_print_page("test-pdf", html).startswith(b"%PDF-")
