"""Decode editor files strictly as UTF-8, with advice for files saved by Korean Windows tools."""

from __future__ import annotations

from ..errors import Location, Problem
from ..i18n.console import N_, Msg

MAX_SOURCE_BYTES = 2 * 1024 * 1024

_SAVE_AS_UTF8 = Msg(
    N_(
        "save the file as UTF-8 (Notepad: File > Save As > Encoding: UTF-8; "
        "VS Code: click the encoding in the status bar > Save with Encoding > UTF-8)"
    )
)


def decode_source(raw: bytes, name: str) -> str | Problem:
    """Return the text of a source file, or a problem explaining how to re-save it."""
    if len(raw) > MAX_SOURCE_BYTES:
        return Problem(
            Location(name),
            f"the file is {len(raw) // 1024} KB; policygen reads source files up to "
            f"{MAX_SOURCE_BYTES // (1024 * 1024)} MB",
            "split it into several smaller files in the same folder",
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(
            Location(name, 1, 1),
            Msg(N_("the file is saved as UTF-16 ('Unicode'), which policygen does not read")),
            _SAVE_AS_UTF8,
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        message = N_("the file is not valid UTF-8 (byte 0x{byte} here).")
        try:
            raw.decode("cp949")
            message = N_(
                "the file is not valid UTF-8 (byte 0x{byte} here). It looks like Korean text "
                "saved as CP949/EUC-KR (ANSI)."
            )
        except UnicodeDecodeError:
            pass
        return Problem(
            Location(name, line, column), Msg(message, byte=f"{raw[err.start]:02X}"), _SAVE_AS_UTF8
        )
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return Problem(
            Location(name, line, 1), Msg(N_("the file contains a NUL character")), _SAVE_AS_UTF8
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")
