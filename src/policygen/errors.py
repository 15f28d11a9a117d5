"""Two error families: user errors are reported plainly, internal errors keep their traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .i18n.console import N_, localize, say


@dataclass(frozen=True, order=True)
class Location:
    """Where a value sits in a source file, 1-based, as an editor shows it."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the source, phrased for an editor who is not a programmer."""

    location: Location
    message: str
    hint: str = ""

    def render(self, locale: str = "en") -> str:
        text = f"{self.location}: {localize(self.message, locale)}"
        if self.hint:
            text += "\n    " + say(locale, N_("hint: {hint}"), hint=localize(self.hint, locale))
        return text


class UserError(Exception):
    """A mistake the person running policygen can fix; carries every problem found in one run."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(Location("policygen"), problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = sorted(problems, key=_problem_order)
        super().__init__(self.render())

    def render(self, locale: str = "en") -> str:
        """Every problem, then a count and the promise that nothing was written."""
        return f"{self.render_problems(locale)}\n\n" + say(
            locale,
            N_("1 problem found; nothing was written.")
            if len(self.problems) == 1
            else N_("{count} problems found; nothing was written."),
            count=len(self.problems),
        )

    def render_problems(self, locale: str = "en") -> str:
        """Every problem, without a claim about what was written."""
        return "\n".join(problem.render(locale) for problem in self.problems)


def _problem_order(problem: Problem) -> tuple[str, int, int, str]:
    loc = problem.location
    return (loc.file, loc.line, loc.column, problem.message)


def display_path(path: Path, root: Path) -> str:
    """Show a path relative to the project, with forward slashes, as editors expect."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
