"""The one date embedded in generated files (PDF metadata, zip entries): reproducible builds."""

from __future__ import annotations

import datetime as dt
import os

DEFAULT_EPOCH = 1767225600  # 2026-01-01T00:00:00Z, used when SOURCE_DATE_EPOCH is not set


def build_time() -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else a fixed date: the same input always gives the same bytes."""
    return dt.datetime.fromtimestamp(
        int(os.environ.get("SOURCE_DATE_EPOCH", str(DEFAULT_EPOCH))), tz=dt.UTC
    )
