"""Settings from environment variables or ``.env``.

pydantic-settings validates every value; :func:`load_settings` turns a validation
failure into :class:`SettingsError` with one line per problem so that startup can
print them and stop.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EMBEDDED_REDIS = "memory://"
DEFAULT_DATABASE_URL = "sqlite://var/fapiao.sqlite3"


class SettingsError(Exception):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class WeChatTemplateSetting(BaseModel):
    """One entry of ``WECHAT_TEMPLATES`` / ``MINIAPP_SUBSCRIBE_TEMPLATES`` (see the README).

    ``fields``: template field name → a jinja2 expression over the notification's params
    (e.g. ``"period"`` or ``"'已受理' if status == 'accepted' else status"``); ``url``,
    ``miniprogram.pagepath`` and ``page`` are jinja2 templates (``/pages/filing?id={{ filing_id }}``).
    """

    model_config = ConfigDict(extra="forbid")

    template_id: str = Field(min_length=1, max_length=64)
    fields: dict[str, str] = Field(default_factory=dict)
    #: Template message only: a link, or a mini-program page ({"appid", "pagepath"}).
    url: str | None = None
    miniprogram: dict[str, str] | None = None
    #: Subscribe message only: the mini-program page the message opens.
    page: str | None = None

    @field_validator("miniprogram")
    @classmethod
    def _miniprogram(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        if value is not None and not {"appid", "pagepath"} >= set(value):
            raise ValueError("miniprogram takes appid and pagepath")
        return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    #: ``memory://`` is the in-process stand-in (core/adapters/kv.py EmbeddedStore); otherwise ``redis://``.
    redis_url: str = EMBEDDED_REDIS
    public_base_url: str = "http://127.0.0.1:8080"
    secret_key: str = "dev-insecure-secret-key-change-me"
    environment: Literal["development", "production", "test"] = "development"

    wechat_token: str = "fapiao-dev-token"  # DEFAULT_WECHAT_TOKEN
    wechat_appid: str = "wx0000000000000000"
    wechat_appsecret: str = ""
    #: 43 characters; when set the endpoint runs in safe (AES) mode.
    wechat_aes_key: str = ""
    #: ``console`` logs pushes and keeps them for ``fapiao chat``; ``wechat`` calls the API.
    wechat_api: Literal["console", "wechat"] = "console"
    wechat_api_base_url: str = "https://api.weixin.qq.com/cgi-bin/"

    miniapp_appid: str = "wxminiapp0000000"
    miniapp_secret: str = ""

    sms_provider: Literal["console", "tencent"] = "console"
    sms_tencent_secret_id: str = ""
    sms_tencent_secret_key: str = ""
    sms_tencent_sdk_app_id: str = ""
    sms_tencent_sign_name: str = ""
    sms_tencent_endpoint: str = "https://sms.tencentcloudapi.com"
    sms_tencent_region: str = "ap-guangzhou"
    #: JSON object: message key -> Tencent template id, e.g. {"sms.code": "123456"}
    sms_tencent_templates: dict[str, str] = Field(default_factory=dict)

    email_provider: Literal["console", "smtp"] = "console"
    smtp_host: str = "localhost"
    smtp_port: int = 465
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "fapiao <noreply@example.com>"
    smtp_tls: Literal["ssl", "starttls", "none"] = "ssl"

    #: ``sandbox`` simulates the bureau (rules decide the outcome); ``http`` calls a provider.
    tax_bureau: Literal["sandbox", "http"] = "sandbox"
    tax_bureau_accept_seconds: int = Field(default=5, ge=0)
    tax_bureau_review_seconds: int = Field(default=20, ge=0)
    tax_bureau_materials_over: str = "1000000"
    tax_bureau_url: str = ""
    tax_bureau_app_key: str = ""
    tax_bureau_app_secret: str = ""

    #: The national invoicing platform (numbers and issues 数电票): ``sandbox`` is the
    #: built-in simulator (records in the database, rules in
    #: core/data/invoice_platform_sandbox.yaml); ``http`` calls a 乐企-style aggregator
    #: (docs/invoice-platform-api.md).
    invoice_platform: Literal["sandbox", "http"] = "sandbox"
    invoice_platform_url: str = ""
    invoice_platform_app_key: str = ""
    invoice_platform_app_secret: str = ""
    #: Seconds one call may take before its outcome counts as unknown (then fapiao asks the
    #: platform by request id before any retry).
    invoice_platform_timeout_seconds: float = Field(default=10.0, gt=0, le=120)

    #: Development only: shift the server's clock by this many days (to demo filing a period
    #: that has not ended yet, or deadlines). Refused in production.
    clock_offset_days: int = Field(default=0, ge=-3650, le=3650)

    #: Largest accepted request body, in bytes (WeChat posts are tiny).
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    data_dir: Path = Path("var")
    #: Optional TTF to embed in PDFs (e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc);
    #: without it PDFs use reportlab's built-in STSong-Light CID font (not embedded).
    pdf_font_path: str = ""

    # -- deployment (fapiao serve --workers, graceful shutdown) --
    #: On SIGTERM: how long requests (and dialog steps) in flight may take to finish before
    #: they are cancelled. A supervisor's stop timeout (systemd TimeoutStopSec) must be longer.
    shutdown_timeout_seconds: float = Field(default=30.0, gt=0, le=600)

    # -- notifications: WeChat template and mini-program subscribe messages --
    #: JSON: notification kind (filing.status, deadline.reminder, ticket, feedback, announcement)
    #: or message key → {"template_id", "fields": {name: jinja2 expression}, "url"?, "miniprogram"?}.
    #: A kind without an entry goes out as customer-service text.
    wechat_templates: dict[str, WeChatTemplateSetting] = Field(default_factory=dict)
    #: JSON: the same for mini-program subscribe messages ({"template_id", "fields", "page"?}).
    miniapp_subscribe_templates: dict[str, WeChatTemplateSetting] = Field(default_factory=dict)

    # -- observability (fapiao/observability: logs, health, metrics) --
    #: ``json`` (one object per line) or ``text``; empty: json when ENVIRONMENT=production, else text.
    log_format: Literal["", "json", "text"] = ""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"

    # -- backups (fapiao/ops/backup.py; docs/backup.md) --
    #: Where scheduled backups go; empty: DATA_DIR/backups.
    backup_dir: Path | None = None
    #: Hours between scheduled backups taken by the server (one worker at a time); 0 = off.
    backup_interval_hours: float = Field(default=24, ge=0)
    #: Scheduled backups kept; older ones are deleted.
    backup_keep: int = Field(default=7, ge=1)

    # -- outside services' timeouts (bench/faults/slow_dependency.py) --
    #: Seconds one SMS gateway / WeChat API request may take. Above a slow gateway's 10 s, so the
    #: work completes: a chat reply never waits for it (the endpoint answers within its 4-second
    #: budget and pushes the result later). The WeChat one stays under the access_token lock's 15 s.
    sms_timeout_seconds: float = Field(default=12.0, gt=0, le=60)

    # -- security (docs/security.md) --
    #: Comma-separated addresses or networks (CIDR) of reverse proxies whose ``X-Forwarded-For`` is
    #: believed (its last entry); default none: the peer address is the client.
    trusted_proxies: str = ""
    #: The whole platform's SMS ceiling (codes and notices together), per hour and per day: SMS pumping
    #: through many phones, IPs and openids still stops here; reaching it is alarmed in /metrics and the log.
    sms_budget_per_hour: int = Field(default=600, ge=1)
    sms_budget_per_day: int = Field(default=5000, ge=1)
    #: Production refuses plaintext WeChat mode (the signature does not cover the body) unless this is true.
    wechat_allow_plaintext: bool = False
    #: Key of the backup manifest's HMAC; empty: derived from SECRET_KEY (docs/security.md).
    backup_key: str = ""
    wechat_api_timeout_seconds: float = Field(default=12.0, gt=0, le=14)

    @field_validator("backup_dir", mode="before")
    @classmethod
    def _backup_dir(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("log_format", "log_level", mode="before")
    @classmethod
    def _log_case(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str):
            return value.strip().upper() if info.field_name == "log_level" else value.strip().lower()
        return value

    @property
    def effective_log_format(self) -> str:
        return self.log_format or ("json" if self.environment == "production" else "text")

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgres://", "postgresql://")):
            raise ValueError("must start with sqlite:// or postgres://")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if value != EMBEDDED_REDIS and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError(f"must be {EMBEDDED_REDIS} or start with redis://")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("wechat_aes_key")
    @classmethod
    def _aes_key(cls, value: str) -> str:
        if value and len(value) != 43:
            raise ValueError("EncodingAESKey must be exactly 43 characters")
        return value

    @field_validator("secret_key")
    @classmethod
    def _secret(cls, value: str) -> str:
        if len(value) < 16:
            raise ValueError("must be at least 16 characters")
        return value

    def for_listening(self, host: str, port: int) -> Settings:
        """These settings for a server on ``host:port``: without an explicit ``PUBLIC_BASE_URL``
        the links it sends (verification, downloads) point at that port, not the default 8080.
        A wildcard host (0.0.0.0, ::) is reached as 127.0.0.1."""
        if "public_base_url" in self.model_fields_set:
            return self
        reachable = "127.0.0.1" if host in ("", "0.0.0.0", "::") else host
        if ":" in reachable:  # an IPv6 literal
            reachable = f"[{reachable}]"
        return self.model_copy(update={"public_base_url": f"http://{reachable}:{port}"})

    @property
    def embedded(self) -> bool:
        """True when the store is in-process: single process only."""
        return self.redis_url == EMBEDDED_REDIS or self.database_url.startswith("sqlite://")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite://")

    @property
    def safe_mode(self) -> bool:
        return bool(self.wechat_aes_key)

    def production_problems(self) -> list[str]:
        """Settings that are fine for development but unsafe in production: one line each."""
        problems = []
        if self.environment == "production":
            if self.secret_key.startswith("dev-insecure"):
                problems.append("SECRET_KEY: set a random secret in production")
            elif weak_secret(self.secret_key):
                problems.append("SECRET_KEY: too weak; use at least 32 random characters "
                                "(python -c 'import secrets; print(secrets.token_urlsafe(32))')")
            if self.wechat_token == DEFAULT_WECHAT_TOKEN or weak_secret(self.wechat_token, minimum=16):
                problems.append("WECHAT_TOKEN: the public default or a weak token; set the random token "
                                "configured in the WeChat console")
            if self.wechat_api == "console":
                problems.append("WECHAT_API: console is for development (it serves /dev/pushes and /dev/media "
                                "without authentication); use wechat in production")
            if self.email_provider == "console":
                problems.append("EMAIL_PROVIDER: console is for development; use smtp in production")
            if not self.public_base_url.startswith("https://"):
                problems.append("PUBLIC_BASE_URL: must be https:// in production (verification links and QR codes)")
            if not self.safe_mode and not self.wechat_allow_plaintext:
                problems.append("WECHAT_AES_KEY: plaintext WeChat mode (the signature does not cover the body); "
                                "set the EncodingAESKey for safe mode, or WECHAT_ALLOW_PLAINTEXT=true to accept it")
            if self.clock_offset_days:
                problems.append("CLOCK_OFFSET_DAYS: only for development")
            if self.sms_provider == "console":
                problems.append("SMS_PROVIDER: console is for development; use tencent in production")
        return problems

    def production_warnings(self) -> list[str]:
        """Accepted in production, but said at startup and by ``fapiao doctor``."""
        warnings = []
        if self.environment == "production" and not self.safe_mode and self.wechat_allow_plaintext:
            warnings.append("WECHAT_ALLOW_PLAINTEXT: plaintext WeChat mode in production; message bodies are not "
                            "covered by the signature (set WECHAT_AES_KEY for safe mode)")
        return warnings

    @property
    def trusted_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        return parse_networks(self.trusted_proxies)

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies(cls, value: str) -> str:
        parse_networks(value)  # a bad entry is a configuration error at startup
        return value


DEFAULT_WECHAT_TOKEN = "fapiao-dev-token"


def weak_secret(value: str, *, minimum: int = 32) -> bool:
    """Short, or built from a handful of characters (``aaaaaaaaaaaaaaaa``, ``1234123412341234``)."""
    return len(value) < minimum or len(set(value)) < 10


def parse_networks(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for part in value.split(","):
        if part.strip():
            try:
                networks.append(ipaddress.ip_network(part.strip(), strict=False))
            except ValueError:
                raise ValueError(f"{part.strip()!r} is not an address or a network") from None
    return tuple(networks)


def load_settings(**overrides: object) -> Settings:
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = ".".join(str(part) for part in error["loc"]).upper() or "SETTINGS"
            problems.append(f"{name}: {error['msg']}")
        raise SettingsError(problems) from None
    problems = settings.production_problems()
    if problems:
        raise SettingsError(problems)
    return settings
