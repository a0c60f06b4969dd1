"""The sandbox bureau's user texts (``core/data/tax_bureau_sandbox.zh.yaml``): state messages
and refusals, checked complete when loaded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml

from core.port_data.tax_bureau import BUREAU_STATES, TaxBureauRejected

DATA_FILE: Final = Path(__file__).resolve().parents[1] / "data" / "tax_bureau_sandbox.zh.yaml"

_MESSAGE_KEYS: Final = (
    "submitted",
    "accepted",
    "reviewing",
    "reviewing_after_materials",
    "needs_materials",
    "succeeded",
    "succeeded_nothing_due",
    "failed_sales_below_invoiced",
    "failed_input_over_confirmed",
    "paid",
)
_ERROR_KEYS: Final = (
    "reference_unknown",
    "submission_key_reused",
    "invalid_tax_type",
    "invalid_period",
    "invalid_figure",
    "already_filed",
    "in_progress",
    "upload_not_allowed",
    "empty_file",
    "not_payable",
    "nothing_due",
    "amount_mismatch",
)


@dataclass(frozen=True)
class SandboxTexts:
    """The sandbox's user texts, loaded from :data:`DATA_FILE`."""

    tax_types: Mapping[str, str]
    figures: Mapping[str, str]
    states: Mapping[str, str]
    pay_methods: Mapping[str, str]
    materials: Mapping[str, tuple[str, ...]]
    messages: Mapping[str, str]
    errors: Mapping[str, str]

    def message(self, key: str, **params: Any) -> str:
        return self.messages[key].format(**params)

    def rejected(self, key: str, **params: Any) -> TaxBureauRejected:
        return TaxBureauRejected(key, self.errors[key].format(**params))


def _str_map(raw: Mapping[str, Any], section: str, required: tuple[str, ...], path: Path) -> dict[str, str]:
    value = raw.get(section)
    if not isinstance(value, dict):
        raise ValueError(f"{path.name}: section {section!r} must be a mapping")
    missing = [key for key in required if not isinstance(value.get(key), str)]
    if missing:
        raise ValueError(f"{path.name}: {section}: missing text for {missing}")
    return {str(key): str(text) for key, text in value.items()}


def load_texts(path: Path = DATA_FILE) -> SandboxTexts:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")
    tax_types: tuple[str, ...] = ("vat", "cit")
    materials_raw = raw.get("materials")
    if not isinstance(materials_raw, dict):
        raise ValueError(f"{path.name}: section 'materials' must be a mapping")
    materials: dict[str, tuple[str, ...]] = {}
    for tax_type in tax_types:
        items = materials_raw.get(tax_type)
        if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
            raise ValueError(f"{path.name}: materials.{tax_type} must be a non-empty list of texts")
        materials[tax_type] = tuple(items)
    return SandboxTexts(
        tax_types=_str_map(raw, "tax_types", tax_types, path),
        figures=_str_map(raw, "figures", ("sales_total", "payable"), path),
        states=_str_map(raw, "states", BUREAU_STATES, path),
        pay_methods=_str_map(raw, "pay_methods", (), path),
        materials=materials,
        messages=_str_map(raw, "messages", _MESSAGE_KEYS, path),
        errors=_str_map(raw, "errors", _ERROR_KEYS, path),
    )
