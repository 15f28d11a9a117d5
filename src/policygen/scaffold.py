"""policygen init: a new project from a few questions, that builds into a complete site at once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from .errors import Location, Problem, UserError
from .i18n.console import N_, Msg
from .i18n.josa import with_particle
from .resources import builtin_folder

GITIGNORE = "build/\n"


@dataclass
class Pair:
    """An answer in both languages."""

    ko: str
    en: str


@dataclass
class Analytics:
    """A website's analytics or cookie tool, and where its company is."""

    tool: str
    country: str
    contact: str = ""  # the company's privacy email, needed when it is abroad
    months: int = 0  # how long the tool keeps the data, when it is abroad
    company: str = ""  # who runs the tool: the recipient, never the tool's name
    asks_consent: bool = True  # the website asks before the tool's cookies are set


@dataclass
class Cameras:
    """The shop's CCTV."""

    places: list[CameraPlace]
    all_day: bool
    records_sound: bool
    days: int
    storage: Pair


@dataclass
class CameraPlace:
    """Where some of the shop's cameras are, how many, and what they show."""

    place: Pair
    count: int
    filming_range: Pair


def _flower_shop_cameras() -> Cameras:
    """The example flower shop's two cameras."""
    return Cameras(
        places=[
            CameraPlace(
                Pair("매장 출입문 안쪽 천장", "the ceiling inside the front door"),
                1,
                Pair("출입문과 꽃 진열대", "the front door and the flower displays"),
            ),
            CameraPlace(
                Pair("계산대 뒤쪽 벽", "the wall behind the counter"),
                1,
                Pair("계산대 앞 손님 응대 공간", "the space in front of the counter"),
            ),
        ],
        all_day=True,
        records_sound=False,
        days=30,
        storage=Pair("매장 안쪽 작업실의 녹화기(DVR)", "a recorder (DVR) in the back workroom"),
    )


@dataclass
class Answers:
    """What `init` asks; the defaults describe a small online flower shop."""

    name: Pair = field(default_factory=lambda: Pair("봄날꽃집", "Bomnal Flowers"))
    service: Pair = field(
        default_factory=lambda: Pair("봄날꽃집 온라인 주문", "Bomnal Flowers online orders")
    )
    representative: Pair = field(default_factory=lambda: Pair("대표 김하늘", "Kim Haneul, owner"))
    address: Pair = field(
        default_factory=lambda: Pair(
            "부산광역시 수영구 광안로 000, 1층",
            "1F, 000 Gwangan-ro, Suyeong-gu, Busan, Republic of Korea",
        )
    )
    website: str = "https://bomnal-flowers.example"
    phone: str = "051-000-0000"
    email: str = "hello@bomnal-flowers.example"
    officer: Pair = field(default_factory=lambda: Pair("김하늘", "Kim Haneul"))
    officer_position: Pair = field(default_factory=lambda: Pair("대표", "Owner"))
    ships: bool = True
    courier: Pair = field(
        default_factory=lambda: Pair("한결택배 주식회사", "Hangyeol Parcel Co., Ltd.")
    )
    pays: bool = True
    payment_vendor: Pair = field(
        default_factory=lambda: Pair("주식회사 바른결제", "Bareun Payments Co., Ltd.")
    )
    markets: bool = False
    children: bool = False
    date: str = "2026-04-01"
    pickup: bool = False
    marketing_channels: list[str] = field(default_factory=list)  # sms, messenger, email
    analytics: Analytics | None = None
    cctv: Cameras | None = field(default_factory=_flower_shop_cameras)
    paper: bool = True  # customers' details are also kept on paper
    security_measures: list[str] = field(
        default_factory=lambda: [
            "internal_management_plan",
            "access_control",
            "transport_encryption",
            "access_log_protection",
            "security_software",
            "locked_storage",
        ]
    )


def _yaml_string(value: str) -> str:
    """A YAML double-quoted scalar: safe for any text an owner types (colons, #, quotes)."""
    return json.dumps(value, ensure_ascii=False)


def render_policy(answers: Answers) -> str:
    template = (builtin_folder("init") / "policy.yaml.jinja").read_text(encoding="utf-8")
    env = Environment(
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["y"] = _yaml_string
    env.filters["josa"] = with_particle
    analytics = answers.analytics
    published = analytics if analytics and analytics.asks_consent else None
    unpublished = analytics if analytics and not analytics.asks_consent else None
    return env.from_string(template).render(
        {**vars(answers), "analytics": published, "unpublished": unpublished},
        marketing=_marketing(answers),
    )


_CHANNELS = {
    "sms": ("문자 메시지(SMS)", "text messages (SMS)", "phone_number"),
    "messenger": ("메신저", "messenger", "phone_number"),
    "email": ("이메일", "email", "email"),
}


def _marketing(answers: Answers) -> dict[str, object]:
    """The marketing entry's items and channel wording, from the channels the owner picked."""
    picked = [_CHANNELS[channel] for channel in answers.marketing_channels]
    items = list(dict.fromkeys(item for _, _, item in picked)) or ["phone_number", "email"]
    return {
        "items": "[" + ", ".join(items) + "]",
        "ko": "·".join(ko for ko, _, _ in picked),
        "en": " and ".join(en for _, en, _ in picked),
    }


def check_target(target: Path) -> None:
    """Refuse a folder that has files before a single question is asked."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(
            Problem(
                Location(str(target)),
                Msg(N_("the folder already exists and is not empty")),
                Msg(N_("choose a new folder; nothing was asked and nothing was written")),
            )
        )


def create_project(target: Path, answers: Answers) -> list[Path]:
    """Write a new project into an empty or new folder; returns the files written."""
    check_target(target)
    (target / "policy").mkdir(parents=True, exist_ok=True)
    written = [target / "policy" / "shop.yaml", target / ".gitignore"]
    written[0].write_text(render_policy(answers), encoding="utf-8")
    written[1].write_text(GITIGNORE, encoding="utf-8")
    return written
