"""Is this exception a dependency outage (PostgreSQL or Redis unreachable)?

The transports answer an outage politely instead of with a 500: the API with 503 and the
``error.service_unavailable`` message, the WeChat endpoint with a polite text reply (HTTP
200, so WeChat shows it). Only connection-level failures count; a bad query or a
programming error stays an unexpected error.
"""

from __future__ import annotations

import asyncpg
import redis.exceptions
from tortoise.exceptions import DBConnectionError

#: Exceptions that mean "the database or Redis cannot be reached right now".
OUTAGE_TYPES: tuple[type[BaseException], ...] = (
    ConnectionError,  # refused / reset / aborted / broken pipe (tortoise's DBConnectionError too)
    TimeoutError,  # connect or socket timeout (asyncio.TimeoutError is the same class)
    DBConnectionError,
    asyncpg.PostgresConnectionError,  # includes ConnectionDoesNotExistError, CannotConnectNowError
    asyncpg.TooManyConnectionsError,
    asyncpg.exceptions.OperatorInterventionError,  # the server is shutting down
    redis.exceptions.ConnectionError,  # includes BusyLoadingError (Redis loading its data)
    redis.exceptions.TimeoutError,
)
#: asyncpg reports a pool or connection closed under it as a plain InterfaceError.
_CLOSED_MARKERS = ("connection is closed", "pool is closing", "pool is closed", "connection was closed")


def is_outage(exc: BaseException) -> bool:
    """True when ``exc`` (or an exception it was raised from) is a connection-level failure
    of the database or Redis."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OUTAGE_TYPES):
            return True
        if isinstance(current, asyncpg.InterfaceError) and any(m in str(current) for m in _CLOSED_MARKERS):
            return True
        current = current.__cause__ or current.__context__
    return False
