"""Measure build speed and memory; numbers for closing notes, never asserted in tests.

    python scripts/bench.py [--source DIR] [--runs N]

Each "fresh process" figure is a new Python process (imports included), as `policygen build`
runs. "Empty cache" means no earlier renderings (font subset, label PNG/PDF) to reuse.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = """
import resource, sys, time
from pathlib import Path
started = time.perf_counter()
from policygen.build import build, build_label_kit
from policygen.output.cache import STATS
if sys.argv[3] == "site":
    build(Path(sys.argv[1]), Path(sys.argv[2]))
else:
    build_label_kit(Path(sys.argv[1]), Path(sys.argv[2]))
elapsed = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
renders = sum(count for key, count in STATS.items() if key.endswith(":render"))
print(f"{elapsed:.4f} {peak_kib} {renders}")
"""


def fresh_process(source: Path, out: Path, cache: Path, what: str) -> tuple[float, float, int]:
    """(seconds, peak MiB, renderings done) for one new process building `what`."""
    env = {**os.environ, "POLICYGEN_CACHE": str(cache)}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(source), str(out), what],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    seconds, peak_kib, renders = result.stdout.split()
    return float(seconds), int(peak_kib) / 1024, int(renders)


def in_process(source: Path, out: Path, runs: int) -> list[float]:
    """Repeated builds in one process: what an editor's live preview costs."""
    from policygen.build import build

    build(source, out)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build(source, out, force=True)  # render everything again (caches still help)
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    assert build(source, out).skipped
    times.append(time.perf_counter() - started)  # the last one: a no-op build
    return times


def no_op_rebuild(source: Path, out: Path, cache: Path) -> float:
    """A second `policygen build` with nothing changed, in a fresh process."""
    env = {**os.environ, "POLICYGEN_CACHE": str(cache)}
    command = [
        sys.executable,
        "-m",
        "policygen.cli",
        "build",
        "--source",
        str(source),
        "--out",
        str(out),
    ]
    subprocess.run(command, capture_output=True, check=True, env=env)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert "Nothing changed" in result.stdout, result.stdout
    return time.perf_counter() - started


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

    def __call__(self, run: int) -> None:
        new = f"02-0000-{self.first + run:04d}"
        text = self.path.read_text(encoding="utf-8")
        self.path.write_text(text.replace(f"phone: {self.current}", f"phone: {new}", 1), "utf-8")
        self.current = new


def edit_and_build(source: Path, scratch: Path, runs: int) -> list[float]:
    """Seconds for `build` after one fact changed, in one process (caches warm otherwise)."""
    from policygen.build import build

    project = scratch / "edited"
    shutil.copytree(source / "policy", project / "policy")
    edit = PhoneEdit(project, first=9000)
    build(project, project / "build")
    times = []
    for run in range(runs):
        edit(run)
        started = time.perf_counter()
        result = build(project, project / "build")
        times.append(time.perf_counter() - started)
        assert not result.skipped
    return times


def edit_to_reload(source: Path, scratch: Path, runs: int = 5) -> list[float]:
    """Seconds from saving a fact's edit to the preview server reporting a new build."""
    import threading
    import urllib.request

    from policygen.serve import Preview, make_server

    project = scratch / "served"
    shutil.copytree(source / "policy", project / "policy")
    preview = Preview(project, project / "build", lambda message: None)
    preview.rebuild(force=False)
    server = make_server(preview, "127.0.0.1", 0)
    stop = threading.Event()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    threading.Thread(target=preview.watch, args=(stop,), daemon=True).start()
    state_url = f"http://127.0.0.1:{server.server_address[1]}/__policygen__/state"
    edit = PhoneEdit(project, first=9500)
    latencies = []
    for run in range(runs):
        before = json.loads(urllib.request.urlopen(state_url).read())["build"]
        started = time.perf_counter()
        edit(run)
        while json.loads(urllib.request.urlopen(state_url).read())["build"] == before:
            time.sleep(0.02)
        latencies.append(time.perf_counter() - started + 0.25)  # + the page's poll interval
        assert not preview.error, preview.error
    stop.set()
    server.shutdown()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        rows = []
        for what in ("site", "labels"):
            cold = fresh_process(args.source, scratch / f"{what}-cold", scratch / f"c-{what}", what)
            warm = [
                fresh_process(args.source, scratch / f"{what}-warm{i}", scratch / f"c-{what}", what)
                for i in range(3)
            ]
            rows.append((what, cold, warm))
        no_op = no_op_rebuild(args.source, scratch / "site-noop", scratch / "c-site")
        os.environ["POLICYGEN_CACHE"] = str(scratch / "c-site")
        repeat = in_process(args.source, scratch / "repeat", args.runs)
        edited = edit_and_build(args.source, scratch, 5)
        reload = edit_to_reload(args.source, scratch)
    print(f"source: {args.source}")
    for what, cold, warm in rows:
        name = "whole site" if what == "site" else "label kit (policygen labels)"
        warm_seconds = statistics.median(w[0] for w in warm)
        print(
            f"{name}, fresh process, empty cache: {cold[0]:.2f} s, {cold[2]} renderings, "
            f"peak {cold[1]:.0f} MiB"
        )
        print(
            f"{name}, fresh process, warm cache (median of 3): {warm_seconds:.2f} s, "
            f"{max(w[2] for w in warm)} renderings"
        )
    print(
        f"whole site, forced rebuild in one process (median of {args.runs}): "
        f"{statistics.median(repeat[:-1]):.3f} s; no-op build in one process: {repeat[-1]:.3f} s"
    )
    print(f"no-op rebuild (policygen build, nothing changed), fresh process: {no_op:.2f} s")
    print(
        f"whole site after one fact changed (a phone number), in one process "
        f"(median of {len(edited)}): {statistics.median(edited):.2f} s"
    )
    print(
        f"policygen serve, edit saved -> page reloads (worst of {len(reload)}, including the "
        f"page's 0.25 s poll): {max(reload):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
