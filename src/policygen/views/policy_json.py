"""build/policy.json: the validated source, for machines and for diffing versions."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .. import __version__
from .base import Output
from .site import Site

FORMAT_VERSION = 1


class PolicyJson:
    """The validated model as JSON, with the vocabulary terms each id resolves to."""

    hub_entry = None
    inputs = ()

    def render(self, site: Site) -> Iterator[Output]:
        policy = site.policy
        data = policy.model_dump(mode="json")
        words = set(_strings(data))
        used_terms: dict[str, dict[str, dict[str, str]]] = {}
        for kind, entries in site.loaded.vocabulary.terms.items():
            for term_id, term in entries.items():
                if term.custom or term_id in words:
                    used_terms.setdefault(kind, {})[term_id] = {"ko": term.ko, "en": term.en}
        document = {
            "format": FORMAT_VERSION,
            "generator": f"policygen {__version__}",
            "effective_date": policy.effective_date.isoformat(),
            "articles": [{"number": a.number, "id": a.id} for a in site.articles],
            "policy": data,
            "terms": used_terms,
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        yield Output("policy.json", text.encode("utf-8"))


def _strings(data: object) -> Iterator[str]:
    """Every string value in the dumped model: the ids it uses are among them."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
    elif isinstance(data, str):
        yield data
