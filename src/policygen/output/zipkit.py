"""Deterministic zip files: same files in, same bytes out (fixed dates, order and permissions)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping

from .reproducible import build_time

_ZIP_EPOCH = 315532800  # 1980-01-01, the earliest date a zip can record


def _timestamp() -> tuple[int, int, int, int, int, int]:
    earliest = dt.datetime.fromtimestamp(_ZIP_EPOCH, tz=dt.UTC)
    moment = max(build_time(), earliest)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def deterministic_zip(files: Mapping[str, bytes]) -> bytes:
    """A zip of `files` (archive path -> bytes) whose bytes depend only on its contents."""
    buffer = io.BytesIO()
    stamp = _timestamp()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            # PNG and PDF are compressed already; deflating them again only costs time
            info.compress_type = (
                zipfile.ZIP_STORED if name.endswith((".png", ".pdf")) else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine builds it
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()
