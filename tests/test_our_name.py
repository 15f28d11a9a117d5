"""The Korean policy calls the business what its editor says, never 회사 by default."""

from __future__ import annotations

import re
from pathlib import Path

from policygen.build import build
from policygen.facts.phrasing import OurName

from .conftest import edit

# 회사 as a word of its own (not inside 주식회사), followed by a particle
CALLED_COMPANY = re.compile(r"(?<![가-힣])회사[는가의와을를]")


def _text(page: Path) -> str:
    html = page.read_text("utf-8")
    html = re.sub(r"<script.*?</script>|<style.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_particles_agree_with_the_word_used() -> None:
    shop = OurName("봄날꽃집")
    assert (shop.defined, shop.topic, shop.subject, shop.with_) == (
        "봄날꽃집은", "봄날꽃집은", "봄날꽃집이", "봄날꽃집과"
    )  # fmt: skip
    company = OurName("주식회사 도담소프트", "회사")
    assert company.defined == "주식회사 도담소프트(이하 ‘회사’)는"
    assert (company.topic, company.subject, company.with_) == ("회사는", "회사가", "회사와")
    assert OurName("빵집", "빵집").defined == "빵집은"  # nothing to define


def test_a_shop_is_never_called_a_company(shop_project: Path, tmp_path: Path) -> None:
    build(shop_project, tmp_path / "site")
    text = _text(tmp_path / "site" / "ko" / "policy" / "index.html")
    assert CALLED_COMPANY.findall(text) == []
    assert "봄날꽃집은 아래 목적을 위해서만 개인정보를 처리합니다." in text
    assert "봄날꽃집의 허락 없는 재위탁 금지" in text
    assert "봄날꽃집과 별도로," in text


def test_a_short_name_is_defined_once_then_used(shop_project: Path, tmp_path: Path) -> None:
    edit(shop_project, "policy/shop.yaml", "controller:\n", "controller:\n  short_name: 꽃집\n")
    build(shop_project, tmp_path / "site")
    text = _text(tmp_path / "site" / "ko" / "policy" / "index.html")
    assert "봄날꽃집(이하 ‘꽃집’)은 「개인정보 보호법」" in text
    assert "꽃집은 아래 목적을 위해서만" in text
    assert "이 처리방침은 꽃집이 여러분의" in text
