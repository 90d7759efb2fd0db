"""Settings: command-line options > LABORBOT_* environment > laborbot.toml > defaults."""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot import clock

DEFAULT_RISK_WORDS = [
    "跳楼",
    "自杀",
    "轻生",
    "不想活",
    "同归于尽",
    "堵路",
    "拦路",
    "堵门",
    "围堵",
    "上访",
    "拉横幅",
    "爬塔吊",
    "讨薪跳",
    "拼命",
    "闹事",
    "以死",
]


def _toml_path() -> Path:
    return Path(os.environ.get("LABORBOT_CONFIG", "laborbot.toml"))


class Settings(BaseSettings):
    """All configuration. Names map to LABORBOT_<NAME> environment variables."""

    model_config = SettingsConfigDict(env_prefix="LABORBOT_", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8080
    kb_dir: Path | None = None
    evidence_dir: Path | None = (
        None  # None: data_dir/attachments; share it between processes  # None: the built-in knowledge_base/data
    )
    timezone: str = "Asia/Shanghai"
    log_level: str = "INFO"
    # `laborbot serve`'s event loop: "uvloop" (libuv, when installed: the web chat's requests
    # cost less CPU) or "asyncio" (the standard library's)
    event_loop: Literal["uvloop", "asyncio"] = "uvloop"

    # staff API and dashboard
    api_token: str | None = None
    # Reverse proxies whose X-Forwarded-For is believed (addresses or networks); none by default.
    trusted_proxies: list[str] = Field(default_factory=list)
    secure_cookies: bool = False  # staff cookies marked Secure even if TLS ends at a proxy
    # GET /metrics: open to loopback peers with no proxy header; anyone else needs this bearer token
    metrics_token: str | None = None

    # Telegram
    telegram_token: str | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None

    # WeChat official account
    wechat_token: str | None = None
    wechat_aes_key: str | None = None
    wechat_appid: str | None = None
    wechat_appsecret: str | None = None
    wechat_api_base: str = "https://api.weixin.qq.com"

    # staff notification targets (a centre in the service-centre file may name its own)
    staff_telegram_chat: str | None = None
    staff_wecom_webhook: str | None = None
    supervisor_telegram_chat: str | None = None
    supervisor_wecom_webhook: str | None = None
    staff_telegram_users: list[int] = Field(default_factory=list)

    # case deadlines
    accept_working_days: int = 5
    resolve_days: int = 45
    reminder_hours_before: int = 24

    # priority thresholds
    urgent_workers: int = 30
    urgent_amount: float = 500_000
    high_workers: int = 10
    high_amount: float = 100_000
    risk_words: list[str] = Field(default_factory=lambda: list(DEFAULT_RISK_WORDS))
    # complaints about one employer filed within this many days are linked
    related_window_days: int = 90

    # limits
    max_message_chars: int = 2000
    max_request_bytes: int = 1_048_576
    max_upload_bytes: int = 10 * 1_048_576
    # web chat abuse limits, shared by every server process (bot/channels/web_limits.py)
    web_messages_per_minute_ip: int = 60
    web_messages_per_minute_user: int = 30
    web_uploads_per_hour_ip: int = 60
    # many phones share one address (carrier-grade NAT, site Wi-Fi): generous per address,
    # and a share per user key
    web_complaints_per_day_ip: int = 50
    web_complaints_per_day_user: int = 5

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as Asia/Shanghai)") from None
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_toml_path())
        return (init_settings, env_settings, toml)

    @cached_property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'laborbot.sqlite3').resolve()}"

    @cached_property
    def effective_evidence_dir(self) -> Path:
        return Path(self.evidence_dir) if self.evidence_dir else self.data_dir / "attachments"

    @cached_property
    def effective_kb_dir(self) -> Path:
        if self.kb_dir:
            return Path(self.kb_dir)
        return Path(__file__).resolve().parent.parent / "knowledge_base" / "data"


def load_settings(**overrides: object) -> Settings:
    """Build settings; keyword overrides (from the command line) win. None values are ignored."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    settings = Settings(**clean)
    clock.configure(settings.timezone)
    return settings
