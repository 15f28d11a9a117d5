"""The CCTV operating policy (영상정보처리기기 운영·관리 방침) and the notice sign for the door.

Published only when the source declares cameras. The operating policy is a page per locale and
its A4 PDF (PIPA art. 25(7), Enforcement Decree art. 25(1)); the sign is an A4 PDF per locale
with the items of PIPA art. 25(4) in large type, one page per group of cameras.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.cctv import grounds
from ..inputs import LABELS
from ..pdf.writer import pdf_from_print_page, print_context
from ..source.model import Policy
from .base import HubEntry, Output
from .site import Site

PAGE_PATH = "{locale}/cctv/index.html"
PDF_PATH = "downloads/cctv-policy-{locale}.pdf"
SIGN_PATH = "downloads/cctv-sign-{locale}.pdf"


def has_cameras(policy: Policy) -> bool:
    """Cameras are declared: only then do the page, its PDF and the sign exist."""
    return bool(policy.cctv)


def _context() -> dict[str, object]:
    return {"cctv_grounds": grounds}


class CctvPolicyPage:
    """The CCTV operating policy as a page of its own, to read, print or link from the door."""

    hub_entry = HubEntry(
        "cctv",
        N_("CCTV operating policy"),
        N_("Where our cameras are, what they film, how long footage is kept, how to see it."),
        applies=has_cameras,
    )
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        if not has_cameras(site.policy):
            return
        for locale in site.locales:
            yield site.page(
                "cctv/page.html",
                locale,
                PAGE_PATH.format(locale=locale),
                pdf_path=PDF_PATH.format(locale=locale),
                sign_path=SIGN_PATH.format(locale=locale),
                **_context(),
            )


class CctvPdfs:
    """The operating policy on A4 and the A4 notice sign, from print templates (PDF/UA-1)."""

    hub_entry = None
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        if not has_cameras(site.policy):
            return
        drawing = site.input(LABELS).pictogram("cctv").encode("utf-8")
        pictogram = "data:image/svg+xml;base64," + base64.b64encode(drawing).decode("ascii")
        for locale in site.locales:
            for template, path, kind in (
                ("print/cctv.html", PDF_PATH, "cctv-pdf"),
                ("print/cctv_sign.html", SIGN_PATH, "cctv-sign"),
            ):
                target = path.format(locale=locale)
                page = site.page(
                    template,
                    locale,
                    target,
                    camera_pictogram=pictogram,
                    **_context(),
                    **print_context(),
                )
                yield Output(target, pdf_from_print_page(kind, page.content.decode("utf-8")))
