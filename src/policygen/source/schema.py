"""The JSON Schema of the policy source, for completion and red squiggles in editors."""

from __future__ import annotations

from typing import Any

from .model import Policy
from .vocabulary import builtin_vocabulary

_ID_KINDS = {
    "ItemId": "data_items",
}


def source_schema() -> dict[str, Any]:
    """Policy's schema, with built-in vocabulary ids offered as suggestions."""
    schema = Policy.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "policygen policy source (policy/*.yaml, merged)"
    vocabulary = builtin_vocabulary()
    schema["$defs"]["VocabularyIds"] = {
        kind: {"anyOf": [{"enum": vocabulary.ids(kind)}, {"type": "string"}]}
        for kind in (
            "data_items",
            "purposes",
            "legal_bases",
            "security_measures",
            "destruction_methods",
            "events",
            "laws",
            "transfer_bases",
        )
    }
    return schema
