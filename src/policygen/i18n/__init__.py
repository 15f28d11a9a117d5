"""Language: locales, Babel formatting, gettext catalogs and Korean particles."""

LOCALES: tuple[str, ...] = ("ko", "en")
