"""Entry point for the aerich CLI (``[tool.aerich]`` in pyproject.toml)."""

from __future__ import annotations

import os

from core.adapters.database import tortoise_config
from core.settings import DEFAULT_DATABASE_URL

TORTOISE_ORM = tortoise_config(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL), read_connection=False)
