"""FAQ knowledge base: the YAML files admins edit, their validation, the matcher, hot reload.
May import: knowledge_base and third-party libraries; nothing from bot (it knows nothing of chats)."""

from __future__ import annotations

from typing import Any

__all__ = ["KBValidationError", "KnowledgeService", "MatchResult", "load_knowledge_base"]


def __getattr__(name: str) -> Any:  # lazy: the command line stays quick to start
    if name == "load_knowledge_base":
        from knowledge_base.loader import load_knowledge_base

        return load_knowledge_base
    if name == "KnowledgeService":
        from knowledge_base.service import KnowledgeService

        return KnowledgeService
    if name == "MatchResult":
        from knowledge_base.matcher import MatchResult

        return MatchResult
    if name == "KBValidationError":
        from knowledge_base.model import KBValidationError

        return KBValidationError
    raise AttributeError(name)
