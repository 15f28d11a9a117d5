"""Legal review rows closed by source facts: each sentence appears with its fact and only then."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygen.errors import UserError
from policygen.source.load import load_policy

from .conftest import BuiltSite, html_text

# (Korean, English) sentences the sample's facts produce; the small shop states none of them.
SAMPLE_ONLY = [
    ("파기 대상 선정: 개인정보보호팀이 매달", "Selection: Every month the Privacy Team"),
    ("승인: 개인정보 보호책임자가 파기 대상 목록을", "Approval: The Chief Privacy Officer"),
    ("정보주체의 의무", "Your duties"),
    (
        "맞춤형 광고에 관한 문의·불만 연락처",
        "Questions and complaints about personalised advertising",
    ),
    (
        "시행하기 최소 7일 전에 다음 곳에 공지합니다: 웹사이트의 공지사항과 앱의 공지 화면.",
        "at least 7 days before it takes effect: the notices on our website and in the app.",
    ),
    (
        "2026년 12월 1일 전까지는 이전 버전(1.0, 2025년 3월 1일 시행)을 적용합니다.",
        "Until December 1, 2026, the previous version (1.0, in effect since March 1, 2025) applies.",
    ),
    (
        "정보주체의 권리에 불리한 변경은 시행하기 최소 30일 전에 공지합니다.",
        "A change that weighs on your rights is announced at least 30 days before it takes effect.",
    ),
]


@pytest.mark.parametrize(("index", "locale"), [(0, "ko"), (1, "en")])
def test_sentences_follow_their_facts(
    sample_site: BuiltSite, shop_site: BuiltSite, index: int, locale: str
) -> None:
    sample = html_text(sample_site.text(f"{locale}/policy/index.html"))
    shop = html_text(shop_site.text(f"{locale}/policy/index.html"))
    for sentence in (pair[index] for pair in SAMPLE_ONLY):
        assert sentence in sample, sentence
        assert sentence not in shop, sentence
    # without a stated lead time the shop promises none
    assert "최소" not in shop and "at least" not in shop.split("Changes to this policy")[-1]


def test_a_shorter_notice_for_adverse_changes_is_an_error_at_its_line(
    sample_project: Path,
) -> None:
    path = sample_project / "policy" / "company.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "  days_before_adverse: 30", "  days_before_adverse: 3"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_policy(sample_project)
    line = text[: text.index("change_notice:")].count("\n") + 2  # the block's first key
    assert f"company.yaml:{line}" in str(caught.value), str(caught.value)
    assert "days_before_adverse" in str(caught.value)
