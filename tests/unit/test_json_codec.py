"""core/json_codec.py: the same JSON with orjson and without it."""

from __future__ import annotations

import builtins
import importlib
import json
import sys
from datetime import UTC, datetime
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest

import core.json_codec as codec

SAMPLES: list[Any] = [
    {"text": "开票成功：¥388.00", "n": 1, "ok": True, "none": None, "f": 0.1, "list": [1, "二", {"三": [3]}]},
    [],
    {},
    "plain",
    2**63 + 5,  # beyond 64 bits: orjson refuses, json writes it
    {"nested": {"deep": [[[]]]}, "emoji": "😀", "escape": "a\"b\\c\n\t\u2028"},
]


def _without_orjson(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "orjson":
            raise ImportError("hidden for the test")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.delitem(sys.modules, "core.json_codec")
    module = importlib.import_module("core.json_codec")
    monkeypatch.setitem(sys.modules, "core.json_codec", codec)  # the rest of the run keeps the real one
    return module


@pytest.mark.parametrize("value", SAMPLES)
def test_output_is_compact_utf8_json_as_json_writes_it(value: Any) -> None:
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert codec.dumps(value) == expected
    assert codec.dumps_bytes(value) == expected.encode()
    assert codec.loads(codec.dumps(value)) == value
    assert codec.loads(codec.dumps_bytes(value)) == value


@pytest.mark.parametrize("value", SAMPLES)
def test_fallback_without_orjson_gives_the_same_text(monkeypatch: pytest.MonkeyPatch, value: Any) -> None:
    plain = _without_orjson(monkeypatch)
    assert plain.FAST is False
    assert plain.dumps(value) == codec.dumps(value)
    assert plain.dumps_bytes(value) == codec.dumps_bytes(value)
    assert plain.loads(codec.dumps_bytes(value)) == value


def test_default_converts_what_json_does_not_know_and_datetimes_go_through_it() -> None:
    moment = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
    value = {"total": Decimal("388.00"), "at": moment}
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    assert codec.dumps(value, default=str) == expected
    assert '"at":"2026-12-06 08:30:00+00:00"' in expected  # str(), not orjson's own ISO form


def test_unknown_types_without_default_fail_as_with_json() -> None:
    with pytest.raises(TypeError):
        codec.dumps({"total": Decimal("1")})


def test_loads_refuses_what_is_not_json() -> None:
    with pytest.raises(ValueError):
        codec.loads("{not json")
    assert codec.loads(b'{"a": NaN}')["a"] != codec.loads(b'{"a": NaN}')["a"]  # NaN, as json reads it
