"""Plain language: the children's chat and the senior guide, measured on the filled texts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ...facts.readability import (
    ENGLISH_GRADE_TARGET,
    KOREAN_AVERAGE_TARGET,
    KOREAN_LONGEST_TARGET,
    SENIOR_ENGLISH_LONGEST,
    SENIOR_KOREAN_LONGEST,
    TEENS_ENGLISH_GRADE_TARGET,
    flesch_kincaid_grade,
    hangul_sentence_lengths,
    readability_of,
    sentences,
)
from ..engine import Hit, ReviewContext, rule


@rule(
    "kids-chat-too-hard",
    "warning",
    message=(
        "어린이 대화가 읽기 어렵습니다(영어 학년 수준 {grade}, 한국어 문장 평균 {average}자, 가장 긴 문장 {longest}자).",
        "The children's chat is hard to read (English grade {grade}; Korean sentences {average} syllables on average, {longest} at most).",
    ),
    why=(
        "아동에게는 이해하기 쉬운 말로 알려야 합니다. 영어는 5학년 이하, 한국어는 짧은 문장을 목표로 하세요.",
        "Children must be told in words they understand: grade 5 or below in English, short sentences in Korean.",
    ),
    citation=("「개인정보 보호법」 제22조의2제3항", "PIPA art. 22-2(3)"),
)
def kids_readability(context: ReviewContext) -> Iterator[Hit]:
    if not context.chats:
        return
    measured = readability_of(context.chats)
    if (
        measured.english_grade > ENGLISH_GRADE_TARGET
        or measured.korean_average > KOREAN_AVERAGE_TARGET
        or measured.korean_longest > KOREAN_LONGEST_TARGET
    ):
        yield Hit(
            values={
                "grade": f"{measured.english_grade:.1f}",
                "average": f"{measured.korean_average:.0f}",
                "longest": measured.korean_longest,
            },
            source="dialogues",
        )


def _guide_texts(context: ReviewContext, locale: str) -> list[str]:
    return [
        text
        for chapter in context.guide.get(locale, [])
        for text in (*chapter.paragraphs, *chapter.warnings, *chapter.steps)
    ]


@rule(
    "senior-guide-too-long",
    "warning",
    message=(
        "어르신 안내에 너무 긴 문장이 있습니다(한국어 {korean}자, 영어 {english}단어).",
        "The senior guide has an overlong sentence (Korean {korean} syllables, English {english} words).",
    ),
    why=(
        f"어르신 안내는 짧은 문장과 쉬운 말로 써야 읽기 쉽습니다. 한 문장은 한국어 {SENIOR_KOREAN_LONGEST}자, 영어 {SENIOR_ENGLISH_LONGEST}단어 안쪽으로 쓰세요.",
        f"Short sentences make the guide readable for older adults: keep them under {SENIOR_KOREAN_LONGEST} Korean syllables or {SENIOR_ENGLISH_LONGEST} English words.",
    ),
    citation=("개인정보 처리방침 평가 기준(가독성)", "PIPC policy evaluation (readability)"),
)
def senior_readability(context: ReviewContext) -> Iterator[Hit]:
    korean = max(hangul_sentence_lengths(_guide_texts(context, "ko")), default=0)
    english = max(
        (len(sentence.split()) for sentence in sentences(_guide_texts(context, "en"))), default=0
    )
    if korean > SENIOR_KOREAN_LONGEST or english > SENIOR_ENGLISH_LONGEST:
        yield Hit(values={"korean": korean, "english": english}, source="guide")


def _too_hard(texts: Mapping[str, list[str]], grade_target: float) -> dict[str, object] | None:
    """The measures of a page's texts when any is over its target, else None."""
    english = flesch_kincaid_grade(texts.get("en", []))
    lengths = hangul_sentence_lengths(texts.get("ko", []))
    average = sum(lengths) / len(lengths) if lengths else 0.0
    longest = max(lengths, default=0)
    if english > grade_target or average > KOREAN_AVERAGE_TARGET or longest > KOREAN_LONGEST_TARGET:
        return {"grade": f"{english:.1f}", "average": f"{average:.0f}", "longest": longest}
    return None


@rule(
    "teens-guide-too-hard",
    "warning",
    message=(
        "청소년 안내가 읽기 어렵습니다(영어 학년 수준 {grade}, 한국어 문장 평균 {average}자, 가장 긴 문장 {longest}자).",
        "The teenagers' guide is hard to read (English grade {grade}; Korean sentences {average} syllables on average, {longest} at most).",
    ),
    why=(
        f"청소년이 스스로 읽고 따라 할 수 있어야 합니다. 영어는 {TEENS_ENGLISH_GRADE_TARGET:.0f}학년 이하, 한국어는 짧은 문장을 목표로 하세요.",
        f"Teenagers should be able to read and follow it on their own: grade {TEENS_ENGLISH_GRADE_TARGET:.0f} or below in English, short sentences in Korean.",
    ),
    citation=("개인정보 처리방침 평가 기준(가독성)", "PIPC policy evaluation (readability)"),
)
def teens_readability(context: ReviewContext) -> Iterator[Hit]:
    texts = context.reader_texts.get("teens")
    if texts and (values := _too_hard(texts, TEENS_ENGLISH_GRADE_TARGET)):
        yield Hit(values=values, source="teens")


@rule(
    "consent-explainer-too-hard",
    "warning",
    message=(
        "어린이 가입 동의 안내가 읽기 어렵습니다(영어 학년 수준 {grade}, 한국어 문장 평균 {average}자, 가장 긴 문장 {longest}자). 용어의 어린이 설명(kid)을 짧게 고치세요.",
        "The sign-up explainer for children is hard to read (English grade {grade}; Korean sentences {average} syllables on average, {longest} at most). Shorten the child wording (kid) of your terms.",
    ),
    why=(
        "아동에게 알릴 때는 이해하기 쉬운 양식과 말을 써야 합니다.",
        "What children are told must be in a form and words they can understand.",
    ),
    citation=("「개인정보 보호법」 제22조의2제3항", "PIPA art. 22-2(3)"),
)
def consent_readability(context: ReviewContext) -> Iterator[Hit]:
    texts = context.reader_texts.get("consent")
    if texts and (values := _too_hard(texts, ENGLISH_GRADE_TARGET)):
        yield Hit(path=("terms",), values=values)


RULES = (kids_readability, senior_readability, teens_readability, consent_readability)
