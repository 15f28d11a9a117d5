"""Measure build speed and memory; numbers for closing notes, never asserted in tests.

    python scripts/bench.py [--source DIR] [--runs N]

Reports: a cold `policygen build` in a fresh process (imports included), the in-process
build time (median of N), and the peak resident memory of the cold process.
"""

from __future__ import annotations

import argparse
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
from policygen.build import build
build(Path(sys.argv[1]), Path(sys.argv[2]))
elapsed = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{elapsed:.4f} {peak_kib}")
"""


def cold_build(source: Path, out: Path) -> tuple[float, float, float]:
    """(wall seconds of the whole process, seconds inside it, peak MiB) for one fresh process."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(out)],
                            capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    inside, peak_kib = result.stdout.split()
    return wall, float(inside), int(peak_kib) / 1024


def warm_builds(source: Path, out: Path, runs: int) -> list[float]:
    """In-process builds after the first: what an editor's repeated builds cost."""
    from policygen.build import build

    build(source, out)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        build(source, out)
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        colds = [cold_build(args.source, Path(scratch) / f"cold{i}") for i in range(3)]
        warm = warm_builds(args.source, Path(scratch) / "warm", args.runs)
    wall = statistics.median(c[0] for c in colds)
    inside = statistics.median(c[1] for c in colds)
    peak = max(c[2] for c in colds)
    print(f"source: {args.source}")
    print(f"cold build, whole process (median of 3): {wall:.3f} s")
    print(f"cold build, imports + build inside the process: {inside:.3f} s")
    print(f"repeat build in one process (median of {args.runs}): "
          f"{statistics.median(warm):.3f} s")
    print(f"peak memory of a cold build: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
