"""The labels page per locale, and the downloadable label kit (SVG, PNG, PDF and a zip)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..facts.articles import N_
from ..graphics.label_art import label_svg, offline_style, online_style
from ..graphics.label_files import PNG_WIDTHS, pdf_bytes, png_bytes
from ..i18n import LOCALES
from ..inputs import LABELS
from ..output.cache import cached
from ..output.zipkit import deterministic_zip
from ..source.labelset import LabelSet
from .base import HubEntry, Output
from .kit_index import caption_index
from .site import Site

KIT_ROOT = "downloads/labels"
KIT_ZIP = "downloads/labels-kit.zip"
VARIANTS = ("online", "offline")
FORMATS = ("svg", "png", "pdf")


@dataclass(frozen=True)
class KitFile:
    """One downloadable file of a label."""

    variant: str
    locale: str
    label_id: str
    extension: str
    width: int | None = None

    @property
    def path(self) -> str:
        suffix = f"-{self.width}" if self.width and self.width != PNG_WIDTHS[0] else ""
        return f"{KIT_ROOT}/{self.variant}/{self.locale}/{self.label_id}{suffix}.{self.extension}"


def kit_files(label_id: str, variant: str, locale: str) -> list[KitFile]:
    """The files of one label in one variant and language, largest PNG first."""
    return [
        KitFile(variant, locale, label_id, "svg"),
        *(KitFile(variant, locale, label_id, "png", width) for width in PNG_WIDTHS),
        KitFile(variant, locale, label_id, "pdf"),
    ]


class LabelKit:
    """Every label of the set (not only the policy's), in both variants and languages."""

    hub_entry = None
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        for path, content in label_kit(site.input(LABELS), site.policy.brand.colour).items():
            yield Output(path, content)


def label_kit(label_set: LabelSet, colour: str) -> dict[str, bytes]:
    """All kit files and the zip for one label set and brand colour."""
    captions = "".join(spec.caption.ko + spec.caption.en for spec in label_set.specs)
    styles = {"online": online_style(colour), "offline": offline_style()}
    kit: dict[str, bytes] = {}
    for spec in label_set.specs:
        master = label_set.pictogram(spec.id)
        for variant, style in styles.items():
            for locale in LOCALES:
                caption = spec.caption(locale)
                svg = label_svg(master, caption, style, title=caption)
                for file in kit_files(spec.id, variant, locale):
                    if file.extension == "svg":
                        kit[file.path] = svg.encode("utf-8")
                    elif file.extension == "png":
                        kit[file.path] = png_bytes(svg, file.width or PNG_WIDTHS[0])
                    else:
                        kit[file.path] = pdf_bytes(
                            master, caption, style, caption, captions, locale
                        )
    readme = label_set.kit_readme
    archive = {path.removeprefix("downloads/"): content for path, content in kit.items()}
    archive["README.txt"] = readme + caption_index(label_set)
    parts = [part for path in sorted(archive) for part in (path, archive[path])]
    kit[KIT_ZIP] = cached("label-kit", parts, lambda: deterministic_zip(archive), ".zip")
    return kit


class LabelsPage:
    """The policy at a glance: its labels with summaries, and how to use the label files."""

    hub_entry = HubEntry(
        "labels",
        N_("Privacy labels"),
        N_("The policy at a glance, and label files to download and reuse."),
    )
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            rows = [
                (spec, {variant: kit_files(spec.id, variant, locale) for variant in VARIANTS})
                for spec in site.input(LABELS).specs
            ]
            yield site.page(
                "labels/page.html",
                locale,
                f"{locale}/labels/index.html",
                labels=site.labels,
                badges=site.badges,
                kit_rows=rows,
                kit_zip=KIT_ZIP,
            )
