"""The label kit is made for the business; readers see only its labels; colours as owners type them."""

from __future__ import annotations

import colorsys
from pathlib import Path

import pytest
from click.testing import Result
from PIL import Image
from pypdf import PdfReader
from typer.testing import CliRunner

from policygen.cli import app
from policygen.graphics.colour import contrast_ratio, darker_shade
from policygen.graphics.colour_names import read_colour

from .conftest import BuiltSite, pdf_text

SHOP_LABELS = {
    "items_collected",
    "purposes",
    "retention",
    "entrustment",
    "complaints",
    "destruction",
    "cctv",
    "rights",
    "security",
    "privacy_officer",
    "remedies",
    "changes",
}


def _label_ids(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.svg")}


@pytest.fixture(scope="module")
def shop_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`policygen labels` for the small shop, as its owner runs it."""
    from .conftest import copy_project

    root = tmp_path_factory.mktemp("kit")
    project = copy_project(Path(__file__).parent.parent / "examples" / "small-shop", root / "shop")
    out = root / "out"
    result = CliRunner().invoke(
        app, ["labels", "--source", str(project), "--out", str(out), "--colour", "8a3b12"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_the_kit_leads_with_the_shops_own_labels(shop_kit: Path) -> None:
    for variant in ("online", "offline"):
        for locale in ("ko", "en"):
            assert _label_ids(shop_kit / "labels" / variant / locale) == SHOP_LABELS
            assert len(_label_ids(shop_kit / "labels" / "all" / variant / locale)) == 20
    assert 'fill="#8a3b12"' in (shop_kit / "labels/online/ko/rights.svg").read_text()


def test_the_readme_lists_the_summaries_and_asks_no_picking(shop_kit: Path) -> None:
    readme = (shop_kit / "README.txt").read_text(encoding="utf-8")
    assert "처리 위탁 (entrustment): 주식회사 바른결제 및 한결택배 주식회사" in readme
    assert "Entrustment (entrustment): Bareun Payments Co., Ltd. and Hangyeol Parcel" in readme
    assert "제3자 제공" not in readme.split("[한국어]")[0]  # the shop gives nobody its data
    assert "고릅니다" not in readme and "Pick only" not in readme
    assert "one-line summary" not in readme


def test_the_a4_sheet_shows_the_labels_with_their_summaries(shop_kit: Path) -> None:
    for locale, words in (
        ("ko", ["봄날꽃집", "처리 위탁", "주식회사 바른결제", "보유 기간", "지체 없이"]),
        ("en", ["Entrustment", "Bareun Payments", "Destroyed without delay"]),
    ):
        pdf = shop_kit / "labels" / f"sheet-{locale}.pdf"
        reader = PdfReader(pdf)
        assert len(reader.pages) == 1
        width, height = (float(v) for v in reader.pages[0].mediabox[2:])
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        text = " ".join(pdf_text(pdf).split())
        for word in words:
            assert word in text, (locale, word)
        assert "제3자" not in text and "Third parties" not in text


def test_white_pngs_keep_the_caption_readable_on_a_dark_page(shop_kit: Path) -> None:
    label = Image.open(shop_kit / "labels/online/ko/rights-white.png").convert("RGBA")
    dark = Image.new("RGBA", label.size, (0, 0, 0, 255))
    dark.alpha_composite(label)
    caption = dark.crop((0, int(label.height * 0.78), label.width, label.height)).convert("L")
    darkest, lightest = caption.getextrema()
    assert darkest < 80 and lightest == 255  # dark ink on the white card
    assert caption.getpixel((2, 2)) == 255  # the card, not the page, is behind the caption


@pytest.mark.parametrize(
    ("typed", "colour"),
    [
        ("8a3b12", "#8a3b12"),
        ("#8A3B12", "#8a3b12"),
        ("brown", "#a52a2a"),
        ("갈색", "#a52a2a"),
        ("빨강", "#ff0000"),
        ("Dark Red", "#8b0000"),
        ("abc", "#aabbcc"),
    ],
)
def test_colours_as_owners_type_them(typed: str, colour: str) -> None:
    assert read_colour(typed) == colour


def test_unknown_colour_words_are_refused() -> None:
    assert read_colour("노란") is None and read_colour("rgb(1,2,3)") is None


def test_a_too_light_colour_gets_a_darker_shade_of_its_hue(tmp_path: Path) -> None:
    darker = darker_shade("#f5c542")
    assert contrast_ratio(darker, "#ffffff") >= 4.5 > contrast_ratio("#f5c542", "#ffffff")
    hue = colorsys.rgb_to_hls(*(int(darker[i : i + 2], 16) / 255 for i in (1, 3, 5)))[0]
    original = colorsys.rgb_to_hls(0xF5 / 255, 0xC5 / 255, 0x42 / 255)[0]
    assert abs(hue - original) < 0.01


def test_the_labels_command_explains_a_bad_colour_in_korean(
    shop_project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kit"

    def labels(colour: str) -> Result:
        arguments = ["--source", str(shop_project), "--out", str(out), "--colour", colour]
        return CliRunner().invoke(app, ["labels", *arguments, "--lang", "ko"])

    light = labels("f5c542")
    assert light.exit_code == 1 and "너무 밝아서" in light.output
    assert darker_shade("#f5c542") in light.output
    unknown = labels("노란")
    assert unknown.exit_code == 1 and "모르는 색" in unknown.output and "갈색" in unknown.output
    assert not out.exists()


def test_readers_see_only_the_shops_labels(shop_site: BuiltSite) -> None:
    for locale in ("ko", "en"):
        page = shop_site.text(f"{locale}/labels/index.html")
        assert "kit-files" not in page and "labels-kit.zip" not in page
        assert f"sheet-{locale}.pdf" in page
        assert "label-kit/" not in shop_site.text(f"{locale}/index.html")
    assert "Label files for your own business" not in shop_site.text("en/labels/index.html")
    assert not (shop_site.out / "en" / "label-kit").exists()
    assert not (shop_site.out / "downloads" / "labels-kit.zip").exists()
    assert (shop_site.out / "downloads" / "labels" / "sheet-ko.pdf").is_file()


def test_the_sample_opts_into_the_kit_page(sample_site: BuiltSite) -> None:
    kit = sample_site.text("en/label-kit/index.html")
    assert "Label files for your own business" in kit and "labels-kit.zip" in kit
    assert "label-kit/" in sample_site.text("en/index.html")
    assert "kit-files" not in sample_site.text("en/labels/index.html")
    for locale in ("ko", "en"):  # 17 labels still fit on the one sheet to post
        sheet = sample_site.out / "downloads" / "labels" / f"sheet-{locale}.pdf"
        assert len(PdfReader(sheet).pages) == 1


def test_a_too_light_brand_colour_in_the_source_gets_the_darker_shade(shop_project: Path) -> None:
    (shop_project / "policy" / "brand.yaml").write_text(
        'brand:\n  colour: "#f5c542"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project), "--lang", "ko"])
    assert result.exit_code == 1
    assert "policy/brand.yaml:2" in result.output and "너무 밝아서" in result.output
    assert f'"{darker_shade("#f5c542")}"' in result.output
