"""The commands: a thin layer over build(), load_policy() and the schema.

Each command imports what it needs when it runs, so `--help` and `--version` answer without
loading the renderers (a build with nothing changed never gets here: see quick.py). The
modules below register their commands on `app` when imported, in the order `--help` lists them.
"""

# isort: off
from .app import app
from . import publish, history, new_project, reference

# isort: on

__all__ = ["app", "history", "new_project", "publish", "reference"]
