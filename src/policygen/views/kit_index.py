"""The label kit's list of file names and captions, so a Korean reader finds a label's file and
every business has the caption to use as the image's alt text."""

from __future__ import annotations

from ..source.labelset import LabelSet


def caption_index(label_set: LabelSet) -> bytes:
    """A plain-text table: file name, Korean caption, English caption, one label a line."""
    rows = [(spec.id, spec.caption.ko, spec.caption.en) for spec in label_set.specs]
    width = max(len(file) for file, _ko, _en in rows) + 2
    lines = [
        "",
        "[파일 이름과 라벨 글씨 / File names and captions]",
        "대체 텍스트(alt)에는 라벨 글씨를 그대로 쓰세요. Use the caption as the image's alt text.",
        "",
        *(f"  {file.ljust(width)}{ko} / {en}" for file, ko, en in rows),
        "",
    ]
    return "\n".join(lines).encode("utf-8")
