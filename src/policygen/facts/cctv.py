"""CCTV facts phrased for readers: the legal grounds, the places, and the label's one-line summary.

Citations (PIPA art. 25(1) items) are to be reviewed by counsel before real use.
"""

from __future__ import annotations

from ..i18n.catalogs import translations
from ..source.cctv import Cctv
from ..source.model import Policy
from .articles import N_
from .phrasing import Phrasing

# PIPA art. 25(1): the grounds on which cameras may film a place open to the public.
GROUNDS: dict[str, str] = {
    "law_permits": N_("a law specifically permits it (PIPA art. 25(1)1)"),
    "crime_prevention": N_("preventing and investigating crime (PIPA art. 25(1)2)"),
    "facility_safety": N_(
        "the safety and management of the premises and fire prevention (PIPA art. 25(1)3)"
    ),
    "traffic_enforcement": N_("traffic enforcement (PIPA art. 25(1)4)"),
    "traffic_information": N_(
        "collecting, analysing and providing traffic information (PIPA art. 25(1)5)"
    ),
}


def grounds(camera: Cctv, say: Phrasing) -> list[str]:
    """Each ground the cameras stand on, with its citation; a named law after 'law_permits'."""
    _ = translations(say.locale).gettext
    texts = []
    for ground in camera.grounds:
        text = _(GROUNDS[ground])
        if ground == "law_permits" and camera.law:
            text += f": {say.law(camera.law, camera.article)}"
        texts.append(text)
    return texts


def camera_total(policy: Policy) -> int:
    """Every camera the policy declares."""
    return sum(camera.count for camera in policy.cctv)


def label_summary(policy: Policy, say: Phrasing) -> str:
    """'카메라 2대, 영상은 30일 보관' / '2 cameras; footage kept 30 days': from every group."""
    catalog = translations(say.locale)
    _, ngettext = catalog.gettext, catalog.ngettext
    total = camera_total(policy)
    cameras = ngettext("%(count)s camera", "%(count)s cameras", total) % {"count": total}
    periods = [camera.retention for camera in policy.cctv]
    if not all(retention.has_period for retention in periods):
        return cameras  # footage kept until an event: no one period sums it up
    longest = max(periods, key=lambda retention: retention.approximate_days)
    if len({say.retention(retention) for retention in periods}) == 1:
        kept = say.retention(longest)
    else:
        kept = _("up to %(period)s") % {"period": say.retention(longest)}
    return _("%(cameras)s; footage kept %(period)s") % {"cameras": cameras, "period": kept}


# Facts of a camera group whose change the changes page names, in the order it names them.
_DETAILS: dict[str, str] = {
    "purpose": N_("the purpose"),
    "grounds": N_("the legal ground"),
    "law": N_("the legal ground"),
    "article": N_("the legal ground"),
    "hours": N_("the filming hours"),
    "storage": N_("where the footage is stored"),
    "handling": N_("how the footage is handled"),
    "manager": N_("the manager"),
    "access": N_("who may access the footage"),
    "viewing": N_("how we check footage"),
    "how_to_request": N_("how to ask to see footage"),
    "safeguards": N_("the protective measures"),
    "operator": N_("the company operating the cameras"),
}


def changes(old: list[Cctv], new: list[Cctv], say: Phrasing) -> list[str]:
    """What changed in the CCTV: places and counts, retention, sound, and every other fact."""
    _ = translations(say.locale).gettext
    sentences: list[str] = []
    before = {say.text(p.place): p for camera in old for p in camera.places}
    after = {say.text(p.place): p for camera in new for p in camera.places}
    added = [name for name in after if name not in before]
    removed = [name for name in before if name not in after]
    if added:
        sentences.append(_("New CCTV cameras: %(what)s.") % {"what": places_of(new, added, say)})
    if removed:
        sentences.append(
            _("CCTV cameras we removed: %(what)s.") % {"what": places_of(old, removed, say)}
        )
    for name, place in after.items():
        was = before.get(name)
        if was is None:
            continue
        if was.count != place.count:
            sentences.append(
                _("The number of CCTV cameras at %(place)s changed from %(old)s to %(new)s.")
                % {"place": name, "old": was.count, "new": place.count}
            )
        if was.filming_range != place.filming_range:
            sentences.append(
                _("CCTV at %(place)s now films %(range)s.")
                % {"place": name, "range": say.text(place.filming_range)}
            )
    for was, now in zip(old, new, strict=False):
        sentences += _group_changes(was, now, say)
    return sentences


def places_of(cameras: list[Cctv], names: list[str], say: Phrasing) -> str:
    """The named places of `cameras` with their counts."""
    ngettext = translations(say.locale).ngettext
    return say.listing(
        ngettext("%(place)s (%(count)s camera)", "%(place)s (%(count)s cameras)", place.count)
        % {"place": say.text(place.place), "count": place.count}
        for camera in cameras
        for place in camera.places
        if say.text(place.place) in names
    )


def _group_changes(was: Cctv, now: Cctv, say: Phrasing) -> list[str]:
    """One camera group compared with its earlier self."""
    _ = translations(say.locale).gettext
    sentences = []
    if was.retention != now.retention:
        sentences.append(
            _("CCTV footage is now kept %(new)s (before: %(old)s).")
            % {"new": say.retention(now.retention), "old": say.retention(was.retention)}
        )
    if was.records_sound != now.records_sound:
        sentences.append(
            _("The CCTV cameras now record sound.")
            if now.records_sound
            else _("The CCTV cameras no longer record sound.")
        )
    changed = [
        label for field, label in _DETAILS.items() if getattr(was, field) != getattr(now, field)
    ]
    details = list(dict.fromkeys(_(label) for label in changed))
    if details:
        sentences.append(_("About the CCTV, we changed %(what)s.") % {"what": say.listing(details)})
    return sentences
