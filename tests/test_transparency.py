"""The transparency report and the service policies: published when declared, true to the source."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.build import load_for_views, render_site
from policygen.cli import app
from policygen.errors import UserError
from policygen.facts.diff import policy_changes
from policygen.facts.phrasing import Phrasing
from policygen.graphics.bar_chart import Series, bar_chart
from policygen.source.load import load_policy
from policygen.views.hub import Hub
from policygen.views.policy_json import PolicyJson
from policygen.views.service_pages import SERVICE_PAGES
from policygen.views.transparency import CSV_PATH, TransparencyPage

from .conftest import SAMPLE, BuiltSite, edit, html_text, line_of

VIEWS = (Hub(), TransparencyPage(), *SERVICE_PAGES, PolicyJson())
FOLDERS = ("transparency", "ads", "forget", "deceased", "principles")


def _files(project: Path) -> dict[str, bytes]:
    return render_site(load_for_views(project, VIEWS), VIEWS)


@pytest.fixture(scope="module")
def sample_files() -> dict[str, bytes]:
    return _files(SAMPLE)


def _page(files: dict[str, bytes], path: str) -> str:
    return files[path].decode("utf-8")


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_the_sample_publishes_every_page_and_the_hub_lists_them(
    sample_files: dict[str, bytes], locale: str
) -> None:
    hub = _page(sample_files, f"{locale}/index.html")
    for folder in FOLDERS:
        assert f"{locale}/{folder}/index.html" in sample_files
        assert f'href="{folder}/index.html"' in hub, folder


def test_the_shop_declares_none_and_builds_none(shop_site: BuiltSite) -> None:
    for locale in ("ko", "en"):
        hub = shop_site.text(f"{locale}/index.html")
        for folder in FOLDERS:
            assert not (shop_site.out / locale / folder).exists()
            assert f'href="{folder}/index.html"' not in hub
    assert not (shop_site.out / CSV_PATH).exists()


def test_each_kind_has_a_chart_with_a_text_alternative_and_a_table_of_the_same_numbers(
    sample_files: dict[str, bytes],
) -> None:
    page = _page(sample_files, "en/transparency/index.html")
    charts = re.findall(r'<svg class="chart" id="([a-z-]+)"[^>]*role="img"', page)
    assert charts == [
        "chart-search-warrant",
        "chart-communication-data",
        "chart-communication-restriction",
        "chart-subscriber-information",
        "chart-takedown",
    ]
    assert 'aria-labelledby="chart-search-warrant-title chart-search-warrant-desc"' in page
    assert "<script" not in page
    warrants = page[page.index('id="search_warrant"') : page.index('id="communication_data"')]
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", warrants)
    assert desc is not None
    assert "Received: 412 in H1 2024 and 451 in H2 2025" in desc.group(1)
    table = html_text(warrants[warrants.index("<table") :])
    assert "H2 2024 468 389 2,104" in table
    # the period's note and the FAQ in plain words
    text = html_text(page)
    assert "large investment-fraud investigation" in text
    assert "Why do the number of requests and the number of accounts differ?" in text
    assert "Protection of Communications Secrets Act" in text


def test_the_korean_report_names_periods_and_kinds_in_korean(
    sample_files: dict[str, bytes],
) -> None:
    text = html_text(_page(sample_files, "ko/transparency/index.html"))
    assert "2024년 상반기" in text and "2025년 하반기" in text
    assert "압수·수색 영장" in text
    assert "통신사실확인자료 제공 요청" in text
    assert "투명성 보고서는 무엇인가요?" in text


def test_the_csv_opens_in_excel_and_holds_every_figure(sample_files: dict[str, bytes]) -> None:
    data = sample_files[CSV_PATH]
    assert data.startswith(b"\xef\xbb\xbf")  # Excel on Korean Windows reads UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8"))))
    policy = load_policy(SAMPLE).policy
    assert policy.transparency is not None
    assert len(rows) == 5 * len(policy.transparency.periods)
    first = rows[0]
    assert first["period_start"] == "2024-01-01" and first["period_ko"] == "2024년 상반기"
    assert first["kind"] == "search_warrant" and first["kind_ko"] == "압수·수색 영장"
    assert (first["received"], first["processed"], first["accounts"]) == ("412", "355", "1870")


def test_policy_json_carries_the_figures(sample_files: dict[str, bytes]) -> None:
    document = json.loads(sample_files["policy.json"])
    periods = document["policy"]["transparency"]["periods"]
    assert periods[1]["requests"]["search_warrant"] == {
        "received": 468,
        "processed": 389,
        "accounts": 2104,
    }
    assert document["policy"]["service_policies"]["advertising"]["commitments"]


def test_a_project_overrides_one_faq_answer_and_keeps_the_others(sample_project: Path) -> None:
    (sample_project / "transparency").mkdir()
    (sample_project / "transparency" / "faq.yaml").write_text(
        "questions:\n  - id: notice\n    question: {ko: '알려 주나요?', en: 'Will you tell me?'}\n"
        "    answer: {ko: 법이 허락하면 저희도 알려 드립니다., en: We tell you too where the law allows.}\n"
        "  - id: contact\n    question: {ko: '문의처는?', en: 'Whom do I ask?'}\n"
        "    answer: {ko: 개인정보보호팀입니다., en: Our Privacy Team.}\n",
        encoding="utf-8",
    )
    text = html_text(_page(_files(sample_project), "en/transparency/index.html"))
    assert "We tell you too where the law allows." in text
    assert "Will I be told if my information is handed over?" not in text  # replaced by id
    assert "What is a transparency report?" in text  # the defaults stay
    assert text.index("Will you tell me?") < text.index("Whom do I ask?")  # new ids at the end


def test_a_broken_faq_is_reported_at_its_line(sample_project: Path) -> None:
    (sample_project / "transparency").mkdir()
    text = "questions:\n  - id: notice\n    question: {ko: '알려 주나요?'}\n    answer: {ko: 네, en: Yes}\n"
    (sample_project / "transparency" / "faq.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as error:
        _files(sample_project)
    rendered = [problem.render() for problem in error.value.problems]
    assert any(
        f"transparency/faq.yaml:{line_of(text, 'question:')}:" in line
        and "English text ('en:') of 'question' is missing" in line
        for line in rendered
    ), rendered


def test_the_ads_page_says_the_policys_facts_and_the_companys_promises(
    sample_files: dict[str, bytes],
) -> None:
    text = html.unescape(html_text(_page(sample_files, "en/ads/index.html")))
    assert "We never read your private messages to choose ads." in text
    assert "We do not show personalised ads to children we know to be under 14" in text
    assert "6 months from the day it is collected" in text  # the advertising retention
    assert "Turn on Privacy > No personalised ads" in text  # an opt-out step
    forget = html.unescape(html_text(_page(sample_files, "en/forget/index.html")))
    assert "We answer a request within 10 days." in forget  # the policy's rights facts
    assert "Settings > Privacy > My information" in forget


def test_an_ads_page_without_behavioural_advertising_is_an_error(shop_project: Path) -> None:
    text = (
        "service_policies:\n  advertising:\n    opt_out_steps:\n"
        "      - {ko: 설정에서 끕니다, en: switch it off in settings}\n"
    )
    (shop_project / "policy" / "pages.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--source", str(shop_project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"policy/pages.yaml:{line_of(text, 'advertising:')}:" in result.output
    assert "the advertising page needs 'behavioural_advertising'" in result.output


def test_service_pages_coming_and_promises_going_are_reported_as_changes() -> None:
    loaded = load_policy(SAMPLE)
    new = loaded.policy
    assert new.service_policies.advertising is not None
    fewer = new.service_policies.advertising.model_copy(update={"commitments": []})
    old = new.model_copy(
        update={
            "service_policies": new.service_policies.model_copy(
                update={"deceased": None, "advertising": fewer}
            )
        }
    )
    sentences = policy_changes(old, new, Phrasing("en", loaded.vocabulary))
    assert "New pages beside this policy: Accounts of people who have died." in sentences
    assert any(
        s.startswith("A new promise about personalised ads: We never read") for s in sentences
    )
    back = policy_changes(new, old, Phrasing("en", loaded.vocabulary))
    assert any(s.startswith("We withdrew this promise about personalised ads") for s in back)


def test_the_chart_escapes_its_text_and_draws_a_bar_per_value() -> None:
    svg = bar_chart(
        "c",
        "<b>&",
        "desc",
        ["H1 <2024>"],
        [Series("a&b", "#0b57a4", [3]), Series("x", "#000", [None])],
    )
    assert "<b>" not in svg and "&lt;b&gt;&amp;" in svg and "a&amp;b" in svg
    assert svg.count("<rect") == 1 + 2  # one bar (None draws none) and the two legend swatches


def test_a_kind_missing_from_a_period_is_a_dash_and_the_chart_reads_the_reported_ones(
    shop_project: Path,
) -> None:
    (shop_project / "policy" / "report.yaml").write_text(
        "transparency:\n  periods:\n"
        "    - start: 2025-01-01\n      end: 2025-06-30\n      requests:\n"
        "        search_warrant: {received: 2, processed: 1, accounts: 1}\n"
        "    - start: 2025-07-01\n      end: 2025-09-30\n      requests:\n"
        "        search_warrant: {received: 3, processed: 3, accounts: 4}\n"
        "        takedown: {received: 1, processed: 0, accounts: 0}\n",
        encoding="utf-8",
    )
    files = _files(shop_project)
    page = _page(files, "en/transparency/index.html")
    takedown = page[page.index('id="takedown"') :]
    assert "Received: 1 in July 1, 2025 – September 30, 2025. Processed: 0." in takedown
    rows = html_text(takedown[takedown.index("<tbody") : takedown.index("</tbody>")])
    assert "H1 2025 – – –" in rows
    assert takedown.count('<rect x="0.0"') == 2 + 2  # two legend swatches, one period's bars
    warrants = page[page.index('id="search_warrant"') : page.index('id="takedown"')]
    assert "Received: 2 in H1 2025 and 3 in July 1, 2025 – September 30, 2025" in warrants
    assert len(files[CSV_PATH].decode("utf-8-sig").strip().splitlines()) == 1 + 3
    hub = _page(files, "en/index.html")
    assert 'href="transparency/index.html"' in hub and 'href="ads/index.html"' not in hub


def test_only_with_legal_force_is_said_only_while_no_subscriber_information_was_given(
    sample_project: Path,
) -> None:
    question = "Do you hand over information whenever someone asks?"
    assert question in html_text(_page(_files(sample_project), "en/transparency/index.html"))
    edit(
        sample_project,
        "policy/transparency.yaml",
        "subscriber_information: {received: 196, processed: 0, accounts: 0}",
        "subscriber_information: {received: 196, processed: 12, accounts: 15}",
    )
    text = html_text(_page(_files(sample_project), "en/transparency/index.html"))
    assert question not in text
    assert "What is a transparency report?" in text
