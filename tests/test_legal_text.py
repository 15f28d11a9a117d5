"""What the policy, labels and chat say must be true: citations, summaries, bases, no defaults."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.build import load_for_views
from policygen.cli import app
from policygen.facts.labels import summarise
from policygen.facts.phrasing import Phrasing
from policygen.inputs import CHAT
from policygen.project import load_project
from policygen.source.load import load_policy
from policygen.source.vocabulary import builtin_vocabulary
from policygen.views.policy import LegalPolicy, render_policy_page
from policygen.views.site import Site

from .conftest import edit

runner = CliRunner()
SHOP = "policy/shop.yaml"
THIRD_PARTY = """
third_parties:
  - recipient: {ko: 꽃배달연합, en: Flower Network}
    purpose: {ko: 전국 배송, en: nationwide delivery}
    items: [recipient_name]
    retention: {until: delivery_complete}
"""
GDPR = """
gdpr:
  supervisory_authority: {ko: 감독기구에 민원, en: complain to your authority}
"""


def _policy_text(project: Path, locale: str) -> str:
    """The legal policy page of a project in one language, as plain text."""
    views = (LegalPolicy(),)
    site = Site(load_for_views(project, views), hub_entries=[])
    page = render_policy_page(site, locale, f"{locale}/policy/index.html").content.decode("utf-8")
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _article(text: str, start: str, end: str) -> str:
    """The text from the last `start` (the heading, not the contents entry) to the next `end`."""
    begin = text.rindex(start)
    return text[begin : text.index(end, begin)]


def _chat_text(project: Path, locale: str) -> str:
    chat = load_project(project, [CHAT]).get(CHAT).chats[locale]
    return "\n".join(line.text for scene in chat.scenes for line in scene.lines)


def _add(project: Path, text: str, name: str = "more.yaml") -> None:
    (project / "policy" / name).write_text(text, encoding="utf-8")


def _build_fails(project: Path, tmp_path: Path) -> str:
    result = runner.invoke(app, ["build", "--source", str(project), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.output


# ---- third-party provision ---------------------------------------------------------------


def test_provision_cites_article_17_not_the_collection_ground(sample_project: Path) -> None:
    ko = _article(_policy_text(sample_project, "ko"), "제5조(개인정보의 제3자 제공)", "목차로")
    en = _article(_policy_text(sample_project, "en"), "Article 5. Provision", "Back to")
    assert "「개인정보 보호법」 제17조제1항제1호" in ko and "제15조" not in ko
    assert "PIPA art. 17(1)1" in en and "15(1)" not in en


def test_a_law_as_provision_ground_cites_17_1_2(shop_project: Path) -> None:
    _add(shop_project, THIRD_PARTY + "    legal_basis: legal_obligation\n")
    ko = _policy_text(shop_project, "ko")
    assert "「개인정보 보호법」 제17조제1항제2호" in ko


def test_contract_is_no_ground_for_provision(shop_project: Path, tmp_path: Path) -> None:
    _add(shop_project, THIRD_PARTY + "    legal_basis: contract\n")
    output = _build_fails(shop_project, tmp_path)
    assert "policy/more.yaml:3:5" in output and "PIPA art. 17(1)" in output


def test_third_party_basis_has_no_default(shop_project: Path, tmp_path: Path) -> None:
    _add(shop_project, THIRD_PARTY)
    assert "'legal_basis' is missing" in _build_fails(shop_project, tmp_path)


# ---- schema defaults never become facts ---------------------------------------------------


def test_vendor_country_has_no_default(shop_project: Path, tmp_path: Path) -> None:
    edit(
        shop_project,
        SHOP,
        "    items: [name, payment_record]\n    country: KR",
        "    items: [name, payment_record]\n   ",
    )
    output = _build_fails(shop_project, tmp_path)
    assert "policy/shop.yaml" in output and "'country' is missing" in output


def test_entrustment_contract_terms_are_a_commitment(shop_project: Path) -> None:
    ko = _policy_text(shop_project, "ko")
    assert "정해 두었습니다" not in ko  # no claim about contracts the source never describes
    assert "제26조에 따라" in ko and "지키겠습니다" in ko


def test_ad_collectors_must_be_stated_and_none_is_said_plainly(sample_project: Path) -> None:
    en = _policy_text(sample_project, "en")
    assert "None: no other company collects behavioural information" in en
    assert "Settings > Privacy > No personalised ads" in en
    assert "children we know to be under 14" in en
    edit(sample_project, "policy/rights-and-devices.yaml", "  collectors: []\n", "")
    with pytest.raises(Exception, match="'collectors' is missing"):
        load_policy(sample_project)


# ---- every summary from every retention source ---------------------------------------------


def test_retention_label_gives_the_true_longest_period(sample_project: Path) -> None:
    policy = load_policy(sample_project).policy
    vocabulary = builtin_vocabulary()
    assert summarise("retention", policy, Phrasing("ko", vocabulary)) == (
        "회원 탈퇴 시까지, 가장 긴 기간은 거래 완료 후 5년"
    )
    assert "5 years after the transaction" in summarise(
        "retention", policy, Phrasing("en", vocabulary)
    )


def test_longest_period_counts_sections_beyond_processing(shop_project: Path) -> None:
    _add(
        shop_project,
        "pseudonymised:\n  - purpose: {ko: 판매 통계, en: sales statistics}\n"
        "    items: [order_history]\n    retention: {years: 7, after: pseudonymisation}\n"
        "    safeguards: {ko: 분리 보관, en: kept apart}\n",
    )
    policy = load_policy(shop_project).policy
    say = Phrasing("ko", builtin_vocabulary())
    assert summarise("retention", policy, say).endswith("가명처리한 날부터 7년")
    assert "이름을 가린 날부터 7년 동안" in _chat_text(shop_project, "ko")


def test_chat_says_the_longest_period_not_three_years(sample_project: Path) -> None:
    ko, en = _chat_text(sample_project, "ko"), _chat_text(sample_project, "en")
    assert "가장 길게는 물건을 사고 5년 뒤까지야." in ko and "3년" not in ko
    assert "The longest is for 5 years after the shopping is done." in en


# ---- children's chat ----------------------------------------------------------------------


def test_chat_never_calls_a_required_item_optional(sample_project: Path) -> None:
    ko = _chat_text(sample_project, "ko")
    optional = next(line for line in ko.splitlines() if "안 줘도 돼" in line)
    assert (
        optional == "아니. 프로필 사진과 휴대전화 주소록은 안 줘도 돼. 그래도 도담톡을 쓸 수 있어."
    )
    policy = load_policy(sample_project).policy
    assert "phone_number" in policy.required_items
    assert "phone_number" not in policy.optional_only_items  # optional only for marketing


def test_chat_names_the_guardian_and_no_legal_jargon(sample_project: Path) -> None:
    ko, en = _chat_text(sample_project, "ko"), _chat_text(sample_project, "en")
    assert "법정대리인" not in ko
    assert "만 14살이 안 된 친구는 보호자가 대신 동의해." in ko
    assert "보호자 이름과 보호자 휴대전화번호를 받아." in ko
    assert "If you are under 14, your parent or guardian is the one who says yes." in en
    assert "we will ask you first" not in en


def test_chat_sharing_line_follows_the_recipients_basis(shop_project: Path) -> None:
    _add(shop_project, THIRD_PARTY + "    legal_basis: legal_obligation\n")
    ko = _chat_text(shop_project, "ko")
    assert "꽃배달연합에는 법이 허락해서 줘." in ko
    assert "동의를 받았을 때만 줘" not in ko
    edit(shop_project, "policy/more.yaml", "legal_obligation", "consent")
    ko = _chat_text(shop_project, "ko")
    assert "꽃배달연합에는 동의를 받았을 때만 줘." in ko and "법이 허락해서" not in ko


def test_chat_tells_of_ads_and_message_scanning_only_when_the_policy_does(
    sample_project: Path, shop_project: Path
) -> None:
    sample, shop = _chat_text(sample_project, "en"), _chat_text(shop_project, "en")
    for line in ("to show ads you might like", "looks through what your messages say"):
        assert line in sample and line not in shop


# ---- remedies ----------------------------------------------------------------------------


def test_remedies_group_bodies_and_appeal_only_for_public_bodies(shop_project: Path) -> None:
    en = _policy_text(shop_project, "en")
    mediation = _article(en, "dispute mediation or counselling", "To report")
    reports = _article(en, "To report other infringements", "Back to")
    assert "118" in mediation and "1833-6972" in mediation and "1301" not in mediation
    assert "1301" in reports and "182" in reports and "1833-6972" not in reports
    assert "administrative appeal" not in en
    edit(
        shop_project,
        SHOP,
        '  phone: "051-000-0000"\n\nprivacy',
        '  phone: "051-000-0000"\n  public_body: true\n\nprivacy',
    )
    assert "administrative appeal" in _policy_text(shop_project, "en")


# ---- vocabulary and citations -------------------------------------------------------------


def test_builtin_purposes_are_not_vague() -> None:
    for term in builtin_vocabulary().terms["purposes"].values():
        assert "등" not in term.ko.split() and "등 " not in term.ko, term.id
        assert "etc" not in term.en and "other" not in term.en.split(), term.id


def test_citations_name_paragraphs_and_items() -> None:
    ko, en = Phrasing("ko", builtin_vocabulary()), Phrasing("en", builtin_vocabulary())
    assert ko.law("ecommerce_act_decree", "6(1)") == (
        "「전자상거래 등에서의 소비자보호에 관한 법률 시행령」 제6조제1항"
    )
    assert ko.law("communications_secrets_act_decree", "41(2)2") == (
        "「통신비밀보호법 시행령」 제41조제2항제2호"
    )
    assert ko.law("communications_secrets_act", "15-2") == "「통신비밀보호법」 제15조의2"
    assert en.law("ecommerce_act_decree", "6(1)").endswith("Commerce, Etc., Article 6(1)")


def test_sample_cites_decrees_and_lists_preserved_items(sample_project: Path) -> None:
    ko = _policy_text(sample_project, "ko")
    destruction = _article(ko, "제8조(개인정보의 파기 절차 및 방법)", "제9조(")
    assert "보존 항목" in destruction and "접속 로그 및 IP 주소" in destruction
    assert "「통신비밀보호법 시행령」 제41조제2항" in destruction
    assert "「전자상거래 등에서의 소비자보호에 관한 법률」 제6조" not in ko
    assert "제28조의8제1항제3호가목" in ko


def test_no_notice_sentence_when_no_notice_is_given(sample_project: Path) -> None:
    edit(sample_project, "policy/processing.yaml", "notice_days: 30", "notice_days: 0")
    en = _policy_text(sample_project, "en")
    assert not re.search(r"(?<![0-9])0 days before", en)  # '30 days before' is the change notice
    assert "we store your personal information separately" in en


# ---- the English edition and the GDPR -------------------------------------------------------


def test_korean_duties_are_not_mapped_to_gdpr_6_1_c(shop_project: Path) -> None:
    _add(
        shop_project,
        GDPR + "  no_eu_representative_because: {ko: 가끔만 처리, en: we "
        "process EU data only occasionally}\n",
    )
    edit(
        shop_project,
        SHOP,
        "    legal_basis: contract\n    retention:\n      until: delivery",
        "    legal_basis: legal_obligation\n    retention:\n      until: delivery",
    )
    en = _policy_text(shop_project, "en")
    assert "GDPR art. 6(1)(c)" not in en
    assert "GDPR art. 6(1)(f): our legitimate interest in meeting duties under Korean law" in en
    assert "we process EU data only occasionally" in en
    assert (
        "object at any time, without giving a reason, to our using your information for "
        "direct marketing" in en
    )


def test_gdpr_needs_a_representative_or_a_reason(shop_project: Path, tmp_path: Path) -> None:
    _add(shop_project, GDPR)
    assert "GDPR art. 27" in _build_fails(shop_project, tmp_path)


def test_gdpr_facts_in_the_sample(sample_project: Path) -> None:
    en, ko = _policy_text(sample_project, "en"), _policy_text(sample_project, "ko")
    assert "Safeguard for readers in the EU (GDPR art. 13(1)(f))" in en
    assert "standard contractual clauses" in en
    assert "consent for children under 16 (GDPR art. 8)" in en
    assert "Our representative in the EU (GDPR art. 27): Dodam EU Representative" in en
    assert "GDPR" not in ko


def test_gdpr_transfers_need_a_safeguard(sample_project: Path, tmp_path: Path) -> None:
    text = (sample_project / "policy" / "sharing.yaml").read_text(encoding="utf-8")
    (sample_project / "policy" / "sharing.yaml").write_text(
        text[: text.index("    eu_safeguard:")], encoding="utf-8"
    )
    assert "eu_safeguard" in _build_fails(sample_project, tmp_path)


def test_gdpr_with_children_needs_the_article_8_age(sample_project: Path, tmp_path: Path) -> None:
    edit(sample_project, "policy/company.yaml", "  child_consent_age: 16\n", "")
    output = _build_fails(sample_project, tmp_path)
    assert "policy/company.yaml" in output and "child_consent_age" in output
