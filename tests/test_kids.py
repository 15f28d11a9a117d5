"""The children's chat: filled from the policy, scenes that apply, clear errors, readable text."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.cli import app
from policygen.facts.readability import flesch_kincaid_grade, readability_of, syllables
from policygen.inputs import CHAT
from policygen.project import load_project
from policygen.resources import builtin_folder
from policygen.views.kids import KidsChat

from .conftest import BuiltSite, edit, line_of, render
from .conftest import chat as _chat_text


def _own_dialogues(project: Path) -> Path:
    """Give a project its own copy of the built-in scripts, to edit."""
    shutil.copytree(builtin_folder("dialogues"), project / "dialogues")
    return project / "dialogues"


def test_the_chat_follows_three_changed_facts(shop_project: Path) -> None:
    before = {locale: _chat_text(shop_project, locale) for locale in ("ko", "en")}
    policy = "policy/shop.yaml"
    edit(
        shop_project,
        policy,
        "  - purpose: customer_support\n    required_items: [name, phone_number, enquiry_content]",
        "  - purpose: customer_support\n    required_items: [name, phone_number, enquiry_content, email]",
    )
    edit(
        shop_project,
        policy,
        "    retention:\n      until: delivery_complete",
        "    retention:\n      years: 1\n      after: delivery_complete",
    )
    edit(
        shop_project,
        policy,
        "destruction:",
        "  - vendor:\n      ko: 주식회사 리본카드\n      en: Ribbon Card Co.\n    task:\n"
        "      ko: 메시지 카드 인쇄\n      en: printing message cards\n    country: KR\n\ndestruction:",
    )
    after = {locale: _chat_text(shop_project, locale) for locale in ("ko", "en")}
    assert "등 모두 7가지를 받아." in before["ko"] and "등 모두 8가지를 받아." in after["ko"]
    assert "and 4 more things." in before["en"] and "and 5 more things." in after["en"]
    # No retention covers most items (payments 5 years, enquiries 3): no 'usually' claim.
    for chat in (before["ko"], after["ko"]):
        assert "정보마다 갖고 있는 기간이 달라." in chat and "보통은" not in chat
    assert "Usually" not in before["en"] + after["en"]
    assert "주식회사 리본카드" in after["ko"] and "Ribbon Card Co." in after["en"]


def test_usually_is_said_only_when_one_period_covers_most_items(shop_project: Path) -> None:
    policy = "policy/shop.yaml"
    for needle in (
        "      years: 5\n      after: transaction",
        "      years: 3\n      after: purpose",
    ):
        text = (shop_project / policy).read_text(encoding="utf-8")
        start = text.index(needle)
        end = text.index('article: "6(1)"', start) + len('article: "6(1)"')  # law goes too
        (shop_project / policy).write_text(
            text[:start] + "      until: delivery_complete" + text[end:], encoding="utf-8"
        )
    ko, en = _chat_text(shop_project, "ko"), _chat_text(shop_project, "en")
    assert "보통은 택배가 도착할 때까지 갖고 있다가 지워." in ko
    assert "Usually we keep it until the parcel arrives." in en
    assert "정보마다 갖고 있는 기간이 달라" not in ko


def test_scenes_for_processing_the_business_does_not_do_are_skipped(
    shop_project: Path, sample_project: Path
) -> None:
    shop = _chat_text(shop_project, "en")
    sample = _chat_text(sample_project, "en")
    assert "Dodam Pay Co., Ltd. can get some of it, but only after a yes." in sample
    assert "can get some of it" not in shop  # the shop gives data to nobody
    assert "Some companies help us" in shop  # but it does use couriers and a payment company
    assert "under 14" in sample and "under 14" not in shop
    assert "Some facts are made while" in sample and "Some facts are made while" not in shop
    edit(shop_project, "policy/shop.yaml", "entrustment:", "entrustment_removed:")
    shop_project.joinpath("policy/shop.yaml").write_text(
        re.sub(
            r"entrustment_removed:.*?\n\n",
            "",
            shop_project.joinpath("policy/shop.yaml").read_text(encoding="utf-8"),
            flags=re.S,
        ),
        encoding="utf-8",
    )
    assert "Does anyone else get it" not in _chat_text(shop_project, "en")


def test_korean_particles_agree_with_inserted_words(sample_project: Path) -> None:
    ko = _chat_text(sample_project, "ko")
    assert "오늘은 도담톡이 네 정보를" in ko
    assert "보호자 이름과 보호자 휴대전화번호를 받아." in ko
    edit(sample_project, "policy/company.yaml", "    ko: 도담톡\n", "    ko: 도담채팅\n")
    assert "오늘은 도담채팅이 네 정보를" in _chat_text(sample_project, "ko")


@pytest.mark.parametrize(
    ("old", "new", "message", "at"),
    [
        (
            '      - speaker: ryan\n        text:\n          ko: "안녕! 개인정보는',
            '      - speaker: ryann\n        text:\n          ko: "안녕! 개인정보는',
            "unknown speaker 'ryann'",
            "speaker: ryann",
        ),
        (
            'en: "What does {service} ask me for?"',
            'en: "What does {servce} ask me for?"',
            "unknown placeholder {servce}",
            "{servce}",
        ),
        (
            "{service:은} 나한테서",
            "{service:께서} 나한테서",
            "unknown particle '께서'",
            "{service:께서}",
        ),
        (
            "[[personal_data]]가 뭐야?",
            "[[personal_date]]가 뭐야?",
            "unknown glossary word",
            "[[personal_date]]",
        ),
        ("    when: sharing\n", "    when: sometimes\n", "'when'", "when: sometimes"),
    ],
)
def test_bad_scripts_are_reported_at_their_line(
    old: str, new: str, message: str, at: str, shop_project: Path
) -> None:
    folder = _own_dialogues(shop_project)
    text = edit(shop_project, "dialogues/scenes.yaml", old, new)
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert f"dialogues/scenes.yaml:{line_of(text, at)}:" in result.output
    assert "Traceback" not in result.output
    assert folder.is_dir()


def test_a_placeholder_that_would_print_nothing_is_an_error(shop_project: Path) -> None:
    _own_dialogues(shop_project)
    text = edit(
        shop_project,
        "dialogues/scenes.yaml",
        "We try to ask only for what we really need.",
        "We share it with {recipients}.",
    )
    result = CliRunner().invoke(app, ["build", "--source", str(shop_project)])
    assert result.exit_code == 1
    assert "{recipients} prints nothing for this policy" in result.output
    assert f"dialogues/scenes.yaml:{line_of(text, 'We share it with')}:" in result.output
    assert not (shop_project / "build").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("avatar: sunny", "avatar: lion", "unknown avatar 'lion'"),
        ("side: right", "side: left", "one on the right"),
        ("reader_voice: choonsik", "reader_voice: chunsik", "unknown speaker 'chunsik'"),
    ],
)
def test_bad_cast_is_reported(old: str, new: str, message: str, shop_project: Path) -> None:
    _own_dialogues(shop_project)
    edit(shop_project, "dialogues/cast.yaml", old, new)
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert result.exit_code == 1
    assert message in result.output and "dialogues/cast.yaml:" in result.output


def test_a_business_can_bring_its_own_cast(shop_project: Path) -> None:
    _own_dialogues(shop_project)
    edit(
        shop_project,
        "dialogues/cast.yaml",
        "name: {ko: 라이언, en: Ryan}",
        "name: {ko: 보리, en: Bori}",
    )
    edit(shop_project, "dialogues/cast.yaml", "avatar: sunny", "avatar: bunny")
    site = render(shop_project, views=(KidsChat(),))
    page = site["en/kids/index.html"].decode()
    assert '<p class="speaker">Bori<span class="visually-hidden">:</span></p>' in page
    assert "Ryan" not in page
    # the drawing is the one chosen, in a file named after the character's id
    bunny = (shop_project / "dialogues" / "avatars" / "bunny.svg").read_bytes()
    assert site["assets/cast/ryan.svg"] == bunny


def test_the_page_is_a_list_of_named_messages_with_a_glossary(sample_site: BuiltSite) -> None:
    page = sample_site.text("ko/kids/index.html")
    assert page.count('<ol class="chat" aria-label="대화">') >= 6
    pause = '<span class="visually-hidden">:</span></p>'
    assert (
        f'<p class="speaker">라이언{pause}' in page and f'<p class="speaker">춘식이{pause}' in page
    )
    for target in set(re.findall(r'class="term" href="#(glossary-[a-z_]+)"', page)):
        assert f'id="{target}"' in page
    assert 'id="glossary-ip_address"' in page  # a hard data item the chat mentions


def test_sample_chat_meets_the_readability_targets(sample_project: Path) -> None:
    readability = readability_of(load_project(sample_project, [CHAT]).get(CHAT).chats)
    assert readability.english_grade <= 5.0
    assert readability.korean_average <= 30 and readability.korean_longest <= 60
    result = CliRunner().invoke(app, ["check", "--source", str(sample_project)])
    assert "Flesch-Kincaid grade" in result.output


def test_flesch_kincaid_grades_easy_and_hard_text_apart() -> None:
    assert flesch_kincaid_grade(["The cat sat on the mat. It was warm."]) < 2
    hard = [
        "Pseudonymisation necessitates organisational safeguards guaranteeing "
        "irreversibility, proportionality and accountability throughout processing."
    ]
    assert flesch_kincaid_grade(hard) > 12
    assert [syllables(w) for w in ("cat", "table", "information", "made")] == [1, 2, 4, 1]
