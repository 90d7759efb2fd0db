from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Parsed:
    value: Any
    echo: str
    approximate: bool = False


@dataclass(frozen=True)
class ParseError:
    code: str
    message: str
