"""policygen init: a new project from a few questions, that builds into a complete site at once."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from .errors import UserError
from .resources import builtin_folder

GITIGNORE = "build/\n"


@dataclass
class Pair:
    """An answer in both languages."""

    ko: str
    en: str


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


Ask = Callable[[str, str], str]
Confirm = Callable[[str, bool], bool]


def ask_answers(ask: Ask, confirm: Confirm, today: dt.date) -> Answers:
    """Ask the questions in order; each shows its default in brackets."""
    defaults = Answers(date=today.isoformat())

    def pair(label: str, default: Pair) -> Pair:
        return Pair(ask(f"{label} in Korean", default.ko), ask(f"{label} in English", default.en))

    answers = Answers(date=today.isoformat())
    answers.name = pair("Business name", defaults.name)
    answers.service = pair("Name of the service (shop, app or website)", answers.name)
    answers.representative = pair("Representative", defaults.representative)
    answers.address = pair("Business address", defaults.address)
    answers.website = ask("Website address (leave empty if none)", defaults.website)
    answers.phone = ask("Phone number for privacy questions", defaults.phone)
    answers.email = ask("Email address for privacy questions", defaults.email)
    answers.officer = pair("Privacy officer's name", defaults.officer)
    answers.ships = confirm("Do you ship goods to customers?", defaults.ships)
    if answers.ships:
        answers.courier = pair("Delivery company", defaults.courier)
    answers.pays = confirm("Do customers pay through a payment service?", defaults.pays)
    if answers.pays:
        answers.payment_vendor = pair("Payment service company", defaults.payment_vendor)
    answers.markets = confirm("Do you send marketing messages?", defaults.markets)
    answers.children = confirm("Can children under 14 use your service?", defaults.children)
    return answers


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
    return env.from_string(template).render(vars(answers))


def create_project(target: Path, answers: Answers) -> Path:
    """Write a new project into an empty or new folder."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UserError(f"{target} already exists and is not empty; choose a new folder")
    (target / "policy").mkdir(parents=True, exist_ok=True)
    (target / "policy" / "shop.yaml").write_text(render_policy(answers), encoding="utf-8")
    (target / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    return target
