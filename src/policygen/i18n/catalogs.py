"""gettext translations compiled in memory from the committed .po files (no .mo in git)."""

from __future__ import annotations

import gettext
import io
from functools import cache
from importlib import resources

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

SOURCE_LOCALE = "en"  # msgids are English


def catalog_path(locale: str) -> str:
    return f"i18n/locale/{locale}/LC_MESSAGES/messages.po"


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The interface strings for a locale; English is the msgid language."""
    if locale == SOURCE_LOCALE:
        return gettext.NullTranslations()
    po_file = resources.files("policygen") / catalog_path(locale)
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
