"""Privacy labels: the kit files open and look right, labels follow the source, rebuilds are cached."""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from typer.testing import CliRunner

from policygen.build import build
from policygen.cli import app
from policygen.graphics.label_art import label_svg, online_style
from policygen.graphics.label_files import png_bytes
from policygen.output.cache import STATS
from policygen.source.labelset import load_label_set
from policygen.views import label_kit as views_label_kit
from policygen.views.labels import KIT_ZIP, LabelKit, LabelsPage

from .conftest import BuiltSite, edit, pdf_text, policy_html, policy_pages, render
from .test_pdf import assert_first_page_inked

LABEL_SET = load_label_set(Path("/nonexistent"))  # the built-in set
LABEL_IDS = [spec.id for spec in LABEL_SET.specs]
CAPTION_BAND = (0.0, 232 / 320, 1.0, 1.0)  # the part of a label below the badge


@pytest.fixture
def site(sample_site: BuiltSite) -> Path:
    return sample_site.out


@pytest.fixture
def fast_label_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Label PNGs and PDFs as placeholders, for tests about which files a kit holds or its SVGs."""
    monkeypatch.setattr(views_label_kit, "png_bytes", lambda svg, width: b"png")
    monkeypatch.setattr(views_label_kit, "pdf_bytes", lambda *args: b"pdf")


def _band(image: Image.Image) -> Image.Image:
    left, top, right, bottom = CAPTION_BAND
    width, height = image.size
    return image.crop(
        (int(left * width), int(top * height), int(right * width), int(bottom * height))
    )


def test_the_set_has_every_label_the_guideline_names() -> None:
    standard = [spec.id for spec in LABEL_SET.specs if spec.standard]
    assert standard == [
        "items_collected",
        "purposes",
        "retention",
        "third_party",
        "entrustment",
        "complaints",
    ]
    assert len(LABEL_IDS) == 20


@pytest.mark.parametrize("variant", ["online", "offline"])
@pytest.mark.parametrize("locale", ["ko", "en"])
def test_every_kit_file_exists_and_opens(site: Path, variant: str, locale: str) -> None:
    folder = site / "downloads" / "labels" / "all" / variant / locale
    for label_id in LABEL_IDS:
        svg = (folder / f"{label_id}.svg").read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "<title>" in svg and "<text" not in svg
        for suffix, width in (("", 1024), ("-512", 512), ("-128", 128)):
            image = Image.open(folder / f"{label_id}{suffix}.png")
            assert image.size == (width, round(width * 320 / 240))
            assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0  # transparent corner
        white = Image.open(folder / f"{label_id}-white.png").convert("RGBA")
        assert white.getpixel((0, 0)) == (255, 255, 255, 255)  # the caption shows on dark pages
        reader = PdfReader(folder / f"{label_id}.pdf")
        assert len(reader.pages) == 1


@pytest.mark.parametrize("variant", ["online", "offline"])
def test_png_captions_are_inked_and_differ_by_language(site: Path, variant: str) -> None:
    root = site / "downloads" / "labels" / "all" / variant
    for label_id in LABEL_IDS:
        ko = _band(Image.open(root / "ko" / f"{label_id}.png")).getchannel("A")
        en = _band(Image.open(root / "en" / f"{label_id}.png")).getchannel("A")
        inked = sum(ko.histogram()[129:])  # pixels with alpha above 128
        assert inked > 2000, f"{label_id}: no Korean caption drawn"
        assert ImageChops.difference(ko, en).getbbox() is not None


def test_pdf_captions_are_searchable_korean_text(site: Path) -> None:
    for spec in LABEL_SET.specs:
        for locale in ("ko", "en"):
            pdf = site / "downloads" / "labels" / "all" / "offline" / locale / f"{spec.id}.pdf"
            text = pdf_text(pdf)
            assert " ".join(text.split()) == spec.caption(locale)


@pytest.mark.parametrize("variant", ["online", "offline"])
@pytest.mark.parametrize("locale", ["ko", "en"])
def test_pdfs_name_language_and_title_and_tag_the_pictogram(
    site: Path, variant: str, locale: str, tmp_path: Path
) -> None:
    for spec in LABEL_SET.specs:
        pdf = site / "downloads" / "labels" / "all" / variant / locale / f"{spec.id}.pdf"
        reader = PdfReader(pdf)
        catalog = reader.trailer["/Root"]
        assert catalog["/Lang"] == locale
        assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
        assert bool(catalog["/MarkInfo"]["/Marked"])
        assert reader.metadata.title == spec.caption(locale)
        document = catalog["/StructTreeRoot"]["/K"][0].get_object()
        figure = document["/K"][0].get_object()
        assert (figure["/S"], figure["/Alt"]) == ("/Figure", spec.caption(locale))
    assert_first_page_inked(pdf.read_bytes(), tmp_path)


def test_offline_labels_are_monochrome(site: Path) -> None:
    for label_id in LABEL_IDS:
        image = Image.open(
            site / "downloads" / "labels" / "all" / "offline" / "ko" / f"{label_id}.png"
        ).convert("RGBA")
        counted = image.getcolors(maxcolors=image.width * image.height) or []
        colours = {pixel[:3] for _count, pixel in counted if pixel[3] == 255}
        assert colours, label_id
        assert all(red == green == blue for red, green, blue in colours), label_id


def test_pictograms_are_distinct_at_32_px_in_greyscale() -> None:
    style = online_style()
    small = {}
    for label_id in LABEL_IDS:
        svg = label_svg(LABEL_SET.pictogram(label_id), "", style, title=None, with_caption=False)
        image = Image.open(io.BytesIO(png_bytes(svg, 32))).convert("LA")
        flat = Image.new("L", image.size, 255)
        flat.paste(image.getchannel("L"), mask=image.getchannel("A"))
        small[label_id] = flat
    for first, second in itertools.combinations(LABEL_IDS, 2):
        difference = ImageStat.Stat(ImageChops.difference(small[first], small[second])).mean[0]
        assert difference > 8, f"{first} and {second} look alike at 32 px"


def test_zip_kit_holds_every_file_and_a_readme(site: Path) -> None:
    with zipfile.ZipFile(site / KIT_ZIP) as archive:
        names = set(archive.namelist())
        assert "README.txt" in names
        assert len([n for n in names if n.startswith("labels/all/") and n.endswith(".pdf")]) == 80
        assert {"labels/sheet-ko.pdf", "labels/sheet-en.pdf"} <= names
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}
        readme = archive.read("README.txt").decode("utf-8")
        assert "offline" in readme and "인쇄" in readme


def test_labels_follow_the_source(shop_project: Path, shop_site: BuiltSite) -> None:
    def shown(html: str) -> set[str]:
        grid = html.split('<ul class="label-grid">')[1].split("</ul>")[0]
        return set(re.findall(r'class="label-caption">([^<]+)<', grid))

    before = shown(shop_site.text("en/labels/index.html"))
    assert "Third parties" not in before and "Cookies" not in before
    assert {"Items collected", "Purposes", "Retention", "Entrustment", "Complaints"} <= before
    (shop_project / "policy" / "more.yaml").write_text(
        "third_parties:\n  - recipient: {ko: 꽃배달연합, en: Flower Network}\n"
        "    purpose: {ko: 전국 배송, en: nationwide delivery}\n    items: [recipient_name]\n"
        "    retention: {until: delivery_complete}\n    legal_basis: consent\n",
        encoding="utf-8",
    )
    after = render(shop_project, views=(LabelsPage(),))
    assert shown(after["en/labels/index.html"].decode()) == before | {"Third parties"}
    policy = policy_html(shop_project, "ko")
    assert 'href="#third-parties"' in policy and "꽃배달연합" in policy


def test_summaries_are_computed_in_each_language(shop_project: Path) -> None:
    edit(
        shop_project,
        "policy/shop.yaml",
        "[name, phone_number, recipient_name, delivery_address]",
        "[name, phone_number, recipient_name, delivery_address, email]",
    )
    pages = policy_pages(shop_project)
    ko, en = pages["ko"], pages["en"]
    assert "이름, 휴대전화번호 외 7개" in ko  # with the cameras' footage
    assert "Name, mobile phone number and 7 more" in en


def test_brand_colour_paints_the_online_set_only(
    shop_project: Path, fast_label_files: None
) -> None:
    (shop_project / "policy" / "brand.yaml").write_text(
        'brand:\n  colour: "#2E7D32"\n  share_label_kit: true\n', encoding="utf-8"
    )
    kit = render(shop_project, views=(LabelKit(),))
    online = kit["downloads/labels/online/ko/security.svg"].decode()
    offline = kit["downloads/labels/offline/ko/security.svg"].decode()
    assert 'fill="#2e7d32"' in online and "#2e7d32" not in offline


def test_a_warm_rebuild_renders_no_label(
    sample_site: BuiltSite, sample_project: Path, tmp_path: Path
) -> None:
    assert sample_site.result.files  # built once already in this run: the cache is warm
    STATS.clear()
    build(sample_project, tmp_path / "two")
    assert STATS["label-png:render"] == 0 and STATS["label-pdf:render"] == 0
    pngs = [path for path in (tmp_path / "two" / "downloads").rglob("*.png")]
    assert STATS["label-png:hit"] == len(pngs) > 20 * 4 * 4


def test_labels_command_writes_a_kit_in_the_given_colour(
    shop_project: Path, tmp_path: Path, fast_label_files: None
) -> None:
    out = tmp_path / "kit"
    result = CliRunner().invoke(
        app, ["labels", "--source", str(shop_project), "--out", str(out), "--colour", "#6A1B9A"]
    )
    assert result.exit_code == 0, result.output
    assert 'fill="#6a1b9a"' in (out / "labels/online/en/rights.svg").read_text(encoding="utf-8")
    assert (out / "labels-kit.zip").is_file()
    bad = CliRunner().invoke(
        app, ["labels", "--source", str(shop_project), "--out", str(out), "--colour", "#FFFF00"]
    )
    assert bad.exit_code == 1 and "too light" in bad.output
