"""Hostile policy sources for property-based fuzzing, and one way to run a source through the CLI.

Sources are the sample's and the small shop's policy/ files, changed the ways editors and bad
tools change them: values of the wrong type, text with bidi controls, zero-width and astral
characters, every Markdown construct, encoded script links, words that end in every kind of
syllable before a Korean particle, ids one letter away from the vocabulary's, keys removed or
added, lines cut, indented, duplicated, files cut short or in the wrong encoding.

`run_case` builds one source with `policygen build` (in this process, through the CLI) over a
previous good site and says what went wrong, if anything: the suite's short profile and
scripts/fuzz.py's long one share it.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import re
import resource
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from typer.testing import CliRunner

from policygen.cli import app
from policygen.source.vocabulary import builtin_vocabulary

REPO = Path(__file__).resolve().parent.parent
BASES = {"sample": REPO, "shop": REPO / "examples" / "small-shop"}

# --- the pieces hostile text is made of ----------------------------------------------------------

# Words ending in every kind of final before a particle: no final consonant, ㄹ, another final,
# a Latin vowel or consonant, a digit read with or without a final, brackets, quotes, emoji.
WORD_ENDINGS = [
    "나라", "서울", "꽃집", "사과", "달", "봄날꽃집(본점)", "Kakao", "Shop", "AI", "3", "10", "1",
    "7", "Q&A", "「꽃」", '"꽃"', "꽃집.", "😀", "𠀀", "ㄱ", "ㅏ", "가\u0301", "", " ",
]  # fmt: skip
SPECIAL_CHARACTERS = [
    "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u3000", "\u00a0", "\u2028",
    "\u2029", "\u0301", "😀", "👨‍👩‍👧", "🇰🇷", "𝕏", "𠀀", "\U000e0041", "\U0010fffd", "\ufffd", "\x7f",
    "\x07", "\x1b", "\x00", "\t", "\r", "\\", '"', "'", "{", "}", "{service}", "{service:은}",
    "%s", "%(x)s", "{{ x }}", "{% if %}", "<", ">", "&", "&amp;", "&#0;", "&lt;b&gt;",
]  # fmt: skip
URLS = [
    "https://example.com/a?b=c&d=e#f", "http://example.com", "mailto:a@example.com", "tel:118",
    "ftp://example.com", "#top", "/relative", "relative", "", " ", "javascript:alert(1)",
    "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjavascript:alert(1)", "java\nscript:x",
    "jav&#x61;script:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
    "&#x6A&#x61&#x76&#x61script:1", "java%73cript:alert(1)", "%6Aavascript:alert(1)",
    "java&#9;script:alert(1)", "data:text/html,<b>x</b>", "DATA:text/html;base64,PGI+",
    "vbscript:msgbox(1)", "https://例え.jp/경로", "https://example.com/" + "a" * 3000,
    "<https://example.com>", "https://example.com/(paren)", 'https://x"onmouseover="a',
]  # fmt: skip
MARKDOWN = [
    "**{t}**", "*{t}*", "_{t}_", "`{t}`", "[{t}]({u})", "<{u}>", "![{t}]({u})", "# {t}",
    "## {t}", "- {t}\n- {t}", "1. {t}\n2. {t}", "> {t}", "{t}  \n{t}", "---", "```\n{t}\n```",
    "    {t}", "| a | b |\n|---|---|\n| {t} | {t} |", "{t}\n\n{t}", "\\*{t}\\*", "[{t}][ref]",
    "[ref]: {u}", "<b>{t}</b>", "<!-- {t} -->", "<script>{t}</script>", "&lt;script&gt;",
    "***", "* * *", "- [ ] {t}", "{t}[^1]", "~~{t}~~", "[{t}]({u} \"title\")", "[]({u})",
    "[**{t}**]({u})", "[`{t}`]({u})", "[{t}]({u})[{t}]({u})", "- [{t}]({u})", "> [{t}]({u})",
]  # fmt: skip


def _vocabulary_ids() -> list[str]:
    vocabulary = builtin_vocabulary()
    return sorted({term for kind in vocabulary.terms for term in vocabulary.ids(kind)})


VOCABULARY_IDS = _vocabulary_ids()


@st.composite
def near_ids(draw: st.DrawFn) -> str:
    """An id one edit away from the vocabulary's, or one of its ids in another form."""
    word = draw(st.sampled_from(VOCABULARY_IDS))
    position = draw(st.integers(0, len(word)))
    how = draw(st.sampled_from(["drop", "add", "upper", "dash", "space", "korean", "same", "long"]))
    if how == "drop" and word:
        return word[:position] + word[position + 1 :]
    if how == "add":
        return word[:position] + draw(st.sampled_from("a_z0-é가 ")) + word[position:]
    if how == "upper":
        return word.upper()
    if how == "dash":
        return word.replace("_", "-")
    if how == "space":
        return f" {word} "
    if how == "korean":
        return draw(st.sampled_from(["이메일", "전화번호", "동의", "계약"]))
    if how == "long":
        return word + "_x" * 40
    return word


@st.composite
def texts(draw: st.DrawFn) -> str:
    """A text an editor might write, or a hostile one: Markdown, links, odd characters."""
    pieces = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(
            st.sampled_from(["word"] * 3 + ["special"] * 2 + ["markdown"] * 3 + ["plain", "url"])
        )
        if kind == "word":
            pieces.append(draw(st.sampled_from(WORD_ENDINGS)))
        elif kind == "special":
            pieces.append(draw(st.sampled_from(SPECIAL_CHARACTERS)))
        elif kind == "url":
            pieces.append(draw(st.sampled_from(URLS)))
        elif kind == "markdown":
            template = draw(st.sampled_from(MARKDOWN))
            pieces.append(
                template.replace("{t}", draw(st.sampled_from(WORD_ENDINGS)) or "x").replace(
                    "{u}", draw(st.sampled_from(URLS))
                )
            )
        else:
            pieces.append(draw(st.text(max_size=12)))
    separator = draw(st.sampled_from(["", " ", "\n", "\n\n"]))
    return separator.join(pieces)


HUGE = ["가" * 20_001, "a " * 10_500, "x" * 19_999 + "가", "[a](https://e.com/)" * 1200]


@st.composite
def scalars(draw: st.DrawFn) -> Any:
    """A value of any YAML type, empty, huge, or text."""
    return draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**70), 2**70),
            st.floats(allow_nan=True, allow_infinity=True),
            st.dates(min_value=dt.date(1, 1, 1)),
            st.just(""),
            st.sampled_from(HUGE),
            st.sampled_from(VOCABULARY_IDS),
            near_ids(),
            texts(),
            texts(),
            st.just([]),
            st.just({}),
        )
    )


# --- changes to a parsed document and to its text ------------------------------------------------


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return tree


def _delete(tree: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return tree
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return tree


@st.composite
def mutated_tree(draw: st.DrawFn, tree: Any) -> Any:
    """The document with one to four of its values, keys or shapes changed."""
    tree = copy.deepcopy(tree)
    for _ in range(draw(st.sampled_from([1, 1, 1, 2, 2, 3, 4]))):
        paths = list(_paths(tree))
        path, node = draw(st.sampled_from(paths))
        text_leaves = [(p, n) for p, n in paths if isinstance(n, str)]
        prose = [(p, n) for p, n in text_leaves if p and p[-1] in ("ko", "en")]
        how = draw(
            st.sampled_from(["prose"] * 6 + ["text", "scalar", "id", "delete", "key", "copy"])
        )
        if how == "prose" and prose:  # where Markdown and Korean particles are published
            path, _ = draw(st.sampled_from(prose))
            tree = _set(tree, path, draw(texts()))
        elif how == "text" and text_leaves:
            path, _ = draw(st.sampled_from(text_leaves))
            tree = _set(tree, path, draw(texts()))
        elif how == "id" and text_leaves:
            path, _ = draw(st.sampled_from(text_leaves))
            tree = _set(tree, path, draw(near_ids()))
        elif how == "scalar":
            tree = _set(tree, path, draw(scalars()))
        elif how == "delete":
            tree = _delete(tree, path)
        elif how == "key" and isinstance(node, dict):
            key = draw(st.one_of(near_ids(), st.sampled_from(["", "ko", "en", "ja", "1", "<<"])))
            node[key] = draw(scalars())
        elif how == "copy" and isinstance(node, list) and node:
            node.append(copy.deepcopy(node[draw(st.integers(0, len(node) - 1))]))
    return tree


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: much faster


def dump(tree: Any) -> str:
    """YAML text of a parsed document, Unicode kept as it is."""
    return yaml.dump(tree, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=120)


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> bytes:
    """The file's text cut, indented, duplicated or spliced at a line, or in another encoding."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 3))):
        lines = lines or [""]
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        how = draw(st.sampled_from(["drop", "twice", "indent", "dedent", "splice", "tab", "cut"]))
        line = lines[index] if lines else ""
        if how == "drop" and lines:
            del lines[index]
        elif how == "twice":
            lines.insert(index, line)
        elif how == "indent":
            lines[index] = " " * draw(st.integers(1, 3)) + line
        elif how == "dedent":
            lines[index] = line[draw(st.integers(1, 3)) :]
        elif how == "tab":
            lines[index] = "\t" + line
        elif how == "splice":
            at = draw(st.integers(0, len(line)))
            piece = draw(
                st.sampled_from(
                    [":", ": ", '"', "'", "&a ", "*a", "!!python/object:os.system ", "{", "[",
                     "%TAG", "---\n", "...", "? ", "- ", "#", "|", ">", "：", "\u00a0"]
                )
            )  # fmt: skip
            lines[index] = line[:at] + piece + line[at:]
        elif how == "cut":  # a half-written file, as an editor's truncate-then-write leaves it
            lines = lines[: index + 1]
            lines[-1] = line[: draw(st.integers(0, len(line)))]
    result = "\n".join(lines)
    encoding = draw(
        st.sampled_from(["utf-8"] * 20 + ["utf-8-sig", "cp949", "utf-16", "latin-1", "crlf"])
    )
    if encoding == "crlf":
        return result.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
    return result.encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")


# --- a whole source ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A project's policy/ folder as files: name -> bytes."""

    base: str
    files: dict[str, bytes]


@functools.cache
def base_files(base: str) -> dict[str, str]:
    """The policy/*.yaml files of a base project, as text."""
    folder = BASES[base] / "policy"
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.yaml"))}


@functools.cache
def _parsed(base: str, name: str) -> Any:
    return yaml.load(base_files(base)[name], Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@st.composite
def sources(draw: st.DrawFn, bases: tuple[str, ...] = ("shop", "sample")) -> Source:
    """A base project's source with one file (sometimes two) changed, and sometimes a new file."""
    base = draw(st.sampled_from(bases))
    originals = base_files(base)
    files = {name: text.encode("utf-8") for name, text in originals.items()}
    for _ in range(draw(st.integers(1, 2))):
        name = draw(st.sampled_from(sorted(originals)))
        text = originals[name]
        how = draw(st.sampled_from(["values", "values", "values", "lines", "both"]))
        if how != "lines":
            text = dump(draw(mutated_tree(_parsed(base, name))))
        files[name] = draw(mutated_text(text)) if how != "values" else text.encode("utf-8")
    if draw(st.integers(0, 9)) == 0:
        extra = draw(st.sampled_from(["terms:\n  data_items: {}\n", "history: []\n", "", "x: 1\n"]))
        files[draw(st.sampled_from(["extra.yaml", "new.yml", ".hidden.yaml"]))] = draw(
            mutated_text(extra)
        )
    return Source(base, files)


# --- running one source through `policygen build` ------------------------------------------------

LOCATION = re.compile(r"policy/(?:[^\s:]+\.ya?ml:\d+|: )")  # a file and line, or the whole folder


@dataclass
class Outcome:
    """What one build of a fuzzed source did, and what was wrong with that (empty: nothing)."""

    built: bool
    seconds: float
    output: str
    faults: list[str] = field(default_factory=list)


def folder_state(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Each file's size, change time and inode: any write or swap changes it."""
    return {
        path.relative_to(folder).as_posix(): (stat.st_size, stat.st_mtime_ns, stat.st_ino)
        for path in sorted(folder.rglob("*"))
        if (stat := path.lstat()) and path.is_file()
    }


def write_source(project: Path, source: Source) -> None:
    """Replace the project's policy/ folder with the source's files."""
    shutil.rmtree(project / "policy", ignore_errors=True)
    (project / "policy").mkdir(parents=True)
    for name, content in source.files.items():
        (project / "policy" / name).write_bytes(content)


@contextlib.contextmanager
def pdfs_skipped() -> Iterator[None]:
    """Lay out every print page but hand back a placeholder instead of running WeasyPrint."""
    from policygen.views import policy, senior

    saved = policy.pdf_from_print_page, senior.pdf_from_print_page

    def placeholder(kind: str, html: str) -> bytes:
        return b"%PDF-1.7\n% skipped by the fuzzer\n"

    policy.pdf_from_print_page = senior.pdf_from_print_page = placeholder
    try:
        yield
    finally:
        policy.pdf_from_print_page, senior.pdf_from_print_page = saved


def run_case(source: Source, project: Path, out: Path, *, language: str = "en") -> Outcome:
    """Build `source` into `out` (which holds a good site) and check the outcome's promises."""
    write_source(project, source)
    before = folder_state(out)
    started = time.perf_counter()
    arguments = ["build", "--source", str(project), "--out", str(out), "--lang", language]
    result = CliRunner().invoke(app, [*arguments, "--force", "--publish-anyway"])
    seconds = time.perf_counter() - started
    output = result.output
    outcome = Outcome(result.exit_code == 0, seconds, output)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        outcome.faults.append(f"uncaught {type(result.exception).__name__}: {result.exception}")
    if "Traceback" in output:
        outcome.faults.append("a traceback was printed")
    if result.exit_code == 0:
        if not (out / "index.html").is_file() or not (out / ".policygen-build").is_file():
            outcome.faults.append("exit 0 but no site in the output folder")
    elif result.exit_code == 1:
        if not LOCATION.search(output):
            outcome.faults.append("exit 1 without a policy/<file>:<line> location")
        if folder_state(out) != before:
            outcome.faults.append("a failed build changed the previous site")
    else:
        outcome.faults.append(f"exit code {result.exit_code}")
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    if leftovers:
        outcome.faults.append(f"staging or retired folders left behind: {leftovers}")
    return outcome


def peak_memory_mib() -> float:
    """This process's peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
