"""The label kit's README tells businesses to use each caption as alt text, and pairs every
file name with its Korean and English captions."""

from __future__ import annotations

import zipfile

import yaml

from .conftest import REPO, BuiltSite


def test_readme_pairs_every_file_name_with_both_captions(sample_site: BuiltSite) -> None:
    with zipfile.ZipFile(sample_site.out / "downloads" / "labels-kit.zip") as kit:
        readme = kit.read("README.txt").decode("utf-8")
        names = kit.namelist()
    labels = yaml.safe_load((REPO / "labels" / "labels.yaml").read_text("utf-8"))
    assert labels
    lines = readme.splitlines()
    for label_id, entry in labels.items():
        assert f"labels/all/online/ko/{label_id}.png" in names
        row = [line for line in lines if line.split()[:1] == [label_id]]
        assert row, f"{label_id} is not listed in README.txt"
        assert entry["caption"]["ko"] in row[0] and entry["caption"]["en"] in row[0]
    assert 'alt="수집 항목"' in readme and 'alt="Items collected"' in readme
