"""The teenagers' guide and the children's sign-up explainer: facts from the source, true for it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from policygen.build import load_for_views, render_site
from policygen.errors import UserError
from policygen.facts.readability import flesch_kincaid_grade, hangul_sentence_lengths
from policygen.inputs import TEENS
from policygen.views.consent import ConsentExplainer
from policygen.views.hub import Hub
from policygen.views.teens import TeensGuide

from .conftest import edit

VIEWS = (Hub(), TeensGuide(), ConsentExplainer())


def _pages(project: Path) -> dict[str, str]:
    files = render_site(load_for_views(project, VIEWS), VIEWS)
    return {
        path: content.decode("utf-8") for path, content in files.items() if path.endswith(".html")
    }


def _text(page: str) -> str:
    page = re.sub(r"(?s)<(head|script)\b.*?</\1>", "", page)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_both_pages_exist_in_both_languages_and_the_hub_lists_them(sample_project: Path) -> None:
    pages = _pages(sample_project)
    for locale in ("ko", "en"):
        assert f"{locale}/teens/index.html" in pages
        assert f"{locale}/consent/index.html" in pages
        hub = pages[f"{locale}/index.html"]
        assert 'href="teens/index.html"' in hub and 'href="consent/index.html"' in hub


def test_without_children_there_is_no_consent_page_and_no_under_14_section(
    shop_project: Path,
) -> None:
    pages = _pages(shop_project)
    assert not any(path.endswith("consent/index.html") for path in pages)
    assert "consent/index.html" not in pages["en/index.html"]
    assert 'id="under-14"' not in pages["en/teens/index.html"]
    assert "consent/index.html" not in pages["en/teens/index.html"]


def test_a_menu_path_is_shown_only_when_the_policy_gives_it(shop_project: Path) -> None:
    # Customers get accounts with passwords, so the password topic is shown.
    shop = shop_project / "policy" / "shop.yaml"
    text = shop.read_text(encoding="utf-8")
    shop.write_text(
        text.replace("[name, phone_number, enquiry_content]", "[name, phone_number, password]"),
        encoding="utf-8",
    )
    service = load_for_views(shop_project, VIEWS).loaded.policy.controller.service.en
    before = _text(_pages(shop_project)["en/teens/index.html"])
    assert f"In {service}:" not in before  # no menu is ever invented
    (shop_project / "policy" / "menus.yaml").write_text(
        "service_menus:\n  password: {ko: '내 정보 > 비밀번호 바꾸기', en: 'My account > Change password'}\n",
        encoding="utf-8",
    )
    after = _text(_pages(shop_project)["en/teens/index.html"])
    assert f"change it at once. In {service}: My account > Change password" in after
    assert after.count(f"In {service}:") == 1  # the other menus are still not invented


def test_a_purposes_items_and_retention_reach_both_pages(sample_project: Path) -> None:
    before = _pages(sample_project)
    edit(
        sample_project,
        "policy/processing.yaml",
        "required_items: [email, enquiry_content]\n    legal_basis: contract\n    retention:\n      months: 6",
        "required_items: [email, enquiry_content, postal_address]\n    legal_basis: contract\n    retention:\n      years: 4",
    )
    after = _pages(sample_project)
    for path in ("en/teens/index.html", "en/consent/index.html"):
        assert "postal address" not in _text(before[path]).lower(), path
        assert "postal address" in _text(after[path]).lower(), path
        assert "4 years" not in _text(before[path]), path
        assert "4 years" in _text(after[path]), path


def test_the_consent_page_never_calls_an_item_optional_that_a_purpose_requires(
    sample_project: Path,
) -> None:
    project = load_for_views(sample_project, VIEWS)
    from policygen.facts.consent import consent_explainer
    from policygen.facts.phrasing import Phrasing

    explainer = consent_explainer(project.loaded.policy, Phrasing("en", project.loaded.vocabulary))
    required = {item for reason in explainer.required for item in reason.items}
    optional = {item for reason in explainer.optional for item in reason.items}
    assert required and optional and not required & optional


@pytest.mark.parametrize("locale", ["en", "ko"])
def test_the_teenagers_guide_is_easy_to_read(sample_project: Path, locale: str) -> None:
    sections = load_for_views(sample_project, VIEWS).get(TEENS)[locale]
    texts = [text for section in sections for text in section.texts]
    if locale == "en":
        assert flesch_kincaid_grade(texts) <= 6.0
    else:
        lengths = hangul_sentence_lengths(texts)
        assert sum(lengths) / len(lengths) <= 30 and max(lengths) <= 60


def test_a_mistake_in_the_projects_teens_file_points_at_its_line(shop_project: Path) -> None:
    (shop_project / "teens").mkdir()
    (shop_project / "teens" / "teens.yaml").write_text(
        "sections:\n"
        "  - id: yours\n"
        "    title: {ko: 내 정보, en: Your data}\n"
        "    paragraphs:\n"
        "      - {ko: '{nickname}', en: '{nickname}'}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        load_for_views(shop_project, VIEWS)
    problems = caught.value.problems
    assert {(p.location.file, p.location.line) for p in problems} == {("teens/teens.yaml", 5)}
    assert "unknown placeholder {nickname}" in problems[0].message
