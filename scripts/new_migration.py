"""Start a new migration file, or refresh the models state of one.

aerich writes dialect-specific SQL, so our migrations hold the SQL of both dialects
(see scripts/regen_initial_migration.py and docs/architecture.md). This helper writes
the skeleton of ``migrations/models/<n>_<timestamp>_<name>.py`` with empty ``SQL`` for
both dialects (fill them in by hand) and aerich's ``MODELS_STATE`` for the models as they
are now, so that ``aerich migrate`` later diffs against the right state.

    python scripts/new_migration.py audit_chain          # new file
    python scripts/new_migration.py --refresh FILE.py    # rewrite MODELS_STATE of FILE
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from aerich.utils import get_formatted_compressed_data, get_models_describe
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.adapters.database import MIGRATIONS_DIR, tortoise_config  # noqa: E402

TEMPLATE = '''"""{doc}"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {{
    "sqlite": """
""",
    "postgres": """
""",
}}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


{state}
'''


async def models_state() -> str:
    await Tortoise.init(config=tortoise_config("sqlite://:memory:"))
    try:
        data = get_formatted_compressed_data(get_models_describe("models"))
    finally:
        await Tortoise.close_connections()
    return f"MODELS_STATE = (\n    {data}\n)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", nargs="?", help="short snake_case name of the new migration")
    parser.add_argument("--refresh", metavar="FILE", help="rewrite MODELS_STATE of an existing migration")
    args = parser.parse_args()
    state = asyncio.run(models_state())
    folder = MIGRATIONS_DIR / "models"
    if args.refresh:
        path = Path(args.refresh)
        text = path.read_text()
        new, count = re.subn(r"MODELS_STATE = \(.*?\n\)", lambda _: state, text, flags=re.S)
        if count != 1:
            sys.exit(f"{path}: no MODELS_STATE block found")
        path.write_text(new)
        print(f"refreshed {path}")
        return
    if not args.name or not re.fullmatch(r"[a-z0-9_]+", args.name):
        sys.exit("give a snake_case name, e.g. audit_chain")
    numbers = [int(p.name.split("_", 1)[0]) for p in folder.glob("*.py") if p.name[0].isdigit()]
    number = max(numbers, default=-1) + 1
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    path = folder / f"{number}_{stamp}_{args.name}.py"
    path.write_text(TEMPLATE.format(doc=args.name.replace("_", " ").capitalize() + ", for both dialects.",
                                    state=state))
    print(f"wrote {path.relative_to(ROOT)}: fill in SQL for sqlite and postgres")


if __name__ == "__main__":
    main()
