"""The settings and logging every ``fapiao`` command starts from.

A leaf of ``fapiao/``: the CLI commands, the operator tools (``fapiao.ops``) and the
benchmarks load their settings here, so none of them imports another's command module.
"""

from __future__ import annotations

import sys

from core.settings import Settings, SettingsError, load_settings


def load_or_exit() -> Settings:
    """The settings from the environment, with the notification templates checked; on a bad
    variable, one ``configuration error:`` line per problem on stderr and exit status 2."""
    # Imported here, not above: the templates import the core, which imports prometheus_client,
    # and `fapiao serve --workers N` must set its multi-process directory before that import.
    from fapiao.notify_templates import check_templates

    try:
        settings = load_settings()
        check_templates(settings)
        return settings
    except SettingsError as exc:
        for problem in exc.problems:
            print(f"configuration error: {problem}", file=sys.stderr)
        raise SystemExit(2) from None

