"""Re-open what a build wrote with readers that share no code with the writers.

PDF: poppler's pdfinfo and pdftotext; PNG: Pillow's verify and a full decode; SVG: the standard
library's XML parser. Each returns the problems it found, as `path: what`.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}svg"


def pdf_problems(path: Path) -> list[str]:
    """What poppler says is wrong with a PDF (nothing when it opens and its text extracts)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=False)
    if info.returncode != 0 or "Pages:" not in info.stdout:
        return [f"{path}: pdfinfo failed: {info.stderr.strip()[:300]}"]
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=False)
    if text.returncode != 0:
        return [f"{path}: pdftotext failed: {text.stderr.decode(errors='replace')[:300]}"]
    if text.stderr.strip():  # poppler reports damaged objects it worked around on stderr
        return [f"{path}: poppler complained: {text.stderr.decode(errors='replace')[:300]}"]
    return []


def png_problems(path: Path) -> list[str]:
    """What Pillow says is wrong with a PNG."""
    try:
        with Image.open(path) as image:
            image.verify()
        with Image.open(path) as image:
            image.load()
            if image.format != "PNG" or min(image.size) < 1:
                return [f"{path}: not a drawable PNG ({image.format}, {image.size})"]
    except Exception as error:
        return [f"{path}: {error}"]
    return []


def svg_problems(path: Path) -> list[str]:
    """What an XML parser says is wrong with an SVG, and whether its root is an SVG at all."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{path}: {error}"]
    return [] if root.tag == SVG_NAMESPACE else [f"{path}: the root is {root.tag}, not <svg>"]


READERS = {".pdf": pdf_problems, ".png": png_problems, ".svg": svg_problems}


def written_file_problems(folder: Path) -> tuple[dict[str, int], list[str]]:
    """How many PDFs, PNGs and SVGs are under `folder`, and every problem their readers found."""
    counts = dict.fromkeys(READERS, 0)
    problems: list[str] = []
    for path in sorted(folder.rglob("*")):
        reader = READERS.get(path.suffix)
        if reader is not None and path.is_file():
            counts[path.suffix] += 1
            problems += reader(path)
    return counts, problems
