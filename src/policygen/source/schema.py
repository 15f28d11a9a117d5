"""The JSON Schema of one policy file, for completion and red squiggles in editors."""

from __future__ import annotations

from typing import Any

from .model import Policy
from .vocabulary import CUSTOMISABLE, builtin_vocabulary

VOCABULARY_MARK = "x-vocabulary"


def source_schema() -> dict[str, Any]:
    """Policy's schema, with vocabulary ids offered for completion.

    Each policy/*.yaml file holds only some sections, so no top-level section is required here;
    `policygen check` still reports a section missing from the whole folder.
    """
    schema = Policy.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "policygen policy file (policy/*.yaml)"
    schema.pop("required", None)
    _offer_vocabulary(schema)
    return schema


def _offer_vocabulary(node: Any) -> None:
    """Replace each vocabulary-id string with 'one of the built-in ids, or a custom id'."""
    if isinstance(node, dict):
        kind = node.pop(VOCABULARY_MARK, None)
        if kind is not None:
            ids = builtin_vocabulary().ids(kind)
            pattern = node.get("pattern")
            node.clear()
            node["anyOf"] = [{"enum": ids}, {"type": "string", "pattern": pattern}]
            node["description"] = f"a {kind} id: built-in (see 'policygen vocabulary {kind}')"
            if kind in (*CUSTOMISABLE, "events"):
                node["description"] += f" or defined under 'terms: {kind}:'"
            return
        for value in node.values():
            _offer_vocabulary(value)
    elif isinstance(node, list):
        for value in node:
            _offer_vocabulary(value)
