"""gettext translations from the committed .po files (no .mo in git), compiled once per cache."""

from __future__ import annotations

import contextlib
import gettext
import hashlib
import io
from functools import cache
from importlib import resources

from ..cache_home import cache_folder, keep

SOURCE_LOCALE = "en"  # msgids are English


def catalog_path(locale: str) -> str:
    return f"i18n/locale/{locale}/LC_MESSAGES/messages.po"


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The interface strings for a locale; English is the msgid language."""
    if locale == SOURCE_LOCALE:
        return gettext.NullTranslations()
    po = (resources.files("policygen") / catalog_path(locale)).read_bytes()
    return gettext.GNUTranslations(io.BytesIO(compiled_catalog(po, locale)))


def compiled_catalog(po: bytes, locale: str) -> bytes:
    """The .mo bytes of a .po file, compiled once and kept in the cache under its hash.

    Compiling takes babel, whose import alone would double the time of a build with nothing
    to do; every later run in that language reads the compiled catalog instead.
    """
    folder = cache_folder()
    entry = folder / "catalogs" / f"{hashlib.sha256(po).hexdigest()}.mo" if folder else None
    with contextlib.suppress(OSError):
        if entry is not None:
            return entry.read_bytes()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    compiled = io.BytesIO()
    write_mo(compiled, read_po(io.BytesIO(po), locale=locale), use_fuzzy=False)
    if entry is not None:
        keep(entry, compiled.getvalue())
    return compiled.getvalue()
