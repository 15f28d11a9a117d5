"""Faulty policies for the review rules, each built from examples/small-shop.

FAULTS: one fault per rule, with the file and line the finding must point at.
VARIANTS: the 28 law-breaking variants of the legal review (§4, legal-review-1.md) and further
faults of our own, each with the rules that must catch it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SHOP = "policy/shop.yaml"
REJECTED = "rejected by validation"  # a variant the model itself refuses
MORE = "policy/more.yaml"
TERMS = "policy/terms.yaml"

# (file, old, new): replace `old` once; with old == "" write `new` as the whole file.
Edit = tuple[str, str, str]


@dataclass(frozen=True)
class Fault:
    """Edits that make a rule fire, and where its finding must point (the needle's first line)."""

    edits: tuple[Edit, ...]
    file: str
    needle: str = ""  # "" = a folder finding, no line
    quiet: tuple[Edit, ...] = ()  # edits for the quiet baseline, when the plain shop fires
    copy: tuple[str, ...] = ()  # built-in folders to copy into the project first


def third_party(
    basis: str = "consent",
    retention: str = "{until: delivery_complete}",
    recipient: str = "{ko: 꽃배달연합, en: Flower Network}",
    purpose: str = "{ko: 전국 배송, en: nationwide delivery}",
    country: str = "\n    country: KR",
) -> Edit:
    return (
        MORE,
        "",
        f"third_parties:\n  - recipient: {recipient}\n    purpose: {purpose}\n"
        f"    items: [recipient_name]\n    legal_basis: {basis}\n    retention: {retention}"
        f"{country}\n",
    )


def transfer(
    recipient: str = "{ko: 클라우드사, en: CloudCo}",
    purpose: str = "{ko: 주문 정보 보관, en: storing orders}",
    basis: str = "contract_disclosed",
    refuse: str = "{ko: 전화로 요청하면 거부할 수 있습니다, en: call us to refuse}",
) -> str:
    return (
        f"overseas_transfers:\n  - recipient: {recipient}\n    country: US\n"
        "    contact: dpo@cloud.example\n    items: [name]\n"
        "    timing_and_method: {ko: 주문 시 전송, en: sent when you order}\n"
        f"    purpose: {purpose}\n    retention: {{until: transaction}}\n    basis: {basis}\n"
        f"    how_to_refuse: {refuse}\n"
        "    refusal_consequence: {ko: 주문할 수 없습니다, en: you cannot order}\n"
    )


def _real_shop() -> str:
    """The small shop's source with every sample value replaced by a real-looking one."""
    text = (REPO_ROOT / "examples" / "small-shop" / SHOP).read_text(encoding="utf-8")
    for sample, real in (
        ("봄날꽃집", "솔바람꽃방"),
        ("Bomnal Flowers", "Solbaram Florist"),
        ("김하늘", "박지우"),
        ("Kim Haneul", "Park Jiwoo"),
        ("바른결제", "케이페이먼츠"),
        ("Bareun Payments", "K Payments"),
        ("한결택배", "우리택배"),
        ("Hangyeol Parcel", "Uri Parcel"),
        ("광안로 000", "광안로 213"),
        ("000 Gwangan-ro", "213 Gwangan-ro"),
        ("bomnal-flowers.example", "solbaram.kr"),
        ("051-000-0000", "051-752-3186"),
    ):
        text = text.replace(sample, real)
    return text


REAL_SHOP = _real_shop()


def purpose_entry(
    purpose: str, items: str, basis: str, retention: str, key: str = "required_items"
) -> Edit:
    """A new processing entry before customer_support."""
    return (
        SHOP,
        "  - purpose: customer_support",
        f"  - purpose: {purpose}\n    {key}: {items}\n    legal_basis: {basis}\n"
        f"    retention: {retention}\n  - purpose: customer_support",
    )


CUSTOMER_ITEMS = "[name, phone_number, enquiry_content]"
PAYMENT_ITEMS = "[name, order_history, payment_record]"
COURIER_ITEMS = "    items: [recipient_name, phone_number, delivery_address]"
PAYMENT_COUNTRY = (
    "    country: KR  # where the vendor processes the data; abroad needs overseas_transfers"
)
SUPPORT_RETENTION = "      years: 3\n      after: purpose_achieved"
ADS_PURPOSE = purpose_entry(
    "personalised_advertising",
    "[cookie]",
    "consent",
    "{months: 6, after: collection}",
    "automatic_items",
)
ADS = (
    "behavioural_advertising:\n  items: [cookie]\n"
    "  method: {ko: 웹사이트 방문 시 수집, en: collected when you visit}\n"
    "  purpose: {ko: 관심사에 맞춘 광고, en: ads that match your interests}\n"
    "  retention: {months: 6, after: collection}\n"
    "  collectors: []\n"
)
OPT_OUT = "  how_to_refuse: {ko: 앱 설정에서 맞춤형 광고를 끌 수 있습니다, en: turn it off in the app's settings}\n"
COOKIE_ONLY = (
    "  how_to_refuse: {ko: 브라우저에서 쿠키를 끄세요, en: turn off cookies in your browser}\n"
)
CHILDREN = (
    "children:\n  consent_method: {ko: 법정대리인이 휴대전화 본인인증으로 동의합니다, "
    "en: the parent consents after mobile identity verification}\n"
    "  guardian_items: [guardian_name]\n"
)
ADS_PAGE = (
    "service_policies:\n  advertising:\n    opt_out_steps:\n"
    "      - {ko: 앱 설정에서 맞춤형 광고를 끕니다, en: turn personalised ads off in the app's settings}\n"
)
GUARDIAN_PURPOSE = purpose_entry(
    "guardian_consent", "[guardian_name]", "legal_obligation", "{until: account_deletion}"
)
DECISION = (
    "automated_decisions:\n  - id: fraud_hold\n    name: {{ko: 주문 보류, en: order hold}}\n"
    "{purpose}    criteria: {{ko: 이상 결제, en: unusual payments}}\n"
    "    procedure: {{ko: 자동 보류, en: held automatically}}\n    items: [{items}]\n"
    "    how_to_object: {object}\n"
)
OBJECT = (
    "{ko: 전화로 이의를 제기하면 담당자가 다시 검토합니다, en: call us and a person reviews it}"
)
INACTIVE = (
    SHOP,
    "  methods: [secure_erasure, shredding]",
    "  methods: [secure_erasure, shredding]\n  inactive_accounts:\n    years: 1\n"
    "    kept_for: {kept}\n    notice_days: {notice}",
)


def inactive(kept: str, notice: int) -> Edit:
    return (INACTIVE[0], INACTIVE[1], INACTIVE[2].format(kept=kept, notice=notice))


FAULTS: dict[str, Fault] = {
    "purpose-vague": Fault(
        (
            (
                TERMS,
                "",
                'terms:\n  purposes:\n    gift_wrapping: {ko: "선물 포장 등", en: "gift wrapping etc."}\n',
            ),
            purpose_entry(
                "gift_wrapping", "[recipient_name]", "contract", "{until: delivery_complete}"
            ),
        ),
        TERMS,
        "    gift_wrapping:",
    ),
    "custom-term-without-kid-wording": Fault(
        (
            (
                TERMS,
                "",
                "terms:\n  purposes:\n    pre_orders:\n"
                "      ko: 예약 주문 접수 및 매장 픽업 안내\n"
                "      en: taking pre-orders and telling you when to collect them\n",
            ),
            purpose_entry("pre_orders", "[name, phone_number]", "contract", "{until: transaction}"),
        ),
        TERMS,
        "      ko: 예약 주문 접수",
    ),
    "recipient-vague": Fault(
        (third_party(recipient="{ko: 협력사 등, en: our partners}"),), MORE, "  - recipient:"
    ),
    "items-vague": Fault(
        (
            (
                TERMS,
                "",
                'terms:\n  data_items:\n    order_details: {ko: "주문 정보 등", en: "order details etc.", category: general}\n',
            ),
            (SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, order_details]"),
        ),
        TERMS,
        "    order_details:",
    ),
    "optional-items-without-consent": Fault(
        (
            (
                SHOP,
                "    required_items: [name, phone_number, recipient_name, delivery_address]",
                "    required_items: [name, phone_number, recipient_name, delivery_address]\n    optional_items: [email]",
            ),
        ),
        SHOP,
        "    optional_items: [email]",
    ),
    "marketing-without-consent": Fault(
        (purpose_entry("marketing", "[phone_number]", "contract", "{until: consent_withdrawal}"),),
        SHOP,
        "    legal_basis: contract\n    retention: {until: consent_withdrawal}",
    ),
    "marketing-items-required": Fault(
        (purpose_entry("marketing", "[phone_number]", "consent", "{until: consent_withdrawal}"),),
        SHOP,
        "    required_items: [phone_number]",
    ),
    "legitimate-interest-unexplained": Fault(
        (
            (
                SHOP,
                f"    required_items: {CUSTOMER_ITEMS}\n    legal_basis: contract",
                f"    required_items: {CUSTOMER_ITEMS}\n    legal_basis: legitimate_interests",
            ),
        ),
        SHOP,
        "    legal_basis: legitimate_interests",
    ),
    "custom-item-category-missing": Fault(
        (
            (
                TERMS,
                "",
                "terms:\n  data_items:\n    fingerprint: {ko: 지문 정보, en: fingerprint}\n",
            ),
            (SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, fingerprint]"),
        ),
        TERMS,
        "    fingerprint:",
    ),
    "custom-item-category-mismatch": Fault(
        (
            (
                TERMS,
                "",
                "terms:\n  data_items:\n    fingerprint: {ko: 지문 정보, en: fingerprint, category: general}\n",
            ),
            (SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, fingerprint]"),
        ),
        TERMS,
        "    fingerprint:",
    ),
    "sensitive-items-undeclared": Fault(
        ((SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, health]"),),
        SHOP,
        "    required_items: [name, phone_number, enquiry_content, health]",
    ),
    "unique-identifiers-undeclared": Fault(
        ((SHOP, PAYMENT_ITEMS, "[name, order_history, payment_record, passport_number]"),),
        SHOP,
        "    required_items: [name, order_history, payment_record, passport_number]",
    ),
    "special-category-ground-missing": Fault(
        (
            (SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, health]"),
            (
                MORE,
                "",
                "sensitive_information:\n  - items: [health]\n    purpose: {ko: 알레르기 확인, en: checking allergies}\n"
                "    ground: {ko: 회원가입 약관 동의, en: agreeing to the terms}\n",
            ),
        ),
        MORE,
        "    ground:",
    ),
    "special-category-on-contract": Fault(
        ((SHOP, CUSTOMER_ITEMS, "[name, phone_number, enquiry_content, health]"),),
        SHOP,
        "    legal_basis: contract\n    retention:\n      years: 3",
    ),
    "rrn-without-statute": Fault(
        (
            purpose_entry(
                "identity_verification",
                "[resident_registration_number]",
                "consent",
                "{until: account_deletion}",
            ),
            (
                MORE,
                "",
                "unique_identifiers:\n  - items: [resident_registration_number]\n"
                "    purpose: {ko: 본인 확인, en: checking who you are}\n"
                "    ground: {ko: 정보주체의 별도 동의, en: your separate consent}\n"
                "    separate_consent: true\n",
            ),
        ),
        MORE,
        "    ground:",
    ),
    "location-without-consent": Fault(
        (
            (
                SHOP,
                "[name, phone_number, recipient_name, delivery_address]",
                "[name, phone_number, recipient_name, delivery_address, location]",
            ),
        ),
        SHOP,
        "    legal_basis: contract\n    retention:\n      until: delivery_complete",
    ),
    "retention-open-ended": Fault(
        (
            (
                SHOP,
                "    retention:\n      until: delivery_complete",
                "    retention:\n      until: delivery_complete\n      note: {ko: 필요한 기간 동안 보관합니다., en: Kept as long as necessary.}",
            ),
        ),
        SHOP,
        "      note:",
    ),
    "kept-after-end-without-law": Fault(
        (
            (
                SHOP,
                "    retention:\n      until: delivery_complete",
                "    retention:\n      years: 2\n      after: delivery_complete",
            ),
        ),
        SHOP,
        "      years: 2",
    ),
    "retention-until-purpose": Fault(
        (
            (
                SHOP,
                "    retention:\n      until: delivery_complete",
                "    retention:\n      until: purpose_achieved",
            ),
        ),
        SHOP,
        "      until: purpose_achieved",
    ),
    "recipient-retention-vague": Fault(
        (third_party(retention="{until: purpose_achieved}"),), MORE, "    retention:"
    ),
    "retention-longer-than-law": Fault(
        ((SHOP, SUPPORT_RETENTION, "      years: 10\n      after: purpose_achieved"),),
        SHOP,
        "      years: 10",
    ),
    "retention-shorter-than-law": Fault(
        ((SHOP, SUPPORT_RETENTION, "      years: 1\n      after: purpose_achieved"),),
        SHOP,
        "      years: 1\n      after: purpose_achieved",
    ),
    "retention-period-not-in-law": Fault(
        (
            (
                SHOP,
                "\nentrustment:",
                "  - record: {ko: 멤버십 포인트 기록, en: membership point records}\n"
                '    years: 2\n    law: ecommerce_act\n    article: "6"\n\nentrustment:',
            ),
        ),
        SHOP,
        "  - record: {ko: 멤버십",
    ),
    "inactive-accounts-kept-long": Fault(
        (inactive("{years: 10}", 30),), SHOP, "    kept_for: {years: 10}"
    ),
    "inactive-notice-missing": Fault((inactive("{years: 1}", 0),), SHOP, "    notice_days: 0"),
    "shared-item-not-collected": Fault(
        (
            (
                SHOP,
                COURIER_ITEMS,
                "    items: [recipient_name, phone_number, delivery_address, email]",
            ),
        ),
        SHOP,
        "    items: [recipient_name, phone_number, delivery_address, email]",
    ),
    "third-party-unusual-basis": Fault(
        (third_party(basis="legitimate_interests"),), MORE, "    legal_basis:"
    ),
    "third-party-law-unnamed": Fault(
        (third_party(basis="legal_obligation"),), MORE, "    legal_basis:"
    ),
    "third-party-marketing-without-consent": Fault(
        (
            third_party(
                basis="legitimate_interests",
                purpose="{ko: 제휴 할인 마케팅, en: partner discount marketing}",
            ),
        ),
        MORE,
        "    legal_basis:",
    ),
    "third-party-country-missing": Fault((third_party(country=""),), MORE, "  - recipient:"),
    "vendor-items-missing": Fault(
        ((SHOP, "    items: [name, payment_record]", "    items: []"),),
        SHOP,
        '  - vendor:\n      ko: "주식회사 바른결제"',
    ),
    "vendor-abroad-without-transfer": Fault(
        ((SHOP, f"{COURIER_ITEMS}\n    country: KR", f"{COURIER_ITEMS}\n    country: JP"),),
        SHOP,
        "    country: JP",
    ),
    "third-party-abroad-without-transfer": Fault(
        (third_party(country="\n    country: US"),), MORE, "    country: US"
    ),
    "transfer-basis-not-disclosed": Fault(((MORE, "", transfer()),), MORE, "    basis:"),
    "transfer-not-contract-necessary": Fault(
        ((MORE, "", transfer(purpose="{ko: 마케팅 분석, en: marketing analytics}")),),
        MORE,
        "    basis:",
    ),
    "third-party-abroad-basis": Fault(
        (
            (
                MORE,
                "",
                transfer()
                + third_party(
                    recipient="{ko: 클라우드사, en: CloudCo}", country="\n    country: US"
                )[2],
            ),
        ),
        MORE,
        "    basis:",
    ),
    "transfer-refusal-missing": Fault(
        (
            (
                MORE,
                "",
                transfer(basis="consent", refuse="{ko: 거부할 수 없습니다, en: cannot be refused}"),
            ),
        ),
        MORE,
        "    how_to_refuse:",
    ),
    "automatic-items-without-article": Fault(
        (
            (
                SHOP,
                f"    required_items: {CUSTOMER_ITEMS}",
                f"    required_items: {CUSTOMER_ITEMS}\n    automatic_items: [cookie]",
            ),
        ),
        SHOP,
        "  - purpose: customer_support",
    ),
    "cookies-without-refusal": Fault(
        (
            (
                MORE,
                "",
                "automatic_collection:\n  items: [cookie]\n  purposes: [customer_support]\n  web_cookies: false\n",
            ),
            (
                SHOP,
                f"    required_items: {CUSTOMER_ITEMS}",
                f"    required_items: {CUSTOMER_ITEMS}\n    automatic_items: [cookie]",
            ),
        ),
        MORE,
        "  web_cookies: false",
    ),
    "automatic-purpose-undeclared": Fault(
        (
            (
                MORE,
                "",
                "automatic_collection:\n  items: [cookie]\n  purposes: [service_improvement]\n",
            ),
            (
                SHOP,
                f"    required_items: {CUSTOMER_ITEMS}",
                f"    required_items: {CUSTOMER_ITEMS}\n    automatic_items: [cookie]",
            ),
        ),
        MORE,
        "  purposes: [service_improvement]",
    ),
    "advertising-purpose-undeclared": Fault(
        ((MORE, "", ADS + OPT_OUT),), MORE, "  items: [cookie]"
    ),
    "advertising-opt-out-missing": Fault(
        ((MORE, "", ADS + COOKIE_ONLY), ADS_PURPOSE), MORE, "  how_to_refuse:"
    ),
    "advertising-to-children": Fault(
        ((MORE, "", ADS + OPT_OUT + CHILDREN), ADS_PURPOSE, GUARDIAN_PURPOSE),
        MORE,
        "  items: [cookie]",
    ),
    "ads-page-children-without-commitment": Fault(
        (
            (MORE, "", ADS + OPT_OUT + "  children_excluded: true\n" + CHILDREN + ADS_PAGE),
            ADS_PURPOSE,
            GUARDIAN_PURPOSE,
        ),
        MORE,
        "    opt_out_steps:",  # the block's first line: where its commitments belong
    ),
    "ads-page-promise-not-in-policy": Fault(
        (
            (MORE, "", ADS + OPT_OUT + ADS_PAGE + "    commitments: [no_children_under_14]\n"),
            ADS_PURPOSE,
        ),
        MORE,
        "    commitments: [no_children_under_14]",
    ),
    "advertising-behaviour-kept-longer": Fault(
        (
            (MORE, "", ADS + OPT_OUT),
            purpose_entry(
                "personalised_advertising",
                "[cookie]",
                "consent",
                "{years: 2, after: collection}",
                "automatic_items",
            ),
        ),
        SHOP,
        "    retention: {years: 2, after: collection}",
    ),
    "item-not-declared-for-purpose": Fault(
        ((MORE, "", ADS.replace("[cookie]", "[advertising_id]") + OPT_OUT), ADS_PURPOSE),
        MORE,
        "  items: [advertising_id]",
    ),
    "guardian-items-not-processed": Fault(
        ((MORE, "", CHILDREN),), MORE, "  guardian_items: [guardian_name]"
    ),
    "guardian-consent-method-weak": Fault(
        (
            (
                MORE,
                "",
                CHILDREN.replace(
                    "{ko: 법정대리인이 휴대전화 본인인증으로 동의합니다, en: the parent consents after mobile identity verification}",
                    "{ko: 보호자 휴대전화로 인증번호를 보냅니다, en: we text a code to the parent}",
                ),
            ),
            GUARDIAN_PURPOSE,
        ),
        MORE,
        "  consent_method:",
    ),
    "decision-items-not-collected": Fault(
        ((MORE, "", DECISION.format(purpose="", items="ip_address", object=OBJECT)),),
        MORE,
        "    items: [ip_address]",
    ),
    "decision-purpose-missing": Fault(
        ((MORE, "", DECISION.format(purpose="", items="name", object=OBJECT)),),
        MORE,
        "  - id: fraud_hold",
    ),
    "decision-purpose-undeclared": Fault(
        (
            (
                MORE,
                "",
                DECISION.format(
                    purpose="    purpose: fraud_prevention\n", items="name", object=OBJECT
                ),
            ),
        ),
        MORE,
        "    purpose: fraud_prevention",
    ),
    "decision-objection-missing": Fault(
        (
            (
                MORE,
                "",
                DECISION.format(
                    purpose="    purpose: payment\n", items="name", object="{ko: 없음, en: none}"
                ),
            ),
        ),
        MORE,
        "    how_to_object:",
    ),
    "pseudonymised-purpose-not-allowed": Fault(
        (
            (
                MORE,
                "",
                "pseudonymised:\n  - purpose: {ko: 맞춤형 광고 대상 고객 선정, en: choosing customers for ads}\n"
                "    items: [order_history]\n    retention: {years: 1, after: collection}\n"
                "    safeguards: {ko: 추가 정보 분리 보관, en: additional information kept apart}\n",
            ),
        ),
        MORE,
        "  - purpose:",
    ),
    "pseudonymised-direct-identifiers": Fault(
        (
            (
                MORE,
                "",
                "pseudonymised:\n  - purpose: {ko: 판매 통계 작성, en: sales statistics}\n"
                "    items: [name, order_history]\n    retention: {years: 1, after: collection}\n"
                "    safeguards: {ko: 추가 정보 분리 보관, en: additional information kept apart}\n",
            ),
        ),
        MORE,
        "    items: [name, order_history]",
    ),
    "response-days-over-decree": Fault(
        (
            (
                SHOP,
                '    en: "Call us on 051-000-0000 or email hello@bomnal-flowers.example."',
                '    en: "Call us on 051-000-0000 or email hello@bomnal-flowers.example."\n  response_days: 30',
            ),
        ),
        SHOP,
        "  response_days: 30",
    ),
    "security-measures-missing": Fault(
        (
            (
                SHOP,
                "  - internal_management_plan\n  - access_control\n  - transport_encryption\n  - access_log_protection\n  - security_software\n",
                "",
            ),
        ),
        SHOP,
        "  - locked_storage",
    ),
    "no-complaints-department": Fault(
        (),
        SHOP,
        '  name:\n    ko: "김하늘"',
        quiet=(
            (
                MORE,
                "",
                "complaints_department:\n  department: {ko: 고객지원팀, en: Customer Support}\n"
                '  phone: "051-000-0001"\n  email: help@bomnal-flowers.example\n',
            ),
        ),
    ),
    "no-website": Fault(
        ((SHOP, '  website: "https://bomnal-flowers.example"\n', ""),),
        SHOP,
        '  name:\n    ko: "봄날꽃집"',
    ),
    "history-out-of-order": Fault(
        (
            (
                SHOP,
                "      en: First published.\n",
                '      en: First published.\n  - version: "1.1"\n    date: 2026-03-01\n    summary: {ko: 수정, en: Corrected.}\n',
            ),
        ),
        SHOP,
        "    date: 2026-03-01",
    ),
    "foreign-controller-without-representative": Fault(
        (
            (
                SHOP,
                '    ko: "부산광역시 수영구 광안로 000, 1층"\n    en: "1F, 000 Gwangan-ro, Suyeong-gu, Busan, Republic of Korea"',
                '    ko: "일본 도쿄도 시부야구 0-0-0"\n    en: "0-0-0 Shibuya, Tokyo, Japan"',
            ),
        ),
        SHOP,
        '    ko: "일본',
    ),
    "kids-chat-too-hard": Fault(
        (
            ("dialogues/scenes.yaml", "그게 왜 중요해?", "그게 " + "아주 " * 40 + "중요해?"),
            (
                "dialogues/scenes.yaml",
                "Why does that matter?",
                "Why does the organisational accountability infrastructure necessitate comprehensive "
                "documentation of irreversible pseudonymisation methodologies and proportionality?",
            ),
        ),
        "dialogues/",
        copy=("dialogues",),
    ),
    "placeholder-data": Fault(
        ((SHOP, "", REAL_SHOP.replace("hello@solbaram.kr", "hello@solbaram.example", 1)),),
        SHOP,
        "hello@solbaram.example",
        quiet=((SHOP, "", REAL_SHOP),),
    ),
    "encryption-without-secrets": Fault(
        ((SHOP, "  - transport_encryption\n", "  - encryption\n"),),
        SHOP,
        "- encryption",
    ),
    "placeholder-name": Fault(
        ((SHOP, "", REAL_SHOP.replace("박지우", "김하늘")),),
        SHOP,
        "김하늘",
        quiet=((SHOP, "", REAL_SHOP),),
    ),
    "example-project": Fault(
        (("policy/example.yaml", "", "example: true\n"),),
        "policy/example.yaml",
        "example: true",
    ),
    "teens-guide-too-hard": Fault(
        (
            (
                "teens/teens.yaml",
                "ko: 그래서 누구에게 무엇을 알려 줄지는 네가 정하는 거야.",
                "ko: " + "그래서 누구에게 무엇을 알려 줄지는 언제나 신중하게 " * 8 + "정하는 거야.",
            ),
            (
                "teens/teens.yaml",
                "en: So you decide who gets to know what.",
                "en: Consequently, the determination of informational disclosure "
                "responsibilities necessitates comprehensive deliberation regarding "
                "organisational accountability and proportionality considerations.",
            ),
        ),
        "teens/",
        copy=("teens",),
    ),
    "consent-explainer-too-hard": Fault(
        (
            (
                MORE,
                "",
                CHILDREN + "terms:\n  data_items:\n    pickup_code:\n      ko: 픽업 코드\n"
                "      en: pickup code\n      category: general\n"
                "      kid:\n        ko: "
                + "가게에서 주문한 물건을 찾을 때 직원에게 보여 주는 아주 길고 복잡한 "
                * 6
                + "번호야.\n"
                "        en: An alphanumeric verification credential generated "
                "programmatically, facilitating authentication during merchandise "
                "collection procedures at retail establishments.\n",
            ),
            GUARDIAN_PURPOSE,
            purpose_entry(
                "service_improvement", "[pickup_code]", "consent", "{until: consent_withdrawal}"
            ),
        ),
        MORE,
        "  data_items:",
    ),
    "cctv-private-place": Fault(
        (
            (
                SHOP,
                '          ko: "계산대 뒤쪽 벽"\n          en: "the wall behind the counter"',
                '          ko: "손님용 화장실 안"\n          en: "inside the customer toilet"',
            ),
        ),
        SHOP,
        '          ko: "손님용 화장실 안"',
    ),
    "cctv-records-sound": Fault(
        ((SHOP, "    records_sound: false", "    records_sound: true"),),
        SHOP,
        "    records_sound: true",
    ),
    "cctv-retention-without-period": Fault(
        (
            (
                SHOP,
                "    retention:\n      days: 30\n    storage:",
                "    retention:\n      until: purpose_achieved\n    storage:",
            ),
        ),
        SHOP,
        "      until: purpose_achieved\n    storage:",
    ),
    "senior-guide-too-long": Fault(
        (
            (
                "guide/guide.yaml",
                "ko: 휴대폰과 앱은 늘 최신 상태로 업데이트하세요.",
                "ko: " + "휴대폰과 앱은 늘 최신 상태로 업데이트해야 하며 " * 12 + "그래야 합니다.",
            ),
        ),
        "guide/",
        copy=("guide",),
    ),
}


# The legal review's 28 variants (§4 table rows 1-23, the untabled ones, and the two it says
# were caught), then our own: each is edits on the small shop and rules that must catch it.
VARIANTS: dict[str, tuple[tuple[Edit, ...], set[str]]] = {
    "01 rrn_consent": (
        (
            purpose_entry(
                "identity_verification",
                "[resident_registration_number]",
                "consent",
                "{until: account_deletion}",
            ),
            (
                MORE,
                "",
                "unique_identifiers:\n  - items: [resident_registration_number]\n"
                "    purpose: {ko: 본인 확인, en: checking who you are}\n"
                "    ground: {ko: 정보주체의 별도 동의, en: your separate consent}\n",
            ),
        ),
        {"rrn-without-statute"},
    ),
    "02 custom_sensitive": (
        (
            (
                TERMS,
                "",
                "terms:\n  data_items:\n    fingerprint: {ko: 지문 정보, en: fingerprint}\n",
            ),
            purpose_entry(
                "identity_verification", "[fingerprint]", "contract", "{until: account_deletion}"
            ),
        ),
        {"custom-item-category-missing"},
    ),
    "03 custom_licence": (
        (
            (
                TERMS,
                "",
                "terms:\n  data_items:\n    licence_no: {ko: 운전면허번호, en: driver's licence number}\n",
            ),
            purpose_entry(
                "identity_verification", "[licence_no]", "contract", "{until: account_deletion}"
            ),
        ),
        {"custom-item-category-missing"},
    ),
    "04 health_declared_consent_bundled": (
        FAULTS["special-category-ground-missing"].edits,
        {"special-category-ground-missing", "special-category-on-contract"},
    ),
    "05 vendor_no_country": (
        (
            (
                SHOP,
                f"{COURIER_ITEMS}\n    country: KR",
                f"{COURIER_ITEMS}\n    country: KR\n"
                '  - vendor: {ko: "아마존웹서비시즈(Amazon Web Services, Inc.)", en: "Amazon Web Services, Inc."}\n'
                "    task: {ko: 쇼핑몰 서버 운영 및 데이터 보관, en: running the shop's servers and storing data}\n"
                "    items: [name, phone_number]",
            ),
        ),
        {REJECTED},
    ),
    "06 vendor_second_us": (
        (
            (
                SHOP,
                f"{COURIER_ITEMS}\n    country: KR",
                f"{COURIER_ITEMS}\n    country: KR\n"
                '  - vendor: {ko: 아마존웹서비시즈, en: "Amazon Web Services, Inc."}\n'
                "    task: {ko: 데이터 보관, en: storing data}\n    items: [name]\n    country: US\n"
                "  - vendor: {ko: 메일침프, en: Mailchimp}\n"
                "    task: {ko: 주문 안내 메일 발송, en: sending order e-mails}\n    items: [name]\n    country: US",
            ),
            (
                MORE,
                "",
                transfer(recipient='{ko: 아마존웹서비시즈, en: "Amazon Web Services, Inc."}'),
            ),
        ),
        {"vendor-abroad-without-transfer"},
    ),
    "07 third_party_abroad": (
        (
            third_party(
                recipient="{ko: 구글 LLC, en: Google LLC}",
                purpose="{ko: 광고 효과 분석, en: measuring ads}",
                country="",
            ),
        ),
        {"third-party-country-missing"},
    ),
    "08 transfer_consent_missing": (
        (
            (
                MORE,
                "",
                transfer(
                    purpose="{ko: 마케팅 분석, en: marketing analytics}",
                    refuse="{ko: 거부할 수 없습니다, en: cannot be refused}",
                ).replace("{until: transaction}", "{years: 20}"),
            ),
        ),
        {"transfer-not-contract-necessary", "transfer-refusal-missing"},
    ),
    "09 third_party_legal_obligation": (
        (
            third_party(
                basis="legal_obligation",
                recipient="{ko: 제휴 카드사, en: a partner card company}",
                purpose="{ko: 제휴 할인 마케팅, en: partner discount marketing}",
            ),
        ),
        {"third-party-law-unnamed", "third-party-marketing-without-consent"},
    ),
    "10 third_party_vague": (
        (
            third_party(
                recipient="{ko: 협력사 등, en: partners}",
                purpose="{ko: 주문 처리 등, en: order handling etc.}",
            ),
        ),
        {"recipient-vague", "purpose-vague"},
    ),
    "11 response_30": (FAULTS["response-days-over-decree"].edits, {"response-days-over-decree"}),
    "12 retention_over_law": (
        FAULTS["retention-longer-than-law"].edits,
        {"retention-longer-than-law"},
    ),
    "13 wrong_law_period": (
        (
            (
                SHOP,
                "\nentrustment:",
                "  - record: {ko: 웹사이트 방문 기록, en: website visit records}\n"
                '    years: 1\n    law: communications_secrets_act\n    article: "15-2"\n\nentrustment:',
            ),
            (
                SHOP,
                "      en: records of customer complaints and disputes\n"
                "    items: [name, phone_number, enquiry_content]\n    years: 3",
                "      en: records of customer complaints and disputes\n"
                "    items: [name, phone_number, enquiry_content]\n    years: 1",
            ),
        ),
        {"retention-longer-than-law", "retention-shorter-than-law"},
    ),
    "14 ads_no_basis": (
        (
            (
                MORE,
                "",
                "automatic_collection:\n  items: [cookie, advertising_id, usage_record]\n"
                "  purposes: [personalised_advertising]\n  advertising_id: true\n"
                + ADS.replace("{months: 6, after: collection}", "{years: 2}")
                + OPT_OUT,
            ),
        ),
        {"automatic-purpose-undeclared", "advertising-purpose-undeclared"},
    ),
    "15 kids_ads": (
        ((MORE, "", ADS + OPT_OUT + CHILDREN), ADS_PURPOSE, GUARDIAN_PURPOSE),
        {"advertising-to-children"},
    ),
    "16 pseudo_marketing": (
        (
            (
                MORE,
                "",
                "pseudonymised:\n  - purpose: {ko: 맞춤형 광고 대상 고객 선정 및 제휴사 판매, en: choosing customers for ads and selling to partners}\n"
                "    items: [name, phone_number, order_history]\n    retention: {years: 10}\n"
                "    safeguards: {ko: 추가 정보 분리 보관, en: additional information kept apart}\n"
                "    recipient: {ko: 제휴 광고사, en: a partner ad agency}\n",
            ),
        ),
        {
            "pseudonymised-purpose-not-allowed",
            "pseudonymised-direct-identifiers",
            "recipient-vague",
        },
    ),
    "17 vague_purpose": (
        (
            (
                TERMS,
                "",
                "terms:\n  purposes:\n    misc: {ko: 서비스 제공 등 회사가 필요하다고 판단하는 목적, en: providing the service and other purposes we deem necessary}\n",
            ),
            purpose_entry("misc", "[name]", "contract", "{until: account_deletion}"),
        ),
        {"purpose-vague"},
    ),
    "18 foreign_no_rep": (
        FAULTS["foreign-controller-without-representative"].edits,
        {"foreign-controller-without-representative"},
    ),
    "19 location": (
        (
            (
                TERMS,
                "",
                "terms:\n  purposes:\n    delivery_tracking: {ko: 배송 위치 추적, en: tracking deliveries}\n",
            ),
            purpose_entry(
                "delivery_tracking", "[location]", "contract", "{until: delivery_complete}"
            ),
        ),
        {"location-without-consent"},
    ),
    "20 marketing_required": (
        (
            purpose_entry(
                "marketing", "[phone_number, name]", "consent", "{until: account_deletion}"
            ),
        ),
        {"marketing-items-required"},
    ),
    "21 security_min": (FAULTS["security-measures-missing"].edits, {"security-measures-missing"}),
    "22 decision_sensitive_kids": (
        (
            (
                MORE,
                "",
                DECISION.format(
                    purpose="    purpose: payment\n",
                    items="payment_record",
                    object="{ko: 없음, en: none}",
                ).replace(
                    "주문 보류, en: order hold",
                    "후불결제 자동 심사, en: automatic pay-later screening",
                ),
            ),
        ),
        {"decision-objection-missing"},
    ),
    "23 kids_no_guardian_purpose": (
        (
            (
                MORE,
                "",
                "children:\n  consent_method: {ko: 아동이 부모님 동의 체크박스를 직접 선택합니다., en: The child ticks the parents' consent checkbox.}\n"
                "  guardian_items: [guardian_name]\n",
            ),
        ),
        {"guardian-consent-method-weak"},
    ),
    "24 vendor_no_items": (FAULTS["vendor-items-missing"].edits, {"vendor-items-missing"}),
    "25 inactive_long": (
        (inactive("{years: 10}", 0),),
        {"inactive-accounts-kept-long", "inactive-notice-missing"},
    ),
    "26 third_party_no_items_collected_match": (
        (
            third_party(
                retention="{until: account_deletion}",
                purpose="{ko: 주문 처리 등, en: order handling etc.}",
            ),
        ),
        {"purpose-vague"},
    ),
    "27 marketing_kept_after_withdrawal": (
        (
            purpose_entry(
                "marketing",
                "[phone_number]",
                "consent",
                "{years: 5, after: consent_withdrawal}",
                "optional_items",
            ),
        ),
        {"kept-after-end-without-law"},
    ),
    "28 history_back_dated": (FAULTS["history-out-of-order"].edits, {"history-out-of-order"}),
    # our own further faults
    "29 builtin_licence_on_contract": (
        (
            purpose_entry(
                "identity_verification",
                "[driver_licence_number]",
                "contract",
                "{until: account_deletion}",
            ),
        ),
        {"unique-identifiers-undeclared", "special-category-on-contract"},
    ),
    "30 biometric_sign_in": (
        (
            purpose_entry(
                "identity_verification", "[biometric_data]", "consent", "{until: account_deletion}"
            ),
        ),
        {"sensitive-items-undeclared"},
    ),
    "31 third_party_on_contract": (
        (third_party(basis="contract"),),
        {REJECTED},  # the model refuses a contract as a ground for provision (PIPA 17(1))
    ),
    "32 third_party_in_us_declared_by_country_only": (
        (
            (
                MORE,
                "",
                transfer(recipient="{ko: 다른회사, en: OtherCo}", basis="consent")
                + third_party(
                    recipient="{ko: 구글 LLC, en: Google LLC}", country="\n    country: US"
                )[2],
            ),
        ),
        {"third-party-abroad-without-transfer"},
    ),
    "33 ads_cookie_only_opt_out": (
        ((MORE, "", ADS + COOKIE_ONLY), ADS_PURPOSE),
        {"advertising-opt-out-missing"},
    ),
    "34 decision_scans_messages": (
        (
            (
                MORE,
                "",
                DECISION.format(
                    purpose="    purpose: payment\n", items="enquiry_content", object=OBJECT
                ),
            ),
        ),
        {"item-not-declared-for-purpose"},
    ),
    "35 pseudonymised_with_identifier": (
        FAULTS["pseudonymised-direct-identifiers"].edits,
        {"pseudonymised-direct-identifiers"},
    ),
    "36 licence_typed_as_general": (
        (
            (
                TERMS,
                "",
                "terms:\n  data_items:\n    licence_no: {ko: 운전면허번호, en: driver's licence number, category: general}\n",
            ),
            purpose_entry(
                "identity_verification", "[licence_no]", "consent", "{until: account_deletion}"
            ),
        ),
        {"custom-item-category-mismatch"},
    ),
    "37 cctv_in_changing_room": (
        (
            (
                SHOP,
                '          ko: "계산대 앞 손님 응대 공간"\n          en: "the space in front of the counter"',
                '          ko: "계산대와 탈의실 내부"\n          en: "the counter and the inside of the changing room"',
            ),
        ),
        {"cctv-private-place"},
    ),
    "38 cctv_kept_until_no_longer_needed": (
        FAULTS["cctv-retention-without-period"].edits,
        {"cctv-retention-without-period"},
    ),
    "39 cctv_with_microphone": (FAULTS["cctv-records-sound"].edits, {"cctv-records-sound"}),
    "40 cctv_without_filming_range": (
        (
            (
                SHOP,
                '        filming_range:\n          ko: "출입문과 꽃 진열대"\n'
                '          en: "the front door and the flower displays"\n',
                "",
            ),
        ),
        {REJECTED},
    ),
    "41 cctv_law_ground_without_law": (
        ((SHOP, "    grounds: [crime_prevention, facility_safety]", "    grounds: [law_permits]"),),
        {REJECTED},
    ),
}
