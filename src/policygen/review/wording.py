"""Recognising vague, empty or telling wording in the free text editors write (ko and en).

These are heuristics: they find what a reviewer would query, not what the law forbids. Each
pattern is used by a rule whose message says what to write instead.
"""

from __future__ import annotations

import re

# "등", "기타" as words (not inside 등록, 동등, 등급), "etc.", and catch-all phrases.
VAGUE = re.compile(
    r"(?:^|[\s,(·])(?:등|등등|기타)(?=$|[\s,.)·]|의|을|이|에|과|은|도|으로)"
    r"|필요하다고 판단|회사가 정하는|\betc\b|\band so on\b|\band more\b|\band others\b"
    r"|\bas we see fit\b|\bwe deem necessary\b",
    re.IGNORECASE,
)
# Recipients that name a group instead of a company.
VAGUE_RECIPIENT = re.compile(
    r"협력사|제휴사|협력업체|제휴업체|파트너사|관계사|계열사|(?:^|\s)(?:제휴|협력)\s"
    r"|\bpartners?\b|\baffiliates?\b|\bpartner compan|\bthird parties\b|\bvarious\b",
    re.IGNORECASE,
)
# Text that says there is no way: "없음", "거부할 수 없습니다", "none", "cannot be refused" (but not
# a consequence such as "거부하면 서비스를 이용할 수 없습니다" / "you cannot use the service").
NO_WAY = re.compile(
    r"^\W*(?:없음|없습니다|해당\s*없음|불가|불가능|none|n/?a|not applicable|no)\W*$"
    r"|(?:거부|이의\s*제기|반대|설명\s*요구)\s*(?:할|하실|를\s*할|을\s*할)?\s*수\s*(?:가\s*)?없"
    r"|(?:거부|이의\s*제기)\s*(?:불가|방법\s*(?:이\s*)?없)"
    r"|\bcan(?:no|')t (?:be )?(?:refuse|object|opt)"
    r"|\b(?:not possible|no way) to (?:refuse|object|opt)",
    re.IGNORECASE,
)
MARKETING = re.compile(
    r"마케팅|광고|홍보|판매\s*권유|프로모션|이벤트|marketing|advertis|promotion|sales offers",
    re.IGNORECASE,
)
# Purposes that are not needed to perform a contract: marketing, analytics, profiling.
NOT_CONTRACT = re.compile(
    MARKETING.pattern + r"|분석|통계|프로파일|analytic|statistic|profiling", re.IGNORECASE
)
# What pseudonymised data may be processed for without consent (PIPA art. 28-2(1)).
PSEUDONYMISED_PURPOSES = re.compile(
    r"통계|연구|기록\s*보존|공익|statistic|research|archiv", re.IGNORECASE
)
# The Decree's ways of confirming a guardian's consent: the guardian is identified (mobile or
# card identity verification), signs, or answers by e-mail or phone.
GUARDIAN_METHODS = re.compile(
    r"본인\s*인증|본인\s*확인|신용카드|직불카드|카드\s*정보|서면|서명|우편|팩스|전자우편|이메일"
    r"|전화\s*통화|문자메시지로\s*알"
    r"|identity verification|verif\w* (?:their|his|her) identity|credit card|debit card"
    r"|card details|\bsign(?:s|ed)?\b(?!-)|in writing|by post|\bfax|e-?mail|phone call",
    re.IGNORECASE,
)
# A child's own click is not a guardian's consent.
CHILD_CLICKS = re.compile(
    r"아동이[^.]{0,20}(?:직접|스스로)|체크\s*박스|the child (?:ticks|clicks|checks)|checkbox",
    re.IGNORECASE,
)


def matches(pattern: re.Pattern[str], *texts: str | None) -> bool:
    return any(text and pattern.search(text) for text in texts)


def keyword_hit(words: list[str], *texts: str) -> bool:
    """Whether a text names one of the words: Korean anywhere, ASCII at a word's start."""
    for word in words:
        if word.isascii():
            pattern = re.compile(r"\b" + re.escape(word), re.IGNORECASE)
            if any(pattern.search(text) for text in texts):
                return True
        elif any(word in text for text in texts):
            return True
    return False
