"""The label kit made for one business: its own labels first, an A4 sheet, then the full set.

The same kit is published with the site (when the project shares it) and written by
`policygen labels`, so an owner gets, in one folder: the labels their policy shows (with the
summaries policygen computed), a printable sheet of them to post beside the counter, and every
label of the set under `all/` for later needs.
"""

from __future__ import annotations

import base64
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

from ..graphics.label_art import HEIGHT, WIDTH, label_svg, offline_style, online_style
from ..graphics.label_files import PNG_WIDTHS, pdf_bytes, png_bytes
from ..i18n import LOCALES
from ..i18n.catalogs import translations
from ..inputs import LABELS
from ..output.cache import cached
from ..output.zipkit import deterministic_zip
from ..pdf.writer import pdf_from_print_page, print_context
from .base import Output
from .kit_index import caption_index
from .site import Site

KIT_ROOT = "downloads/labels"
KIT_ZIP = "downloads/labels-kit.zip"
FULL_SET = "all"  # the subfolder with every label of the set
SHEET_PATH = "downloads/labels/sheet-{locale}.pdf"
README = "README.txt"
VARIANTS = ("online", "offline")
FORMATS = ("svg", "png", "pdf")
WHITE = "white"  # the PNG painted on white, for documents and pages with a dark background


@dataclass(frozen=True)
class KitFile:
    """One downloadable file of a label."""

    variant: str
    locale: str
    label_id: str
    extension: str
    width: int | None = None
    full_set: bool = False
    on_white: bool = False

    @property
    def path(self) -> str:
        suffix = f"-{self.width}" if self.width and self.width != PNG_WIDTHS[0] else ""
        suffix += f"-{WHITE}" if self.on_white else ""
        folder = f"{KIT_ROOT}/{FULL_SET}" if self.full_set else KIT_ROOT
        return f"{folder}/{self.variant}/{self.locale}/{self.label_id}{suffix}.{self.extension}"


def kit_files(label_id: str, variant: str, locale: str, *, full_set: bool = False) -> list[KitFile]:
    """The files of one label in one variant and language: SVG, PNGs (largest first), PDF."""
    return [
        KitFile(variant, locale, label_id, "svg", full_set=full_set),
        *(KitFile(variant, locale, label_id, "png", width, full_set) for width in PNG_WIDTHS),
        KitFile(variant, locale, label_id, "png", PNG_WIDTHS[0], full_set, on_white=True),
        KitFile(variant, locale, label_id, "pdf", full_set=full_set),
    ]


def on_white(svg: str) -> str:
    """The label on a white card: its dark caption stays readable on any background."""
    opening = svg.index(">") + 1
    card = f'<rect x="-2" y="-2" width="{WIDTH + 4}" height="{HEIGHT + 4}" fill="#ffffff"/>'
    return f"{svg[:opening]}\n{card}{svg[opening:]}"


class LabelKit:
    """The kit with the site when the project shares it; the A4 sheet always, for readers."""

    hub_entry = None
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        colour = site.policy.brand.colour
        if site.policy.brand.share_label_kit:
            kit = label_kit(site, colour)
        else:
            kit = {
                SHEET_PATH.format(locale=locale): label_sheet(site, locale, colour)
                for locale in LOCALES
            }
        for path, content in kit.items():
            yield Output(path, content)


def label_kit(site: Site, colour: str) -> dict[str, bytes]:
    """Every kit file, the sheets, the README and the zip, for one business and badge colour."""
    label_set = site.input(LABELS)
    own = {label.id for label in site.labels}
    captions = "".join(spec.caption.ko + spec.caption.en for spec in label_set.specs)
    styles = {"online": online_style(colour), "offline": offline_style()}
    kit: dict[str, bytes] = {}
    for spec in label_set.specs:
        master = label_set.pictogram(spec.id)
        for variant, style in styles.items():
            for locale in LOCALES:
                caption = spec.caption(locale)
                svg = label_svg(master, caption, style, title=caption)
                files = kit_files(spec.id, variant, locale, full_set=True)
                if spec.id in own:
                    files += kit_files(spec.id, variant, locale)
                for file in files:
                    if file.extension == "svg":
                        kit[file.path] = svg.encode("utf-8")
                    elif file.extension == "png":
                        drawn = on_white(svg) if file.on_white else svg
                        kit[file.path] = png_bytes(drawn, file.width or PNG_WIDTHS[0])
                    else:
                        kit[file.path] = pdf_bytes(
                            master, caption, style, caption, captions, locale
                        )
    for locale in LOCALES:
        kit[SHEET_PATH.format(locale=locale)] = label_sheet(site, locale, colour)
    archive = {path.removeprefix("downloads/"): content for path, content in kit.items()}
    archive[README] = kit_readme(site, label_set.kit_readme) + caption_index(label_set)
    parts = [part for path in sorted(archive) for part in (path, archive[path])]
    kit[KIT_ZIP] = cached("label-kit", parts, lambda: deterministic_zip(archive), ".zip")
    kit[f"{KIT_ROOT}/{README}"] = archive[README]
    return kit


def label_sheet(site: Site, locale: str, colour: str) -> bytes:
    """One A4 page of the business's labels with their summaries, to post beside the counter."""
    label_set = site.input(LABELS)
    style = online_style(colour)
    images = {}
    for label in site.labels:
        svg = label_svg(label_set.pictogram(label.id), "", style, title=None, with_caption=False)
        images[label.id] = "data:image/svg+xml;base64," + base64.b64encode(
            svg.encode("utf-8")
        ).decode("ascii")
    path = SHEET_PATH.format(locale=locale)
    page = site.page(
        "print/label-sheet.html", locale, path, images=images, labels=site.labels, **print_context()
    )
    return pdf_from_print_page("label-sheet", page.content.decode("utf-8"))


def kit_readme(site: Site, general: bytes) -> bytes:
    """The business's labels and summaries in both languages, then labels/KIT-README.txt."""
    lines: list[str] = []
    for locale in LOCALES:
        _ = translations(locale).gettext
        service = site.policy.controller.service(locale)
        lines += [
            _("Your labels: %(service)s") % {"service": service},
            "",
            textwrap.fill(
                _(
                    "These are the labels your privacy policy shows, with the summary policygen "
                    "wrote for each from your policy source. They are the files in labels/online/ "
                    "and labels/offline/; labels/sheet-%(locale)s.pdf puts them on one A4 page to "
                    "post beside the counter. Every other label of the set is under labels/all/."
                )
                % {"locale": locale},
                width=76,
                break_long_words=False,
            ),
            "",
        ]
        lines += [
            f"  - {label.spec.caption(locale)} ({label.id})"
            + (f": {label.summary(locale)}" if label.summary else "")
            for label in site.labels
        ]
        lines.append("")
    return ("\n".join(lines) + "\n").encode("utf-8") + general
