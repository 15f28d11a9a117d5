"""Measure build speed and memory beside MkDocs; numbers for closing notes, never asserted in tests.

    python scripts/bench.py [--source DIR] [--runs N] [--skip-mkdocs] [--only serve]

Every figure is a new process (imports included), as an editor runs `policygen build`, and the
median of --runs runs. MkDocs (the `bench` extra) builds the same text in the same run: each
HTML page of the built sample becomes one Markdown page of an equivalent MkDocs project, so the
ratios hold however fast or busy the machine is. "Empty cache" means no earlier renderings (font
subsets, label PNG/PDF files, PDFs) to reuse. The `serve` rows time an edit saved until the
preview has it: on disk (in-process, the watcher's thread), and in an open page (a real
`policygen serve` and Debian's headless Chromium through Playwright, when both are there).
"""

from __future__ import annotations

import argparse
import contextlib
import html.parser
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INPUT_FOLDERS = ("policy", "versions", "dialogues", "guide", "labels", "teens")
# Targets of issue 16, as multiples of the MkDocs build of the same text.
TARGETS = {"edit": 1.0, "no-op": 0.3, "cold": 6.0}


class _MarkdownWriter(html.parser.HTMLParser):
    """The text of an HTML page as plain Markdown: headings, paragraphs, list items, table rows."""

    BLOCKS = frozenset(("p", "li", "tr", "dt", "dd", "figcaption", "blockquote", "summary", "div"))
    SKIPPED = frozenset(("script", "style", "svg", "template", "head"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skipping = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines += [self.prefix + text.replace("<", "&lt;"), ""]
        self.current, self.prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag in self.BLOCKS:
            self._flush()
            self.prefix = "- " if tag == "li" else ""
        elif tag in ("td", "th"):
            self.current.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_to_markdown(page: str) -> str:
    """The words of a built page as a Markdown page (stdlib only: no converter to install)."""
    writer = _MarkdownWriter()
    writer.feed(page)
    writer.close()
    writer._flush()
    return "\n".join(writer.lines) + "\n"


def mkdocs_project(site: Path, target: Path) -> int:
    """An MkDocs project with one Markdown page per HTML page of `site`; returns the page count."""
    docs = target / "docs"
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        relative = page.relative_to(site).with_suffix(".md")
        markdown = html_to_markdown(page.read_text(encoding="utf-8"))
        (docs / relative).parent.mkdir(parents=True, exist_ok=True)
        (docs / relative).write_text(markdown, encoding="utf-8")
    (target / "mkdocs.yml").write_text("site_name: Privacy policy\n", encoding="utf-8")
    return len(pages)


def copy_project(source: Path, target: Path) -> Path:
    """A scratch copy of the project's input folders (the bench edits it)."""
    for folder in INPUT_FOLDERS:
        if (source / folder).is_dir():
            shutil.copytree(source / folder, target / folder)
    return target


class PhoneEdit:
    """A real edit: one phone number in policy/ changes, to a new number on every run.

    A YAML comment would leave the validated policy as it was, so every page and PDF would come
    from the cache; a changed fact makes the build render what an editor's edit makes it render.
    Numbers start at `first`: measurements sharing a cache must not reuse each other's numbers.
    """

    def __init__(self, project: Path, first: int) -> None:
        self.first = first
        for path in sorted((project / "policy").glob("*.yaml")):
            match = re.search(r"^\s*phone: (\S+)$", path.read_text(encoding="utf-8"), re.M)
            if match:
                self.path, self.current = path, match.group(1)
                return
        raise SystemExit(f"no 'phone:' line in {project / 'policy'} to edit")

    def __call__(self, run: int) -> str:
        new = f"02-0000-{self.first + run:04d}"
        text = self.path.read_text(encoding="utf-8")
        self.path.write_text(text.replace(f"phone: {self.current}", f"phone: {new}", 1), "utf-8")
        self.current = new
        return new


def _tree_pss_kib(pid: int) -> int:
    """Proportional memory of a process and all its descendants (shared pages counted once)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, AttributeError, ValueError):
            continue
    return total


def timed(command: list[str], env: dict[str, str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall seconds of one fresh process, and the peak memory (KiB) of it and its children."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.02):
            peak = max(peak, _tree_pss_kib(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output.decode(errors='replace')}")
    return elapsed, peak


def policygen(project: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "policygen.cli", "build", "--quiet", "-s", str(project),
            "-o", str(out), *extra]  # fmt: skip


def median_of(runs: int, once: Callable[[int], float]) -> float:
    return statistics.median(once(run) for run in range(runs))


def serve_edit_to_html(project: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from saving an edit to its new HTML on disk, and to its PDFs agreeing with it."""
    from policygen.serve import Preview

    out = project / "build"
    preview = Preview(project, out, lambda message: None)
    preview.rebuild(force=False)
    stop = threading.Event()
    watcher = threading.Thread(target=preview.watch, args=(stop,), daemon=True)
    watcher.start()
    time.sleep(0.5)  # the watcher's first look at the files comes before the first edit
    edit = PhoneEdit(project, first=9500)
    to_html, to_pdf = [], []
    page, manifest = out / "en" / "policy" / "index.html", out / ".policygen-build"
    for run in range(runs):
        before = manifest.read_bytes()
        started = time.perf_counter()
        number = edit(run).encode()
        while not (page.is_file() and number in page.read_bytes()):
            time.sleep(0.005)
        to_html.append(time.perf_counter() - started)
        _wait_for_full_build(manifest, before)
        to_pdf.append(time.perf_counter() - started)
        time.sleep(0.3)  # let the watcher settle before the next edit
        assert not preview.error, preview.error
    stop.set()
    watcher.join()
    return to_html, to_pdf


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def _wait_for_full_build(manifest: Path, before: bytes) -> None:
    """Until the build after `before` has published its PDFs too (its second phase)."""
    while manifest.read_bytes() == before or b'"pending"' in manifest.read_bytes():
        time.sleep(0.005)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve_edit_to_page(project: Path, runs: int) -> list[float] | str:
    """Seconds from saving an edit to the open page showing it: `policygen serve` and Chromium.

    The reason it could not be measured instead, when Playwright or Chromium is missing.
    """
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return "Playwright is not installed (the test extra)"
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM}"
    port = _free_port()
    code = "import sys; from policygen.cli import app; sys.exit(app())"
    server = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "-s", str(project), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        for line in server.stdout or ():
            if "127.0.0.1" in line:  # "Serving ... at http://127.0.0.1:PORT/"
                break
        else:
            raise SystemExit(f"policygen serve stopped before serving (exit {server.wait()})")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            url = f"http://127.0.0.1:{port}/en/policy/index.html"
            with page.expect_request(lambda request: "/__policygen__/state" in request.url):
                page.goto(url)
            edit, shown = PhoneEdit(project, first=9700), []
            manifest = project / "build" / ".policygen-build"
            for run in range(runs):
                before = manifest.read_bytes()
                started = time.perf_counter()
                number = edit(run)
                while True:
                    with contextlib.suppress(Error):  # the page is between two documents
                        if page.evaluate("n => document.body.textContent.includes(n)", number):
                            break
                    time.sleep(0.002)
                shown.append(time.perf_counter() - started)
                _wait_for_full_build(manifest, before)
                time.sleep(0.3)  # the reloaded page is waiting for the next build again
            browser.close()
        return shown
    finally:
        server.terminate()
        server.wait(timeout=60)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median; >= 3)")
    parser.add_argument("--skip-mkdocs", action="store_true", help="policygen figures only")
    parser.add_argument("--only", choices=("serve",), help="measure only these rows")
    args = parser.parse_args()
    runs = max(3, args.runs)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as scratch_name:
        scratch = Path(scratch_name)
        project = copy_project(args.source, scratch / "project")
        cache = scratch / "cache"
        env = {**os.environ, "POLICYGEN_CACHE": str(cache), "CI": "1"}
        out = scratch / "site"
        timed(policygen(project, out), env)  # fills the cache, and the site MkDocs copies
        if args.only != "serve":
            build_rows(args, runs, scratch, project, env, out)
        os.environ["POLICYGEN_CACHE"] = str(cache)
        to_html, to_pdf = serve_edit_to_html(copy_project(args.source, scratch / "served"), runs)
        to_page = serve_edit_to_page(copy_project(args.source, scratch / "browsed"), runs)
    print(f"serve, medians of {runs} (the target: the open page shows an edit within 0.3 s)")
    print(
        f"{'serve: edit saved -> new HTML on disk':52} {statistics.median(to_html):9.2f}s"
        f"   (PDFs agree {statistics.median(to_pdf):.2f} s after the edit)"
    )
    shown = f"{statistics.median(to_page):9.2f}s" if isinstance(to_page, list) else to_page
    print(f"{'serve: edit saved -> open page shows it (Chromium)':52} {shown}")
    return 0


def build_rows(
    args: argparse.Namespace,
    runs: int,
    scratch: Path,
    project: Path,
    env: dict[str, str],
    out: Path,
) -> None:
    """Time the builds beside MkDocs and print their table (every row but the serve ones)."""
    mkdocs = 0.0
    if not args.skip_mkdocs:
        pages = mkdocs_project(out, scratch / "mkdocs")
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(scratch / "mk")]
        mkdocs = median_of(runs, lambda _: timed(command, env, scratch / "mkdocs")[0])
        print(f"MkDocs: {pages} Markdown pages, one per HTML page of the sample")

    edit = PhoneEdit(project, first=9000)

    def edited(run: int) -> float:
        edit(run)
        return timed(policygen(project, out), env)[0]

    one_fact = median_of(runs, edited)
    no_op = median_of(runs, lambda _: timed(policygen(project, out), env)[0])
    colds = [
        timed(policygen(project, scratch / f"cold{run}", "--force"),
              {**env, "POLICYGEN_CACHE": str(scratch / f"empty{run}")})
        for run in range(runs)
    ]  # fmt: skip
    cold = statistics.median(seconds for seconds, _ in colds)
    peak_mib = max(peak for _, peak in colds) / 1024

    rows = [
        ("one fact edited (a phone number), PDFs included", one_fact, "edit"),
        ("nothing changed", no_op, "no-op"),
        ("cold, empty render cache (--force)", cold, "cold"),
    ]
    print(f"source: {args.source}; fresh processes, medians of {runs}")
    print(f"{'operation':52} {'policygen':>10} {'÷ MkDocs':>9} {'target':>7}")
    if mkdocs:
        print(f"{'MkDocs build of the same text':52} {mkdocs:9.2f}s {1:8.2f}×")
    for name, seconds, key in rows:
        ratio = f"{seconds / mkdocs:8.2f}×" if mkdocs else f"{'-':>9}"
        print(f"{name:52} {seconds:9.2f}s {ratio} {TARGETS[key]:6.1f}×")
    print(f"peak memory of a cold build, all processes (PSS): {peak_mib:.0f} MiB (target 250)")


if __name__ == "__main__":
    sys.exit(main())
