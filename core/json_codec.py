"""JSON for the API's bodies and the key-value store's values: orjson when installed, else json.

One place decides, so a platform without orjson (it ships wheels for the usual ones) still
runs, with the same output: UTF-8 text, no spaces, non-ASCII characters as they are (what
``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` writes). orjson is several
times faster at both ends, and :func:`dumps_bytes` skips the str round trip for an HTTP body.

Only JSON's own types are accepted (dict with str keys, list, tuple, str, int, float, bool,
None); pass ``default`` to convert anything else (a Decimal, a datetime) yourself, as
with json. orjson refuses integers beyond 64 bits; those fall back to json here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

try:  # pragma: no cover - which branch runs depends on the platform
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]

#: True when orjson does the work (reported by ``fapiao doctor``-style diagnostics and the benchmarks).
FAST = _orjson is not None

__all__ = ["FAST", "dumps", "dumps_bytes", "loads"]


def _std_dumps(value: Any, default: Callable[[Any], Any] | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=default)


if _orjson is not None:
    _orjson_dumps = _orjson.dumps
    _orjson_loads = _orjson.loads
    _JSONEncodeError = _orjson.JSONEncodeError
    #: datetimes and dataclasses go to ``default`` as with json (orjson would write its own ISO form).
    _OPTIONS = _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_DATACLASS

    def dumps_bytes(value: Any, default: Callable[[Any], Any] | None = None) -> bytes:
        """``value`` as UTF-8 JSON bytes."""
        try:
            return _orjson_dumps(value, default=default, option=_OPTIONS)
        except _JSONEncodeError:
            # Integers over 64 bits, non-str dict keys: json's rules (and its errors) decide.
            return _std_dumps(value, default).encode()

    def dumps(value: Any, default: Callable[[Any], Any] | None = None) -> str:
        """``value`` as JSON text."""
        return dumps_bytes(value, default).decode()

    def loads(data: str | bytes | bytearray | memoryview) -> Any:
        """Parse JSON text or UTF-8 bytes (``ValueError`` when it is not JSON)."""
        try:
            return _orjson_loads(data)
        except _orjson.JSONDecodeError:
            # orjson refuses what json accepts by default (NaN, Infinity, huge integers): same answer as json.
            return json.loads(bytes(data) if isinstance(data, memoryview) else data)

else:  # pragma: no cover - exercised by tests that hide orjson

    def dumps_bytes(value: Any, default: Callable[[Any], Any] | None = None) -> bytes:
        """``value`` as UTF-8 JSON bytes."""
        return _std_dumps(value, default).encode()

    def dumps(value: Any, default: Callable[[Any], Any] | None = None) -> str:
        """``value`` as JSON text."""
        return _std_dumps(value, default)

    def loads(data: str | bytes | bytearray | memoryview) -> Any:
        """Parse JSON text or UTF-8 bytes (``ValueError`` when it is not JSON)."""
        if isinstance(data, memoryview):
            data = bytes(data)
        return json.loads(data)
