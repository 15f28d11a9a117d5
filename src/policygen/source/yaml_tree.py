"""Load YAML into plain data while remembering the file, line and column of every value."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import Location, Problem
from ..i18n.console import N_, Msg
from .yaml_problems import yaml_problem

KeyPath = tuple[str | int, ...]

# YAML 1.2 core-schema scalars only: "no", "on", "yes" and dates stay text, so that a Korean
# editor's 아니오 and a Norwegian country code never turn into booleans behind their back.
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_LEADING_ZERO = re.compile(r"^[-+]?0[0-9]")
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
MAX_NODES = 200_000
# What PyYAML's own reader refuses: such text takes the careful path, which says where it is.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


@dataclass
class LocatedData:
    """Plain YAML data plus a map from each value's path to where an editor wrote it."""

    data: Any
    locations: dict[KeyPath, Location] = field(default_factory=dict)
    key_locations: dict[KeyPath, Location] = field(default_factory=dict)

    def locate(self, path: KeyPath, *, key: bool = False) -> Location:
        """The closest known location for a path: the value itself, else its nearest parent."""
        if key and path in self.key_locations:
            return self.key_locations[path]
        for end in range(len(path), -1, -1):
            if path[:end] in self.locations:
                return self.locations[path[:end]]
        return Location("policy")


class _AliasError(yaml.MarkedYAMLError):
    pass


class _NoAliasComposer(Composer):
    """Anchors and aliases are refused: editors do not need them and they allow 'YAML bombs'."""

    def compose_node(self, parent: Node | None, index: Any) -> Node:  # type: ignore[override]
        if self.check_event(AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise _AliasError(
                None,
                None,
                "aliases (*name) are not supported in policygen sources",
                event.start_mark,
            )
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


class _Loader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    _NoAliasComposer,
    yaml.resolver.BaseResolver,
):
    """A composer only: nodes are turned into data by this module, never by PyYAML constructors."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _NoAliasComposer.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)


def _yaml_hint(problem: str) -> str:
    if "'\\t'" in problem or "\\t" in problem:
        return Msg(N_("indent with spaces, not tabs (set your editor to insert spaces)"))
    if "mapping values are not allowed" in problem:
        return Msg(
            N_(
                "a value contains ': ' or the line above is indented wrongly; "
                'put text with a colon in quotes, e.g. title: "A: B"'
            )
        )
    if "could not find expected ':'" in problem:
        return Msg(N_("each line needs 'key: value'; check the indentation and any unclosed quote"))
    if "found undefined alias" in problem or "aliases" in problem:
        return Msg(N_("write the value out in full instead of using &anchor / *alias"))
    if "expected <block end>" in problem or "did not find expected" in problem:
        return Msg(
            N_("check that this line is indented like its siblings and that '-' items line up")
        )
    return Msg(N_("check the indentation and quotes around this line"))


try:  # PyYAML's wheels carry libyaml; a build without it takes the pure-Python path only
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover
    CParser = None


class _FastLoader(CParser or object, yaml.resolver.BaseResolver):  # type: ignore[misc]
    """libyaml's parser and composer: the same nodes, marks and tags, several times faster."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        yaml.resolver.BaseResolver.__init__(self)


class _Unusual(Exception):
    """The fast path met what only the careful path reports well: an error or an alias."""


def _fast_root(text: str) -> Node | None:
    """The document's root node by libyaml; _Unusual for anything but plain, valid YAML.

    Every error (and every alias, which libyaml resolves without a word) is then parsed again
    by the pure-Python loader, so that an editor reads the same message whichever path ran.
    """
    if CParser is None or "\t" in text or _NON_PRINTABLE.search(text):
        # libyaml lets a tab pass where PyYAML refuses it (after a value, inside flow
        # collections): such a file is read by the careful path, which is what decides
        raise _Unusual
    loader = _FastLoader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    except yaml.YAMLError:
        raise _Unusual from None
    finally:
        loader.dispose()


def parse_yaml(text: str, name: str) -> LocatedData | list[Problem]:
    """Parse one YAML document into located plain data, or return the problems found."""
    with contextlib.suppress(_Unusual, RecursionError):
        root = _fast_root(text)
        if root is not None:
            return _Converter(name, refuse_shared=True).convert_root(root)
    loader = None
    try:
        loader = _Loader(text)
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        if err.context_mark and "end of stream" in (err.problem or ""):
            mark = err.context_mark  # an unclosed quote or bracket: point to where it opened
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problem = err.problem or "invalid YAML"
        if "quoted scalar" in (err.context or ""):
            hint = Msg(N_("a quote opened here is never closed; add the closing quote"))
            return [Problem(Location(name, line, column), _syntax(problem), hint)]
        suspect = _suspect_line(text, line)
        if suspect is not None:
            number, at, message, hint = suspect
            return [
                Problem(
                    Location(name, number, at),
                    _syntax(message),
                    Msg(
                        N_("{hint} (YAML noticed it at line {line}: {problem})"),
                        hint=hint,
                        line=line,
                        problem=yaml_problem(problem),
                    ),
                )
            ]
        return [Problem(Location(name, line, column), _syntax(problem), _yaml_hint(problem))]
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        column = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        return [
            Problem(
                Location(name, line, column),
                Msg(
                    N_("the file contains an invisible control character (U+{code})"),
                    code=f"{err.character:04X}",
                )
                if isinstance(err.character, int)
                else Msg(N_("the file contains a control character")),
                Msg(
                    N_(
                        "delete it; it often comes from copying text out of a PDF or a word "
                        "processor"
                    )
                ),
            )
        ]
    except RecursionError:
        return [_too_deep(name)]
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        return [
            Problem(
                Location(name, 1, 1),
                Msg(N_("the file is empty")),
                Msg(N_("add the policy facts it should hold, or delete the file")),
            )
        ]
    try:
        return _Converter(name).convert_root(root)
    except RecursionError:
        return [_too_deep(name)]


def _too_deep(name: str) -> Problem:
    return Problem(
        Location(name),
        Msg(N_("the YAML is nested too deeply")),
        Msg(N_("a policy needs only a few levels of indentation; look for a runaway '[' or '{'")),
    )


def _syntax(problem: str) -> Msg:
    """A YAML syntax error: PyYAML's own words in English, explained in Korean."""
    return Msg(N_("YAML syntax error: {problem}"), problem=yaml_problem(problem))


def _suspect_line(text: str, line: int) -> tuple[int, int, str, str] | None:
    """The line an editor most likely got wrong, when YAML notices only later.

    Korean input methods type a full-width colon or space that YAML does not accept, and an
    unclosed quote runs on until the next quote further down the file.
    """
    lines = text.split("\n")[:line]
    for number in range(len(lines), max(0, len(lines) - 5), -1):
        content = lines[number - 1]
        if "：" in content:
            return (
                number,
                content.index("：") + 1,
                Msg(N_("this line uses a full-width colon '：'")),
                Msg(N_("replace it with an ordinary ':' followed by a space")),
            )
        if "\u3000" in content:
            return (
                number,
                content.index("\u3000") + 1,
                Msg(N_("this line contains a full-width space (전각 공백)")),
                Msg(N_("replace it with ordinary spaces")),
            )
    for number in range(len(lines) - 1, 0, -1):
        content = lines[number - 1].split(" #")[0]
        if content.lstrip().startswith("#"):
            continue
        if content.replace('\\"', "").count('"') % 2 == 1:
            return (
                number,
                1,
                Msg(N_('this line opens a quote (") that is not closed on the same line')),
                Msg(N_("add the closing quote at the end of the text")),
            )
    return None


class _Converter:
    def __init__(self, name: str, *, refuse_shared: bool = False) -> None:
        self.name = name
        self.result = LocatedData(None)
        self.problems: list[Problem] = []
        self.count = 0
        # libyaml turns an alias into the anchored node itself: meeting a node twice is one
        self.seen: set[int] | None = set() if refuse_shared else None

    def convert_root(self, root: Node) -> LocatedData | list[Problem]:
        data = self._convert(root, ())
        if self.problems:
            return self.problems
        self.result.data = data
        return self.result

    def _where(self, node: Node) -> Location:
        return Location(self.name, node.start_mark.line + 1, node.start_mark.column + 1)

    def _convert(self, node: Node, path: KeyPath) -> Any:
        if self.seen is not None:
            if id(node) in self.seen:
                raise _Unusual
            self.seen.add(id(node))
        self.count += 1
        if self.count > MAX_NODES:
            if self.count == MAX_NODES + 1:
                self.problems.append(
                    Problem(
                        self._where(node),
                        "the file has too many values",
                        "split it into several files",
                    )
                )
            return None
        self.result.locations[path] = self._where(node)
        if node.tag not in _STANDARD_TAGS:
            self.problems.append(
                Problem(
                    self._where(node),
                    f"YAML tag '{node.tag}' is not supported",
                    "remove the '!' tag; write plain values",
                )
            )
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self._convert(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return _scalar(node)

    def _mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Location] = {}
        for key_node, value_node in node.value:
            if self.seen is not None:  # an alias used as a key: libyaml gave the node itself
                if id(key_node) in self.seen:
                    raise _Unusual
                self.seen.add(id(key_node))
            where = self._where(key_node)
            if not isinstance(key_node, ScalarNode):
                self.problems.append(
                    Problem(where, "a key must be a plain word", "write keys as 'name: value'")
                )
                continue
            key = str(key_node.value)
            if "\u3000" in key or key.endswith("："):
                self.problems.append(
                    Problem(
                        where,
                        f"key '{key.strip()}' contains a full-width space or colon",
                        "retype the indentation with ordinary spaces and use an ordinary ':'",
                    )
                )
                continue
            if key == "<<":
                self.problems.append(
                    Problem(
                        where, "merge keys (<<) are not supported", "write the values out in full"
                    )
                )
                continue
            if key in first_seen:
                self.problems.append(
                    Problem(
                        where,
                        f"key '{key}' appears twice in the same block "
                        f"(first at line {first_seen[key].line})",
                        "keep one of them; a second one would silently replace the first",
                    )
                )
                continue
            first_seen[key] = where
            self.result.key_locations[(*path, key)] = where
            result[key] = self._convert(value_node, (*path, key))
        return result


def _scalar(node: ScalarNode) -> Any:
    value = node.value
    if node.style:  # quoted or block text stays text
        return value
    if _NULL.match(value):
        return None
    if _BOOL.match(value):
        return value.lower() == "true"
    if _LEADING_ZERO.match(value):  # 010-1234-5678, 007: codes, not numbers
        return value
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value) and any(ch.isdigit() for ch in value):
        return float(value)
    return value
