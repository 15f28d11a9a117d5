"""The labels page readers see, and the label kit page a project may offer other businesses."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..inputs import LABELS
from ..source.model import Policy
from .base import HubEntry, Output
from .label_kit import KIT_ROOT, KIT_ZIP, SHEET_PATH, VARIANTS, LabelKit, kit_files
from .site import Site

__all__ = ["KIT_ROOT", "KIT_ZIP", "LabelKit", "LabelKitPage", "LabelsPage"]


def shares_kit(policy: Policy) -> bool:
    """Whether the project offers its label files to other businesses (brand.share_label_kit)."""
    return policy.brand.share_label_kit


class LabelsPage:
    """The policy at a glance: this business's labels with summaries, and a sheet to print."""

    hub_entry = HubEntry(
        "labels",
        N_("Privacy labels"),
        N_("The policy at a glance, on one page you can also print."),
    )
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        for locale in site.locales:
            yield site.page(
                "labels/page.html",
                locale,
                f"{locale}/labels/index.html",
                labels=site.labels,
                badges=site.badges,
                sheet=SHEET_PATH.format(locale=locale),
            )


class LabelKitPage:
    """Label files for other businesses, offered only when the project shares its kit."""

    hub_entry = HubEntry(
        "label-kit",
        N_("Label kit for businesses"),
        N_("Label drawings that small businesses may use in their own privacy notices."),
        shares_kit,
    )
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        if not shares_kit(site.policy):
            return
        for locale in site.locales:
            rows = [
                (
                    spec,
                    {
                        variant: kit_files(spec.id, variant, locale, full_set=True)
                        for variant in VARIANTS
                    },
                )
                for spec in site.input(LABELS).specs
            ]
            yield site.page(
                "labels/kit.html",
                locale,
                f"{locale}/label-kit/index.html",
                kit_rows=rows,
                kit_zip=KIT_ZIP,
            )
