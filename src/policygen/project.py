"""Everything one build reads: the policy, its archived versions, and the inputs views declare."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from .errors import Problem, UserError
from .source.load import POLICY_DIR, LoadedPolicy, load_policy
from .source.versions import VERSIONS_DIR, load_versions
from .source.vocabulary import Vocabulary, builtin_vocabulary
from .uptodate import find_project

__all__ = ["Project", "ProjectInput", "find_project", "load_project", "source_folders"]

Raw = TypeVar("Raw")
Ready = TypeVar("Ready")


@dataclass(frozen=True, eq=False)
class ProjectInput(Generic[Raw, Ready]):
    """One folder of a project a view needs besides the policy: read, then filled with facts.

    `read` checks the folder on its own (so its problems are reported with the policy's);
    `prepare` combines it with the validated policy. Both raise UserError with every problem.
    """

    name: str
    folder: str
    read: Callable[[Path, Vocabulary], Raw]
    prepare: Callable[[Raw, LoadedPolicy], Ready] = field(default=lambda raw, _loaded: raw)


@dataclass(frozen=True)
class Project:
    """A validated project: nothing is written until all of this loaded without problems."""

    source: Path
    loaded: LoadedPolicy
    versions: list[LoadedPolicy]
    inputs: dict[str, Any]

    def get(self, spec: ProjectInput[Any, Ready]) -> Ready:
        """The prepared value of one declared input."""
        return self.inputs[spec.name]  # type: ignore[no-any-return]


def source_folders(specs: Iterable[ProjectInput[Any, Any]]) -> tuple[str, ...]:
    """Every folder of a project that a build with these inputs reads."""
    return (POLICY_DIR, VERSIONS_DIR, *sorted({spec.folder for spec in specs}))


def load_project(source: Path, specs: Iterable[ProjectInput[Any, Any]]) -> Project:
    """Read and check the policy and every declared input, reporting all problems together."""
    specs = list({spec.name: spec for spec in specs}.values())
    problems: list[Problem] = []

    def attempt(step: Callable[[], Any]) -> Any:
        try:
            return step()
        except UserError as error:
            problems.extend(error.problems)
            return None

    loaded: LoadedPolicy | None = attempt(lambda: load_policy(source))
    versions = attempt(lambda: load_versions(source)) or []
    vocabulary = loaded.vocabulary if loaded else builtin_vocabulary()
    raw = {spec.name: attempt(lambda spec=spec: spec.read(source, vocabulary)) for spec in specs}
    if problems or loaded is None:
        raise UserError(problems)
    ready = {
        spec.name: attempt(lambda spec=spec: spec.prepare(raw[spec.name], loaded)) for spec in specs
    }
    if problems:
        raise UserError(problems)
    return Project(source, loaded, versions, ready)
