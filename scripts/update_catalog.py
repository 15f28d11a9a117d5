"""Extract interface strings from templates and code, and merge them into each locale's .po file.

Run after changing any translatable text: python scripts/update_catalog.py
New strings arrive untranslated; translate them in the .po file (tests fail until you do).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "policygen"
LOCALES = ("ko",)
METHOD_MAP = [("templates/**.html", "jinja2.ext:babel_extract"), ("**.py", "python")]
OPTIONS = {
    "templates/**.html": {
        "extensions": "jinja2.ext.i18n",
        "trim_blocks": "true",
        "lstrip_blocks": "true",
    }
}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}


def extract() -> Catalog:
    """Every translatable string in the package, with where it comes from."""
    template = Catalog(project="policygen", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), METHOD_MAP, OPTIONS, keywords=KEYWORDS
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def main() -> int:
    template = extract()
    for locale in LOCALES:
        path = PACKAGE / "i18n" / "locale" / locale / "LC_MESSAGES" / "messages.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=locale, project="policygen")
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as handle:
            write_po(
                handle,
                catalog,
                width=100,
                omit_header=False,
                sort_output=False,
                include_previous=False,
                ignore_obsolete=True,
                include_lineno=False,
            )
        missing = [m.id for m in catalog if m.id and not m.string]
        print(
            f"{path.relative_to(PACKAGE.parent.parent)}: {len(catalog)} messages, "
            f"{len(missing)} untranslated"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
