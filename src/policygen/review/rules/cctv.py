"""Fixed cameras (CCTV): never inside toilets or changing rooms, no sound, footage kept a set time.

Citations (PIPA art. 25(2), (5); Enforcement Decree art. 25(1)4) to be reviewed by counsel
before real use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..engine import Hit, ReviewContext, rule

# Places PIPA art. 25(2) names (bathrooms, toilets, sweat rooms, changing rooms) and their
# everyday names, unless the text says the camera is outside them (앞, 밖, 입구; outside, door).
_PRIVATE_KO = re.compile(
    r"(화장실|목욕실|목욕탕|욕실|샤워실|샤워장|탈의실|갱의실|발한실|사우나|찜질방|피팅룸)"
    r"(?!\s*(앞|밖|바깥|입구|출입구|출입문))"
)
_PRIVATE_EN = re.compile(
    r"(?<!outside )(?<!outside the )(?<!door to the )(?<!door of the )(?<!entrance to the )"
    r"\b(toilets?|restrooms?|bathrooms?|washrooms?|lavator(y|ies)|showers?|changing rooms?|"
    r"locker rooms?|fitting rooms?|dressing rooms?|saunas?|bath ?houses?)\b"
    r"(?!\s+(door|entrance|corridor))",
    re.IGNORECASE,
)


@rule(
    "cctv-private-place",
    "error",
    message=(
        "CCTV 설치 장소나 촬영 범위에 '{word}'{word:이} 있습니다. 화장실, 목욕실, 탈의실 같은 곳의 내부를 볼 수 있게 설치해서는 안 됩니다. 카메라를 옮기거나, 내부가 보이지 않는다면 '화장실 앞 복도'처럼 정확히 적으세요.",
        "A CCTV place or filming range names '{word}'. Cameras must not show the inside of "
        "toilets, bathrooms or changing rooms. Move the camera, or if it does not see inside, "
        "say exactly where it looks (e.g. 'the corridor outside the toilets').",
    ),
    why=(
        "불특정 다수가 이용하는 목욕실, 화장실, 발한실, 탈의실 등의 내부를 볼 수 있도록 고정형 영상정보처리기기를 설치·운영하는 것은 금지되며 과태료 대상입니다.",
        "Filming the inside of bathrooms, toilets, sweat rooms or changing rooms used by the "
        "public is forbidden and fined.",
    ),
    citation=("「개인정보 보호법」 제25조제2항", "PIPA art. 25(2)"),
)
def cctv_private_place(context: ReviewContext) -> Iterator[Hit]:
    for index, camera in enumerate(context.policy.cctv):
        for number, place in enumerate(camera.places):
            for field in ("place", "filming_range"):
                text = getattr(place, field)
                found = _PRIVATE_KO.search(text.ko) or _PRIVATE_EN.search(text.en)
                if found:
                    yield Hit(("cctv", index, "places", number, field), {"word": found.group(1)})
                    break


@rule(
    "cctv-records-sound",
    "error",
    message=(
        "CCTV가 소리를 녹음한다고 되어 있습니다. 녹음 기능을 끄고 records_sound를 false로 하세요.",
        "The CCTV records sound. Turn recording of sound off and set records_sound to false.",
    ),
    why=(
        "고정형 영상정보처리기기의 녹음 기능은 사용할 수 없습니다.",
        "Fixed cameras may not use a sound-recording function.",
    ),
    citation=("「개인정보 보호법」 제25조제5항", "PIPA art. 25(5)"),
)
def cctv_records_sound(context: ReviewContext) -> Iterator[Hit]:
    for index, camera in enumerate(context.policy.cctv):
        if camera.records_sound:
            yield Hit(("cctv", index, "records_sound"))


@rule(
    "cctv-retention-without-period",
    "error",
    message=(
        "CCTV 영상의 보관기간이 정해져 있지 않습니다. 'days: 30'처럼 기간을 적으세요.",
        "CCTV footage has no retention period. Give one, e.g. 'days: 30'.",
    ),
    why=(
        "운영·관리 방침에는 영상정보의 보관기간을 적어야 하고, 기간이 지나면 지체 없이 파기해야 합니다.",
        "The operating policy must state how long footage is kept, and footage must be destroyed "
        "without delay when that time ends.",
    ),
    citation=(
        "「개인정보 보호법」 제21조제1항, 같은 법 시행령 제25조제1항제4호",
        "PIPA art. 21(1); Enforcement Decree art. 25(1)4",
    ),
)
def cctv_retention_without_period(context: ReviewContext) -> Iterator[Hit]:
    for index, camera in enumerate(context.policy.cctv):
        if not camera.retention.has_period:
            yield Hit(("cctv", index, "retention"))


RULES = (cctv_private_place, cctv_records_sound, cctv_retention_without_period)
