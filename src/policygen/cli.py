"""The console entry point: a build with nothing changed answers before the framework loads.

`policygen build` is what an editor runs most, usually with nothing new to publish; that
answer (quick.py) needs only the standard library. Every other command line goes to the
typer application in commands/.
"""

from __future__ import annotations

import sys
from typing import Any


def main() -> None:
    """Console entry point; Windows consoles get UTF-8 so Korean messages print."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    from .quick import quick_build

    if quick_build(sys.argv[1:]):
        return
    from .commands import app

    app()


def __getattr__(name: str) -> Any:
    """`from policygen.cli import app` loads the full command line only when it is asked for."""
    if name == "app":
        from .commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if __name__ == "__main__":
    main()
