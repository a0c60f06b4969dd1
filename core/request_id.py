"""The id of the request being handled, for log lines and 5xx answers.

It lives in the core (a contextvar, no dependencies) so that any layer can read it:
``fapiao.observability`` sets it for each HTTP request, the log handler adds it to
every line, and the API's error middleware puts it in 5xx bodies.
"""

from __future__ import annotations

from contextvars import ContextVar

request_id_var: ContextVar[str | None] = ContextVar("fapiao_request_id", default=None)


def current_request_id() -> str | None:
    return request_id_var.get()
