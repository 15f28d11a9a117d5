"""The questions of `policygen init`: each answer checked as it is typed, examples never answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from babel import Locale

from .i18n.console import N_, say
from .scaffold import Analytics, Answers, CameraPlace, Cameras, Pair

T = TypeVar("T")
Read = Callable[[str], str]  # shows a prompt, returns what was typed (EOFError when input ends)
Tell = Callable[[str], None]

_PHONE = re.compile(r"^\+?[0-9][0-9 -]{1,18}[0-9]$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_HOST = re.compile(
    r"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_YES = {"y", "yes", "예", "네", "응", "ㅇ"}
_NO = {"n", "no", "아니요", "아니오", "아니", "ㄴ"}
CHANNELS = {"1": "sms", "2": "messenger", "3": "email"}


class Invalid(ValueError):
    """An answer that cannot be used; the message is a marked English msgid with values."""

    def __init__(self, message: str, **values: str) -> None:
        super().__init__(message)
        self.message = message
        self.values = values


@dataclass
class Wizard:
    """Asks in the console's language and re-asks until each answer can be used."""

    read: Read
    tell: Tell
    locale: str

    def _prompt(self, question: str, example: str, empty: str, suffix: str, **values: str) -> str:
        """The question, its example (shown, never used), what Enter does, and a colon."""
        text = say(self.locale, question, **values)
        if example:
            text += " " + say(self.locale, N_("(e.g. {example})"), example=example)
        if empty:
            text += " " + say(self.locale, empty)
        return text + suffix + ":"

    def ask(
        self,
        question: str,
        example: str = "",
        *,
        parse: Callable[[str], T] = str,  # type: ignore[assignment]
        optional: bool = False,
        empty: str = N_("[Enter: none]"),
        suffix: str = "",
        show: bool = False,
        **values: str,
    ) -> T | None:
        """One answer; empty stays empty when optional, else the question is asked again."""
        prompt = self._prompt(question, example, empty if optional else "", suffix, **values)
        while True:
            answer = self.read(prompt).strip()
            if not answer:
                if optional:
                    return None
                self.tell(say(self.locale, N_("  This one is needed; please type an answer.")))
                continue
            try:
                value = parse(answer)
            except Invalid as problem:
                # a message's {example} is this question's own example
                values = {"example": example or "2", **problem.values}
                self.tell("  " + say(self.locale, problem.message, **values))
                continue
            if show and value != answer:
                self.tell(f"  → {value}")  # e.g. the https:// that was added
            return value

    def need(self, question: str, example: str = "", **values: str) -> str:
        """A required text answer."""
        answer = self.ask(question, example, **values)
        assert answer is not None
        return str(answer)

    def pair(self, question: str, example_ko: str, example_en: str) -> Pair:
        """A required answer in Korean, then in English; the question has a {language} slot."""
        return Pair(
            self.need(question, example_ko, language=say(self.locale, N_("in Korean"))),
            self.need(question, example_en, language=say(self.locale, N_("in English"))),
        )

    def yes(self, question: str) -> bool:
        """A yes/no answer; Enter alone is not an answer."""
        answer = self.ask(question, parse=_yes_no, optional=False, suffix=" (y/n)")
        return bool(answer)


def _yes_no(answer: str) -> bool:
    if answer.lower() in _YES:
        return True
    if answer.lower() in _NO:
        return False
    raise Invalid(N_("Please answer y (yes) or n (no)."))


def web_address(answer: str) -> str:
    """https:// is added when missing; the rest must look like a real host name."""
    address = answer if re.match(r"^https?://", answer, re.IGNORECASE) else "https://" + answer
    host = re.sub(r"^https?://", "", address, flags=re.IGNORECASE).split("/", 1)[0]
    if not _HOST.match(host) or re.search(r"[\s<>\"']", address):
        raise Invalid(
            N_("'{answer}' is not a web address; type it like haetsal-bakery.kr"), answer=answer
        )
    return address


def phone(answer: str) -> str:
    """Digits, spaces and hyphens, as the policy's phone numbers must be written."""
    digits = len(re.sub(r"\D", "", answer))
    last_block = re.split(r"[ -]", answer)[-1]
    if not _PHONE.match(answer) or not 8 <= digits <= 15 or len(last_block) < 4:
        raise Invalid(
            N_("'{answer}' is not a phone number; type it like 02-1234-5678"), answer=answer
        )
    return answer


def email(answer: str) -> str:
    """An address readers can write to."""
    if not _EMAIL.match(answer):
        raise Invalid(
            N_("'{answer}' is not an email address; type it like privacy@haetsal-bakery.kr"),
            answer=answer,
        )
    return answer


def whole_number(answer: str) -> int:
    """Digits only, at least 1."""
    if not answer.isdigit() or int(answer) < 1:
        raise Invalid(
            N_("'{answer}' is not a number; type digits only, e.g. {example}"), answer=answer
        )
    return int(answer)


def country(answer: str) -> str:
    """A two-letter code from a code or a country name in Korean or English."""
    names = {answer.upper(): answer.upper()} if answer.upper() in Locale("en").territories else {}
    for language in ("ko", "en"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(name.lower().replace(" ", ""), code)
    code = names.get(answer.upper()) or names.get(answer.lower().replace(" ", ""))
    if code is None:
        raise Invalid(
            N_("'{answer}' is not a country policygen knows; type e.g. 미국, US or Ireland"),
            answer=answer,
        )
    return code


def channels(answer: str) -> list[str]:
    """Channel numbers such as '1,3' in the order the list shows them."""
    picked = [part for part in re.split(r"[\s,]+", answer) if part]
    if not picked or any(part not in CHANNELS for part in picked):
        raise Invalid(N_("Type the numbers of the channels, e.g. 1,3"))
    return [CHANNELS[key] for key in sorted(set(picked))]


def country_name(code: str, locale: str) -> str:
    """The country's name in the console's language, never its raw code."""
    return str(Locale(locale).territories.get(code, code))


def ask_answers(wizard: Wizard, date: str) -> Answers:
    """Every question in order; only what the owner typed becomes an answer."""
    w = wizard
    answers = Answers(date=date)
    answers.name = w.pair(N_("Business name {language}"), "햇살제과", "Haetsal Bakery")
    same = N_("[Enter: same as the business name]")
    service = [
        w.ask(
            N_("Name of the service (shop, app or website) {language}"),
            optional=True,
            empty=same,
            language=say(w.locale, language),
        )
        for language in (N_("in Korean"), N_("in English"))
    ]
    answers.service = Pair(str(service[0] or answers.name.ko), str(service[1] or answers.name.en))
    answers.representative = w.pair(
        N_("Representative's name, without a title, {language}"), "박서윤", "Park Seoyun"
    )
    answers.address = w.pair(
        N_("Business address {language}"),
        "서울특별시 마포구 망원로 12, 1층",
        "1F, 12 Mangwon-ro, Mapo-gu, Seoul",
    )
    website = w.ask(
        N_("Website address"), "haetsal-bakery.kr", parse=web_address, optional=True, show=True
    )
    answers.website = str(website or "")
    answers.phone = str(w.ask(N_("Phone number for privacy questions"), "02-336-1234", parse=phone))
    answers.email = str(
        w.ask(N_("Email address for privacy questions"), "privacy@haetsal-bakery.kr", parse=email)
    )
    officer_ko = w.ask(
        N_("Privacy officer's name {language}"),
        optional=True,
        empty=N_("[Enter: the representative]"),
        language=say(w.locale, N_("in Korean")),
    )
    if officer_ko:
        answers.officer = Pair(
            str(officer_ko),
            w.need(
                N_("Privacy officer's name {language}"), language=say(w.locale, N_("in English"))
            ),
        )
        answers.officer_position = w.pair(
            N_("Privacy officer's position {language}"), "점장", "Store manager"
        )
    else:
        answers.officer = answers.representative
    answers.pickup = w.yes(N_("Do customers order ahead and pick up in your shop?"))
    answers.ships = w.yes(N_("Do you deliver or ship goods to customers?"))
    if answers.ships:
        answers.courier = w.pair(
            N_("Delivery company {language}"), "씽씽퀵배송", "Ssingssing Quick Delivery"
        )
    answers.pays = w.yes(N_("Do customers pay through a payment service?"))
    if answers.pays:
        answers.payment_vendor = w.pair(
            N_("Payment service company {language}"),
            "주식회사 토마토페이먼츠",
            "Tomato Payments Inc.",
        )
    if answers.website:
        answers.analytics = _ask_analytics(w)
    answers.cctv = _ask_cctv(w)
    answers.markets = w.yes(N_("Do you send marketing messages to customers who agree?"))
    if answers.markets:
        w.tell(say(w.locale, N_("  Channels: 1 text message (SMS), 2 messenger, 3 email")))
        answers.marketing_channels = list(
            w.ask(N_("Which channels do you use?"), "1,2", parse=channels) or []
        )
    answers.children = w.yes(N_("Can children under 14 use your service?"))
    answers.paper = w.yes(N_("Do you keep customers' details on paper (e.g. order slips)?"))
    answers.security_measures = _ask_security(w)
    return answers


def _ask_analytics(w: Wizard) -> Analytics | None:
    if not w.yes(N_("Does your website use cookies or an analytics tool (e.g. Google Analytics)?")):
        return None
    tool = w.need(N_("Name of the tool"), "Google Analytics")
    company = w.need(N_("The company that runs the tool"), "Google LLC")
    asks = w.yes(N_("Before the tool's cookies are set, does the website ask visitors to agree?"))
    where = str(w.ask(N_("Country of that company"), "미국", parse=country))
    if not asks:
        w.tell(say(w.locale, NO_CONSENT))
        return Analytics(tool, where, company=company, asks_consent=False)
    if where == "KR":
        return Analytics(tool, where, company=company)
    w.tell(
        say(
            w.locale,
            N_("  Data sent to {country} is a transfer abroad; two more questions for it."),
            country=country_name(where, w.locale),
        )
    )
    contact = str(
        w.ask(
            N_("The company's privacy contact email"), "privacy@analytics-company.com", parse=email
        )
    )
    months = int(w.ask(N_("Months the tool keeps the data"), "14", parse=whole_number) or 0)
    return Analytics(tool, where, contact, months, company=company)


NO_CONSENT = N_(
    "  Without asking first, the visitors' agreement cannot be the basis for the analytics "
    "(and, abroad, for sending the data there: another lawful basis of PIPA art. 28-8(1) is "
    "needed). policygen writes no basis you do not have: the analytics stay out of the policy, "
    "with a note at the end of policy/shop.yaml. Add a consent step to the website, then "
    "describe the tool there."
)


def _ask_security(w: Wizard) -> list[str]:
    """The measures the shop really takes, after the Decree's minimum in plain words."""
    w.tell(say(w.locale, SECURITY_INTRO))
    for number, (_, text) in enumerate(SECURITY_CHOICES, 1):
        w.tell(f"  {number} " + say(w.locale, text))
    picked = w.ask(
        N_("Numbers of the measures you really take"),
        "1,2,5",
        parse=_measures,
    )
    return list(picked or [])


SECURITY_INTRO = N_(
    "  The law (Enforcement Decree art. 30(1)) asks every business to: write down how it "
    "protects personal information; let only the people who need it see customers' details; "
    "encrypt important data; keep a record of who looked at it; run up-to-date anti-virus "
    "software; keep papers and devices locked away. Pick only what you really do; what you do "
    "not pick stays out of the policy, and `policygen check` lists what is still missing."
)
SECURITY_CHOICES = (
    ("internal_management_plan", N_("We have written rules on protecting customers' details.")),
    ("access_control", N_("Customers' details are behind a password; only staff who need them.")),
    ("transport_encryption", N_("The website opens with https (a lock in the address bar).")),
    ("access_log_protection", N_("We keep a record of who opened customers' details, and when.")),
    ("security_software", N_("Our computers run anti-virus software that is kept up to date.")),
    ("locked_storage", N_("Papers and devices with customers' details are kept locked away.")),
)


def _measures(answer: str) -> list[str]:
    """Measure numbers such as '1,2,5' in the order the list shows them."""
    picked = [part for part in re.split(r"[\s,]+", answer) if part]
    keys = [str(number) for number in range(1, len(SECURITY_CHOICES) + 1)]
    if not picked or any(part not in keys for part in picked):
        raise Invalid(N_("Type the numbers of the measures, e.g. 1,2,5"))
    return [SECURITY_CHOICES[int(key) - 1][0] for key in sorted(set(picked), key=int)]


def _ask_cctv(w: Wizard) -> Cameras | None:
    if not w.yes(N_("Do you have CCTV cameras in the shop?")):
        return None
    count = int(w.ask(N_("How many cameras?"), "2", parse=whole_number) or 0)
    places = w.pair(
        N_("Where the cameras are, {language}"),
        "매장 출입구와 계산대",
        "the shop entrance and the counter",
    )
    filming_range = w.pair(
        N_("What the cameras show, {language}"),
        "출입문과 계산대 앞 손님 공간",
        "the front door and the space in front of the counter",
    )
    all_day = w.yes(N_("Do they record 24 hours a day?"))
    records_sound = w.yes(N_("Do they also record sound?"))
    days = int(w.ask(N_("Days the footage is kept"), "30", parse=whole_number) or 0)
    storage = w.pair(
        N_("Where the footage is stored, {language}"),
        "매장 사무실의 녹화기",
        "the recorder in the shop office",
    )
    place = CameraPlace(places, count, filming_range)
    return Cameras([place], all_day, records_sound, days, storage)
