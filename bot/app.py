"""The bot's features, included explicitly.

Each feature under ``bot/features/<feature>/routes.py`` declares its commands, dialogs, media
and events with their needs (``bot/routing.py``). Nothing registers itself on import: a
feature that is not listed here answers nothing, and the contract tests
(tests/unit/test_bot_contracts.py) fail for every keyword of commands.yaml without a route.
"""

from __future__ import annotations

from functools import cache

from bot.features.account.routes import router as account
from bot.features.company.routes import router as company
from bot.features.corrections.routes import router as corrections
from bot.features.filing.routes import router as filing
from bot.features.help.routes import router as help_
from bot.features.inputs.routes import router as inputs
from bot.features.invoices.routes import router as invoices
from bot.features.lists.routes import router as lists
from bot.features.notifications.routes import router as notifications
from bot.features.scan.routes import router as scan
from bot.features.support.routes import router as support
from bot.routing import FeatureRouter, Routes

ROUTERS: tuple[FeatureRouter, ...] = (
    account,
    company,
    invoices,
    corrections,
    lists,
    filing,
    inputs,
    notifications,
    scan,
    help_,
    support,
)


@cache
def routes() -> Routes:
    return Routes.include(*ROUTERS)
