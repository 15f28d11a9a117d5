"""The long fuzzing run: many hostile sources built end to end; numbers for closing notes.

    python scripts/fuzz.py [--cases 10000] [--seed N] [--pdf-every 50] [--keep DIR]

Each case is a source from tests/fuzz_sources.py (the sample's or the small shop's policy/,
mutated), built with `policygen build --publish-anyway` in this process over a previous good
site. A case passes when it builds, or stops with exit 1 and a policy/<file>:<line> problem,
prints no traceback, leaves the previous site untouched and leaves no staging folder behind.
Every --pdf-every'th case also runs WeasyPrint; the others lay out the print pages but skip the
PDF step (it takes about a second per PDF). Sources that fail are saved under --keep.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from tests.fuzz_sources import (  # noqa: E402
    BASES,
    Source,
    pdfs_skipped,
    peak_memory_mib,
    run_case,
    sources,
)


def _trim(cache: Path, keep: set[Path]) -> None:
    """Drop what a case added to the render cache, so 10,000 cases do not fill the disk."""
    for path in cache.rglob("*"):
        if path.is_file() and path not in keep:
            path.unlink(missing_ok=True)


def _save(folder: Path, number: int, source: Source, faults: list[str], output: str) -> None:
    case = folder / f"case-{number:05d}-{source.base}"
    (case / "policy").mkdir(parents=True, exist_ok=True)
    for name, content in source.files.items():
        (case / "policy" / name).write_bytes(content)
    (case / "faults.txt").write_text("\n".join(faults) + "\n\n" + output, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--pdf-every", type=int, default=50)
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    arguments = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="policygen-fuzz-"))
    cache = work / "cache"
    os.environ["POLICYGEN_CACHE"] = str(cache)
    from policygen.build import build

    projects = {}
    for base, folder in BASES.items():
        project = work / base / "project"
        shutil.copytree(folder / "policy", project / "policy")
        build(project, work / base / "site")
        projects[base] = project
    warm = {path for path in cache.rglob("*") if path.is_file()}

    counts: Counter[str] = Counter()
    worst = (0.0, -1)
    started = time.perf_counter()

    @seed(arguments.seed)
    @settings(
        max_examples=arguments.cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # failures are saved and counted, never shrunk: keep going
        suppress_health_check=list(HealthCheck),
    )
    @given(sources())
    def one(source: Source) -> None:
        nonlocal worst
        number = counts["cases"]
        counts["cases"] += 1
        with_pdfs = arguments.pdf_every > 0 and number % arguments.pdf_every == 0
        skip = contextlib.nullcontext() if with_pdfs else pdfs_skipped()
        try:
            with skip:
                outcome = run_case(source, projects[source.base], work / source.base / "site")
        except Exception as error:  # the harness itself, not policygen: keep going, count it
            counts["harness errors"] += 1
            _save(arguments.keep, number, source, [f"harness: {error!r}"], "")
            return
        counts["built" if outcome.built else "rejected"] += 1
        counts["with PDFs"] += with_pdfs
        if outcome.seconds > worst[0]:
            worst = (outcome.seconds, number)
        if outcome.faults:
            counts["failures"] += 1
            _save(arguments.keep, number, source, outcome.faults, outcome.output)
            print(f"case {number}: {'; '.join(outcome.faults)}", flush=True)
        if counts["cases"] % 100 == 0:
            print(
                f"{counts['cases']} cases ({counts['built']} built), {counts['failures']} "
                f"failures, worst {worst[0]:.1f} s, {time.perf_counter() - started:.0f} s, "
                f"peak {peak_memory_mib():.0f} MiB",
                flush=True,
            )
        if counts["cases"] % 200 == 0:
            _trim(cache, warm)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        one()
    except KeyboardInterrupt:  # stopped early: report what ran
        pass
    except Exception as error:  # a generator bug stops hypothesis: report it with the numbers
        counts["harness errors"] += 1
        print(f"the generator failed: {error!r}", flush=True)
    print(f"seed {arguments.seed}")
    print(f"cases: {counts['cases']} ({counts['built']} built, {counts['rejected']} rejected)")
    print(f"cases with real PDFs: {counts['with PDFs']}")
    print(f"failures: {counts['failures']}; harness errors: {counts['harness errors']}")
    print(f"worst case: {worst[0]:.2f} s (case {worst[1]})")
    print(f"peak memory: {peak_memory_mib():.0f} MiB")
    print(f"total: {time.perf_counter() - started:.0f} s")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if counts["failures"] or counts["harness errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
