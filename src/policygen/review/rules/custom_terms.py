"""Custom terms without the child wording the children's chat and its glossary read."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Bilingual, Hit, ReviewContext, rule

_KINDS = ("purposes", "data_items")  # the chat words purposes as clauses, items in its glossary


@rule(
    "custom-term-without-kid-wording",
    "note",
    message=(
        "사용자 정의 용어 '{term}'에 어린이용 표현(kid:)이 없어 어린이 대화가 '{fallback}'처럼 "
        "일반적인 틀로 씁니다. 이 용어 아래에 kid:를 두고 ko:와 en:에 어린이가 쓰는 말로 적으세요.",
        "The custom term '{term}' has no child wording (kid:), so the children's chat falls back "
        "to '{fallback}'. Add kid: under the term, with ko: and en: in a child's words.",
    ),
    why=(
        "어린이 대화는 모든 사실을 어린이가 이해하는 말로 전해야 합니다.",
        "The children's chat must put every fact in words a child understands.",
    ),
    citation=("「개인정보 보호법」 제22조의2제3항", "PIPA art. 22-2(3)"),
)
def custom_term_without_kid_wording(context: ReviewContext) -> Iterator[Hit]:
    """Each custom purpose or data item that has no `kid:` wording."""
    from ...facts.chat import kid_purpose

    for kind in _KINDS:
        for term_id, term in getattr(context.policy.terms, kind).items():
            if term.kid is not None:
                continue
            if kind == "purposes":
                fallback = {
                    "ko": kid_purpose(context.vocabulary, term_id, "ko"),
                    "en": kid_purpose(context.vocabulary, term_id, "en"),
                }
            else:
                fallback = {"ko": term.ko, "en": term.en}
            yield Hit(
                ("terms", kind, term_id),
                {"term": term_id, "fallback": Bilingual(fallback["ko"], fallback["en"])},
            )


RULES = (custom_term_without_kid_wording,)
