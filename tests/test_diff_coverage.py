"""`diff` and the changes page are driven by the model: no change to any section goes unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from policygen.facts.diff import SECTIONS, UNREPORTED, policy_changes
from policygen.facts.phrasing import Phrasing
from policygen.source.load import LoadedPolicy, load_policy
from policygen.source.model import Policy

from .conftest import SAMPLE, SHOP

# Sections neither example uses, as an editor would add them to the small shop.
ADDED_SECTIONS = {
    "sensitive_information": "sensitive_information:\n  - items: [health]\n    purpose: {ko: 꽃가루 알레르기 확인, en: checking pollen allergies}\n    ground: {ko: 별도 동의, en: your separate consent}\n",
    "unique_identifiers": "unique_identifiers:\n  - items: [passport_number]\n    purpose: {ko: 해외 배송 통관, en: customs clearance}\n    ground: {ko: 관세법, en: the Customs Act}\n",
    "service_menus": "service_menus:\n  password: {ko: '내 정보 > 비밀번호', en: 'Me > Password'}\n",
    "domestic_representative": "domestic_representative:\n  name: {ko: 대리인, en: Agent Co.}\n  address: {ko: 서울, en: Seoul}\n  phone: 02-000-0000\n  email: agent@example.com\n",
}


@pytest.fixture(scope="module")
def shop() -> LoadedPolicy:
    return load_policy(SHOP)


@pytest.fixture(scope="module")
def sample() -> LoadedPolicy:
    return load_policy(SAMPLE)


def test_every_section_is_named_or_deliberately_unreported() -> None:
    assert set(SECTIONS) | UNREPORTED == set(Policy.model_fields)
    assert not set(SECTIONS) & UNREPORTED


@pytest.mark.parametrize("field", sorted(SECTIONS))
@pytest.mark.parametrize("locale", ["ko", "en"])
def test_a_change_to_any_section_is_reported(
    field: str, locale: str, shop: LoadedPolicy, sample: LoadedPolicy, tmp_path: Path
) -> None:
    if field in ADDED_SECTIONS:
        (tmp_path / "policy").mkdir()
        for path in (SHOP / "policy").glob("*.yaml"):
            (tmp_path / "policy" / path.name).write_bytes(path.read_bytes())
        (tmp_path / "policy" / "added.yaml").write_text(ADDED_SECTIONS[field], "utf-8")
        changed = load_policy(tmp_path).policy
    else:
        assert getattr(sample.policy, field) != getattr(shop.policy, field), field
        changed = shop.policy.model_copy(update={field: getattr(sample.policy, field)})
    vocabulary = sample.vocabulary
    say = Phrasing(locale, vocabulary)
    assert policy_changes(shop.policy, changed, say), f"a change to {field} was not reported"
    assert policy_changes(shop.policy, shop.policy, say) == []


def test_a_purpose_that_changes_basis_and_makes_an_item_optional_says_both(
    shop: LoadedPolicy,
) -> None:
    first = shop.policy.processing[0]
    assert first.required_items, "the shop's first purpose has required items"
    item = first.required_items[0]
    moved = first.model_copy(
        update={
            "required_items": first.required_items[1:],
            "optional_items": [*first.optional_items, item],
            "legal_basis": "consent" if first.legal_basis != "consent" else "contract",
        }
    )
    changed = shop.policy.model_copy(update={"processing": [moved, *shop.policy.processing[1:]]})
    sentences = policy_changes(shop.policy, changed, Phrasing("en", shop.vocabulary))
    say = Phrasing("en", shop.vocabulary)
    assert any("now optional" in s and say.term("data_items", item) in s for s in sentences)
    assert any(s.startswith("The legal basis for") for s in sentences)


def test_an_item_that_moves_between_purposes_is_reported_as_moved(shop: LoadedPolicy) -> None:
    first, second = shop.policy.processing[0], shop.policy.processing[1]
    item = next(i for i in first.required_items if i not in second.all_items)
    changed = shop.policy.model_copy(
        update={
            "processing": [
                first.model_copy(
                    update={"required_items": [i for i in first.required_items if i != item]}
                ),
                second.model_copy(update={"required_items": [*second.required_items, item]}),
                *shop.policy.processing[2:],
            ]
        }
    )
    say = Phrasing("en", shop.vocabulary)
    sentences = policy_changes(shop.policy, changed, say)
    name = say.term("data_items", item)
    assert (
        f"We now use {name} for {say.term('purposes', second.purpose)} instead of "
        f"{say.term('purposes', first.purpose)}." in sentences
    )
    assert not any(s.endswith(f"no longer use {name}.") for s in sentences)


def test_a_retention_that_reads_the_same_is_not_reported_as_changed_to_itself(
    shop: LoadedPolicy,
) -> None:
    entry = next(e for e in shop.policy.processing if e.retention.law)
    same_period = entry.retention.model_copy(update={"article": "6(2)"})
    changed = shop.policy.model_copy(
        update={
            "processing": [
                e.model_copy(update={"retention": same_period}) if e is entry else e
                for e in shop.policy.processing
            ]
        }
    )
    say = Phrasing("en", shop.vocabulary)
    sentences = policy_changes(shop.policy, changed, say)
    period = say.retention(entry.retention)
    assert not any(f"from {period} to {period}" in s for s in sentences)
    assert any(f"is still {period}; its legal basis or note changed" in s for s in sentences)
