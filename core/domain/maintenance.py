"""The maintenance rule, one for every transport.

During a published maintenance window (``MaintenanceGuard`` in ``core/support/maintenance.py``)
a **write** is refused with ``under_maintenance`` (the end time in the message) and a
**read** goes on. A transport only says which of the two a request is: the bot from the
read/write need its feature router declares for the command or dialog, the API from the
HTTP method (GET/HEAD read) and the feature of the route. The exemptions are named here,
not in a transport: the activities whose writes must work while everything else waits.
"""

from __future__ import annotations

from enum import StrEnum


class Access(StrEnum):
    READ = "read"
    WRITE = "write"


#: Activities (the feature a bot command or API route belongs to) whose writes go on during a
#: window: people can still reach a person (support: tickets, feedback), staff run the window
#: and answer them (staff), and what WeChat reports about a buyer's action is not lost (callback).
MAINTENANCE_EXEMPT: frozenset[str] = frozenset({"support", "staff", "callback"})


def refused_in_maintenance(access: Access, activity: str) -> bool:
    """Whether a request of this kind waits for the end of a maintenance window."""
    return access is Access.WRITE and activity not in MAINTENANCE_EXEMPT
