"""CCTV (PIPA art. 25): every fact in the article, the operating policy page and PDF, the notice
sign, the label, the changes page, and file:line errors for bad facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policygen.errors import UserError
from policygen.facts.diff import policy_changes
from policygen.facts.labels import summarise
from policygen.facts.phrasing import Phrasing
from policygen.source.load import load_policy
from policygen.views.cctv import CctvPdfs, CctvPolicyPage
from policygen.views.hub import Hub

from .conftest import BuiltSite, edit, html_text, pdf_text, policy_html, render

SHOP_FILE = "policy/shop.yaml"
# The small shop's CCTV facts, as its source states them (see examples/small-shop).
SHOP_FACTS = {
    "ko": [
        "매장의 도난 예방과 시설 안전",
        "「개인정보 보호법」 제25조제1항제2호",
        "매장 출입문 안쪽 천장: 1대, 촬영 범위 출입문과 꽃 진열대",
        "모두 2대",
        "24시간 연속 촬영",
        "녹음 기능은 사용하지 않습니다.",
        "30일",
        "매장 안쪽 작업실의 녹화기(DVR)",
        "지체 없이 지워지도록",
        "관리책임자만 영상을 볼 수 있도록 합니다",
        "관리책임자가 녹화기에서 영상을 확인합니다",
        "10일 안에 보여 드리며",
        "날짜, 목적과 본 사람을 기록합니다",
    ],
    "en": [
        "Preventing theft and keeping the shop safe",
        "PIPA art. 25(1)3",
        "The wall behind the counter: 1 camera, filming the space in front of the counter",
        "2 cameras in all",
        "The cameras do not record sound.",
        "30 days",
        "Only the manager may view the footage.",
        "within 10 days",
    ],
}


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_the_policy_article_and_the_operating_policy_state_every_fact(
    shop_site: BuiltSite, locale: str
) -> None:
    article = html_text(shop_site.text(f"{locale}/policy/index.html"))
    page = html_text(shop_site.text(f"{locale}/cctv/index.html"))
    for fact in SHOP_FACTS[locale]:
        assert fact in article, fact
        assert fact in page, fact
    assert 'href="../cctv/index.html"' in shop_site.text(f"{locale}/policy/index.html")
    assert 'href="cctv/index.html"' in shop_site.text(f"{locale}/index.html")


def test_the_pdfs_carry_the_facts_and_the_sign_the_notice_items(shop_site: BuiltSite) -> None:
    downloads = shop_site.out / "downloads"
    policy_ko = pdf_text(downloads / "cctv-policy-ko.pdf")
    assert "봄날꽃집 고정형 영상정보처리기기 운영·관리 방침" in policy_ko
    assert "날짜, 목적과 본 사람을 기록합니다" in policy_ko
    sign_ko = re.sub(r"\s+", " ", pdf_text(downloads / "cctv-sign-ko.pdf"))
    for item in (
        "CCTV 설치·운영 중",
        "매장의 도난 예방과 시설 안전",  # purpose
        "매장 출입문 안쪽 천장(1대): 출입문과 꽃 진열대",  # place and range
        "24시간 연속 촬영",  # hours
        "김하늘",  # the manager
        "051-000-0000",  # and the number to call
    ):
        assert item in sign_ko, item
    sign_en = re.sub(r"\s+", " ", pdf_text(downloads / "cctv-sign-en.pdf"))
    assert "CCTV in operation" in sign_en and "Kim Haneul" in sign_en
    for locale in ("ko", "en"):  # one A4 page per group of cameras
        assert pdf_text(downloads / f"cctv-sign-{locale}.pdf").count("\f") == 1, locale


def test_the_label_sums_up_every_camera_group(shop_project: Path) -> None:
    loaded = load_policy(shop_project)
    ko, en = (Phrasing(locale, loaded.vocabulary) for locale in ("ko", "en"))
    assert summarise("cctv", loaded.policy, ko) == "카메라 2대, 영상 보관 30일"
    assert summarise("cctv", loaded.policy, en) == "2 cameras; footage kept 30 days"


def test_without_cameras_nothing_about_cctv_is_published(shop_project: Path) -> None:
    text = (shop_project / SHOP_FILE).read_text(encoding="utf-8")
    start = text.index("\n# CCTV (PIPA art. 25)")
    (shop_project / SHOP_FILE).write_text(text[:start], encoding="utf-8")
    files = render(shop_project, (Hub(), CctvPolicyPage(), CctvPdfs()))
    assert not [path for path in files if "cctv" in path]
    for locale in ("ko", "en"):
        assert "cctv" not in files[f"{locale}/index.html"].decode()
        assert 'id="cctv"' not in policy_html(shop_project, locale)


def test_sound_recording_is_never_denied_when_the_source_says_it_records(
    shop_project: Path,
) -> None:
    edit(shop_project, SHOP_FILE, "    records_sound: false", "    records_sound: true")
    assert "녹음 기능은 사용하지 않습니다" not in policy_html(shop_project, "ko")


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (  # a place without its filming range
            '        filming_range:\n          ko: "출입문과 꽃 진열대"\n'
            '          en: "the front door and the flower displays"\n',
            "",
            '      - place:\n          ko: "매장 출입문 안쪽 천장"',
        ),
        (  # the ground 'a law permits it' without the law
            "    grounds: [crime_prevention, facility_safety]",
            "    grounds: [law_permits]",
            "  - purpose:\n      ko: 매장의 도난 예방과 시설 안전",
        ),
        (  # a ground the law does not have
            "    grounds: [crime_prevention, facility_safety]",
            "    grounds: [marketing]",
            "    grounds: [marketing]",
        ),
    ],
)
def test_bad_cctv_facts_are_errors_at_their_line(
    shop_project: Path, old: str, new: str, needle: str
) -> None:
    text = edit(shop_project, SHOP_FILE, old, new)
    with pytest.raises(UserError) as caught:
        load_policy(shop_project)
    line = text[: text.index(needle)].count("\n") + 1 + needle.startswith("\n")
    shown = str(caught.value)
    assert f"{SHOP_FILE}:{line}" in shown or f"shop.yaml:{line}" in shown, shown


def test_changes_page_names_what_changed_in_the_cctv(shop_project: Path) -> None:
    before = load_policy(shop_project)
    edit(
        shop_project,
        SHOP_FILE,
        '        count: 1\n        filming_range:\n          ko: "출입문',
        '        count: 2\n        filming_range:\n          ko: "출입문',
    )
    edit(
        shop_project,
        SHOP_FILE,
        "    retention:\n      days: 30\n    storage:",
        "    retention:\n      days: 60\n    storage:",
    )
    edit(
        shop_project,
        SHOP_FILE,
        "    hours:\n      ko: 24시간 연속 촬영",
        "    hours:\n      ko: 영업시간에만 촬영",
    )
    after = load_policy(shop_project)
    ko = policy_changes(before.policy, after.policy, Phrasing("ko", after.vocabulary))
    en = policy_changes(before.policy, after.policy, Phrasing("en", after.vocabulary))
    assert "매장 출입문 안쪽 천장의 CCTV를 1대에서 2대로 바꿨습니다." in ko
    assert "CCTV 영상 보관 기간을 바꿨습니다. 이전: 30일, 이후: 60일." in ko
    assert any("촬영 시간" in sentence for sentence in ko)
    assert "CCTV footage is now kept 60 days (before: 30 days)." in en
    assert "About the CCTV, we changed the filming hours." in en


@pytest.mark.parametrize(
    ("ko", "en", "fires"),
    [
        ("화장실 앞 복도", "the corridor outside the toilets", False),
        ("탈의실 출입문", "the changing room door", False),
        ("손님용 화장실", "the customer toilet", True),
        ("매장 계산대", "inside the fitting room", True),
    ],
)
def test_private_places_are_found_and_the_corridor_outside_them_is_not(
    shop_project: Path, ko: str, en: str, fires: bool
) -> None:
    from policygen.inputs import load_for_review, review_project

    edit(
        shop_project,
        SHOP_FILE,
        '          ko: "계산대 뒤쪽 벽"\n          en: "the wall behind the counter"',
        f'          ko: "{ko}"\n          en: "{en}"',
    )
    found = {f.rule.id for f in review_project(load_for_review(shop_project))}
    assert ("cctv-private-place" in found) == fires


def test_an_operating_company_is_named_in_the_article_and_on_the_sign(shop_project: Path) -> None:
    edit(
        shop_project,
        SHOP_FILE,
        "    records_sound: false\n",
        "    records_sound: false\n    operator:\n      name: {ko: 든든보안 주식회사, en: Deunden "
        "Security Co.}\n      phone: 1588-0000\n",
    )
    assert "설치·운영 위탁 업체(수탁자)" in html_text(policy_html(shop_project, "ko"))
    files = render(shop_project, (CctvPdfs(),))
    sign = re.sub(r"\s+", " ", pdf_text(files["downloads/cctv-sign-ko.pdf"]))
    assert "설치·운영 위탁 업체 든든보안 주식회사 1588-0000" in sign
