"""Settings from environment variables or ``.env``.

pydantic-settings validates every value; :func:`load_settings` turns a validation
failure into :class:`SettingsError` with one line per problem so that startup can
print them and stop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

EMBEDDED_REDIS = "memory://"
DEFAULT_DATABASE_URL = "sqlite://var/fapiao.sqlite3"


class SettingsError(Exception):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    #: ``memory://`` is the in-process stand-in (fakeredis); otherwise ``redis://``.
    redis_url: str = EMBEDDED_REDIS
    public_base_url: str = "http://127.0.0.1:8080"
    secret_key: str = "dev-insecure-secret-key-change-me"
    environment: Literal["development", "production", "test"] = "development"

    wechat_token: str = "fapiao-dev-token"
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

    #: Development only: shift the server's clock by this many days (to demo filing a period
    #: that has not ended yet, or deadlines). Refused in production.
    clock_offset_days: int = Field(default=0, ge=-3650, le=3650)

    #: Largest accepted request body, in bytes (WeChat posts are tiny).
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    data_dir: Path = Path("var")
    #: Optional TTF to embed in PDFs (e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc);
    #: without it PDFs use reportlab's built-in STSong-Light CID font (not embedded).
    pdf_font_path: str = ""

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
        """Settings that are fine for development but unsafe in production."""
        problems = []
        if self.environment == "production":
            if self.secret_key.startswith("dev-insecure"):
                problems.append("SECRET_KEY: set a random secret in production")
            if self.clock_offset_days:
                problems.append("CLOCK_OFFSET_DAYS: only for development")
            if self.sms_provider == "console":
                problems.append("SMS_PROVIDER: console is for development; use tencent in production")
        return problems


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
