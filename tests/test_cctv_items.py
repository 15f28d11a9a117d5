"""Cameras film customers: CCTV footage is a collected item in every list and count of items."""

from __future__ import annotations

from pathlib import Path

from policygen.facts.labels import summarise
from policygen.facts.phrasing import Phrasing
from policygen.source.load import LoadedPolicy, load_policy

from .conftest import chat, html_text, policy_html


def _without_cameras(project: Path) -> None:
    text = (project / "policy" / "shop.yaml").read_text(encoding="utf-8")
    start = text.index("\n# CCTV")
    (project / "policy" / "shop.yaml").write_text(text[:start] + "\n", encoding="utf-8")


def test_footage_is_an_item_wherever_items_are_listed(shop_project: Path) -> None:
    policy = load_policy(shop_project).policy
    assert policy.cctv and "cctv_footage" in policy.items_processed
    page = html_text(policy_html(shop_project, "ko"))
    assert "매장의 도난 예방과 시설 안전 (CCTV) 없음 없음 CCTV 영상정보" in page
    assert "CCTV에 찍힌 모습" not in page  # the child's word stays in the chat
    kids = chat(shop_project, "ko")
    assert "카메라 앞을 지나가면 네 모습이 영상으로 찍히는데" in kids


def test_no_cameras_no_footage(shop_project: Path) -> None:
    _without_cameras(shop_project)
    policy = load_policy(shop_project).policy
    assert not policy.cctv and "cctv_footage" not in policy.items_processed
    assert "CCTV" not in chat(shop_project, "ko")
    assert "CCTV 영상정보" not in policy_html(shop_project, "ko")


def test_label_count_includes_footage(shop_project: Path) -> None:
    with_cameras = load_policy(shop_project)
    counted = summarise("items_collected", with_cameras.policy, _say(with_cameras, "en"))
    _without_cameras(shop_project)
    without = load_policy(shop_project)
    fewer = summarise("items_collected", without.policy, _say(without, "en"))
    assert counted != fewer and counted.endswith("and 6 more") and fewer.endswith("and 5 more")


def _say(loaded: LoadedPolicy, locale: str) -> Phrasing:
    return Phrasing(locale, loaded.vocabulary)
