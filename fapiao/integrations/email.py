"""E-mail senders: SMTP (real), console (development) and recording (tests).

A message key ``email.code`` is rendered from ``email.code.subject`` and
``email.code.body`` in ``templates/messages.zh.yaml``.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any

from core.domain.errors import ServiceUnavailable
from core.ports import Attachment, EmailSender
from core.settings import Settings
from templates import Texts

logger = logging.getLogger("fapiao.email")


class EmailDeliveryError(ServiceUnavailable):
    """The SMTP server could not be reached or refused the message."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def __str__(self) -> str:
        return f"e-mail delivery failed: {self.message}"


def render_email(texts: Texts, template: str, params: Mapping[str, Any]) -> tuple[str, str]:
    """(subject, body) of message key ``template``: keys ``<template>.subject`` / ``.body``."""
    subject = texts.render(f"{template}.subject", params)
    body = texts.render(f"{template}.body", params)
    return " ".join(subject.split()), body


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


class ConsoleEmail:
    """Development default: logs ``EMAIL to <addr>: <subject> | <body on one line>``."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    async def send(self, to: str, template: str, params: Mapping[str, Any],
                   attachments: Sequence[Attachment] = ()) -> None:
        subject, body = render_email(self.texts, template, params)
        names = "".join(f" [+{a.filename} {len(a.data)} bytes]" for a in attachments)
        logger.info("EMAIL to %s: %s | %s%s", to, subject, _one_line(body), names)


class RecordingEmail:
    """Test fake: keeps ``(to, template, params)`` for every message."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, dict[str, Any]]] = []
        self.attachments: list[tuple[str, list[Attachment]]] = []

    async def send(self, to: str, template: str, params: Mapping[str, Any],
                   attachments: Sequence[Attachment] = ()) -> None:
        self.sent.append((to, template, dict(params)))
        self.attachments.append((to, list(attachments)))

    def last_code(self, to: str) -> str | None:
        for addr, _template, params in reversed(self.sent):
            if addr == to and "code" in params:
                return str(params["code"])
        return None


class SmtpEmail:
    """stdlib :mod:`smtplib` run in a worker thread.

    ``settings.smtp_tls``: ``ssl`` (implicit TLS, usually port 465), ``starttls``
    (usually 587) or ``none`` (plain, for a local relay). ``ssl_context`` defaults to
    :func:`ssl.create_default_context` (certificate and host name checked).
    """

    def __init__(
        self,
        settings: Settings,
        texts: Texts,
        *,
        timeout: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self.texts = texts
        self.timeout = timeout
        self.ssl_context = ssl_context

    def build_message(self, to: str, template: str, params: Mapping[str, Any],
                      attachments: Sequence[Attachment] = ()) -> EmailMessage:
        subject, body = render_email(self.texts, template, params)
        message = EmailMessage()
        message["Subject"] = subject
        message["From"] = self.settings.smtp_from
        message["To"] = to
        message["Date"] = formatdate(localtime=False, usegmt=True)
        domain = parseaddr(self.settings.smtp_from)[1].rpartition("@")[2] or None
        message["Message-ID"] = make_msgid(domain=domain)
        message.set_content(body, charset="utf-8", cte="base64")
        for attachment in attachments:
            maintype, _, subtype = attachment.media_type.partition("/")
            message.add_attachment(attachment.data, maintype=maintype, subtype=subtype,
                                   filename=attachment.filename)
        return message

    def _context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def _deliver(self, message: EmailMessage) -> None:
        settings = self.settings
        smtp: smtplib.SMTP
        if settings.smtp_tls == "ssl":
            smtp = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=self.timeout, context=self._context()
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=self.timeout)
        with smtp:
            if settings.smtp_tls == "starttls":
                smtp.starttls(context=self._context())
            if settings.smtp_user:
                try:
                    smtp.login(settings.smtp_user, settings.smtp_password)
                except UnicodeEncodeError:
                    raise EmailDeliveryError(
                        "SMTP_USER and SMTP_PASSWORD must be ASCII (smtplib sends AUTH as ASCII)"
                    ) from None
            smtp.send_message(message)

    async def send(self, to: str, template: str, params: Mapping[str, Any],
                   attachments: Sequence[Attachment] = ()) -> None:
        message = self.build_message(to, template, params, attachments)
        try:
            await asyncio.to_thread(self._deliver, message)
        except (smtplib.SMTPException, OSError) as exc:
            logger.warning("e-mail %s to %s failed: %s", template, to, exc)
            raise EmailDeliveryError(f"{type(exc).__name__}: {exc}") from exc
        logger.info("e-mail %s sent to %s", template, to)


def build_email(settings: Settings, texts: Texts) -> EmailSender:
    """The e-mail sender named by ``settings.email_provider`` (``console`` or ``smtp``)."""
    if settings.email_provider == "smtp":
        return SmtpEmail(settings, texts)
    return ConsoleEmail(texts)


__all__ = ["ConsoleEmail", "EmailDeliveryError", "RecordingEmail", "SmtpEmail", "build_email", "render_email"]
