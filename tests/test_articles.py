"""The legal policy says every required article, and conditional ones only when they apply."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policygen.facts.articles import ARTICLES, applicable_articles
from policygen.source.load import load_policy

from .conftest import BuiltSite, edit, html_text, policy_pages

REQUIRED = [spec.id for spec in ARTICLES if spec.required]


def _article_ids(html: str) -> list[str]:
    return re.findall(r'<section id="([^"]+)" class="article"', html)


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_sample_has_every_article(sample_site: BuiltSite, locale: str) -> None:
    ids = _article_ids(sample_site.text(f"{locale}/policy/index.html"))
    expected = [
        spec.id
        for spec in ARTICLES
        if spec.id not in ("sensitive", "unique-identifiers", "domestic-representative")
    ]
    assert ids == expected


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_small_shop_has_required_articles_entrustment_and_cctv(
    shop_site: BuiltSite, locale: str
) -> None:
    ids = _article_ids(shop_site.text(f"{locale}/policy/index.html"))
    shop_has = {"entrustment", "cctv"}
    assert ids == [spec.id for spec in ARTICLES if spec.required or spec.id in shop_has]


def test_articles_are_numbered_in_order_in_both_languages(shop_site: BuiltSite) -> None:
    ko = shop_site.text("ko/policy/index.html")
    en = shop_site.text("en/policy/index.html")
    assert "제4조(개인정보 처리업무의 위탁)" in ko
    assert "Article 4. Entrustment of processing" in en
    assert "제11조(개인정보 처리방침의 변경)" in ko


def test_small_shop_says_nothing_about_what_it_does_not_do(shop_site: BuiltSite) -> None:
    for locale in ("ko", "en"):
        text = html_text(shop_site.text(f"{locale}/policy/index.html"))
        for absent in (
            "쿠키",
            "cookie",
            "국외",
            "abroad",
            "제3자",
            "third part",
            "14세",
            "under 14",
            "GDPR",
            "가명",
            "seudonymis",
            "자동화된",
            "utomated",
            "전송 요구",
            "send your personal information to you",
            "동의 철회",
            "withdraw your consent",
        ):
            assert absent not in text, f"{locale}: {absent!r}"


CONDITIONAL_SECTIONS = {
    "children": "children:\n  consent_method:\n    ko: 보호자 휴대전화 인증\n    en: a code sent to the parent's phone\n  guardian_items: [guardian_name]\n",
    "third-parties": "third_parties:\n  - recipient: {ko: 꽃배달연합, en: Flower Network}\n    purpose: {ko: 전국 배송, en: nationwide delivery}\n    items: [recipient_name]\n    retention: {until: delivery_complete}\n    legal_basis: consent\n",
    "overseas": "overseas_transfers:\n  - recipient: {ko: 클라우드사, en: CloudCo}\n    country: JP\n    contact: dpo@cloud.example\n    items: [name]\n    timing_and_method: {ko: 주문 시 전송, en: sent when you order}\n    purpose: {ko: 보관, en: storage}\n    retention: {until: transaction}\n    basis: consent\n    how_to_refuse: {ko: 전화로 요청, en: call us}\n    refusal_consequence: {ko: 주문 불가, en: you cannot order}\n",
    "sensitive": "sensitive_information:\n  - items: [health]\n    purpose: {ko: 꽃가루 알레르기 확인, en: checking pollen allergies}\n    ground: {ko: 별도 동의, en: your separate consent}\n",
    "unique-identifiers": "unique_identifiers:\n  - items: [passport_number]\n    purpose: {ko: 해외 배송 통관, en: customs clearance}\n    ground: {ko: 관세법, en: the Customs Act}\n",
    "pseudonymised": "pseudonymised:\n  - purpose: {ko: 판매 통계, en: sales statistics}\n    items: [order_history]\n    retention: {years: 1}\n    safeguards: {ko: 분리 보관, en: kept apart}\n",
    "cookies": "automatic_collection:\n  items: [cookie]\n  purposes: [service_improvement]\n",
    "behavioural-advertising": "behavioural_advertising:\n  items: [cookie]\n  method: {ko: 방문 시 수집, en: on visits}\n  purpose: {ko: 맞춤 광고, en: tailored ads}\n  retention: {months: 3}\n  how_to_refuse: {ko: 설정에서 끄기, en: switch it off in settings}\n  collectors: []\n",
    "automated-decisions": "automated_decisions:\n  - id: fraud_hold\n    name: {ko: 주문 보류, en: order hold}\n    criteria: {ko: 이상 결제, en: unusual payments}\n    procedure: {ko: 자동 보류, en: held automatically}\n    items: [payment_record]\n    how_to_object: {ko: 전화, en: call us}\n",
    "domestic-representative": "domestic_representative:\n  name: {ko: 대리인, en: Agent Co.}\n  address: {ko: 서울, en: Seoul}\n  phone: 02-000-0000\n  email: agent@example.com\n",
}


@pytest.mark.parametrize("article", sorted(CONDITIONAL_SECTIONS))
def test_conditional_article_appears_with_its_source(
    article: str, shop_project: Path, shop_site: BuiltSite
) -> None:
    assert article not in _article_ids(shop_site.text("en/policy/index.html"))
    (shop_project / "policy" / "extra.yaml").write_text(
        CONDITIONAL_SECTIONS[article], encoding="utf-8"
    )
    assert article in [a.id for a in applicable_articles(load_policy(shop_project).policy)]
    for locale, html in policy_pages(shop_project).items():
        ids = _article_ids(html)
        assert article in ids, locale


def test_editor_changes_show_in_both_languages(shop_project: Path) -> None:
    policy = "policy/shop.yaml"
    edit(
        shop_project,
        policy,
        "[name, phone_number, recipient_name, delivery_address]",
        "[name, phone_number, recipient_name, delivery_address, email]",
    )
    edit(
        shop_project,
        policy,
        "      years: 3\n      after: purpose_achieved",
        "      years: 4\n      after: purpose_achieved",
    )
    edit(
        shop_project,
        policy,
        "destruction:",
        "  - vendor:\n      ko: 주식회사 리본카드\n      en: Ribbon Card Co.\n    task:\n"
        "      ko: 메시지 카드 인쇄\n      en: printing message cards\n    country: KR\n\ndestruction:",
    )
    pages = policy_pages(shop_project)
    ko, en = html_text(pages["ko"]), html_text(pages["en"])
    assert "배송지 주소 및 이메일 주소" in ko
    assert "delivery address, and email address" in en
    assert "처리 목적 달성 후 4년" in ko
    assert "4 years after the purpose is achieved" in en
    assert "주식회사 리본카드" in ko and "메시지 카드 인쇄" in ko
    assert "Ribbon Card Co." in en and "Printing message cards" in en


def test_remedies_list_the_agencies_real_contacts(shop_site: BuiltSite) -> None:
    ko = shop_site.text("ko/policy/index.html")
    for phone, site in (
        ("118", "privacy.kisa.or.kr"),
        ("1833-6972", "kopico.go.kr"),
        ("1301", "spo.go.kr"),
        ("182", "ecrm.police.go.kr"),
    ):
        assert f'href="tel:{phone.replace("-", "")}"' in ko
        assert site in ko


def test_gdpr_facts_appear_in_english_only(sample_site: BuiltSite) -> None:
    en = sample_site.text("en/policy/index.html")
    ko = sample_site.text("ko/policy/index.html")
    assert "GDPR art. 6(1)(b)" in en and "Complaints in the European Union" in en
    assert "GDPR art. 6" not in ko


def test_custom_terms_are_published_in_both_languages(shop_project: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(
        "terms:\n  data_items:\n    ribbon_message:\n      ko: 리본 문구\n      en: ribbon message\n"
        "      kid: {ko: 꽃에 달 글씨, en: the words on the ribbon}\n",
        encoding="utf-8",
    )
    edit(
        shop_project,
        "policy/shop.yaml",
        "[name, phone_number, recipient_name, delivery_address]",
        "[name, phone_number, recipient_name, delivery_address, ribbon_message]",
    )
    pages = policy_pages(shop_project)
    ko, en = html_text(pages["ko"]), html_text(pages["en"])
    assert "배송지 주소 및 리본 문구" in ko
    assert "delivery address, and ribbon message" in en


def test_a_policy_page_rendered_alone_is_the_built_page(
    sample_site: BuiltSite, shop_site: BuiltSite
) -> None:
    # the tests above that edit a project render only its policy pages: they must be the real ones
    for site in (sample_site, shop_site):
        for locale, html in policy_pages(site.source).items():
            assert html == site.text(f"{locale}/policy/index.html"), locale
