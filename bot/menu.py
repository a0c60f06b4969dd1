"""The official account's custom menu (``templates/menu.yaml``), as WeChat's menu API takes it.

Read by ``fapiao wechat menu`` (printed and pushed) and by the terminal chat client (its
``/menu`` and ``/click``); the menu's keys are the bot's click events.
"""

from __future__ import annotations

import yaml

from templates import TEMPLATE_DIR

MENU_FILE = TEMPLATE_DIR / "menu.yaml"


def menu_definition() -> dict[str, object]:
    """The menu as WeChat's ``menu/create`` takes it: ``{"button": [...]}``."""
    data: dict[str, object] = yaml.safe_load(MENU_FILE.read_text(encoding="utf-8"))
    return data
