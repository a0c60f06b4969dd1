"""Notifier adapter: renders a message key and sends it to the account's bound WeChat user
as a customer-service message. Accounts without a binding are skipped (logged)."""

from __future__ import annotations

import logging
from typing import Any

from core.adapters.models import WeChatBinding
from core.ports import WeChatApi
from templates import Texts

log = logging.getLogger(__name__)


class WeChatNotifier:
    def __init__(self, texts: Texts, wechat: WeChatApi) -> None:
        self.texts = texts
        self.wechat = wechat

    async def notify_user(self, account_id: int, text_key: str, params: dict[str, Any]) -> None:
        binding = await WeChatBinding.filter(account_id=account_id, app="mp").first()
        if binding is None:
            log.info("notification %s for account %s skipped: no WeChat binding", text_key, account_id)
            return
        await self.wechat.send_text(binding.openid, self.texts.render(text_key, params))
