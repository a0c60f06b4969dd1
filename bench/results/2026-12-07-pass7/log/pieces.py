"""Instructions of the access line (and the message's three metric updates), measured alone (bench only).

Run from the root of the tree to measure (its packages are imported from the working directory):

    cd TREE && valgrind --tool=callgrind --callgrind-out-file=/dev/null python .../pieces.py CASE 1
    cd TREE && valgrind --tool=callgrind --callgrind-out-file=/dev/null python .../pieces.py CASE 2001

(the difference / 2000 is one piece's instructions). CASE: none, log (the access line, text format, as
``fapiao serve`` sets logging up), logjson (the same, JSON format), logcaplog (text, with a second handler
on the root as pytest's caplog adds: the fallback through logging), tele (the three metric updates).
Works on trees before and after ``log_access`` (pass 7, helper "log").
"""

from __future__ import annotations

import logging
import os
import sys

sys.path.insert(0, os.getcwd())

from core import telemetry
from fapiao.observability import middleware
from fapiao.observability.logs import setup_logging

FIELDS = ("POST", "/wechat", 200, 0.0012, "127.0.0.1")


def access_line() -> None:
    if hasattr(middleware, "log_access"):
        middleware.log_access(20, FIELDS, "abcdef0123456789")
    elif middleware.access_log.isEnabledFor(20):  # the code before pass 7
        middleware.access_log.handle(middleware.access_record(20, *FIELDS, "abcdef0123456789"))  # type: ignore[call-arg]


def main() -> None:
    case, count = sys.argv[1], int(sys.argv[2])
    sink = open(os.devnull, "w")  # noqa: SIM115
    setup_logging(log_format="json" if case == "logjson" else "text", level="INFO", stream=sink)
    if case == "logcaplog":
        logging.getLogger().addHandler(logging.NullHandler())
    for _ in range(count):
        if case.startswith("log"):
            access_line()
        elif case == "tele":
            telemetry.http_request("/wechat", "POST", 200, 0.0012)
            telemetry.wechat_message("text", "")
            telemetry.wechat_reply(0.001)


if __name__ == "__main__":
    main()
