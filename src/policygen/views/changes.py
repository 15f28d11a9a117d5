"""Earlier versions at stable URLs, and a 'what changed' page per language."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.articles import N_
from ..facts.diff import policy_changes
from ..facts.phrasing import Phrasing
from ..inputs import LABELS
from .base import HubEntry, Output
from .policy import render_policy_page
from .site import Site

ARCHIVE = "{locale}/policy/versions/{version}/index.html"


class PolicyChanges:
    """Each archived version's full policy, and the changes between consecutive versions."""

    hub_entry = HubEntry(
        "changes", N_("What changed"), N_("Every version of the policy, and what changed in each.")
    )
    inputs = (LABELS,)

    def render(self, site: Site) -> Iterator[Output]:
        archived = site.versions
        for old in archived:
            old_site = site.for_version(old)
            for locale in site.locales:
                path = ARCHIVE.format(locale=locale, version=old.policy.current.version)
                yield render_policy_page(
                    old_site, locale, path, archived=True, current_url=f"{locale}/policy/index.html"
                )
        sequence = [*archived, site.loaded]
        vocabulary = site.loaded.vocabulary
        for older in archived:
            vocabulary = vocabulary.with_custom(older.vocabulary.terms)
        for locale in site.locales:
            say = Phrasing(locale, vocabulary)
            entries = []
            for index in range(len(sequence) - 1, -1, -1):
                loaded = sequence[index]
                previous = sequence[index - 1] if index > 0 else None
                version = loaded.policy.current.version
                entries.append(
                    {
                        "entry": loaded.policy.current,
                        "url": (
                            f"{locale}/policy/index.html"
                            if loaded is site.loaded
                            else ARCHIVE.format(locale=locale, version=version)
                        ),
                        "changes": (
                            policy_changes(previous.policy, loaded.policy, say) if previous else []
                        ),
                        "first": previous is None,
                    }
                )
            yield site.page("changes.html", locale, f"{locale}/changes/index.html", entries=entries)
