"""Phrase facts for one locale: terms, item lists, retention periods, laws, dates, countries."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from babel import Locale

from ..i18n.formatting import and_list, duration, long_date
from ..i18n.josa import particle, with_particle
from ..source.fields import Localized, Retention
from ..source.vocabulary import Vocabulary

_ARTICLE = re.compile(r"([0-9]+)(?:-([0-9]+))?(?:\(([0-9]+)\)([0-9]+)?)?")
_NAMES_WITH_THE = (
    "United ",
    "Netherlands",
    "Philippines",
    "Czech Republic",
    "Dominican Republic",
    "Central African Republic",
    "Bahamas",
    "Gambia",
)


def capitalise_first(text: str) -> str:
    """Sentence case for cells and summaries: 'email address' -> 'Email address'."""
    text = str(text)
    return text[:1].upper() + text[1:]


def korean_article(article: str) -> str:
    """'15-2' -> '제15조의2', '6(1)' -> '제6조제1항', '41(2)2' -> '제41조제2항제2호'."""
    match = _ARTICLE.fullmatch(article)
    if not match:
        return article
    main, branch, paragraph, item = match.groups()
    cited = f"제{main}조" + (f"의{branch}" if branch else "")
    cited += f"제{paragraph}항" if paragraph else ""
    return cited + (f"제{item}호" if item else "")


def unique(values: Iterable[str]) -> list[str]:
    """Keep the first of each value, in order."""
    return list(dict.fromkeys(values))


@dataclass(frozen=True)
class Phrasing:
    """Everything a template needs to say a fact in one language."""

    locale: str
    vocabulary: Vocabulary

    def text(self, value: Localized | None) -> str:
        return value(self.locale) if value is not None else ""

    def term(self, kind: str, term_id: str) -> str:
        return self.vocabulary.get(kind, term_id).text(self.locale)

    def terms(self, kind: str, ids: Iterable[str]) -> list[str]:
        return [self.term(kind, term_id) for term_id in unique(ids)]

    def items(self, ids: Iterable[str]) -> str:
        """'이메일 주소, 휴대전화번호 및 이름' / 'email address, mobile phone number, and name'."""
        return and_list(self.terms("data_items", ids), self.locale)

    def listing(self, values: Iterable[str]) -> str:
        return and_list(list(values), self.locale)

    def date(self, value: dt.date) -> str:
        return long_date(value, self.locale)

    def country(self, code: str) -> str:
        return str(Locale(self.locale).territories.get(code, code))

    def country_in_sentence(self, code: str) -> str:
        """'the United States' inside an English sentence; Korean names need no article."""
        name = self.country(code)
        if self.locale == "en" and name.startswith(_NAMES_WITH_THE):
            return f"the {name}"
        return name

    def period(self, *, years: int | None, months: int | None, days: int | None) -> str:
        return duration(self.locale, years=years, months=months, days=days)

    def retention(self, retention: Retention) -> str:
        """'회원 탈퇴 시까지', '계약 종료 후 5년' / 'until you delete your account', '5 years'."""
        if retention.until:
            return self.vocabulary.get("events", retention.until).localized("until", self.locale)
        period = self.period(years=retention.years, months=retention.months, days=retention.days)
        if retention.after:
            template = self.vocabulary.get("events", retention.after).localized(
                "after", self.locale
            )
            return template.format(period=period)
        return period

    def law(self, law_id: str, article: str | None = None) -> str:
        """'「통신비밀보호법 시행령」 제41조제2항' / '…, Article 41(2)' from "41(2)"."""
        name = self.term("laws", law_id)
        if self.locale == "ko":
            cited = f"「{name}」"
            if article:
                cited += " " + korean_article(article)
            return cited
        return f"{name}, Article {article}" if article else name

    def retention_basis(self, retention: Retention) -> str:
        return self.law(retention.law, retention.article) if retention.law else ""


@dataclass(frozen=True)
class OurName:
    """What the Korean policy calls the business in its sentences, with agreeing particles.

    The opening names the business in full and, given a short name, defines it
    ("주식회사 도담소프트(이하 ‘회사’)는"); every later sentence then says the short name, or
    the full name again. A sole proprietor is never called 회사 unless its editor says so.
    """

    full: str
    short: str | None = None

    @property
    def word(self) -> str:
        return self.short or self.full

    @property
    def defined(self) -> str:
        """The opening's subject: the full name, its short name defined, the topic particle."""
        if self.short is None or self.short == self.full:
            return with_particle(self.full, "은")
        # a particle after brackets agrees with the word before them
        return f"{self.full}(이하 ‘{self.short}’){particle(self.full, '은')}"

    @property
    def topic(self) -> str:
        return with_particle(self.word, "은")

    @property
    def subject(self) -> str:
        return with_particle(self.word, "이")

    @property
    def with_(self) -> str:
        return with_particle(self.word, "과")
