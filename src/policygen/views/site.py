"""The facts and rendering tools all views share for one build."""

from __future__ import annotations

import contextlib
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket, BytecodeCache
from markupsafe import Markup

from .. import __version__
from ..artifact import Output
from ..facts.articles import Article, applicable_articles
from ..facts.features import does
from ..facts.labels import Label, applicable_labels
from ..facts.phrasing import OurName, Phrasing, capitalise_first
from ..graphics.label_art import label_svg, online_style
from ..i18n import LOCALES
from ..i18n.catalogs import translations
from ..i18n.josa import with_particle
from ..inputs import LABELS
from ..output.cache import cache_folder, cache_key, keep
from ..project import Project, ProjectInput
from ..source.load import LoadedPolicy
from ..source.model import Policy
from ..text.markdown import render_block, render_inline
from .nowrap import keep_numbers_whole

LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


@dataclass(frozen=True)
class HubEntry:
    """How a reader-facing view is offered on the hub page."""

    folder: str  # under {locale}/, e.g. "policy"
    title: str  # English msgid
    description: str  # English msgid
    applies: Callable[[Policy], bool] = lambda _policy: True  # listed only for such policies
    describe: Callable[[Policy], str] | None = None  # an English msgid that follows the facts

    def description_for(self, policy: Policy) -> str:
        """The description this policy's facts allow (a guide's topics differ by service)."""
        return self.describe(policy) if self.describe else self.description


Ready = TypeVar("Ready")


@dataclass
class Site:
    """One build's validated project, the views to publish, and a template environment per locale.

    `loaded` is the policy the pages show: the project's current one, or an archived version.
    """

    project: Project
    hub_entries: list[HubEntry] = field(default_factory=list)
    loaded: LoadedPolicy = field(default=None)  # type: ignore[assignment]  # set in __post_init__
    locales: tuple[str, ...] = LOCALES
    _environments: dict[str, Environment] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.loaded is None:
            self.loaded = self.project.loaded

    @property
    def policy(self) -> Policy:
        return self.loaded.policy

    @property
    def versions(self) -> list[LoadedPolicy]:
        return self.project.versions

    def input(self, spec: ProjectInput[Any, Ready]) -> Ready:
        """One input a view declared (see inputs.py), loaded and checked with the project."""
        return self.project.get(spec)

    @cached_property
    def articles(self) -> list[Article]:
        return applicable_articles(self.policy)

    @cached_property
    def labels(self) -> list[Label]:
        """The labels this policy shows, with summaries in both languages."""
        return applicable_labels(
            self.policy, self.input(LABELS), self.phrasing("ko"), self.phrasing("en")
        )

    @cached_property
    def badges(self) -> dict[str, Markup]:
        """Each label's badge as inline, decorative SVG in the brand colour."""
        style = online_style(self.policy.brand.colour)
        label_set = self.input(LABELS)
        return {
            spec.id: Markup(
                label_svg(label_set.pictogram(spec.id), "", style, title=None, with_caption=False)
            )
            for spec in label_set.specs
        }

    def for_version(self, loaded: LoadedPolicy) -> Site:
        """The same site, showing an archived version of the policy."""
        return Site(self.project, self.hub_entries, loaded, self.locales)

    def phrasing(self, locale: str) -> Phrasing:
        return Phrasing(locale, self.loaded.vocabulary)

    def environment(self, locale: str) -> Environment:
        """A Jinja environment with autoescaping, the locale's catalog and its phrasing filters."""
        if locale not in self._environments:
            self._environments[locale] = make_environment(locale, self.phrasing(locale))
        return self._environments[locale]

    def page(self, template: str, locale: str | None, path: str, **context: Any) -> Output:
        """Render one HTML page at `path` (under build/), with links relative to it."""
        env = self.environment(locale or "ko")
        here = posixpath.dirname(path)

        def url(target: str) -> str:
            return relative_url(target, here)

        alternates = []
        if locale is not None:
            rest = path.split("/", 1)[1]
            alternates = [
                {"locale": other, "href": url(f"{other}/{rest}"), "name": LANGUAGE_NAMES[other]}
                for other in self.locales
            ]
        html = env.get_template(template).render(
            locale=locale or "ko",
            page_path=path,
            url=url,
            alternates=alternates,
            site=self,
            policy=self.policy,
            does=lambda feature: does(feature, self.policy),
            say=self.phrasing(locale or "ko"),
            we=OurName(self.policy.controller.name.ko, self.policy.controller.short_name),
            version=__version__,
            **context,
        )
        return Output(path, html.encode("utf-8"))


@lru_cache(maxsize=16384)  # a site links the same few hundred pairs on every page and build
def relative_url(target: str, here: str) -> str:
    """The link from a page in folder `here` to `target` (both paths inside the site)."""
    relative = posixpath.relpath(target, here or ".")
    return relative + "/" if target.endswith("/") and relative != "." else relative


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates shared by every build in this process, and kept in the render cache.

    A fresh `policygen build` then skips compiling the templates. Jinja checks each entry
    against its template's source; the key adds policygen's code and Jinja's version.
    """

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def _file(self, bucket: Bucket) -> Path | None:
        folder = cache_folder()
        return folder / "templates" / f"{cache_key([bucket.key])}.jinja" if folder else None

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self._store.get(bucket.key)
        file = self._file(bucket) if data is None else None
        if file is not None and file.is_file():
            with contextlib.suppress(OSError):
                data = file.read_bytes()
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: Bucket) -> None:
        data = self._store[bucket.key] = bucket.bytecode_to_string()
        file = self._file(bucket)
        if file is not None:
            keep(file, data)


_BYTECODE = _MemoryBytecodeCache()


def make_environment(locale: str, say: Phrasing) -> Environment:
    """Templates for one locale: autoescaped, strict about undefined names, translated."""
    env = Environment(
        loader=PackageLoader("policygen", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_BYTECODE,
    )
    env.install_gettext_translations(translations(locale), newstyle=True)  # type: ignore[attr-defined]

    def josa(word: str, form: str) -> str:
        return with_particle(str(word), form) if locale == "ko" else str(word)

    env.filters.update(
        t=say.text,
        josa=josa,
        md=lambda text: render_block(str(text)),
        mdi=lambda text: render_inline(str(text)),
        date=say.date,
        items=say.items,
        term=lambda term_id, kind: say.term(kind, term_id),
        retention=say.retention,
        country=say.country,
        cap=capitalise_first,
        nowrap=keep_numbers_whole,
    )
    return env
