"""Korean particles, Babel formatting and the gettext catalog."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from policygen.i18n.catalogs import translations
from policygen.i18n.formatting import and_list, duration, long_date
from policygen.i18n.josa import particle, with_particle

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [
        ("이메일", "을", "이메일을"),  # final ㄹ
        ("전화번호", "을", "전화번호를"),  # no final consonant
        ("도담톡", "은/는", "도담톡은"),
        ("도담소프트", "은", "도담소프트는"),
        ("주소", "이", "주소가"),
        ("계좌", "과", "계좌와"),
        ("이름", "과", "이름과"),
        ("서울", "으로", "서울로"),  # ㄹ takes 로
        ("집", "으로", "집으로"),
        ("학교", "으로", "학교로"),
        ("연계정보(CI)", "을", "연계정보(CI)를"),  # the aside is not read
        ("IP 주소", "가", "IP 주소가"),
        ("SMS", "을", "SMS를"),  # 에스: vowel
        ("URL", "로", "URL로"),  # 엘: ㄹ
        ("3", "을", "3을"),  # 삼
        ("2", "을", "2를"),  # 이
        ("10", "이", "10이"),  # 십
        ("1", "으로", "1로"),  # 일: ㄹ
        ("email", "은", "email은"),
        ("cookie", "를", "cookie를"),
    ],
)
def test_particle_agrees_with_the_last_syllable(word: str, form: str, expected: str) -> None:
    assert with_particle(word, form) == expected


def test_unknown_ending_uses_both_forms() -> None:
    assert particle("%", "을") == "을(를)"


def test_unknown_particle_is_an_error() -> None:
    with pytest.raises(ValueError):
        particle("집", "에서")


def test_dates_and_lists_use_the_given_locale() -> None:
    day = dt.date(2026, 12, 1)
    assert long_date(day, "ko") == "2026년 12월 1일"
    assert long_date(day, "en") == "December 1, 2026"
    assert and_list(["이메일", "전화번호", "이름"], "ko") == "이메일, 전화번호 및 이름"
    assert and_list(["email", "phone number", "name"], "en") == "email, phone number, and name"
    assert duration("ko", years=1, months=6) == "1년 6개월"
    assert duration("en", years=5) == "5 years"
    assert duration("en", days=1) == "1 day"


def test_korean_catalog_translates_every_message() -> None:
    po_path = REPO / "src/policygen/i18n/locale/ko/LC_MESSAGES/messages.po"
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale="ko")
    untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    assert translations("ko").gettext("Contents") == "목차"


def test_catalog_is_up_to_date_with_templates_and_code() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import update_catalog
    finally:
        sys.path.pop(0)
    extracted = {message.id for message in update_catalog.extract() if message.id}
    po_path = REPO / "src/policygen/i18n/locale/ko/LC_MESSAGES/messages.po"
    with po_path.open("rb") as handle:
        committed = {message.id for message in read_po(handle, locale="ko") if message.id}
    assert extracted - committed == set(), "run: python scripts/update_catalog.py"
