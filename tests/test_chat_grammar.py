"""The chat's grammar holds for a shop's own words: 에게 after a person, custom purposes as clauses."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from policygen.cli import app

from .conftest import chat, edit

PRE_ORDERS = (
    "terms:\n  purposes:\n    pre_orders:\n      ko: 예약 주문 접수 및 매장 픽업 안내\n"
    "      en: taking pre-orders and telling you when to collect them\n"
)


def _use_pre_orders(project: Path) -> None:
    """The shop's own purpose, defined in terms.yaml, used by a processing entry."""
    edit(
        project,
        "policy/shop.yaml",
        "  - purpose: customer_support",
        "  - purpose: pre_orders\n    required_items: [name, phone_number]\n"
        "    legal_basis: contract\n    retention: {until: transaction}\n"
        "  - purpose: customer_support",
    )


def test_a_person_is_contacted_with_ege_a_team_with_e(shop_project: Path) -> None:
    edit(shop_project, "policy/shop.yaml", 'ko: "김하늘"', 'ko: "박서윤"')
    assert "어른과 함께 박서윤에게 연락해" in chat(shop_project, "ko")
    (shop_project / "policy" / "desk.yaml").write_text(
        "complaints_department:\n  department: {ko: 고객지원팀, en: Customer Support}\n"
        "  phone: 051-123-4567\n  email: help@haetsal-bakery.kr\n",
        encoding="utf-8",
    )
    ko = chat(shop_project, "ko")
    assert "어른과 함께 고객지원팀에 연락해" in ko and "고객지원팀에게" not in ko


def test_a_custom_purpose_without_child_wording_reads_as_a_clause(shop_project: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(PRE_ORDERS, encoding="utf-8")
    _use_pre_orders(shop_project)
    en, ko = chat(shop_project, "en"), chat(shop_project, "ko")
    assert "for taking pre-orders and telling you when to collect them" in en
    assert "We use it taking" not in en
    assert "예약 주문 접수 및 매장 픽업 안내를 하려고" in ko
    checked = CliRunner().invoke(app, ["check", "--source", str(shop_project), "--lang", "en"])
    assert "[custom-term-without-kid-wording]" in checked.output and "pre_orders" in checked.output


def test_child_wording_replaces_the_fallback(shop_project: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(
        PRE_ORDERS + "      kid: {ko: 미리 주문을 받으려고, en: to take your order early}\n",
        encoding="utf-8",
    )
    _use_pre_orders(shop_project)
    assert "to take your order early" in chat(shop_project, "en")
    checked = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert "custom-term-without-kid-wording" not in checked.output
