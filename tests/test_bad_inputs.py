"""Careless and hostile sources: each gives a clear message at the right line, exit 1, old build kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policygen.cli import app

from .conftest import BuiltSite, edit, line_of, tree_digest

COMPANY = "policy/company.yaml"
PROCESSING = "policy/processing.yaml"
SHARING = "policy/sharing.yaml"
RIGHTS = "policy/rights-and-devices.yaml"
REPORT = "policy/transparency.yaml"
SERVICE = "policy/service-policies.yaml"
WARRANTS_2025H2 = "        search_warrant: {received: 451, processed: 370, accounts: 1752}"


@dataclass(frozen=True)
class Case:
    """One broken source: how to break it, what the message must say, and where it must point."""

    id: str
    file: str
    old: str
    new: str
    message: str
    at: str | None  # text on the line the message must point to; None = no line (whole folder)


CASES = [
    Case(
        "yaml-syntax",
        COMPANY,
        "  website: https://dodamtalk.example",
        "  website: see: https://dodamtalk.example",
        "mapping values are not allowed",
        "website: see:",
    ),
    Case(
        "tab-indent",
        COMPANY,
        "  phone: 02-0000-1200",
        "\tphone: 02-0000-1200",
        "indent with spaces, not tabs",
        "\tphone",
    ),
    Case(
        "wrong-type",
        PROCESSING,
        "      months: 6\n      after: purpose_achieved",
        "      months: six\n      after: purpose_achieved",
        "'months' should be a whole number",
        "months: six",
    ),
    Case(
        "builtin-term",
        COMPANY,
        "terms:\n  purposes:",
        "terms:\n  data_items:\n    email: {ko: 메일, en: mail}\n  purposes:",
        "'email' is already a built-in data item",
        "    email: {ko: 메일",
    ),
    Case(
        "unknown-key",
        PROCESSING,
        "    legal_basis: consent\n    retention:\n      until: consent_withdrawal\n  - purpose: service_provision",
        "    legal_basis: consent\n    colour: red\n    retention:\n      until: consent_withdrawal\n  - purpose: service_provision",
        "unknown key 'colour'",
        "colour: red",
    ),
    Case(
        "misspelt-section",
        COMPANY,
        "privacy_officer:",
        "privacy_oficer:",
        "did you mean 'privacy_officer'?",
        "privacy_oficer:",
    ),
    Case(
        "unknown-item",
        PROCESSING,
        "[phone_number, password, nickname]",
        "[phone_number, pasword, nickname]",
        "did you mean 'password'?",
        "pasword",
    ),
    Case(
        "unknown-legal-basis",
        PROCESSING,
        "legal_basis: legitimate_interests",
        "legal_basis: legit_interest",
        "unknown legal basis 'legit_interest'",
        "legit_interest",
    ),
    Case(
        "missing-translation",
        COMPANY,
        "    ko: 주식회사 도담소프트\n    en: Dodam Soft Inc.\n",
        "    ko: 주식회사 도담소프트\n",
        "English text ('en:') of 'name' is missing",
        "ko: 주식회사 도담소프트",
    ),
    Case(
        "text-not-localized",
        COMPANY,
        "  service:\n    ko: 도담톡\n    en: DodamTalk\n",
        "  service: 도담톡\n",
        "'service' needs text in both languages",
        "service: 도담톡",
    ),
    Case(
        "bad-date",
        COMPANY,
        "date: 2026-12-01",
        "date: 2026-13-01",
        "should be a date",
        "2026-13-01",
    ),
    Case(
        "duplicate-key",
        COMPANY,
        "  phone: 02-0000-1234\n",
        "  phone: 02-0000-1234\n  phone: 02-0000-9999\n",
        "key 'phone' appears twice",
        "02-0000-9999",
    ),
    Case(
        "duplicate-purpose",
        PROCESSING,
        "  - purpose: marketing",
        "  - purpose: customer_support",
        "purpose 'customer_support' is listed twice",
        None,
    ),
    Case(
        "script-tag",
        COMPANY,
        "    ko: 도담톡\n",
        "    ko: 도담톡<script>alert(1)</script>\n",
        "contains the HTML tag <script>",
        "<script>",
    ),
    Case(
        "javascript-link",
        RIGHTS,
        "**설정 > 개인정보 > 내 정보 관리**",
        "[설정](javascript:alert(1))",
        "link to a script",
        None,
    ),
    Case(
        "bad-phone",
        COMPANY,
        "phone: 02-0000-1234",
        "phone: call me",
        "'phone' should be a phone number",
        "call me",
    ),
    Case(
        "bad-email",
        COMPANY,
        "email: privacy@dodamtalk.example",
        "email: privacy at dodamtalk",
        "'email' should be an email address",
        "privacy at dodamtalk",
    ),
    Case(
        "bad-country",
        SHARING,
        "    country: US\n    contact:",
        "    country: XX\n    contact:",
        "two-letter country code",
        "country: XX",
    ),
    Case(
        "retention-both",
        RIGHTS,
        "    months: 6\n    after: collection",
        "    months: 6\n    until: account_deletion",
        "not both",
        "months: 6",
    ),
    Case(
        "alias",
        COMPANY,
        "  website: https://dodamtalk.example",
        "  website: &site https://dodamtalk.example\n  phone2: *site",
        "aliases (*name) are not supported",
        "*site",
    ),
    Case(
        "python-tag",
        COMPANY,
        "  website: https://dodamtalk.example",
        "  website: !!python/object/apply:os.system [echo hacked]",
        "is not supported",
        "!!python",
    ),
    Case("missing-section", RIGHTS, "rights:\n", "archived_text:\n", "'rights' is missing", None),
    Case(
        "korean-key-alias",
        COMPANY,
        "    ko: 도담톡\n",
        "    kr: 도담톡\n",
        "did you mean 'ko'?",
        "kr: 도담톡",
    ),
    Case(
        "full-width-colon",
        COMPANY,
        "  phone: 02-0000-1200",
        "  phone： 02-0000-1200",
        "full-width colon",
        "  phone：",
    ),
    Case(
        "unclosed-quote",
        COMPANY,
        "    en: Dodam Soft Inc.",
        '    en: "Dodam Soft Inc.',
        "opens a quote",
        '"Dodam Soft',
    ),
    Case(
        "control-character",
        COMPANY,
        "    en: DodamTalk",
        "    en: Dodam\x07Talk",
        "invisible control character",
        "Dodam\x07",
    ),
    Case(
        "duplicate-history-date",
        COMPANY,
        "date: 2025-03-01",
        "date: 2026-12-01",
        "effective date '2026-12-01' is listed twice",
        None,
    ),
    Case(
        "empty-value",
        COMPANY,
        "  address:\n    ko: 서울특별시 마포구 월드컵북로 000, 도담빌딩 7층\n    en: 7F Dodam Building, 000 World Cup buk-ro, Mapo-gu, Seoul, Republic of Korea\n",
        "  address:\n",
        "'address' is empty",
        "address:",
    ),
    Case(
        "report-processed-more-than-received",
        REPORT,
        WARRANTS_2025H2,
        "        search_warrant: {received: 451,\n          processed: 470, accounts: 1752}",
        "'search_warrant': 470 processed but only 451 received",
        "processed: 470",
    ),
    Case(
        "report-period-twice",
        REPORT,
        "    - start: 2025-07-01\n      end: 2025-12-31",
        "    - start: 2025-01-01\n      end: 2025-06-30",
        "the period starting 2025-01-01 is listed twice",
        "    - start: 2025-01-01\n      end: 2025-06-30\n      requests:\n        search_warrant: {received: 451",
    ),
    Case(
        "report-periods-overlap",
        REPORT,
        "    - start: 2025-07-01",
        "    - start: 2025-06-01",
        "the period starting 2025-06-01 overlaps the one before, which ends 2025-06-30",
        "start: 2025-06-01",
    ),
    Case(
        "report-periods-out-of-order",
        REPORT,
        "    - start: 2025-07-01\n      end: 2025-12-31",
        "    - start: 2023-07-01\n      end: 2023-12-31",
        "the period starting 2023-07-01 comes after a later one (2025-01-01)",
        "start: 2023-07-01",
    ),
    Case(
        "report-ends-before-it-starts",
        REPORT,
        "      end: 2025-12-31",
        "      end: 2025-06-30",
        "the period ends (2025-06-30) before it starts (2025-07-01)",
        "end: 2025-06-30\n      requests:\n        search_warrant: {received: 451",
    ),
    Case(
        "report-negative-number",
        REPORT,
        WARRANTS_2025H2,
        "        search_warrant: {received: 451, processed: 370, accounts: -3}",
        "'accounts' should be at least 0, got '-3'",
        "accounts: -3",
    ),
    Case(
        "report-unknown-kind",
        REPORT,
        WARRANTS_2025H2,
        "        search_warant: {received: 451, processed: 370, accounts: 1752}",
        "did you mean 'search_warrant'?",
        "search_warant:",
    ),
    Case(
        "report-not-a-number",
        REPORT,
        WARRANTS_2025H2,
        "        search_warrant: {received: many, processed: 370, accounts: 1752}",
        "'received' should be a whole number, got 'many'",
        "received: many",
    ),
    Case(
        "service-prose-with-html",
        SERVICE,
        "        인터넷에 남긴 글과 사진은",
        "        <script>alert(1)</script> 인터넷에 남긴 글과 사진은",
        "contains the HTML tag <script>",
        "      ko: |-\n        <script>",
    ),
    Case(
        "service-prose-one-language",
        SERVICE,
        "      en: At DodamTalk we design privacy",
        "      en_: At DodamTalk we design privacy",
        "unknown key 'en_'",
        "en_: At DodamTalk",
    ),
]


@pytest.fixture(scope="module")
def previous(sample_site: BuiltSite, tmp_path_factory: pytest.TempPathFactory) -> Previous:
    """A good site every rejected build below aims at, with its digest to prove it stays as it was.

    A source that fails to load stops the build before anything renders, so one previous site
    serves every case: a build that wrongly went ahead would change it and fail its case.
    """
    out = sample_site.copy_to(tmp_path_factory.mktemp("previous") / "site")
    return Previous(out, tree_digest(out))


@dataclass(frozen=True)
class Previous:
    """The last good build in build/ and the SHA-256 of each of its files."""

    out: Path
    digest: dict[str, str]


def _assert_rejected(project: Path, previous: Previous, message: str, location: str) -> str:
    result = CliRunner().invoke(
        app, ["build", "--source", str(project), "--out", str(previous.out)]
    )
    output = result.output
    assert result.exit_code == 1, output
    assert "Traceback" not in output
    assert message in output, output
    assert location in output, output
    assert "nothing was written" in output
    assert tree_digest(previous.out) == previous.digest, "a failed build changed build/"
    return output


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_is_reported_at_its_line(
    case: Case, sample_project: Path, previous: Previous
) -> None:
    text = edit(sample_project, case.file, case.old, case.new)
    location = f"{case.file}:{line_of(text, case.at)}:" if case.at else case.file.split("/")[0]
    _assert_rejected(sample_project, previous, case.message, location)


@pytest.mark.parametrize(
    ("name", "content", "message", "location"),
    [
        ("empty.yaml", b"", "the file is empty", "policy/empty.yaml:1:1"),
        (
            "comments-only.yaml",
            b"# nothing yet\n",
            "the file is empty",
            "policy/comments-only.yaml:1:1",
        ),
        (
            "cp949.yaml",
            "terms:\n  data_items:\n    pet: {ko: 반려동물, en: pet}\n".encode("cp949"),
            "CP949/EUC-KR",
            "policy/cp949.yaml:3:",
        ),
        ("utf16.yaml", "terms: {}\n".encode("utf-16"), "UTF-16", "policy/utf16.yaml:1:1"),
        (
            "list.yaml",
            b"- a\n- b\n",
            "should be a list of 'key: value' sections",
            "policy/list.yaml:1:1",
        ),
        (
            "twice.yaml",
            b"history: []\n",
            "section 'history' is also defined in",
            "policy/twice.yaml:1:1",
        ),
    ],
)
def test_bad_extra_file(
    name: str, content: bytes, message: str, location: str, sample_project: Path, previous: Previous
) -> None:
    (sample_project / "policy" / name).write_bytes(content)
    _assert_rejected(sample_project, previous, message, location)


def test_the_previous_site_is_the_built_sample(previous: Previous, sample_project: Path) -> None:
    # the cases above only prove something if their target really is a site policygen made
    result = CliRunner().invoke(
        app, ["build", "--source", str(sample_project), "--out", str(previous.out)]
    )
    assert result.exit_code == 0 and "Nothing changed" in result.output, result.output


def test_every_problem_is_reported_in_one_run(sample_project: Path, tmp_path: Path) -> None:
    edit(sample_project, COMPANY, "date: 2026-12-01", "date: 2026-02-30")
    edit(
        sample_project,
        PROCESSING,
        "[phone_number, password, nickname]",
        "[phone_number, pasword, nickname]",
    )
    edit(sample_project, SHARING, "    country: US\n    contact:", "    country: XX\n    contact:")
    result = CliRunner().invoke(app, ["check", "--source", str(sample_project)])
    assert result.exit_code == 1
    assert "3 problems found" in result.output
    for fragment in ("2026-02-30", "pasword", "XX"):
        assert fragment in result.output


def test_no_policy_folder_is_a_user_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", "--source", str(tmp_path)])
    assert result.exit_code == 1
    assert "there is no 'policy/' folder" in result.output
    assert "Traceback" not in result.output
