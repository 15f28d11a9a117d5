"""Policy and senior-guide PDFs: tagged for screen readers, the same text as the page, printable.

Each project is rendered once per module (PDFs are slow); the tests read the bytes it returns.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from policygen.build import load_for_views, render_site
from policygen.facts.articles import applicable_articles
from policygen.views import VIEWS
from policygen.views.policy import LegalPolicy, PolicyPdf
from policygen.views.senior import SeniorGuide, SeniorPdf

from .conftest import REPO, SHOP, copy_project

FIRST_HEADING = {"ko": "제1조(개인정보의 처리 목적)", "en": "Article 1. Purposes of processing"}
PDF_VIEWS = (LegalPolicy(), PolicyPdf(), SeniorPdf())
POLICY = "downloads/policy-{locale}.pdf"
SENIOR = "downloads/senior-{locale}.pdf"
LOCALES = ("ko", "en")

# Every Markdown construct an editor can write (the model refuses raw HTML tags and
# javascript:/data: links however encoded), and a link whose scheme the sanitiser refuses
# (ftp:), which keeps its text and loses its <a>.
HOSTILE_BLOCK = """\
# A heading the model does not allow

Plain, *emphasis*, **strong**, `code`, a [safe link](https://example.com/a?b=1&c=2),
[mail](mailto:privacy@example.com), [call](tel:+82-2-0000-1234), [x](ftp://example.com/x),
![image](https://example.com/i.png) and [an empty link]()
line with a hard break{HARD_BREAK}
and an unbroken https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa

- one
- two
    - nested *three*
    1. nested number

1. first
2. second

> quoted **text**

---

    indented code block

Closing words 끝.
""".replace("{HARD_BREAK}", "  ")
HOSTILE_INLINE = "Kept [x](ftp://example.com/x) for *30* days"


def _hostile_project(target: Path) -> Path:
    project = copy_project(REPO, target)
    path = project / "policy" / "rights-and-devices.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  how:\n")
    end = text.index("  response_days:")
    block = "\n".join("      " + line if line else "" for line in HOSTILE_BLOCK.splitlines())
    text = text[:start] + f"  how:\n    ko: |-\n{block}\n    en: |-\n{block}\n" + text[end:]
    path.write_text(text, encoding="utf-8")
    processing = project / "policy" / "processing.yaml"
    text = processing.read_text(encoding="utf-8")
    old = "        ko: 도담톡 선물하기 거래에 관한 불만·분쟁 기록은 아래 표처럼 법령에 따라 3년 동안 보관합니다."
    assert old in text
    processing.write_text(text.replace(old, f"        ko: '{HOSTILE_INLINE}'"), encoding="utf-8")
    return project


@pytest.fixture(scope="module", params=["sample", "shop", "hostile"])
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One render of the policy page, the policy PDFs and the senior PDFs for one project."""
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "hostile":
        project = _hostile_project(folder / "project")
    else:
        project = copy_project(REPO if request.param == "sample" else SHOP, folder / "project")
    loaded = load_for_views(project, PDF_VIEWS)
    return request.param, loaded, render_site(loaded, PDF_VIEWS)  # (name, Project, files)


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _elements(root: Any) -> list[DictionaryObject]:
    """Every structure element under the StructTreeRoot, in document (reading) order."""
    found: list[DictionaryObject] = []

    def walk(node: Any) -> None:
        node = _resolve(node)
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid)
        elif isinstance(node, DictionaryObject) and "/S" in node:
            found.append(node)
            walk(node.get("/K"))

    walk(root.get("/K"))
    return found


def _reader(files: dict[str, bytes], path: str) -> PdfReader:
    return PdfReader(io.BytesIO(files[path]))


def _all_pdfs() -> list[tuple[str, str]]:
    return [(pattern.format(locale=lang), lang) for pattern in (POLICY, SENIOR) for lang in LOCALES]


def test_pdfs_are_views_of_their_own_and_html_renders_alone(rendered: Any) -> None:
    _name, project, _files = rendered
    assert any(isinstance(view, PolicyPdf) for view in VIEWS)
    assert any(isinstance(view, SeniorPdf) for view in VIEWS)
    html_only = render_site(project, (LegalPolicy(), SeniorGuide()))
    assert "ko/policy/index.html" in html_only and "en/senior/index.html" in html_only
    assert not [path for path in html_only if path.endswith(".pdf")]


def test_every_pdf_is_tagged_with_language_title_and_structure(rendered: Any) -> None:
    _name, _project, files = rendered
    for path, locale in _all_pdfs():
        reader = _reader(files, path)
        catalog = reader.trailer["/Root"]
        assert catalog["/Lang"] == locale, path
        assert _resolve(catalog["/MarkInfo"])["/Marked"] in (True, "true"), path
        assert _resolve(catalog["/ViewerPreferences"])["/DisplayDocTitle"] in (True, "true")
        assert reader.metadata is not None and reader.metadata.title, path
        elements = _elements(_resolve(catalog["/StructTreeRoot"]))
        kinds = [str(element["/S"]) for element in elements]
        headings = [int(kind[2]) for kind in kinds if kind in ("/H1", "/H2", "/H3")]
        assert headings[0] == 1 and headings.count(1) == 1, path
        assert all(after - before <= 1 for before, after in itertools.pairwise(headings)), path
        assert "/L" in kinds and "/LI" in kinds and "/Link" in kinds, path
        figures = [element for element in elements if element["/S"] == "/Figure"]
        assert all(str(figure.get("/Alt", "")).strip() for figure in figures), path


def test_policy_tables_have_header_cells_and_labels_have_alt_text(rendered: Any) -> None:
    _name, _project, files = rendered
    for locale in LOCALES:
        reader = _reader(files, POLICY.format(locale=locale))
        elements = _elements(_resolve(reader.trailer["/Root"]["/StructTreeRoot"]))
        kinds = [str(element["/S"]) for element in elements]
        assert kinds.count("/Table") >= 3 and "/TH" in kinds and "/TD" in kinds
        header_ids = {str(e["/ID"]) for e in elements if e["/S"] == "/TH" and "/ID" in e}
        cells = [element for element in elements if element["/S"] == "/TD"]
        # Data cells point at their header cells, as a screen reader announces them.
        assert header_ids and all(
            {str(ref) for ref in _resolve(cell["/A"]).get("/Headers", [])} <= header_ids
            for cell in cells
        )
        assert sum(bool(_resolve(cell["/A"]).get("/Headers")) for cell in cells) > len(cells) / 2
        figures = [str(e.get("/Alt", "")) for e in elements if e["/S"] == "/Figure"]
        page = files[f"{locale}/policy/index.html"].decode("utf-8")
        assert figures == _label_captions(
            page
        )  # one pictogram per label, named by its caption, in page order


def test_policy_pdf_says_everything_the_page_says(rendered: Any) -> None:
    """Content parity: every paragraph, list item and table cell of every article is in the PDF."""
    name, project, files = rendered
    articles = applicable_articles(project.loaded.policy)
    for locale in LOCALES:
        reader = _reader(files, POLICY.format(locale=locale))
        text = _pdf_text_without_footer(reader)
        outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
        assert len(outline) == len(articles)
        page = files[f"{locale}/policy/index.html"].decode("utf-8")
        assert f'href="../../downloads/policy-{locale}.pdf"' in page
        assert outline[0] == FIRST_HEADING[locale]
        chunks = _article_chunks(page)
        assert sorted(chunks) == sorted(article.id for article in articles)
        for article_id, pieces in chunks.items():
            assert pieces, article_id
            for piece in pieces:
                if piece == "–":
                    continue  # an empty table cell: nothing to say
                assert _squash(piece) in text, f"{name} {locale} {article_id}: {piece!r}"
        for heading in outline:
            assert _squash(heading) in text
        for caption, summary in _label_texts(page):
            assert _squash(caption) in text and _squash(summary) in text


def test_policy_pdf_is_a4_with_page_numbers_and_a_running_footer(rendered: Any) -> None:
    _name, project, files = rendered
    policy = project.loaded.policy
    for locale in LOCALES:
        reader = _reader(files, POLICY.format(locale=locale))
        pages = len(reader.pages)
        assert pages >= 2
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        service = policy.controller.service.ko if locale == "ko" else policy.controller.service.en
        for number, page in enumerate(reader.pages, start=1):
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            footer = " ".join(lines[-3:])
            assert f"{number} / {pages}" in footer
            assert service in footer and policy.current.version in footer


def test_senior_pdf_keeps_large_print_and_page_numbers(rendered: Any) -> None:
    _name, _project, files = rendered
    for locale in LOCALES:
        reader = _reader(files, SENIOR.format(locale=locale))
        pages = len(reader.pages)
        sizes = _text_sizes(reader.pages[0])
        assert sizes and sorted(sizes)[len(sizes) // 2] >= 16  # body text at least 16 pt
        last = reader.pages[-1].extract_text()
        assert f"{pages} / {pages}" in last


def test_hostile_markdown_reaches_the_pdf_as_text_and_never_as_script(rendered: Any) -> None:
    name, _project, files = rendered
    if name != "hostile":
        pytest.skip("only the hostile project carries the odd Markdown")
    for path, _locale in _all_pdfs():
        reader = _reader(files, path)
        actions = [
            _resolve(_resolve(annotation)["/A"])
            for page in reader.pages
            for annotation in page.get("/Annots", []) or []
            if "/A" in _resolve(annotation)
        ]
        assert actions, path
        assert all(action["/S"] in ("/URI", "/GoTo") for action in actions), path
        uris = [str(action["/URI"]) for action in actions if action["/S"] == "/URI"]
        assert all(uri.startswith(("https:", "http:", "mailto:", "tel:", "../")) for uri in uris)
        assert "/JavaScript" not in str(reader.trailer["/Root"]) and "/OpenAction" not in str(
            reader.trailer["/Root"]
        )
        text = _pdf_text_without_footer(reader)
        assert _squash("Closing words 끝.") in text
    policy = _pdf_text_without_footer(_reader(files, POLICY.format(locale="ko")))
    assert _squash("Kept x for 30 days") in policy
    senior = _pdf_text_without_footer(_reader(files, SENIOR.format(locale="en")))
    assert _squash("quoted text") in senior and _squash("nested three") in senior


@pytest.mark.parametrize("pattern", [POLICY, SENIOR])
@pytest.mark.parametrize("locale", LOCALES)
def test_first_page_renders_with_ink(
    rendered: Any, pattern: str, locale: str, tmp_path: Path
) -> None:
    _name, _project, files = rendered
    assert_first_page_inked(files[pattern.format(locale=locale)], tmp_path)


def assert_first_page_inked(pdf: bytes, folder: Path) -> None:
    """Rasterise page 1 with pdftoppm and check that a real share of it is ink, not blank."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.fail("pdftoppm is needed (apt-get install poppler-utils; scripts/setup.sh does)")
    source = folder / "page.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [
            pdftoppm,
            "-png",
            "-r",
            "30",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(source),
            str(folder / "page"),
        ],
        check=True,
    )
    image = Image.open(folder / "page.png").convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128]) / (image.width * image.height)
    assert 0.005 < dark < 0.95, f"page 1 is {dark:.1%} ink"


def _text_sizes(page: Any) -> list[float]:
    """The size in points of every run of text on a page."""
    sizes: list[float] = []

    def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            sizes.append(size * abs(tm[0]))

    page.extract_text(visitor_text=visit)
    return sizes


def _squash(text: str) -> str:
    return "".join(text.split())


def _pypdf_text_without_footer(reader: PdfReader) -> str:
    """The text of every page in drawing order, footers removed, whitespace removed."""
    pages = len(reader.pages)
    parts = []
    for number, page in enumerate(reader.pages, start=1):
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        # List markers are drawn after a page's text: leave them out, with the footer.
        body = [
            line
            for line in lines
            if not line.strip().endswith(f"{number} / {pages}")
            and not re.fullmatch(r"–|\d+\.", line.strip())
        ]
        parts.append(_squash("\n".join(body)))
    return "".join(parts)


def _pdf_text_without_footer(reader: PdfReader) -> str:
    """The PDF's text read two ways, for 'is this passage in it' checks.

    Drawing order (pypdf) can put a repeated table header inside a paragraph that runs across a
    page break; layout order (pdftotext) can interleave a label column with its values. A
    passage counts as present when either reading has it whole.
    """
    return _pypdf_text_without_footer(reader) + "\u2063" + _poppler_text_without_footer(reader)


def _poppler_text_without_footer(reader: PdfReader) -> str:
    """The text of every page in poppler's layout order, footers and whitespace removed."""
    buffer = io.BytesIO()
    PdfWriter(clone_from=reader).write(buffer)
    pages = len(reader.pages)
    per_page = []
    for number in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), "-", "-"],
            input=buffer.getvalue(),
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        per_page.append([line.strip() for line in text.splitlines() if line.strip()])
    running = set.intersection(*(set(lines) for lines in per_page)) if pages > 1 else set()
    parts = []
    for number, lines in enumerate(per_page, start=1):
        body = [
            line
            for line in lines
            if line not in running
            and not re.search(rf"{number}\s*/\s*{pages}$", line)
            and not re.fullmatch(r"–|\d+\.|•", line)
        ]
        parts.append(_squash("\n".join(body)))
    return "".join(parts)


class _Chunks(HTMLParser):
    """Text of the page's articles, cut at block boundaries; headings, badges and 'back to
    contents' links are left out (headings are checked against the bookmarks)."""

    BLOCKS = frozenset(
        {"p", "li", "td", "th", "dt", "dd", "h3", "tr", "ul", "ol", "table", "div", "br"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.article: str | None = None
        self.depth = 0
        self.skipping: list[str] = []
        self.chunks: dict[str, list[str]] = {}
        self.current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "section" and attributes.get("class") == "article":
            self.article, self.depth = attributes["id"], 0
            self.chunks[self.article] = []
        if self.article is None:
            return
        if tag == "section":
            self.depth += 1
        if tag in ("svg", "h2") or attributes.get("class") == "to-top":
            self.skipping.append(tag)
        if tag in self.BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self.article is None:
            return
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag in self.BLOCKS:
            self._flush()
        if tag == "section":
            self.depth -= 1
            if self.depth == 0:
                self._flush()
                self.article = None

    def handle_data(self, data: str) -> None:
        if self.article is not None and not self.skipping:
            self.current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text and self.article is not None:
            self.chunks[self.article].append(text)
        self.current = []


def _article_chunks(page: str) -> dict[str, list[str]]:
    parser = _Chunks()
    parser.feed(page)
    return parser.chunks


class _Labels(HTMLParser):
    """Caption and summary of each label in the page's label grid."""

    def __init__(self) -> None:
        super().__init__()
        self.field: str | None = None
        self.labels: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        css = dict(attrs).get("class") or ""
        if css == "label":
            self.labels.append({"caption": "", "summary": ""})
        elif css in ("label-caption", "label-summary"):
            self.field = css.removeprefix("label-")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.field = None

    def handle_data(self, data: str) -> None:
        if self.field and self.labels:
            self.labels[-1][self.field] += data


def _label_texts(page: str) -> list[tuple[str, str]]:
    parser = _Labels()
    parser.feed(page)
    return [(label["caption"], label["summary"]) for label in parser.labels]


def _label_captions(page: str) -> list[str]:
    return [caption for caption, _summary in _label_texts(page)]


_RENDER_IN_CHILD = """
import sys
from pathlib import Path
from policygen.build import load_for_views, render_site
from policygen.views.senior import SeniorPdf
views = (SeniorPdf(),)
files = render_site(load_for_views(Path(sys.argv[1]), views), views)
assert files["downloads/senior-ko.pdf"].startswith(b"%PDF")
"""


def test_rendering_leaves_no_temporary_files(tmp_path: Path) -> None:
    """WeasyPrint copies the font into a temporary folder; it must be gone when the build ends."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    project = copy_project(SHOP, tmp_path / "shop")
    environment = {**os.environ, "TMPDIR": str(temporary), "POLICYGEN_CACHE": "off"}
    subprocess.run(
        [sys.executable, "-c", _RENDER_IN_CHILD, str(project)], check=True, env=environment
    )
    assert list(temporary.iterdir()) == []
