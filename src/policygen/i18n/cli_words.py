"""The command-line framework's own words (Usage, Options, [required], its errors) in Korean.

Typer keeps them as English literals and module constants; this puts them through the same
catalog as policygen's messages. Typer's help renderer (rich) is patched only when something
imports it, so `--version` and a quiet build stay as fast as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from .console import N_, matching_template, say

# rich_utils constant -> its English text (the msgid)
RICH_CONSTANTS = {
    "ARGUMENTS_PANEL_TITLE": N_("Arguments"),
    "OPTIONS_PANEL_TITLE": N_("Options"),
    "COMMANDS_PANEL_TITLE": N_("Commands"),
    "ERRORS_PANEL_TITLE": N_("Error"),
    "ABORTED_TEXT": N_("Aborted."),
    "REQUIRED_LONG_STRING": N_("[required]"),
    "DEFAULT_STRING": N_("[default: {}]"),
    "ENVVAR_STRING": N_("[env var: {}]"),
    "DEPRECATED_STRING": N_("(deprecated) "),
    "RICH_HELP": N_("Try [blue]'{command_path} {help_option}'[/] for help."),
}
USAGE = N_("Usage: ")
# the placeholders of the usage line, as the framework writes them
USAGE_WORDS = {"[OPTIONS]": N_("[OPTIONS]"), "COMMAND [ARGS]...": N_("COMMAND [ARGS]...")}
HELP_OPTION = N_("Show this message and exit.")
TYPE_LABELS = {
    "<bool>": N_("<on/off>"),
    "<str>": N_("<text>"),
    "<dir>": N_("<folder>"),
    "<file>": N_("<file>"),
    "<path>": N_("<path>"),
    "<int>": N_("<number>"),
    "<integer range>": N_("<number>"),
}
# the framework's error messages: pattern -> message with the pattern's named groups
ERRORS: Sequence[tuple[re.Pattern[str], str]] = [
    (re.compile(r"No such option: (?P<name>\S+) \(Possible options: (?P<options>.*)\)$"),
     N_("No such option: {name}. Did you mean {options}?")),
    (re.compile(r"No such option: (?P<name>\S+)$"), N_("No such option: {name}")),
    (re.compile(r"No such command '(?P<name>[^']*)'\.? Did you mean (?P<options>.*)\?$"),
     N_("No such command '{name}'. Did you mean {options}?")),
    (re.compile(r"No such command '(?P<name>[^']*)'\.?$"), N_("No such command '{name}'.")),
    (re.compile(r"Missing argument '(?P<name>[^']*)'\.?$"), N_("Missing argument '{name}'.")),
    (re.compile(r"Missing option '(?P<name>[^']*)'\.?$"), N_("Missing option '{name}'.")),
    (re.compile(r"Option '(?P<name>[^']*)' requires an argument\.$"),
     N_("Option '{name}' requires a value.")),
    (re.compile(r"Got unexpected extra arguments? \((?P<name>.*)\)$"),
     N_("Unexpected extra arguments: {name}")),
    (re.compile(r"Invalid value for (?P<name>.+?): Input should be less than or equal to "
                r"(?P<value>\S+)$"),
     N_("Invalid value for {name}: it must be {value} or less.")),
    (re.compile(r"Invalid value for (?P<name>.+?): Input should be greater than or equal to "
                r"(?P<value>\S+)$"),
     N_("Invalid value for {name}: it must be {value} or more.")),
    (re.compile(r"Invalid value for (?P<name>.+?): '?(?P<value>.*?)'? is not a valid integer"
                r"\.?$"),
     N_("Invalid value for {name}: '{value}' is not a whole number.")),
    (re.compile(r"Invalid value for (?P<name>.+?): Directory '(?P<value>.*)' is a file\.$"),
     N_("Invalid value for {name}: '{value}' is a file, not a folder.")),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<value>.*)$", re.S),
     N_("Invalid value for {name}: {value}")),
]  # fmt: skip


def framework_error(message: str, language: str) -> str:
    """One of the framework's English error messages in the reader's language."""
    found = matching_template(ERRORS, message)
    return say(language, found[0], **found[1]) if found else message


def install(language: str) -> None:
    """Put the framework's words in `language` for this run; flags lose their type label."""
    from typer import core
    from typer._click import exceptions, formatting

    for name in ("TyperOption", "TyperArgument"):
        _localize_type_label(getattr(core, name), language)
    if language == "en":
        return
    usage = say(language, USAGE)
    words = {english: say(language, text) for english, text in USAGE_WORDS.items()}
    write_usage = formatting.HelpFormatter.write_usage

    def localized_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        for english, translated in words.items():
            args = args.replace(english, translated)
        write_usage(self, prog, args, usage if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = localized_usage  # type: ignore[method-assign]
    _localize_help_option(core, language)
    _localize_errors(exceptions, language)
    if "typer.rich_utils" in sys.modules:
        _localize_rich(sys.modules["typer.rich_utils"], language)
    else:
        finder = _AfterImport("typer.rich_utils", lambda module: _localize_rich(module, language))
        sys.meta_path.insert(0, finder)


def _localize_rich(module: ModuleType, language: str) -> None:
    for constant, text in RICH_CONSTANTS.items():
        setattr(module, constant, say(language, text))


def _localize_type_label(cls: type, language: str) -> None:
    display_type = cls.display_type  # type: ignore[attr-defined]

    def localized(self: Any, ctx: Any) -> str:
        if getattr(self, "is_flag", False) and not getattr(self, "secondary_opts", None):
            return ""  # a flag takes no value: '<bool>' beside it would ask for one
        label = display_type(self, ctx)
        text = TYPE_LABELS.get(label)
        return say(language, text) if text else label

    cls.display_type = localized  # type: ignore[attr-defined]


def _localize_help_option(core: ModuleType, language: str) -> None:
    for cls in (core.TyperCommand, core.TyperGroup):
        get_help_option = cls.get_help_option

        def localized(self: Any, ctx: Any, _original: Callable[..., Any] = get_help_option) -> Any:
            option = _original(self, ctx)
            if option is not None and option.help == HELP_OPTION:
                option.help = say(language, HELP_OPTION)
            return option

        cls.get_help_option = localized


def _localize_errors(exceptions: ModuleType, language: str) -> None:
    from typer.exceptions import TyperException

    classes = [TyperException] + [
        getattr(exceptions, name) for name in ("BadParameter", "MissingParameter", "NoSuchOption")
    ]
    for cls in classes:
        format_message = cls.__dict__.get("format_message")
        if format_message is None:
            continue

        def localized(self: Any, _original: Callable[..., str] = format_message) -> str:
            return framework_error(_original(self), language)

        cls.format_message = localized


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs a function on a module right after it is first imported, then steps aside."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader, then = spec.loader, self.then
        exec_module = loader.exec_module

        def exec_then(module: ModuleType) -> None:
            exec_module(module)
            then(module)

        loader.exec_module = exec_then  # type: ignore[method-assign]
        return spec
