"""Sentences that depend on a fact (accounts, login) appear only when the source implies it."""

from __future__ import annotations

from pathlib import Path

from policygen.facts.features import does
from policygen.source.load import load_policy

from .conftest import chat, policy_html

COOKIES = (
    "automatic_collection:\n  items: [cookie, usage_record]\n"
    "  purposes: [service_improvement]\n  web_cookies: true\n"
)


def test_a_shop_without_accounts_has_no_login(shop_project: Path, sample_project: Path) -> None:
    assert not does("accounts", load_policy(shop_project).policy)
    assert does("login", load_policy(sample_project).policy)  # the sample keeps passwords


def test_the_chat_mentions_passwords_and_an_app_only_with_accounts(
    shop_project: Path, sample_project: Path
) -> None:
    shop_ko, shop_en = chat(shop_project, "ko"), chat(shop_project, "en")
    assert "비밀번호" not in shop_ko and "password" not in shop_en.lower()
    assert "앱을 쓸 수 있어" not in shop_ko and "The app still works" not in shop_en
    assert "어른에게 먼저 물어봐" in shop_ko  # the advice true for every service stays
    assert "비밀번호는 누구에게도 알려 주지 마" in chat(sample_project, "ko")


def test_the_chat_names_the_service_where_it_said_app(shop_project: Path) -> None:
    (shop_project / "policy" / "cookies.yaml").write_text(COOKIES, encoding="utf-8")
    ko, en = chat(shop_project, "ko"), chat(shop_project, "en")
    assert "봄날꽃집 온라인 주문을 쓰는 동안 저절로 생기는 정보도 있어" in ko
    assert "Some facts are made while you use Bomnal Flowers online orders" in en
    assert "앱" not in ko.replace("앱이나 웹사이트", "")


def test_the_cookie_article_promises_staying_logged_in_only_with_a_login(
    shop_project: Path, sample_project: Path
) -> None:
    (shop_project / "policy" / "cookies.yaml").write_text(COOKIES, encoding="utf-8")
    shop_ko, shop_en = policy_html(shop_project, "ko"), policy_html(shop_project, "en")
    assert "쿠키를 거부하면" in shop_ko and "로그인" not in shop_ko
    assert "some features that depend on them" in shop_en and "logged in" not in shop_en
    assert "staying logged in" in policy_html(sample_project, "en")
