"""Sample data left in a real policy: example addresses, zero-filled numbers, the examples' names.

Citations to be reviewed by counsel before real use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..engine import Bilingual, Hit, KeyPath, ReviewContext, rule

_EXAMPLE_DOMAIN = re.compile(
    r"[A-Za-z0-9.-]*\.example\b|\bexample\.(?:com|org|net|kr|co\.kr)\b", re.IGNORECASE
)
_PHONE_LIKE = re.compile(r"\+?\d[\d -]{5,}\d")
_STREET_ZEROS = re.compile(r"(?<![\d,.])000(?!\d|,\d)")
# Names of the bundled examples (the `init --defaults` shop and the sample service).
SAMPLE_NAMES = (
    "봄날꽃집", "Bomnal Flowers", "김하늘", "Kim Haneul", "한결택배", "Hangyeol Parcel",
    "바른결제", "Bareun Payments", "도담소프트", "Dodam Soft", "도담톡", "DodamTalk", "도담페이",
    "Dodam Pay", "한서윤", "Han Seoyun", "윤재희", "Yoon Jaehee", "한빛알림", "Hanbit Notify",
    "새솔고객센터", "노스윈드 클라우드", "Northwind Cloud",
)  # fmt: skip
PROSE = 40  # characters: a longer text is prose that mentions a value, not the value itself
_SAMPLE_KIND = Bilingual("예시의 이름", "a name from the examples")
_KINDS = {
    "domain": Bilingual("예시용 주소(.example, example.com)", "an example address"),
    "phone": Bilingual("0으로 채운 전화번호", "a phone number with a block of zeros"),
    "street": Bilingual("'000' 번지", "a '000' street number"),
}


def _strings(value: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every text in the source with its path, as the editor wrote it."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def placeholder_kind(path: KeyPath, text: str) -> Bilingual | None:
    """Why a text looks like sample data, or None."""
    found = _sample_token(path, text)
    return found[0] if found else None


def _sample_token(path: KeyPath, text: str, names: bool = True) -> tuple[Bilingual, str] | None:
    """Why a text looks like sample data, and the sample value in it (to report it once)."""
    if match := _EXAMPLE_DOMAIN.search(text):
        return _KINDS["domain"], match.group(0).lower()
    for number in _PHONE_LIKE.findall(text):
        blocks = re.split(r"[ -]", number)
        if len(blocks) > 1 and any(set(block) == {"0"} and len(block) >= 3 for block in blocks[1:]):
            return _KINDS["phone"], number
    if "address" in path and _STREET_ZEROS.search(text):
        return _KINDS["street"], text
    if not names:
        return None
    return _sample_name(text)


def _sample_name(text: str) -> tuple[Bilingual, str] | None:
    """A name from the examples: real people and shops share common names, so only a hint."""
    lowered = text.lower()
    for name in SAMPLE_NAMES:
        if name.lower() in lowered:
            return _SAMPLE_KIND, name.lower()
    return None


@rule(
    "placeholder-data",
    "warning",
    message=(
        "예시 데이터로 보이는 값: '{value}' ({what}). 가게의 실제 정보로 바꾸세요.",
        "'{value}' looks like sample data ({what}); replace it with your business's real details.",
    ),
    why=(
        "처리방침은 실제 개인정보처리자와 연락처를 알려야 합니다. 예시 값을 그대로 게시하면 "
        "정보주체가 엉뚱한 곳에 연락하게 됩니다.",
        "The policy must name the real controller and contacts; published sample values send "
        "people to the wrong place.",
    ),
    citation=("「개인정보 보호법」 제30조제1항", "PIPA art. 30(1)"),
)
def placeholder_data(context: ReviewContext) -> Iterator[Hit]:
    """Each field holding sample data once; prose that only repeats a sample name, once a name."""
    if not context.policy.example:
        yield from _placeholders(context, names=False)


@rule(
    "placeholder-name",
    "note",
    message=(
        "'{value}'에 예시에 나오는 이름이 있습니다. 실제 이름이라면 그대로 두어도 됩니다.",
        "'{value}' contains a name used in the examples; if it is a real name, leave it.",
    ),
    why=(
        "흔한 이름은 실제 대표자나 가게의 이름일 수 있으므로 경고하지 않고 확인만 권합니다.",
        "Common names can be the real owner's or shop's, so this is only a reminder to check.",
    ),
    citation=("「개인정보 보호법」 제30조제1항", "PIPA art. 30(1)"),
)
def placeholder_name(context: ReviewContext) -> Iterator[Hit]:
    """Names from the examples, once each, when no other sample data gives the text away."""
    if context.policy.example:
        return
    reported: set[str] = set()
    for path, text in _strings(context.policy.model_dump(mode="json", exclude_none=True)):
        found = _sample_name(text) if _sample_token(path, text, names=False) is None else None
        if found is not None and found[1] not in reported:
            reported.add(found[1])
            shown = text if len(text) <= 60 else text[:57] + "..."
            yield Hit(path, {"value": shown})


def _placeholders(context: ReviewContext, names: bool = True) -> Iterator[Hit]:
    reported: set[str] = set()
    for path, text in _strings(context.policy.model_dump(mode="json", exclude_none=True)):
        found = _sample_token(path, text, names)
        key = (found[1] if len(text) > PROSE else text) if found else ""
        if found is not None and key not in reported:
            reported.add(key)
            shown = text if len(text) <= 60 else text[:57] + "..."
            yield Hit(path, {"value": shown, "what": found[0]})


@rule(
    "example-project",
    "note",
    message=(
        "이 프로젝트는 가상의 예시(example: true)라서 예시 데이터로 보이는 값 {count}개를 "
        "경고하지 않습니다. 모든 페이지와 PDF에 '가상의 예시' 안내가 붙습니다.",
        "This project is a fictional example (example: true), so {count} values that look like "
        "sample data are not warned about; every page and PDF says it is a fictional example.",
    ),
    why=(
        "실제 가게의 처리방침이라면 'example: true'를 지우고 예시 값을 실제 정보로 바꿔야 합니다.",
        "For a real business, delete 'example: true' and replace the sample values with your "
        "real details.",
    ),
    citation=("「개인정보 보호법」 제30조제1항", "PIPA art. 30(1)"),
)
def example_project(context: ReviewContext) -> Iterator[Hit]:
    """In a fictional example, sample data is expected: one note instead of a warning each."""
    if context.policy.example:
        yield Hit(("example",), {"count": sum(1 for _hit in _placeholders(context))})


RULES = (placeholder_data, placeholder_name, example_project)
