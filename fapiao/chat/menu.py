"""The official account's menu buttons as the chat client shows and clicks them (from :mod:`bot.menu`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.menu import menu_definition


@dataclass(frozen=True)
class MenuButton:
    group: str
    name: str
    type: str
    key: str | None
    url: str | None


def load_menu() -> list[MenuButton]:
    """The buttons of ``templates/menu.yaml`` (empty if it cannot be read)."""
    try:
        data = menu_definition()
    except Exception:
        return []
    buttons: list[MenuButton] = []
    top = data.get("button", []) if isinstance(data, dict) else []
    for item in top if isinstance(top, list) else []:
        if not isinstance(item, dict):
            continue
        children = item.get("sub_button")
        group = str(item.get("name", ""))
        for child in children if isinstance(children, list) else [item]:
            if isinstance(child, dict):
                buttons.append(MenuButton(
                    group=group if children else "",
                    name=str(child.get("name", "")),
                    type=str(child.get("type", "")),
                    key=str(child["key"]) if child.get("key") is not None else None,
                    url=str(child["url"]) if child.get("url") is not None else None,
                ))
    return buttons
