"""Tools installed beside the Python that runs the tests come first on PATH.

The README runs the suite as `.venv/bin/python -m pytest`, with no environment activated, so
the environment's own command-line tools (ruff, for tests/test_style.py) would not be on PATH,
or an older copy elsewhere on PATH would be found first. This file sits at the repository root so
pytest loads it before tests/conftest.py, whatever tests are selected.
"""

from __future__ import annotations

import os
import sysconfig

_scripts = sysconfig.get_path("scripts")
if _scripts and _scripts not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join(filter(None, [_scripts, os.environ.get("PATH")]))
