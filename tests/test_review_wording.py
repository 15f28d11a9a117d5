"""The wording heuristics the review rules use: what they catch and what they let pass."""

from __future__ import annotations

import pytest

from policygen.review.lookup import controller_in_korea, same_party
from policygen.review.wording import (
    CHILD_CLICKS,
    GUARDIAN_METHODS,
    NO_WAY,
    VAGUE,
    VAGUE_RECIPIENT,
    matches,
)
from policygen.source.fields import Controller, Localized
from policygen.source.vocabulary import builtin_vocabulary


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("주문 처리 등", True),
        ("서비스 제공 등 회사가 필요하다고 판단하는 목적", True),
        ("기타 부가 서비스", True),
        ("order handling etc.", True),
        ("주민등록번호 확인", False),  # 등 inside 등록
        ("동등한 보호 수준", False),
        ("회원 등급 관리", False),
        ("「전자상거래 등에서의 소비자보호에 관한 법률」", True),  # laws are never scanned
        ("delivering orders", False),
    ],
)
def test_vague_wording(text: str, vague: bool) -> None:
    assert bool(VAGUE.search(text)) is vague


@pytest.mark.parametrize(
    ("name", "vague"),
    [
        ("협력사", True),
        ("제휴 카드사", True),
        ("our partners", True),
        ("affiliates", True),
        ("주식회사 도담페이", False),
        ("Hangyeol Parcel Co., Ltd.", False),
    ],
)
def test_vague_recipients(name: str, vague: bool) -> None:
    assert matches(VAGUE_RECIPIENT, name) is vague


@pytest.mark.parametrize(
    ("text", "no_way"),
    [
        ("없음", True),
        ("거부할 수 없습니다", True),
        ("이의 제기 불가", True),
        ("none", True),
        ("This transfer cannot be refused.", True),
        ("거부하면 서비스를 이용할 수 없습니다.", False),
        ("개인정보보호팀에 요청하면 이전을 거부할 수 있습니다.", False),
        ("Email us to refuse; if you do, you cannot use the service.", False),
        ("Tap Object and a person reviews the decision.", False),
    ],
)
def test_texts_that_offer_no_way(text: str, no_way: bool) -> None:
    assert matches(NO_WAY, text) is no_way


def test_guardian_methods() -> None:
    assert matches(GUARDIAN_METHODS, "법정대리인이 휴대전화 본인인증으로 동의합니다")
    assert matches(GUARDIAN_METHODS, "the parent signs the consent form")
    assert not matches(GUARDIAN_METHODS, "법정대리인의 휴대전화로 인증번호를 보내 확인합니다")
    assert not matches(GUARDIAN_METHODS, "During sign-up we send a code to the parent's phone")
    assert matches(CHILD_CLICKS, "아동이 부모님 동의 체크박스를 직접 선택합니다.")


def test_recipients_match_by_name_not_by_country() -> None:
    northwind = Localized(ko="노스윈드 클라우드(Northwind Cloud LLC)", en="Northwind Cloud LLC")
    assert same_party(northwind, Localized(ko="노스윈드 클라우드", en="Northwind Cloud, LLC"))
    assert not same_party(
        Localized(ko="아마존웹서비시즈", en="Amazon Web Services, Inc."),
        Localized(ko="메일침프", en="Mailchimp"),
    )


def test_controller_in_korea() -> None:
    def controller(ko: str, en: str) -> Controller:
        name = Localized(ko="가", en="A")
        return Controller(name=name, service=name, address=Localized(ko=ko, en=en))

    assert controller_in_korea(controller("부산광역시 수영구", "Suyeong-gu, Busan"))
    assert controller_in_korea(controller("(우)06000 강남구", "Gangnam-gu, Republic of Korea"))
    assert not controller_in_korea(controller("일본 도쿄도 시부야구", "Shibuya, Tokyo, Japan"))


def test_statutory_periods_are_complete() -> None:
    laws = builtin_vocabulary().terms["laws"]
    with_periods = [term for term in laws.values() if term.extra.get("periods")]
    assert len(with_periods) >= 4
    for term in with_periods:
        assert set(term.extra["periods_source"]) == {"ko", "en"}, term.id
        for period in term.extra["periods"]:
            assert set(period["kind"]) == {"ko", "en"}, term.id
            assert any(period.get(unit) for unit in ("years", "months", "days")), term.id
