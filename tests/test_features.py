"""'Does the business do X' is one table: articles, chat conditions and the teens guide use it."""

from __future__ import annotations

from typing import get_args

from policygen.facts.articles import ARTICLES
from policygen.facts.features import FEATURES, does
from policygen.source.dialogue import Condition
from policygen.source.load import load_policy
from policygen.source.teens import Section

from .conftest import SAMPLE, SHOP


def test_every_condition_an_editor_can_write_is_a_feature() -> None:
    assert set(get_args(Condition)) <= set(FEATURES)
    assert set(get_args(Section.model_fields["when"].annotation)) <= set(FEATURES)


def test_every_article_condition_is_a_feature() -> None:
    assert {spec.when for spec in ARTICLES} <= set(FEATURES)
    assert all(spec.when == "always" for spec in ARTICLES if spec.required)


def test_features_answer_for_the_examples() -> None:
    sample, shop = load_policy(SAMPLE).policy, load_policy(SHOP).policy
    assert does("children", sample) and not does("children", shop)
    assert does("message_scanning", sample) and not does("message_scanning", shop)
    assert does("ads", sample) and not does("ads", shop)
    assert does("entrustment", shop) and does("cctv", shop)
