"""A Korean shop owner's first hour (issue 14): the wizard, placeholder data, build's review,
Korean messages, and the small things found in the trial, each from a source a shop would write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.cli import app
from policygen.errors import UserError
from policygen.i18n.console import console_language
from policygen.scaffold import Answers
from policygen.serve import Preview
from policygen.source.load import load_policy
from policygen.wizard import Invalid, Wizard, ask_answers, country, phone, web_address

from .conftest import edit, tree_digest
from .pty_session import PtySession

runner = CliRunner()
POLICYGEN = [sys.executable, "-c", "from policygen.cli import main; main()"]
KOREAN = {**os.environ, "LANG": "ko_KR.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "COLUMNS": "200"}

# A neighbourhood bakery, typed as its owner would (with two typos the wizard catches).
BAKERY_ANSWERS = [
    "햇살제과",
    "Haetsal Bakery",
    "",  # service: same as the business name
    "",
    "박서윤",
    "Park Seoyun",
    "서울특별시 마포구 망원로 12, 1층",
    "1F, 12 Mangwon-ro, Mapo-gu, Seoul",
    "www.haetsal-bakery.kr",  # https:// is added
    "02-336-12",  # too short: asked again
    "02-336-1234",
    "privacy@haetsal",  # not an address: asked again
    "privacy@haetsal-bakery.kr",
    "",  # the privacy officer is the representative
    "y",  # pre-orders picked up in the shop
    "y",  # delivery
    "씽씽퀵배송",
    "Ssingssing Quick Delivery",
    "y",  # payment service
    "주식회사 토마토페이먼츠",
    "Tomato Payments Inc.",
    "y",  # analytics on the website
    "Google Analytics",
    "Google LLC",
    "y",  # the website asks before it sets the tool's cookies
    "미국",
    "privacy@google.com",
    "14",
    "y",  # CCTV
    "2",
    "매장 출입구와 계산대",
    "the shop entrance and the counter",
    "출입문과 진열대",
    "the front door and the display shelves",
    "y",
    "n",  # no sound
    "30",
    "매장 주방 옆 사무실의 녹화기",
    "the recorder in the office next to the kitchen",
    "y",  # marketing
    "1,2",  # by SMS and messenger
    "n",  # no children
    "n",  # no customer details on paper
    "1,2,3,4,5,6",  # every security measure on the checklist
]


def _run_wizard(target: Path, answers: list[str], cwd: Path) -> tuple[int, str]:
    """Type the answers into `policygen init` in a Korean terminal, one per question."""
    session = PtySession([*POLICYGEN, "init", str(target)], KOREAN, cwd)
    seen = 0
    for answer in answers:
        seen = session.wait_for_prompt(seen)
        if session.process.poll() is not None:
            break
        session.type(answer)
    return session.finish(), session.text()


@pytest.fixture(scope="module")
def bakery(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The project the wizard made from the bakery's answers, and what it printed."""
    root = tmp_path_factory.mktemp("owner")
    code, output = _run_wizard(root / "bakery", BAKERY_ANSWERS, root)
    assert code == 0, output
    return root / "bakery", output


def _copy(project: Path, target: Path) -> Path:
    shutil.copytree(project / "policy", target / "policy")
    return target


# ---- the wizard ---------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_pressing_enter_everywhere_in_korean_makes_no_project(tmp_path: Path) -> None:
    session = PtySession([*POLICYGEN, "init", str(tmp_path / "shop")], KOREAN, tmp_path)
    seen = 0
    for _ in range(12):
        seen = session.wait_for_prompt(seen)
        session.type("")
    session.wait_for_prompt(seen, timeout=5)
    session.end_input()
    code = session.finish()
    output = session.text()
    assert code == 1, output
    assert "가게(사업자) 이름 (한국어) (예: 햇살제과):" in output  # the example is only shown
    assert output.count("꼭 필요한 항목입니다") >= 10  # asked again, never filled in
    assert "아무 파일도 쓰지 않았습니다" in output
    assert not (tmp_path / "shop" / "policy").exists()
    checked = runner.invoke(app, ["check", "--source", str(tmp_path / "shop")])
    assert checked.exit_code == 1


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_real_answers_build_at_once_and_say_what_was_written(
    bakery: tuple[Path, str], tmp_path: Path
) -> None:
    project, output = bakery
    assert "  → https://www.haetsal-bakery.kr" in output
    assert "전화번호가 아닙니다: '02-336-12'" in output
    assert "이메일 주소가 아닙니다: 'privacy@haetsal'" in output
    assert "미국에 있는 회사로 보내는 정보는 국외 이전입니다" in output  # a name, not 'US'
    assert "policy/shop.yaml, .gitignore" in output and "policygen check --source" in output
    text = (project / "policy" / "shop.yaml").read_text(encoding="utf-8")
    assert 'website: "https://www.haetsal-bakery.kr"' in text
    assert 'phone: "02-336-1234"' in text and '02-336-12"' not in text
    for absent in ("김하늘", "봄날꽃집", ".example", "000"):
        assert absent not in text
    checked = runner.invoke(app, ["check", "--source", str(project), "--lang", "en"])
    assert checked.exit_code == 0, checked.output
    assert "0 errors, 0 warnings" in checked.output
    site = _copy(project, tmp_path / "site-of-bakery")
    built = runner.invoke(app, ["build", "--source", str(site), "--lang", "en"])
    assert built.exit_code == 0, built.output
    assert "Review: 0 errors, 0 warnings" in built.output
    page = (site / "build" / "ko" / "policy" / "index.html").read_text(encoding="utf-8")
    for fact in ("햇살제과", "예약 주문 접수 및 매장 픽업 안내", "매장 출입구와 계산대", "미국"):
        assert fact in page
    assert "문자 메시지(SMS)·메신저로 이벤트와 할인 소식을 보냅니다." in page


def _scripted(answers: list[str], locale: str = "en") -> tuple[Wizard, list[str]]:
    said: list[str] = []
    typed = iter(answers)

    def read(prompt: str) -> str:
        said.append(prompt)
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None

    return Wizard(read, said.append, locale), said


def test_examples_are_never_answers_and_optional_answers_stay_empty() -> None:
    answers = list(BAKERY_ANSWERS)
    answers[8] = ""  # no website: so no analytics questions either
    del answers[21:28]
    wizard, said = _scripted(answers)
    result = ask_answers(wizard, "2026-12-01")
    assert result.website == "" and result.analytics is None
    assert result.officer.ko == "박서윤" and result.officer_position.ko == "대표"
    assert any("(e.g. 햇살제과)" in line for line in said)
    assert result.name.ko == "햇살제과"  # typed, not taken from the example
    defaults = Answers()
    assert result.representative.ko != defaults.representative.ko


def test_each_answer_is_checked_as_it_is_typed() -> None:
    assert web_address("haetsal-bakery.kr") == "https://haetsal-bakery.kr"
    assert web_address("HTTP://shop.kr/menu") == "HTTP://shop.kr/menu"
    assert country("미국") == "US" and country("us") == "US" and country("Ireland") == "IE"
    assert phone("1588-0000") == "1588-0000"
    for bad in ("haetsal", "www.haetsal bakery.kr"):
        with pytest.raises(Invalid):
            web_address(bad)
    for bad in ("02-336-12", "123", "전화"):
        with pytest.raises(Invalid):
            phone(bad)
    with pytest.raises(Invalid):
        country("나니아")


def test_a_required_question_is_asked_again_until_answered() -> None:
    wizard, said = _scripted(["", "", "햇살제과"], "ko")
    assert wizard.need("Business name {language}", "햇살제과", language="(한국어)") == "햇살제과"
    assert said.count("  꼭 필요한 항목입니다. 답을 입력해 주세요.") == 2


def test_a_busy_folder_is_refused_before_any_question(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "busy"), "--lang", "en"], input="x\n")
    assert result.exit_code == 1 and "not empty" in result.output
    assert "Business name" not in result.output


def test_init_says_truthfully_what_it_wrote_when_the_policy_has_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_target: Path) -> None:
        raise UserError("something the owner must fix")

    monkeypatch.setattr("policygen.commands.new_project.load_for_views", broken)
    result = runner.invoke(app, ["init", str(tmp_path / "new"), "--defaults", "--lang", "en"])
    assert result.exit_code == 1
    assert "nothing was written" not in result.output
    assert "Wrote policy/shop.yaml, .gitignore" in result.output
    assert "policygen check --source" in result.output


def test_init_defaults_is_the_example_and_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "demo"), "--defaults", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "policygen check --source" in result.output
    assert "example shop's answers: replace every one" in result.output


# ---- placeholder data ---------------------------------------------------------------------


def test_check_flags_the_examples_placeholder_data(shop_project: Path) -> None:
    (shop_project / "policy" / "example.yaml").unlink()  # as `init --defaults` writes it
    result = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "en"])
    flagged = [line for line in result.output.splitlines() if "[placeholder-data]" in line]
    text = "\n".join(flagged)
    for value in ("https://bomnal-flowers.example", "051-000-0000", "광안로 000"):
        assert value in text, value
    assert "hello@bomnal-flowers.example" in text
    named = [line for line in result.output.splitlines() if "[placeholder-name]" in line]
    assert "김하늘" not in text and any("김하늘" in line for line in named)


def test_placeholder_rule_leaves_real_numbers_alone(shop_project: Path) -> None:
    from policygen.review.rules.placeholders import placeholder_kind as _placeholder_kind

    assert _placeholder_kind(("controller", "address", "ko"), "망원로 12, 1층") is None
    assert _placeholder_kind(("rights", "how", "ko"), "10,000원 이상 주문 시") is None
    assert _placeholder_kind(("controller", "phone"), "02-336-1234") is None
    assert _placeholder_kind(("controller", "phone"), "02-0000-1234") is not None
    assert _placeholder_kind(("privacy_officer", "email"), "me@example.com") is not None


# ---- build runs the review ----------------------------------------------------------------

# A vendor in Japan with no transfer abroad declared for it: an error of the review.
ABROAD_VENDOR = """
  - vendor:
      ko: 사쿠라 메일 주식회사
      en: Sakura Mail K.K.
    task:
      ko: 주문 확인 메일 발송
      en: sending order confirmation emails
    items: [name]
    country: JP
"""


def test_build_refuses_to_publish_on_review_errors(
    bakery: tuple[Path, str], tmp_path: Path
) -> None:
    project = _copy(bakery[0], tmp_path / "shop")
    first = runner.invoke(app, ["build", "--source", str(project), "--lang", "en"])
    assert first.exit_code == 0, first.output
    published = tree_digest(project / "build")
    edit(project, "policy/shop.yaml", "\nentrustment:\n", "\nentrustment:" + ABROAD_VENDOR)
    refused = runner.invoke(app, ["build", "--source", str(project), "--lang", "en"])
    assert refused.exit_code == 1, refused.output
    assert "[vendor-abroad-without-transfer]" in refused.output
    assert "Not published" in refused.output and "--publish-anyway" in refused.output
    assert tree_digest(project / "build") == published
    korean = runner.invoke(app, ["check", "--source", str(project), "--lang", "ko"])
    assert "'사쿠라 메일 주식회사'가 일본에 있지만" in korean.output  # a name, not 'JP'
    assert "JP에" not in korean.output
    anyway = runner.invoke(
        app, ["build", "--source", str(project), "--publish-anyway", "--lang", "ko"]
    )
    assert anyway.exit_code == 0, anyway.output
    assert "검토 결과: 오류 1건" in anyway.output
    assert tree_digest(project / "build") != published


def test_build_prints_one_review_line_and_strict_refuses_warnings(
    shop_project: Path, tmp_path: Path
) -> None:
    (shop_project / "policy" / "example.yaml").unlink()  # as `init --defaults` writes it
    out = tmp_path / "out"
    strict = runner.invoke(
        app, ["build", "--source", str(shop_project), "--out", str(out), "--strict"]
    )
    assert strict.exit_code == 1 and not out.exists()
    plain = runner.invoke(
        app, ["build", "--source", str(shop_project), "--out", str(out), "--lang", "en"]
    )
    assert plain.exit_code == 0, plain.output
    review_lines = [line for line in plain.output.splitlines() if line.startswith("Review:")]
    assert len(review_lines) == 1 and "warnings" in review_lines[0]
    assert "[placeholder-data]" not in plain.output  # details stay in `check`


# ---- Korean everywhere --------------------------------------------------------------------


def test_help_is_korean_with_a_korean_system_locale() -> None:
    result = subprocess.run(
        [*POLICYGEN, "build", "--help"], env=KOREAN, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "처리방침 원본을 검사하고 검토한 뒤 사이트를 만듭니다" in result.stdout
    assert "--publish-anyway" in result.stdout


def test_language_comes_from_lang_option_then_lc_all_then_lang() -> None:
    assert console_language("en", {"LANG": "ko_KR.UTF-8"}) == "en"
    assert console_language(None, {"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}) == "ko"
    assert console_language(None, {"LC_ALL": "", "LANG": "ko_KR.UTF-8"}) == "ko"
    assert console_language(None, {}) == "en"


def test_common_validation_errors_come_in_korean(shop_project: Path) -> None:
    edit(shop_project, "policy/shop.yaml", "legal_basis: contract", "legal_basis: 동의")
    edit(shop_project, "policy/shop.yaml", "[name, phone_number,", "[name, 전화번호,")
    edit(shop_project, "policy/shop.yaml", "\ndestruction:", "\ndestructoin:")
    result = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "ko"])
    assert result.exit_code == 1
    output = result.output
    assert "'legal_basis'에는 id 형식이 와야 하는데, 지금 값은 '동의'입니다" in output
    assert "혹시 'consent' 말인가요?" in output
    assert "혹시 'phone_number' 말인가요?" in output
    assert "알 수 없는 키 'destructoin'" in output and "혹시 'destruction' 말인가요?" in output
    assert "'destruction' 항목이 없습니다" not in output  # one misspelling, one error
    assert "문제 3건을 찾았습니다. 아무 파일도 쓰지 않았습니다." in output
    assert "policy/shop.yaml:" in output  # file:line:column stays


def test_yaml_syntax_and_encoding_errors_come_in_korean(shop_project: Path) -> None:
    path = shop_project / "policy" / "shop.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp949", errors="replace"))
    result = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "ko"])
    assert "CP949/EUC-KR(ANSI)로 저장한 것 같습니다" in result.output
    assert "메모장: 파일 > 다른 이름으로 저장" in result.output
    path.write_text("controller：\n  name: x\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--source", str(shop_project), "--lang", "ko"])
    assert "policy/shop.yaml:1:11: YAML 문법 오류: 이 줄에 전각 콜론" in result.output


def test_serve_overlay_follows_the_page_language(shop_project: Path, tmp_path: Path) -> None:
    edit(shop_project, "policy/shop.yaml", "legal_basis: contract", "legal_basis: 동의")
    messages: list[str] = []
    preview = Preview(shop_project, tmp_path / "out", messages.append, "ko")
    preview.rebuild()
    import json

    state = json.loads(preview.state())
    assert "혹시 'consent' 말인가요?" in state["errors"]["ko"]
    assert "did you mean 'consent'?" in state["errors"]["en"]
    assert state["words"]["ko"]["title"] == "policygen: 원본에 문제가 있습니다"
    assert "혹시 'consent' 말인가요?" in messages[0]
    import io

    from fontTools.ttLib import TTFont

    drawn = TTFont(io.BytesIO(preview.font)).getBestCmap()  # no system Korean font needed
    assert all(ord(ch) in drawn for ch in "혹시 말인가요 원본에 문제가 있습니다" if ch != " ")


# ---- smaller points -----------------------------------------------------------------------


def test_build_inside_policy_finds_the_project_upward(
    shop_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shop_project / "policy")
    result = runner.invoke(app, ["build", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (shop_project / "build" / "ko" / "policy" / "index.html").is_file()
    assert not (shop_project / "policy" / "build").exists()
    mistyped = runner.invoke(app, ["check", "--source", "no-such-folder", "--lang", "en"])
    assert mistyped.exit_code == 1 and "no-such-folder" in mistyped.output


def test_one_broken_custom_term_is_one_error(shop_project: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(
        "terms:\n  data_items:\n    pickup_time:\n      ko: 픽업 시간\n"
        "    cake_message:\n      ko: 케이크 문구\n      en: cake message\n",
        encoding="utf-8",
    )
    edit(
        shop_project,
        "policy/shop.yaml",
        "[name, phone_number, recipient_name, delivery_address]",
        "[name, phone_number, recipient_name, delivery_address, pickup_time, cake_message]",
    )
    with pytest.raises(UserError) as caught:
        load_policy(shop_project)
    assert [p.message for p in caught.value.problems] == [
        "the English text ('en:') of 'pickup_time' is missing"
    ]


def test_a_shop_defines_its_own_retention_event(shop_project: Path, tmp_path: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(
        "terms:\n  events:\n    pickup_complete:\n"
        "      until: {ko: 픽업 완료 시까지, en: until you pick up your order}\n"
        '      after: {ko: "픽업 완료 후 {period}", en: "{period} after you pick up your order"}\n',
        encoding="utf-8",
    )
    edit(shop_project, "policy/shop.yaml", "until: delivery_complete", "until: pickup_complete")
    out = tmp_path / "site"
    result = runner.invoke(app, ["build", "--source", str(shop_project), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "픽업 완료 시까지" in (out / "ko" / "policy" / "index.html").read_text("utf-8")
    assert "until you pick up your order" in (out / "en" / "teens" / "index.html").read_text(
        "utf-8"
    )


def test_a_custom_event_needs_the_period_slot(shop_project: Path) -> None:
    (shop_project / "policy" / "terms.yaml").write_text(
        "terms:\n  events:\n    pickup_complete:\n"
        "      until: {ko: 픽업 완료 시까지, en: until you pick up your order}\n"
        "      after: {ko: 픽업 완료 후, en: after you pick up your order}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        load_policy(shop_project)
    assert "{period}" in caught.value.render()


def test_the_schema_says_terms_only_where_a_shop_can_define_one() -> None:
    from policygen.source.schema import source_schema

    descriptions = {
        node["description"]
        for node in _nodes(source_schema())
        if "anyOf" in node and "description" in node
    }
    events = [text for text in descriptions if text.startswith("a events id")]
    bases = [text for text in descriptions if text.startswith("a legal_bases id")]
    assert events and all("terms: events:" in text for text in events)
    assert bases and not any("terms" in text for text in bases)


def _nodes(node: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _nodes(value)
    elif isinstance(node, list):
        for value in node:
            found += _nodes(value)
    return found


def test_an_empty_required_text_is_not_told_to_delete_the_line(shop_project: Path) -> None:
    edit(shop_project, "policy/shop.yaml", '    en: "Bomnal Flowers online orders"', "    en:")
    with pytest.raises(UserError) as caught:
        load_policy(shop_project)
    [problem] = caught.value.problems
    assert problem.message == "'service.en' is empty" and problem.hint == "fill it in"


def test_a_real_owner_with_a_common_example_name_can_pass_strict(shop_project: Path) -> None:
    """김하늘 is a real name too: a note, not a warning; sample addresses still warn."""
    from tests.review_faults import REAL_SHOP

    (shop_project / "policy" / "example.yaml").unlink()
    real = REAL_SHOP.replace("박지우", "김하늘").replace("Park Jiwoo", "Kim Haneul")
    (shop_project / "policy" / "shop.yaml").write_text(real, encoding="utf-8")
    result = runner.invoke(app, ["check", "--strict", "--source", str(shop_project)])
    assert result.exit_code == 0, result.output
    assert "[placeholder-name]" in result.output and "[placeholder-data]" not in result.output
