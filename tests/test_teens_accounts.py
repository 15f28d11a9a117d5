"""A shop without accounts gets no password, sign-in, post-visibility or post-reporting topics."""

from __future__ import annotations

from pathlib import Path

from policygen.views.hub import Hub
from policygen.views.teens import TeensGuide

from .conftest import html_text, render

VIEWS = (Hub(), TeensGuide())


def test_topics_follow_whether_readers_have_accounts(
    shop_project: Path, sample_project: Path
) -> None:
    """The flower shop has no passwords; the sample messenger has accounts."""
    shop = render(shop_project, VIEWS)
    sample = render(sample_project, VIEWS)
    shop_teens = html_text(shop["ko/teens/index.html"].decode())
    sample_teens = html_text(sample["ko/teens/index.html"].decode())
    for topic in ("강한 비밀번호 만들기", "2단계 인증 켜기", "로그인 유지", "공개 범위"):
        assert topic not in shop_teens and topic in sample_teens, topic
    reporting = "서비스에 신고해서 게시물을 내려 달라고 해."
    assert reporting not in shop_teens and reporting in sample_teens
    assert "상품권에 당첨됐어요" in shop_teens  # the scam lessons stay for everyone
    shop_hub = html_text(shop["ko/index.html"].decode())
    assert "비밀번호, 공개 범위 설정" not in shop_hub and "사기 알아보기" in shop_hub
    assert "비밀번호, 공개 범위 설정" in html_text(sample["ko/index.html"].decode())
