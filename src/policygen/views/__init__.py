"""The published views, registered in one place: adding a view touches no other view.

PDFs are views of their own, so `render_site(project, views=...)` can render HTML alone.
"""

from __future__ import annotations

from .assets import StaticAssets
from .base import Output, View
from .cctv import CctvPdfs, CctvPolicyPage
from .changes import PolicyChanges
from .consent import ConsentExplainer
from .hub import Entrance, Hub
from .kids import KidsChat
from .labels import LabelKit, LabelKitPage, LabelsPage
from .policy import LegalPolicy, PolicyPdf
from .policy_json import PolicyJson
from .senior import SeniorGuide, SeniorPdf
from .service_pages import SERVICE_PAGES
from .teens import TeensGuide
from .transparency import TransparencyPage

VIEWS: tuple[View, ...] = (
    Entrance(),
    Hub(),
    LegalPolicy(),
    LabelsPage(),
    KidsChat(),
    SeniorGuide(),
    TeensGuide(),
    ConsentExplainer(),
    CctvPolicyPage(),
    TransparencyPage(),
    *SERVICE_PAGES,
    PolicyChanges(),
    LabelKitPage(),  # last on the hub: it speaks to business owners, not readers
    LabelKit(),
    PolicyPdf(),
    SeniorPdf(),
    CctvPdfs(),
    PolicyJson(),
    StaticAssets(),
)

__all__ = ["VIEWS", "Output", "View"]
