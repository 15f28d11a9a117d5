"""Rights and security: answer within the Decree's 10 days; the Decree's mandatory measures.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Bilingual, Hit, ReviewContext, rule

DECREE_DAYS = 10  # Enforcement Decree arts. 41(4), 43(3) and 44(2)

# Enforcement Decree art. 30(1) items 1 to 7; item 8 ("other measures") has no fixed content.
_MANDATORY: dict[int, tuple[str, str]] = {
    1: (
        "내부 관리계획의 수립·시행 및 점검",
        "an internal management plan, put into practice and checked",
    ),
    2: ("접근 권한의 제한", "limiting access rights"),
    3: ("접근 통제", "access control"),
    4: ("암호화", "encryption"),
    5: ("접속기록의 보관 및 위조·변조 방지", "keeping access records safe from tampering"),
    6: ("보안 프로그램의 설치·운영과 주기적 갱신·점검", "security software, kept up to date"),
    7: ("보관시설 마련이나 잠금장치 같은 물리적 조치", "physical measures such as locked storage"),
}


@rule(
    "response-days-over-decree",
    "error",
    message=(
        "요청에 {days}일 안에 답한다고 했지만 시행령은 10일 안에 알리도록 정합니다. response_days를 10 이하로 하세요.",
        "Requests are answered within {days} days, but the Decree requires 10. Set "
        "response_days to 10 or less.",
    ),
    why=(
        "열람, 정정·삭제, 처리정지 요구는 받은 날부터 10일 안에 처리 결과를 알려야 합니다.",
        "Access, correction, deletion and suspension requests must be answered within 10 days "
        "of receipt.",
    ),
    citation=(
        "「개인정보 보호법 시행령」 제41조제4항, 제43조제3항, 제44조제2항",
        "Enforcement Decree arts. 41(4), 43(3) and 44(2)",
    ),
)
def response_days(context: ReviewContext) -> Iterator[Hit]:
    days = context.policy.rights.response_days
    if days > DECREE_DAYS:
        yield Hit(("rights", "response_days"), {"days": days})


@rule(
    "security-measures-missing",
    "warning",
    message=(
        "시행령이 정한 안전성 확보조치 중 다음이 없습니다: {missing}. security_measures에 추가하세요.",
        "These security measures the Decree requires are missing: {missing}. Add them to "
        "security_measures.",
    ),
    why=(
        "내부 관리계획, 접근 권한 제한과 접근 통제, 암호화, 접속기록 보관, 보안 프로그램, 물리적 조치는 모든 처리자의 의무입니다(규모에 따른 완화는 고시를 확인하세요).",
        "Every controller must take these measures (check the PIPC notice for what small "
        "businesses may simplify).",
    ),
    citation=(
        "「개인정보 보호법」 제29조, 같은 법 시행령 제30조제1항, 제31조제1항제3호",
        "PIPA art. 29; Enforcement Decree arts. 30(1) and 31(1)3",
    ),
)
def security_missing(context: ReviewContext) -> Iterator[Hit]:
    covered: set[int] = set()
    for measure in context.policy.security_measures:
        term = context.vocabulary.get("security_measures", measure)
        covered |= {int(number) for number in term.extra.get("decree", [])}
    missing = [number for number in _MANDATORY if number not in covered]
    if missing:
        yield Hit(
            ("security_measures",),
            {
                "missing": Bilingual(
                    ", ".join(_MANDATORY[n][0] for n in missing),
                    "; ".join(_MANDATORY[n][1] for n in missing),
                )
            },
        )


# Items the `encryption` measure's wording ("passwords and other important data") is about.
SECRETS = frozenset(
    {
        "password",
        "payment_card_number",
        "bank_account",
        "resident_registration_number",
        "passport_number",
        "driver_licence_number",
        "alien_registration_number",
        "biometric_data",
    }
)


@rule(
    "encryption-without-secrets",
    "warning",
    message=(
        "안전성 확보조치 'encryption'은 비밀번호 등 중요 정보를 암호화해 저장한다고 쓰지만, 처리하는 항목에 비밀번호나 고유식별정보·결제정보가 없습니다. 웹사이트 전송 구간만 암호화한다면 transport_encryption으로 바꾸세요.",
        "The security measure 'encryption' says passwords and other important data are stored "
        "encrypted, but no password, unique identifier or card or bank detail is processed. If "
        "only the website's traffic is encrypted, use transport_encryption instead.",
    ),
    why=(
        "처리방침의 모든 문장은 사실이어야 합니다. 비밀번호가 없는 가게가 비밀번호를 암호화한다고 쓰면 거짓 안내가 됩니다.",
        "Every sentence of the policy must be true; a shop without passwords must not say it "
        "encrypts them.",
    ),
    citation=(
        "「개인정보 보호법」 제29조, 같은 법 시행령 제30조제1항제4호",
        "PIPA art. 29; Enforcement Decree art. 30(1)4",
    ),
)
def encryption_without_secrets(context: ReviewContext) -> Iterator[Hit]:
    policy = context.policy
    if "encryption" in policy.security_measures and not SECRETS & set(policy.items_processed):
        index = policy.security_measures.index("encryption")
        yield Hit(("security_measures", index), {})


RULES = (response_days, security_missing, encryption_without_secrets)
