"""Which staff targets a notification goes to: the case's centre, else the configured defaults."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from bot.config import Settings


class CentreLike(Protocol):
    id: str
    telegram_chat: str | None
    wecom_webhook: str | None
    fallback: bool


def _targets(telegram_chat: Any, wecom_webhook: Any) -> list[str]:
    out = []
    if telegram_chat:
        out.append(f"telegram:{telegram_chat}")
    if wecom_webhook:
        out.append(f"wecom:{wecom_webhook}")
    return out


def targets_for(
    centre_id: str | None,
    priority: str,
    centres: Iterable[CentreLike],
    settings: Settings,
    kind: str = "",
) -> list[str]:
    """Targets for one notification: the centre's own (or, when it names none, the nearest
    centre above it that does, then the fallback centre's, then the settings' defaults);
    urgent ones also go to the supervisors. Warnings (kind "alert") go to the supervisors' targets, else as a case would."""
    if kind == "alert":
        supervisors = _targets(settings.supervisor_telegram_chat, settings.supervisor_wecom_webhook)
        if supervisors:
            return supervisors
    by_id = {c.id: c for c in centres}
    chosen: list[str] = []
    centre = by_id.get(centre_id or "")
    seen: set[str] = set()
    while centre is not None and not chosen and centre.id not in seen:
        # a centre that names no group of its own is served by the centre above it
        seen.add(centre.id)
        chosen = _targets(getattr(centre, "telegram_chat", None), getattr(centre, "wecom_webhook", None))
        centre = by_id.get(getattr(centre, "parent", None) or "")
    if not chosen:
        fallback = next((c for c in by_id.values() if getattr(c, "fallback", False)), None)
        if fallback is not None:
            chosen = _targets(
                getattr(fallback, "telegram_chat", None), getattr(fallback, "wecom_webhook", None)
            )
    if not chosen:
        chosen = _targets(settings.staff_telegram_chat, settings.staff_wecom_webhook)
    if priority == "urgent":
        for t in _targets(settings.supervisor_telegram_chat, settings.supervisor_wecom_webhook):
            if t not in chosen:
                chosen.append(t)
    return chosen
