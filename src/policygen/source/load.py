"""Read every policy/*.yaml file and validate it into one Policy, reporting all problems at once."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import Location, Problem, UserError, display_path
from ..i18n.console import N_, Msg
from .messages import explain, model_at
from .model import CustomEvent, CustomItem, CustomTerm, Policy
from .service_policies import service_problems
from .text_file import decode_source
from .transparency import report_problems
from .vocabulary import CUSTOMISABLE, KINDS, Term, Vocabulary, builtin_vocabulary, term_from_mapping
from .yaml_tree import LocatedData, parse_yaml

POLICY_DIR = "policy"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadedPolicy:
    """A validated policy, the vocabulary it was checked against, and where each fact came from."""

    policy: Policy
    vocabulary: Vocabulary
    source: LocatedData
    files: list[Path] = field(default_factory=list)


def yaml_files(folder: Path, shown_as: str, empty_hint: str) -> list[Path]:
    """The YAML files of a source folder, in a stable order."""
    files = sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in YAML_SUFFIXES and path.is_file() and not path.name.startswith(".")
    )
    if not files:
        raise UserError(Problem(Location(shown_as), "the folder has no .yaml files", empty_hint))
    return files


def policy_files(project: Path) -> list[Path]:
    """The YAML files that make up a project's policy, in a stable order."""
    folder = project / POLICY_DIR
    if not folder.is_dir():
        raise UserError(
            Problem(
                Location(display_path(folder, project.parent)),
                Msg(
                    N_("there is no 'policy/' folder in {folder}"),
                    folder=project.resolve(),
                ),
                Msg(
                    N_(
                        "run policygen inside a policygen project (commands look in the "
                        "folders above too), pass --source DIR, or create one with "
                        "'policygen init DIR'"
                    )
                ),
            )
        )
    return yaml_files(folder, f"{POLICY_DIR}/", "add the policy facts as policy/<something>.yaml")


def read_sources(
    project: Path, files: Iterable[Path], *, prefix: str = ""
) -> tuple[LocatedData, list[Problem]]:
    """Parse each file and merge their top-level keys; a key defined in two files is a problem."""
    merged = LocatedData({})
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for path in files:
        name = prefix + display_path(path, project)
        text = decode_source(path.read_bytes(), name)
        if isinstance(text, Problem):
            problems.append(text)
            continue
        parsed = parse_yaml(text, name)
        if isinstance(parsed, list):
            problems.extend(parsed)
            continue
        if not isinstance(parsed.data, dict):
            problems.append(
                Problem(
                    Location(name, 1, 1),
                    "the file should be a list of 'key: value' sections",
                    "start lines at the left margin with a section name, e.g. 'controller:'",
                )
            )
            continue
        for key, value in parsed.data.items():
            where = parsed.key_locations[(key,)]
            if key in owner:
                problems.append(
                    Problem(
                        where,
                        f"section '{key}' is also defined in {owner[key]}",
                        "keep each section in one file only",
                    )
                )
                continue
            owner[key] = str(where)
            merged.data[key] = value
        merged.locations.update({path_: loc for path_, loc in parsed.locations.items() if path_})
        merged.key_locations.update(parsed.key_locations)
    return merged, problems


def problems_from(
    error: ValidationError,
    source: LocatedData,
    model: type[BaseModel],
    folder: str = f"{POLICY_DIR}/",
) -> list[Problem]:
    """Every validation error of a source folder, at the file and line it points to."""
    problems = []
    details = error.errors(include_url=False)
    misspelt = _misspelt_keys(details, model)
    for detail in details:
        loc = tuple(part for part in detail["loc"] if part != "[key]")
        if detail["type"] == "missing" and loc in misspelt:
            continue  # the unknown key beside it says "did you mean" this one
        message, hint = explain(detail, model)
        is_key = detail["type"] == "extra_forbidden" or "[key]" in detail["loc"]
        where = source.locate(loc, key=is_key)
        if not loc or (detail["type"] == "missing" and len(loc) == 1):
            where = Location(folder)
            if loc:
                hint = f"add a '{loc[-1]}:' section to one of the files in {folder}"
        problems.append(Problem(where, message, hint))
    return problems


def _misspelt_keys(details: list[Any], model: type[BaseModel]) -> set[tuple[Any, ...]]:
    """Missing keys that an unknown key beside them most likely misspells (loactions)."""
    found = set()
    for detail in details:
        if detail["type"] != "extra_forbidden":
            continue
        loc = tuple(part for part in detail["loc"] if part != "[key]")
        parent = model_at(model, loc[:-1])
        allowed = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        if close:
            found.add((*loc[:-1], close[0]))
    return found


def _custom_vocabulary(source: LocatedData, base: Vocabulary) -> tuple[Vocabulary, list[Problem]]:
    """Built-in terms plus the project's own; a broken custom term still counts as defined.

    Each term is checked on its own, so one mistake is reported once (by the main validation)
    instead of also making every use of every other custom term "unknown".
    """
    raw = source.data.get("terms")
    if not isinstance(raw, dict):
        return base, []
    problems: list[Problem] = []
    custom: dict[str, dict[str, Term]] = {}
    for kind in CUSTOMISABLE:
        entries = raw.get(kind)
        if not isinstance(entries, dict):
            continue
        for term_id, entry in entries.items():
            if not isinstance(term_id, str):
                continue
            if base.has(kind, term_id):
                problems.append(
                    Problem(
                        source.locate(("terms", kind, term_id), key=True),
                        f"'{term_id}' is already a built-in {KINDS[kind]}",
                        f"use '{term_id}' directly without defining it, or pick another id",
                    )
                )
                continue
            model = CustomItem if kind == "data_items" else CustomTerm  # items carry a category
            try:
                mapping = model.model_validate(entry).model_dump(exclude_none=True)
            except ValidationError:
                mapping = {}  # reported with its full path by the main validation
            custom.setdefault(kind, {})[term_id] = term_from_mapping(
                kind, term_id, mapping, custom=True
            )
    custom["events"] = _custom_events(raw.get("events"))
    for term_id in [key for key in custom["events"] if base.has("events", key)]:
        del custom["events"][term_id]
        problems.append(
            Problem(
                source.locate(("terms", "events", term_id), key=True),
                f"'{term_id}' is already a built-in {KINDS['events']}",
                f"use '{term_id}' directly without defining it, or pick another id",
            )
        )
    return base.with_custom(custom), problems


def _custom_events(entries: Any) -> dict[str, Term]:
    """Retention events a project defines; kid wording falls back to the plain wording."""
    events: dict[str, Term] = {}
    for term_id, entry in (entries or {}).items() if isinstance(entries, dict) else ():
        try:
            event = CustomEvent.model_validate(entry)
        except ValidationError:
            event = None  # reported with its full path by the main validation
        if not isinstance(term_id, str):
            continue
        if event is None:
            events[term_id] = Term("events", term_id, "", "", custom=True)
            continue
        until, after = event.until.model_dump(), event.after.model_dump()
        events[term_id] = Term(
            "events",
            term_id,
            "",
            "",
            custom=True,
            extra={
                "until": until,
                "after": after,
                "kid_until": event.kid_until.model_dump() if event.kid_until else until,
                "kid_after": event.kid_after.model_dump() if event.kid_after else after,
            },
        )
    return events


def _duplicates(
    values: list[Any], path: tuple[Any, ...], what: str, source: LocatedData
) -> list[Problem]:
    counts = Counter(values)
    problems = []
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if counts[value] > 1 and value in seen:
            problems.append(
                Problem(
                    source.locate((*path, index)),
                    f"{what} '{value}' is listed twice",
                    "remove the second one or merge the two entries",
                )
            )
        seen.add(value)
    return problems


def _consistency(policy: Policy, source: LocatedData) -> list[Problem]:
    """Checks that span several entries: duplicates that YAML and pydantic cannot see."""
    problems = _duplicates(
        [p.purpose for p in policy.processing], ("processing",), "purpose", source
    )
    problems = [
        Problem(p.location, p.message, "describe each purpose once, with all its items")
        for p in problems
    ]
    for index, entry in enumerate(policy.processing):
        for key in ("required_items", "optional_items", "automatic_items"):
            problems += _duplicates(
                getattr(entry, key), ("processing", index, key), "data item", source
            )
        both = set(entry.required_items) & set(entry.optional_items)
        for item in sorted(both):
            position = entry.optional_items.index(item)
            problems.append(
                Problem(
                    source.locate(("processing", index, "optional_items", position)),
                    f"data item '{item}' is both required and optional",
                    "keep it in one of the two lists",
                )
            )
    problems += _duplicates(
        [d.id for d in policy.automated_decisions],
        ("automated_decisions",),
        "automated decision id",
        source,
    )
    problems += _duplicates([h.version for h in policy.history], ("history",), "version", source)
    problems += _duplicates(
        [h.date.isoformat() for h in policy.history], ("history",), "effective date", source
    )
    problems += _duplicates(
        policy.security_measures, ("security_measures",), "security measure", source
    )
    problems += _duplicates(
        policy.destruction.methods, ("destruction", "methods"), "destruction method", source
    )
    problems += report_problems(policy.transparency, source)
    has_ads = policy.behavioural_advertising is not None
    problems += service_problems(policy.service_policies, has_ads, source)
    return problems


def validate_source(source: LocatedData, vocabulary: Vocabulary | None = None) -> LoadedPolicy:
    """Validate merged YAML data into a Policy, or raise UserError with every problem found."""
    vocabulary, problems = _custom_vocabulary(source, vocabulary or builtin_vocabulary())
    try:
        policy = Policy.model_validate(source.data, context={"vocabulary": vocabulary})
    except ValidationError as error:
        raise UserError(problems + problems_from(error, source, Policy)) from None
    problems += _consistency(policy, source)
    if problems:
        raise UserError(problems)
    return LoadedPolicy(policy, vocabulary, source)


def load_policy(project: Path) -> LoadedPolicy:
    """Read and validate a project's policy/ folder."""
    files = policy_files(project)
    source, problems = read_sources(project, files)
    if problems:
        raise UserError(problems)
    loaded = validate_source(source)
    loaded.files = files
    return loaded
